import { define, type DefinedSpec } from './define';

/**
 * Squareplus(x) = (x + √(x² + b))/2 with b ≥ 0 (Barron 2021), a softplus-like
 * rectifier built from one square root; b = 4, the paper's example, is the registered one.
 *
 * Method: s = hypot(x, √b) avoids overflowing x². For x < 0 the sum cancels,
 * so below x = −√b/2 we use the conjugate form (b/2)/(s − x). The derivative
 * ½(1 + x/s) is likewise written (b/2)/(s·(s − x)) there. √b is rounded once
 * (exact for b = 4), which costs at most half an ulp of s.
 * Special cases: NaN → NaN, −∞ → 0, +∞ → +∞. With b = 0 it is ReLU.
 */
export function squareplusWith({ b }: { b: number }): DefinedSpec {
  if (!(b >= 0 && Number.isFinite(b))) throw new Error(`squareplus: b must be a finite number ≥ 0, got ${b}`);
  const root = Math.sqrt(b);
  const conjugateBelow = -root / 2;
  return define({
    id: 'squareplus',
    name: 'Squareplus',
    f: (x) => {
      const s = Math.hypot(x, root);
      // Halving each term first keeps x + s from overflowing near the largest double.
      if (x >= conjugateBelow) return 0.5 * x + 0.5 * s;
      return x === -Infinity ? 0 : b / 2 / (s - x);
    },
    df: (x) => {
      if (Number.isNaN(x)) return NaN;
      const s = Math.hypot(x, root);
      if (x >= conjugateBelow) return x === Infinity ? 1 : b === 0 && x === 0 ? 0 : 0.5 * (1 + x / s);
      if (x === -Infinity) return 0;
      return b / 2 / s / (s - x);
    },
    tex: `\\operatorname{squareplus}(x) = \\frac{x + \\sqrt{x^{2} + b}}{2},\\quad b = ${b}`,
    dtex: "\\operatorname{squareplus}'(x) = \\frac{1}{2}\\left(1 + \\frac{x}{\\sqrt{x^{2} + b}}\\right)",
    params: { b },
    kinks: b === 0 ? [0] : [],
    range: { min: 0, max: Infinity, closed: [b === 0, false] },
    monotonicity: b === 0 ? 'non-decreasing' : 'increasing',
    smoothness: b === 0 ? 'C^0' : 'C^inf',
  });
}

export const squareplus = squareplusWith({ b: 4 });
