import { ERFCX_PIECES, ERF_SMALL } from './generated/erf-coefficients';
import { expNegSquare } from './double-double';
import { horner } from './horner';
import { TWO_OVER_SQRT_PI } from './generated/constants';

// Past this erfc(x) rounds to +0 (erfc(27.25) ≈ 6.7e-325 < 2^-1075).
const ERFC_ZERO = 27.25;

/**
 * Scaled complementary error function for x ≥ 0.5.
 *
 * erfcx(x) = exp(x²)·erfc(x). Method: piecewise near-minimax polynomials in
 * t = (x − mid)/half on 18 pieces of [0.5, 27.5), each with relative fit
 * error below 2⁻⁵⁸ (scripts/kernel/gen-erf.py).
 */
function erfcxLarge(x: number): number {
  for (const p of ERFCX_PIECES) {
    if (x < p.hi) return horner(p.c, (x - p.mid) / p.half);
  }
  // Beyond the table the asymptotic series Σ (−1)ⁿ (2n−1)!!/(2x²)ⁿ converges
  // fast enough for double precision (its 8th term is < 1e−17 at x = 27.5).
  const s = 1 / (2 * x * x);
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 12 && Math.abs(term) > 1e-18; n++) {
    term *= -(2 * n - 1) * s;
    sum += term;
  }
  return (0.5641895835477563 / x) * sum;
}

/**
 * The error function, erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt.
 *
 * Method:
 * - |x| < 0.5: x·P(x²), a degree-9 near-minimax polynomial (relative fit error 2e−20).
 * - |x| ≥ 0.5: ±(1 − erfc(|x|)); erfc ≤ 0.48 there, so the subtraction loses nothing.
 *
 * Special cases: erf(NaN) = NaN, erf(±0) = ±0, erf(±∞) = ±1.
 * Error: ≤ 1 ulp over the fixtures (test/kernel/accuracy.test.ts).
 *
 * @example erf(0.5) // 0.5204998778130465
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  if (a < 0.5) return x * horner(ERF_SMALL, x * x);
  const r = 1 - erfcPositive(a);
  return x < 0 ? -r : r;
}

/** erfc(a) for a ≥ 0.5. */
function erfcPositive(a: number): number {
  if (a >= ERFC_ZERO) return 0;
  return expNegSquare(a) * erfcxLarge(a);
}

/**
 * The complementary error function, erfc(x) = 1 − erf(x), without cancellation.
 *
 * Method:
 * - |x| < 0.5: 1 − erf(x).
 * - x ≥ 0.5: exp(−x²)·erfcx(x), with x² formed exactly (a double-double),
 *   so the exponential costs no more than its own rounding even at x = 26.
 * - x ≤ −0.5: 2 − erfc(−x).
 *
 * Special cases: erfc(NaN) = NaN, erfc(+∞) = 0, erfc(−∞) = 2; underflows
 * through the subnormals to +0 at x ≥ 27.25.
 * Error: ≤ 2 ulp over the fixtures for normal results.
 *
 * @example erfc(10) // 2.088487583762545e-45
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (Math.abs(x) < 0.5) return 1 - x * horner(ERF_SMALL, x * x);
  return x > 0 ? erfcPositive(x) : 2 - erfcPositive(-x);
}

/**
 * erfcx(x) = exp(x²)·erfc(x) for x ≥ 0, plus the first-order effect of a
 * tail `dx` of the argument (for callers holding x as a double-double).
 * Used where a ratio such as Φ/φ must not pass through an underflowing exp.
 */
export function erfcxPositive(x: number, dx = 0): number {
  // d/dx erfcx(x) = 2x·erfcx(x) − 2/√π
  const base = x < 0.5 ? Math.exp(x * x) * erfc(x) : erfcxLarge(x);
  return base + dx * (2 * x * base - TWO_OVER_SQRT_PI[0]);
}
