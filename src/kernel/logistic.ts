import { define, type DefinedSpec } from './define';
import { expDD } from './exp-dd';
import { ddAdd, ddMul, twoProd, twoSum, type DD } from './double-double';

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

/**
 * Softplus with sharpness β: log(1 + e^(βx))/β; β = 1 is PyTorch's default and the registered one.
 * Method: t = βx formed exactly as h + l (two-product), softplus(t) ≈ softplus(h) + σ(h)·l, then /β;
 * f′ = σ(βx) from the double-double argument. PyTorch switches to x above its `threshold`
 * (default 20); that switch is itself a 1e5-ulp error, so we never switch.
 * Special cases: NaN → NaN; f(−∞) = 0, f(+∞) = +∞; f′(−∞) = 0, f′(+∞) = 1.
 */
export function softplusWith({ beta }: { beta: number }): DefinedSpec {
  const scaled = (x: number): [h: number, l: number] => (beta === 1 ? [x, 0] : [...twoProd(beta, x)]);
  return define({
    id: 'softplus',
    name: 'Softplus',
    f: (x) => {
      const [h, l] = scaled(x);
      return (l === 0 ? softplusValue(h) : softplusValue(h) + sigmoid(h) * l) / beta;
    },
    df: (x) => {
      const [h, l] = scaled(x);
      return l === 0 ? sigmoid(h) : sigmoidDD(h, l);
    },
    tex:
      beta === 1
        ? '\\operatorname{softplus}(x) = \\log\\left(1 + e^{x}\\right)'
        : `\\operatorname{softplus}_{\\beta}(x) = \\frac{1}{\\beta}\\log\\left(1 + e^{\\beta x}\\right),\\quad \\beta = ${beta}`,
    dtex:
      beta === 1
        ? "\\operatorname{softplus}'(x) = \\sigma(x)"
        : "\\operatorname{softplus}_{\\beta}'(x) = \\sigma(\\beta x)",
    params: { beta },
    range: { min: 0, max: Infinity, closed: [false, false] },
    monotonicity: 'increasing',
    smoothness: 'C^inf',
  });
}

export const softplus = softplusWith({ beta: 1 });

export const silu = define({
  id: 'silu',
  name: 'SiLU (Swish)',
  f: (x) => (x === -Infinity ? -0 : x * sigmoid(x)),
  df: (x) => (x === -Infinity ? -0 : swishSlope(x, 0)),
  tex: '\\operatorname{SiLU}(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}',
  dtex: "\\operatorname{SiLU}'(x) = \\sigma(x)\\,\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)",
  params: { beta: 1 },
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-3, 0],
});

/**
 * σ(t)·(1 + v·σ(−t)) for a double-double t = h + l and v: the derivative of
 * every self-gated unit x·σ(t(x)), with v = x·t′(x). SiLU′ and sigmoid-GELU′
 * use v = t; tanh-GELU′ uses t = 2u and v = 2x·u′.
 *
 * For t < 0 it is written E·(1 + v + E)/(1 + E)² with E = eᵗ, and the
 * numerator, which cancels at the derivative's root, is formed in
 * double-double from an eᵗ accurate to 2⁻¹⁰⁰, so the root costs no ulps.
 * For t ≥ 0 (where v ≥ 0 too) every term is positive: (1 + E + vE)/(1 + E)²
 * with E = e⁻ᵗ.
 */
export function gatedSlope(h: number, l: number, v: DD): number {
  if (Number.isNaN(h)) return NaN;
  if (h >= 0) {
    if (h === Infinity) return 1;
    const e = Math.exp(-h) * (1 - l);
    const d = 1 + e;
    return (1 + e + (v[0] + v[1]) * e) / (d * d);
  }
  const E: DD = ddMul(expDD(h), [1, l]);
  const n = ddAdd(ddAdd(twoSum(1, v[0]), [v[1], 0]), E);
  const d = 1 + E[0];
  return (E[0] * (n[0] + n[1])) / (d * d);
}

/** d/dt [t·σ(t)] at t = h + l: σ(t)·(1 + t·σ(−t)), the SiLU slope (root at t ≈ −1.2785). */
export function swishSlope(h: number, l: number): number {
  return gatedSlope(h, l, [h, l]);
}

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
  // tanh(sp) + x·σ(x)·sech²(sp) over a common denominator, with e = eˣ:
  // e·B/D², B = (e + 2)(e² + 2e + 2) + 4x(1 + e), D = e² + 2e + 2.
  // B cancels at the root x ≈ −1.1924, so it is formed in double-double.
  df: (x) => {
    if (x > 40 || Number.isNaN(x)) return x > 40 ? 1 : NaN;
    if (x < -800) return -0; // eˣ(1 + x) has underflowed; 4x would overflow near −MAX
    const e = expDD(x);
    const x4 = 4 * x;
    // B = ((e + 4)·e + (6 + 4x))·e + (4 + 4x), by Horner in e.
    let b = ddAdd(e, [4, 0]);
    b = ddAdd(ddMul(b, e), twoSum(6, x4));
    b = ddAdd(ddMul(b, e), twoSum(4, x4));
    const d = e[0] * e[0] + 2 * e[0] + 2;
    return (e[0] * b[0]) / d / d;
  },
  tex: '\\operatorname{Mish}(x) = x\\,\\tanh\\bigl(\\operatorname{softplus}(x)\\bigr)',
  dtex: "\\operatorname{Mish}'(x) = \\tanh\\bigl(\\operatorname{softplus}(x)\\bigr) + x\\,\\sigma(x)\\,\\operatorname{sech}^2\\bigl(\\operatorname{softplus}(x)\\bigr)",
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-3, 0],
});
