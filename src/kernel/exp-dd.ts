import { ddAdd, ddMul, twoProd, twoSum, type DD } from './double-double';
import { LN2_PARTS } from './generated/constants';

const [LN2_A, LN2_B, LN2_C] = LN2_PARTS;
// Taylor coefficients 1/n! for n = 2..10, as double-doubles (1/n! is not a double for n ≥ 3).
const INV_FACTORIAL: DD[] = [];
{
  let f: DD = [1, 0];
  for (let n = 2; n <= 10; n++) {
    // 1/n! = (1/(n−1)!)/n, divided in double-double: q = hi/n, then correct with the remainder.
    const q = f[0] / n;
    const [p, e] = twoProd(q, n);
    const r = (f[0] - p - e + f[1]) / n;
    f = twoSum(q, r) as DD;
    INV_FACTORIAL.push(f);
  }
}

/**
 * eˣ as a double-double, accurate to about 2⁻¹⁰⁰ relative.
 *
 * Used only where a 1-ulp error of Math.exp would be amplified by
 * cancellation, as in SiLU′ = eˣ(1 + x + eˣ)/(1 + eˣ)² near its root.
 *
 * Method: x = k·ln 2 + r with ln 2 in three parts (|r| ≤ ln 2 / 2), then
 * s = r/2⁸, eˢ − 1 by its Taylor series to s¹⁰ (truncation < 1e−35), and
 * eight squarings in the form q ← 2q + q², which keeps q's relative precision.
 *
 * Special cases: NaN → [NaN, 0]; overflow → [∞, 0]; underflow → [0, 0].
 */
export function expDD(x: number): DD {
  if (Number.isNaN(x)) return [NaN, 0];
  if (x > 709.782712893384) return [Infinity, 0];
  if (x < -745.1332191019412) return [0, 0];
  const k = Math.round(x * Math.LOG2E);
  // r = x − k·(A + B + C): k·A and k·B are exact by construction.
  let r = twoSum(x, -k * LN2_A) as DD;
  r = ddAdd(r, [-k * LN2_B, 0]);
  r = ddAdd(r, [-k * LN2_C, 0]);
  const s: DD = [r[0] / 256, r[1] / 256];
  // q = s + s²/2! + … + s¹⁰/10!, by Horner in double-double.
  let q: DD = INV_FACTORIAL[INV_FACTORIAL.length - 1];
  for (let i = INV_FACTORIAL.length - 2; i >= 0; i--) q = ddAdd(ddMul(q, s), INV_FACTORIAL[i]);
  q = ddAdd(ddMul(q, s), [1, 0]);
  q = ddMul(q, s);
  for (let i = 0; i < 8; i++) q = ddAdd(ddMul(q, [2, 0]), ddMul(q, q));
  const e = ddAdd([1, 0], q);
  return scale2(e, k);
}

/** (hi, lo)·2ᵏ, in two steps when 2ᵏ alone would under- or overflow. */
function scale2([hi, lo]: DD, k: number): DD {
  if (k > 1000) return scale2([hi * 2 ** 1000, lo * 2 ** 1000], k - 1000);
  if (k < -1000) return scale2([hi * 2 ** -1000, lo * 2 ** -1000], k + 1000);
  const p = 2 ** k;
  return [hi * p, lo * p];
}
