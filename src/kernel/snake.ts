import { define, type DefinedSpec } from './define';
import { ddDivD } from './decimal';
import { ddAdd, ddMul, twoProd, type DD } from './double-double';
import { SIN_SQUARED } from './generated/sin-squared-coefficients';
// Not Math.sin/Math.cos: engines differ in the last bit, and the parameter island must draw the build's bits.
import { cos, sin } from './trig';

/** sin²x as a double-double for |x| ≤ 3, by Horner in z = x² over the generated Taylor coefficients. */
function sinSquaredDD(x: number): DD {
  const z = twoProd(x, x);
  let s: DD = SIN_SQUARED[0];
  for (let i = 1; i < SIN_SQUARED.length; i++) s = ddAdd(ddMul(s, z), SIN_SQUARED[i]);
  return ddMul(s, z);
}

/**
 * Snake(x) = x + sin²(ax)/a with a = 1 (Liu Ziyin, Hartwig & Ueda 2020,
 * "Neural Networks Fail to Learn Periodic Functions and How to Fix It").
 *
 * Method: for |x| ≤ 3, sin²x comes from its Taylor series in double-double
 * (src/kernel/generated/sin-squared-coefficients.ts) and x + sin²x is rounded
 * once. On the negative side x and sin²x have opposite signs and cancel by up
 * to a factor 2.6 (near x ≈ −1.2), which would amplify the error of a rounded
 * sin x into about 3 ulp. For |x| > 3, |x| > 3 sin²x, so x + sin(x)·sin(x)
 * loses under 1 ulp to sin's rounding; our sin (src/kernel/trig.ts) reduces exactly below 1.6e6, Math.sin beyond.
 * Special cases: NaN → NaN, ±∞ → ±∞, ±0 → ±0.
 * Error: ≤ 1 ulp against mpmath for |x| ≤ 3, ≤ 2 ulp beyond.
 */
function snakeValue(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (Math.abs(x) <= 3) {
    const r = ddAdd([x, 0], sinSquaredDD(x));
    return r[0] + r[1];
  }
  const s = sin(x);
  return x + s * s;
}

/**
 * Snake′(x) = 1 + sin(2ax) with a = 1 (from 2 sin(ax) cos(ax)). It is never
 * negative and touches 0 at x = −π/4 + kπ, where 1 + sin t has a double root.
 *
 * Method: t = 2x is exact. Where sin t ≥ 0, 1 + sin t has no cancellation.
 * Where sin t < 0 it is rewritten cos²t/(1 − sin t), since
 * (1 + sin t)(1 − sin t) = cos²t; the denominator lies in [1, 2], and cos t
 * near its zeros is accurate relative to itself because the argument
 * reduction is exact. So the zeros of Snake′ cost no ulps.
 * Special cases: NaN and ±∞ → NaN (sin has no limit).
 * Error: ≤ 3 ulp against mpmath.
 */
function snakeSlope(x: number): number {
  // Above 2^1022, 2x would overflow: use (sin x + cos x)² = 1 + sin 2x, which
  // cancels only near the double roots (no double that large is near one to
  // the precision that would matter for a plot or a gradient).
  if (Math.abs(x) > 2 ** 1022) {
    const u = sin(x) + cos(x);
    return u * u;
  }
  const t = 2 * x;
  const s = sin(t);
  if (s >= 0) return 1 + s;
  const c = cos(t);
  return (c * c) / (1 - s);
}

/** a·x as a double-double; exactly (x, 0) for a = 1, and without splitting where a·x would overflow it. */
function scaled(a: number, x: number): [t: number, l: number] {
  return a === 1 || Math.abs(x) > 2 ** 996 ? [a * x, 0] : [...twoProd(a, x)];
}

/**
 * Snake_a(x) = x + sin²(ax)/a for a > 0. With t = ax carried as h + l
 * (two-product), sin²(h + l) = sin²h + sin(2h)·l to within l², and the division
 * by a is done in double-double before the single final rounding, so the
 * negative side's cancellation (up to a factor 2.6) amplifies no extra error.
 * For a = 1 (l = 0) this is snakeValue's method exactly.
 */
function snakeValueWith(a: number): (x: number) => number {
  if (a === 1) return snakeValue;
  return (x) => {
    if (!Number.isFinite(x) || x === 0) return x;
    const [h, l] = scaled(a, x);
    if (Math.abs(h) <= 3) {
      const s2 = ddAdd(sinSquaredDD(h), [sin(2 * h) * l, 0]);
      const r = ddAdd([x, 0], ddDivD(s2, a));
      return r[0] + r[1];
    }
    // sin(h + l) by the addition formula: far out, l (below ulp(h)) may span whole periods.
    const s = sin(h) * cos(l) + cos(h) * sin(l);
    return x + (s * s) / a;
  };
}

/**
 * Snake_a′(x) = 1 + sin(2ax), computed as snakeSlope does with the argument
 * 2ax = 2h + 2l: sin and cos of the sum by the addition formulas, so the
 * double roots of 1 + sin keep their relative accuracy.
 */
function snakeSlopeWith(a: number): (x: number) => number {
  if (a === 1) return snakeSlope;
  return (x) => {
    const [h, l] = scaled(a, x);
    if (!Number.isFinite(h)) return NaN;
    if (Math.abs(h) > 2 ** 1021) return snakeSlope(h);
    if (!Number.isFinite(l)) return NaN;
    const t = 2 * h;
    const d = 2 * l;
    // sin and cos of t + d by the addition formulas (d may span whole periods far out).
    const [cd, sd] = [cos(d), sin(d)];
    const s = sin(t) * cd + cos(t) * sd;
    if (s >= 0) return 1 + s;
    const c = cos(t) * cd - sin(t) * sd;
    return (c * c) / (1 - s);
  };
}

/**
 * Snake with frequency a > 0 (Liu Ziyin, Hartwig & Ueda 2020); a = 1, the
 * paper's default, is the registered one. Larger a gives faster, smaller wiggles
 * (amplitude 1/a); as a → 0 it approaches x + ax², as a → ∞ the identity.
 */
export function snakeWith({ a }: { a: number }): DefinedSpec {
  if (!(a > 0 && Number.isFinite(a))) throw new Error(`snake: a must be a positive finite number, got ${a}`);
  return define({
    id: 'snake',
    name: 'Snake',
    f: snakeValueWith(a),
    df: snakeSlopeWith(a),
    tex: `\\operatorname{Snake}_a(x) = x + \\frac{\\sin^{2}(a x)}{a},\\quad a = ${a}`,
    dtex: "\\operatorname{Snake}_a'(x) = 1 + \\sin(2 a x)",
    params: { a },
    range: { min: -Infinity, max: Infinity, closed: [false, false] },
    monotonicity: 'increasing',
    smoothness: 'C^inf',
  });
}

export const snake = snakeWith({ a: 1 });
