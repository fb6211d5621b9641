import { define } from './define';
import { horner } from './horner';
import { TANHSHRINK_SMALL } from './generated/tanhshrink-coefficients';

/** sech²(x) = 1 − tanh²(x), as 4e/(1 + e)² with e = e^(−2|x|): no cancellation in saturation. */
export function sech2(x: number): number {
  const e = Math.exp(-2 * Math.abs(x));
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** x³·Q(x²) ≈ x − tanh x for |x| < 1. */
function tanhshrinkSmall(x: number): number {
  return x * x * x * horner(TANHSHRINK_SMALL, x * x);
}

/**
 * tanh(x) without the engine's Math.tanh (up to 2 ulp, measured):
 * x − (x − tanh x) for |x| < 1, where the subtracted part is at most 0.24·|x|,
 * and ±(1 − 2e/(1 + e)), e = e^(−2|x|), beyond.
 */
export function tanhValue(x: number): number {
  const a = Math.abs(x);
  // Below 1e−8 the correction x³/3 is under half an ulp; this also keeps −0.
  if (a < 1e-8) return x;
  if (a < 1) return x - tanhshrinkSmall(x);
  const e = Math.exp(-2 * a);
  const r = 1 - (2 * e) / (1 + e);
  return x < 0 ? -r : r;
}

/**
 * tanh(x). Method: tanhValue (≤ 2 ulp over the fixtures).
 * Derivative: sech², never 1 − tanh², which cancels to 0 from |x| ≈ 19 on.
 */
export const tanh = define({
  id: 'tanh',
  name: 'Tanh',
  f: tanhValue,
  df: sech2,
  tex: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
  dtex: "\\tanh'(x) = 1 - \\tanh^2(x) = \\operatorname{sech}^2(x)",
  range: { min: -1, max: 1, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^inf',
});

/**
 * Softsign(x) = x/(1 + |x|) (Turian et al. 2009). The second derivative jumps at 0, so it is C¹ with a kink there.
 * Derivative: (1/(1 + |x|))², squared after dividing so it underflows gracefully instead of overflowing.
 */
export const softsign = define({
  id: 'softsign',
  name: 'Softsign',
  f: (x) => (Number.isFinite(x) ? x / (1 + Math.abs(x)) : Number.isNaN(x) ? NaN : Math.sign(x)),
  df: (x) => {
    const r = 1 / (1 + Math.abs(x));
    return r * r;
  },
  tex: '\\operatorname{softsign}(x) = \\frac{x}{1 + |x|}',
  dtex: "\\operatorname{softsign}'(x) = \\frac{1}{(1 + |x|)^{2}}",
  kinks: [0],
  range: { min: -1, max: 1, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^1',
});

/**
 * Tanhshrink(x) = x − tanh(x).
 *
 * Method:
 * - |x| < 1: x³·Q(x²), Q a degree-16 near-minimax fit of (x − tanh x)/x³
 *   (scripts/kernel/gen-tanhshrink.py); x − tanh x itself cancels to noise near 0.
 * - |x| ≥ 1: (|x| − 1) + 2e/(1 + e), e = e^(−2|x|): a sum of two non-negative
 *   terms, the first exact for |x| ≤ 2, since 1 − tanh|x| = 2e/(1 + e).
 * Derivative: tanh²(x).
 * Special cases: NaN → NaN, ±∞ → ±∞, −0 → −0.
 */
export const tanhshrink = define({
  id: 'tanhshrink',
  name: 'Tanhshrink',
  f: (x) => {
    const a = Math.abs(x);
    if (a < 1) return tanhshrinkSmall(x);
    if (a === Infinity) return x;
    const e = Math.exp(-2 * a);
    const r = a - 1 + (2 * e) / (1 + e);
    return x < 0 ? -r : r;
  },
  df: (x) => {
    const t = tanhValue(x);
    return t * t;
  },
  tex: '\\operatorname{Tanhshrink}(x) = x - \\tanh(x)',
  dtex: "\\operatorname{Tanhshrink}'(x) = \\tanh^2(x)",
  range: { min: -Infinity, max: Infinity, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^inf',
});
