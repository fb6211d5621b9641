import { define } from './define';

const B = 4;

/**
 * Squareplus(x) = (x + √(x² + b))/2, b = 4 (Barron 2021), a softplus-like
 * rectifier built from one square root.
 *
 * Method: s = hypot(x, √b) avoids overflowing x². For x < 0 the sum cancels,
 * so below x = −1 we use the conjugate form (b/2)/(s − x). The derivative
 * ½(1 + x/s) is likewise written (b/2)/(s·(s − x)) there.
 * Special cases: NaN → NaN, −∞ → 0, +∞ → +∞.
 */
export const squareplus = define({
  id: 'squareplus',
  name: 'Squareplus',
  f: (x) => {
    const s = Math.hypot(x, 2);
    // Halving each term first keeps x + s from overflowing near the largest double.
    if (x >= -1) return 0.5 * x + 0.5 * s;
    return x === -Infinity ? 0 : B / 2 / (s - x);
  },
  df: (x) => {
    if (Number.isNaN(x)) return NaN;
    const s = Math.hypot(x, 2);
    if (x >= -1) return x === Infinity ? 1 : 0.5 * (1 + x / s);
    if (x === -Infinity) return 0;
    return B / 2 / s / (s - x);
  },
  tex: '\\operatorname{squareplus}(x) = \\frac{x + \\sqrt{x^{2} + b}}{2},\\quad b = 4',
  dtex: "\\operatorname{squareplus}'(x) = \\frac{1}{2}\\left(1 + \\frac{x}{\\sqrt{x^{2} + b}}\\right)",
  params: { b: B },
  range: { min: 0, max: Infinity, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^inf',
});
