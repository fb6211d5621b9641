import { define } from './define';
import { cdfOverPdfNegative, normalCdf, normalPdf } from './normal';
import { sigmoidDD } from './logistic';
import { ddAdd, ddMul, ddMulD, twoProd } from './double-double';
import { GELU_SIGMOID_SCALE, GELU_TANH_CUBIC, SQRT_2_OVER_PI } from './generated/constants';

/**
 * GELU(x) = x·Φ(x) (Hendrycks & Gimpel 2016).
 *
 * Method: Φ via ½·erfc(−x/√2) with the argument carried as a double-double
 * (src/kernel/normal.ts), so the negative tail keeps full relative precision:
 * GELU(−10) = −7.619853024160527e−23, where x·½(1 + erf(x/√2)) returns −0.
 * Derivative: Φ(x) + x·φ(x); for x < 0 it is written φ(x)·(x + Φ(x)/φ(x)),
 * so the cancellation near the root x ≈ −0.7518 is one exact-input addition.
 * Special cases: NaN → NaN; GELU(−∞) = −0, GELU(+∞) = +∞; GELU(−0) = −0.
 */
export const gelu = define({
  id: 'gelu',
  name: 'GELU',
  f: (x) => (x === -Infinity ? -0 : x * normalCdf(x)),
  df: (x) => {
    if (Number.isNaN(x)) return NaN;
    if (x >= 0) return normalCdf(x) + (x === Infinity ? 0 : x * normalPdf(x));
    if (x === -Infinity) return -0;
    return normalPdf(x) * (x + cdfOverPdfNegative(x));
  },
  tex: '\\operatorname{GELU}(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)',
  dtex: "\\operatorname{GELU}'(x) = \\Phi(x) + x\\,\\varphi(x)",
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-2, 0],
});

/** u = √(2/π)·(x + 0.044715·x³) as a double-double, and du/dx. */
function tanhGeluArg(x: number): { h: number; l: number; du: number } {
  const x2 = twoProd(x, x);
  const x3 = ddMulD(x2, x);
  const inner = ddAdd([x, 0], ddMul(x3, GELU_TANH_CUBIC));
  const [h, l] = ddMul(inner, SQRT_2_OVER_PI);
  const du = SQRT_2_OVER_PI[0] * (1 + 3 * GELU_TANH_CUBIC[0] * x * x);
  return { h, l, du };
}

/**
 * The tanh approximation of GELU: ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³).
 *
 * Method: ½(1 + tanh u) = σ(2u), so f = x·σ(2u) with u carried as a
 * double-double: in the tail σ(2u) ≈ e^(2u), and a rounded u would cost
 * |2u|·ε relative error (hundreds of ulps near x = −10).
 * Derivative: σ(2u)·(1 + 2x·u′·σ(−2u)).
 * Special cases: NaN → NaN; f(−∞) = −0, f(+∞) = +∞.
 */
export const geluTanh = define({
  id: 'gelu-tanh',
  name: 'GELU (tanh approximation)',
  f: (x) => {
    if (!Number.isFinite(x)) return x === -Infinity ? -0 : x;
    if (x > 10) return x; // 1 − σ(2u) < 2⁻⁵⁴ beyond here
    const { h, l } = tanhGeluArg(x);
    return x * sigmoidDD(2 * h, 2 * l);
  },
  df: (x) => {
    if (!Number.isFinite(x)) return Number.isNaN(x) ? NaN : x > 0 ? 1 : -0;
    if (x > 10) return 1;
    const { h, l, du } = tanhGeluArg(x);
    return sigmoidDD(2 * h, 2 * l) * (1 + 2 * x * du * sigmoidDD(-2 * h, -2 * l));
  },
  tex: '\\tfrac{1}{2}x\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,\\left(x + 0.044715\\,x^{3}\\right)\\right)\\right)',
  dtex: "\\tfrac{1}{2}\\bigl(1 + \\tanh u\\bigr) + \\tfrac{1}{2}x\\,\\operatorname{sech}^2 u \\cdot \\sqrt{2/\\pi}\\,\\bigl(1 + 0.134145\\,x^{2}\\bigr),\\quad u = \\sqrt{2/\\pi}\\,\\bigl(x + 0.044715\\,x^{3}\\bigr)",
  params: { cubic: 0.044715 },
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-2, 0],
});

/** 1.702·x as a double-double: 1.702 is a decimal, and the tail needs its rounding too. */
function scaledArg(x: number): [number, number] {
  const [h, l] = ddMulD(GELU_SIGMOID_SCALE, x);
  return [h, l];
}

/**
 * The sigmoid approximation of GELU, x·σ(1.702x) (Hendrycks & Gimpel 2016).
 *
 * Method: σ of a double-double argument (1.702 is not a double, and the
 * product's rounding would be amplified by up to 745 in the tail).
 * Derivative: σ(kx)·(1 + kx·σ(−kx)), k = 1.702.
 * Special cases: NaN → NaN; f(−∞) = −0, f(+∞) = +∞.
 */
export const geluSigmoid = define({
  id: 'gelu-sigmoid',
  name: 'GELU (sigmoid approximation)',
  f: (x) => {
    if (x === -Infinity) return -0;
    const [h, l] = scaledArg(x);
    return x * sigmoidDD(h, l);
  },
  df: (x) => {
    if (!Number.isFinite(x)) return Number.isNaN(x) ? NaN : x > 0 ? 1 : -0;
    const [h, l] = scaledArg(x);
    return sigmoidDD(h, l) * (1 + h * sigmoidDD(-h, -l));
  },
  tex: 'x\\,\\sigma(1.702\\,x)',
  dtex: '\\sigma(1.702\\,x)\\,\\bigl(1 + 1.702\\,x\\,\\sigma(-1.702\\,x)\\bigr)',
  params: { scale: 1.702 },
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-3, 0],
});

