/**
 * Error-free transformations and a few double-double operations.
 *
 * JavaScript has no fused multiply-add, so products are split with Veltkamp's
 * method (Dekker 1971). A double-double (hi, lo) carries about 106 bits; the
 * kernel uses it only where one rounding would be amplified, e.g. in the
 * argument of exp or erfc deep in a tail, where a relative error δ in the
 * argument t becomes |t|·δ in the result.
 */

export type DD = readonly [hi: number, lo: number];

const SPLITTER = 134217729; // 2^27 + 1
// Above this magnitude SPLITTER * a would overflow; scale first.
const SPLIT_LIMIT = 6.69692879491417e299;

function split(a: number): [number, number] {
  if (Math.abs(a) > SPLIT_LIMIT) {
    const [h, l] = split(a * 3.725290298461914e-9); // 2^-28
    return [h * 268435456, l * 268435456];
  }
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

/** a * b exactly, as p + e with p = fl(a * b). (Dekker's two-product.) */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  if (!Number.isFinite(p)) return [p, 0];
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, e];
}

/** a + b exactly, as s + e with s = fl(a + b). (Knuth's two-sum.) */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** Double-double + double-double, renormalised. */
export function ddAdd(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return twoSum(s, e + x[1] + y[1]);
}

/** Double-double × double-double, renormalised (drops the lo·lo term, ~2^-106 relative). */
export function ddMul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return twoSum(p, e + x[0] * y[1] + x[1] * y[0]);
}

/** A double times a double-double. */
export function ddMulD(x: DD, b: number): DD {
  const [p, e] = twoProd(x[0], b);
  return twoSum(p, e + x[1] * b);
}

/**
 * exp(h + l) for a double-double argument whose l is below ulp(h):
 * exp(h) * exp(l) with exp(l) = 1 + l to within l^2 / 2.
 */
export function expDD(h: number, l: number): number {
  return Math.exp(h) * (1 + l);
}

/** exp(-x^2) with x^2 formed exactly, so large |x| costs no extra ulps. */
export function expNegSquare(x: number): number {
  const [h, l] = twoProd(x, x);
  return Math.exp(-h) * (1 - l);
}
