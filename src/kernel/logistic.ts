import { define } from './define';

/**
 * The logistic sigmoid σ(x) = 1/(1 + e^(−x)).
 *
 * Method: 1/(1 + e^(−x)) for x ≥ 0 and eˣ/(1 + eˣ) for x < 0, so the
 * exponential never overflows and the small side keeps full relative precision.
 * Special cases: σ(NaN) = NaN, σ(−∞) = 0, σ(+∞) = 1. Error ≤ 2 ulp.
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * σ(h + l) for a double-double argument. A rounded argument t costs |t|·ε
 * relative error in the tail (σ(t) ≈ eᵗ), so callers with a scaled argument
 * (1.702x, 2u) pass its rounding error l.
 */
export function sigmoidDD(h: number, l: number): number {
  if (h >= 0) return 1 / (1 + Math.exp(-h) * (1 - l));
  const e = Math.exp(h) * (1 + l);
  return e / (1 + e);
}

/** σ(x)·σ(−x) = σ′(x), as e^(−|x|)/(1 + e^(−|x|))²: no 1 − σ cancellation in saturation. */
export function sigmoidSlope(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/** log(1 + eˣ) as max(x, 0) + log1p(e^(−|x|)): no overflow, no threshold switch. */
export function softplusValue(x: number): number {
  if (x === Infinity) return Infinity;
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

export const sigmoidActivation = define({
  id: 'sigmoid',
  name: 'Sigmoid',
  f: sigmoid,
  // σ′ = σ(1 − σ), computed without forming 1 − σ.
  df: sigmoidSlope,
  tex: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
  dtex: "\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)",
  range: { min: 0, max: 1, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^inf',
});

export const logSigmoid = define({
  id: 'log-sigmoid',
  name: 'LogSigmoid',
  // log σ(x) = min(x, 0) − log1p(e^(−|x|)).
  f: (x) => (x === -Infinity ? -Infinity : Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)))),
  df: (x) => sigmoid(-x),
  tex: '\\log\\sigma(x) = -\\log\\left(1 + e^{-x}\\right)',
  dtex: '\\frac{d}{dx}\\log\\sigma(x) = 1 - \\sigma(x) = \\sigma(-x)',
  range: { min: -Infinity, max: 0, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^inf',
});

export const softplus = define({
  id: 'softplus',
  name: 'Softplus',
  // PyTorch switches to x above a threshold of 20; that switch is itself a 1e5-ulp error, so we never switch.
  f: softplusValue,
  df: sigmoid,
  tex: '\\operatorname{softplus}(x) = \\log\\left(1 + e^{x}\\right)',
  dtex: "\\operatorname{softplus}'(x) = \\sigma(x)",
  params: { beta: 1 },
  range: { min: 0, max: Infinity, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^inf',
});

export const silu = define({
  id: 'silu',
  name: 'SiLU (Swish)',
  f: (x) => (x === -Infinity ? -0 : x * sigmoid(x)),
  // σ(x)·(1 + x·σ(−x)); σ(−x) is computed directly rather than as 1 − σ(x).
  df: (x) => (x === -Infinity ? 0 : sigmoid(x) * (1 + x * sigmoid(-x))),
  tex: '\\operatorname{SiLU}(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}',
  dtex: "\\operatorname{SiLU}'(x) = \\sigma(x)\\,\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)",
  params: { beta: 1 },
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-3, 0],
});

/**
 * tanh(softplus(x)) = n/(n + 2) with n = eˣ(eˣ + 2): one exponential, and
 * for x < 0 the ratio keeps full relative precision as it goes to 0.
 * Above x = 20 the ratio rounds to 1 (its gap 2/(n+2) < 2⁻⁵⁴).
 */
function tanhSoftplus(x: number): [t: number, n: number] {
  const e = Math.exp(x);
  const n = e * (e + 2);
  return [n / (n + 2), n];
}

export const mish = define({
  id: 'mish',
  name: 'Mish',
  f: (x) => {
    if (x > 20 || Number.isNaN(x)) return x;
    if (x === -Infinity) return -0;
    return x * tanhSoftplus(x)[0];
  },
  // tanh(sp) + x·σ(x)·sech²(sp), with sech²(sp) = 4(n + 1)/(n + 2)².
  df: (x) => {
    if (x > 40 || Number.isNaN(x)) return x > 40 ? 1 : NaN;
    if (x === -Infinity) return 0;
    const [t, n] = tanhSoftplus(x);
    const d = n + 2;
    return t + (x * sigmoid(x) * 4 * (n + 1)) / (d * d);
  },
  tex: '\\operatorname{Mish}(x) = x\\,\\tanh\\bigl(\\operatorname{softplus}(x)\\bigr)',
  dtex: "\\operatorname{Mish}'(x) = \\tanh\\bigl(\\operatorname{softplus}(x)\\bigr) + x\\,\\sigma(x)\\,\\operatorname{sech}^2\\bigl(\\operatorname{softplus}(x)\\bigr)",
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-3, 0],
});
