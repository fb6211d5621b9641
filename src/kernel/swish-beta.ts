import { define, type DefinedSpec } from './define';
import { twoProd } from './double-double';
import { sigmoidDD, swishSlope } from './logistic';

/**
 * The parametric Swish f(x) = x·σ(βx) (Ramachandran, Zoph & Le 2017,
 * "Searching for Activation Functions", arXiv:1710.05941), for a fixed β > 0
 * taken as an exact double. β = 1 is SiLU and β = 1.702 is the sigmoid
 * approximation of GELU (both registered under their own ids); β → 0 gives
 * x/2 and β → ∞ gives ReLU.
 *
 * Method: t = βx is formed exactly as a double-double (h, l), since in the
 * negative tail σ(t) ≈ eᵗ turns a rounding of t into |t|·ε of relative error.
 * f = x·σ(h + l) with the stable two-sided logistic; f′ = σ(t)(1 + t·σ(−t))
 * is the SiLU slope at t, whose root (t ≈ −1.2785, the minimum of f) is
 * formed in double-double (see gatedSlope in logistic.ts).
 * Special cases: NaN → NaN; f(−∞) = −0, f(+∞) = +∞; f′(−∞) = 0, f′(+∞) = 1.
 * Error: ≤ 3 ulp against mpmath, as SiLU.
 */
export function swishBeta(beta: number, id: string, name = `Swish-β (β = ${beta})`): DefinedSpec {
  if (!(beta > 0 && Number.isFinite(beta)))
    throw new Error(`swishBeta: β must be a positive finite number, got ${beta}`);
  return define({
    id,
    name,
    f: (x) => {
      if (x === -Infinity) return -0;
      const [h, l] = twoProd(beta, x);
      return x * sigmoidDD(h, l);
    },
    df: (x) => {
      const [h, l] = twoProd(beta, x);
      // βx overflowed (or x = −∞): the slope has long underflowed to 0.
      if (h === -Infinity) return 0;
      return swishSlope(h, l);
    },
    tex: `\\operatorname{Swish}_{\\beta}(x) = x\\,\\sigma(\\beta x) = \\frac{x}{1 + e^{-\\beta x}},\\quad \\beta = ${beta}`,
    dtex: "\\operatorname{Swish}_{\\beta}'(x) = \\sigma(\\beta x)\\,\\bigl(1 + \\beta x\\,\\sigma(-\\beta x)\\bigr)",
    params: { beta },
    range: { min: 'minimum', max: Infinity, closed: [true, false] },
    monotonicity: 'non-monotonic',
    smoothness: 'C^inf',
    // The minimum sits at t = βx ≈ −1.2785 whatever β is.
    minimumBracket: [-3 / beta, 0],
  });
}

/** Swish-β at β = 4, a sharper gate than SiLU's: plotted beside SiLU and ReLU to show the family. */
export const swishBeta4 = swishBeta(4, 'swish-beta-4');
