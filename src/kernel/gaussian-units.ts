import { define } from './define';
import { cdfOverPdfNegative, normalCdf, normalPdf } from './normal';
import { gatedSlope, sigmoidDD, swishSlope } from './logistic';
import { horner } from './horner';
import { GELU_DF_NEAR_ROOT, GELU_DF_ROOT, GELU_DF_ROOT_RADIUS } from './generated/gelu-root';
import { ddAdd, ddMul, ddMulD, twoProd, type DD } from './double-double';
import { GELU_SIGMOID_SCALE, GELU_TANH_CUBIC, SQRT_2_OVER_PI } from './generated/constants';

/**
 * GELU(x) = x·Φ(x) (Hendrycks & Gimpel 2016).
 *
 * Method: Φ via ½·erfc(−x/√2) with the argument carried as a double-double
 * (src/kernel/normal.ts), so the negative tail keeps full relative precision:
 * GELU(−10) = −7.619853024160527e−23, where x·½(1 + erf(x/√2)) returns −0.
 * Derivative: Φ(x) + x·φ(x); for x < −0.25 it is written φ(x)·(x + Φ(x)/φ(x)),
 * so the cancellation is one exact-input addition; within 1/8 of the root
 * x ≈ −0.7518 a fitted d·S(d), d = x − root, keeps full relative precision.
 * Special cases: NaN → NaN; GELU(−∞) = −0, GELU(+∞) = +∞; GELU(−0) = −0.
 */
export const gelu = define({
  id: 'gelu',
  name: 'GELU',
  f: (x) => (x === -Infinity ? -0 : x * normalCdf(x)),
  df: (x) => {
    if (Number.isNaN(x)) return NaN;
    // Near 0 the two terms barely cancel (|x|φ ≤ Φ/4 for x ≥ −0.25), and Φ is cheaper than the ratio.
    if (x >= -0.25) return normalCdf(x) + (x === Infinity ? 0 : x * normalPdf(x));
    // φ(x) underflows below −38.6 while the ratio stays finite: the product is 0.
    if (x < -40) return -0;
    // Near the root the terms cancel without bound; there GELU′ = d·S(d) with
    // d = x − r exact (Sterbenz) plus r's low part (scripts/kernel/gen-gelu-root.py).
    const d = x - GELU_DF_ROOT[0] - GELU_DF_ROOT[1];
    if (Math.abs(d) <= GELU_DF_ROOT_RADIUS) return d * horner(GELU_DF_NEAR_ROOT, d);
    return normalPdf(x) * (x + cdfOverPdfNegative(x));
  },
  tex: '\\operatorname{GELU}(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)',
  dtex: "\\operatorname{GELU}'(x) = \\Phi(x) + x\\,\\varphi(x)",
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-2, 0],
});

const THREE_CUBIC = ddMulD(GELU_TANH_CUBIC, 3);

/** u = √(2/π)·(x + 0.044715·x³) and v = 2x·du/dx, both as double-doubles. */
function tanhGeluArg(x: number): { h: number; l: number; v: DD } {
  const x2 = twoProd(x, x);
  const x3 = ddMulD(x2, x);
  const inner = ddAdd([x, 0], ddMul(x3, GELU_TANH_CUBIC));
  const [h, l] = ddMul(inner, SQRT_2_OVER_PI);
  const du = ddMul(ddAdd([1, 0], ddMul(x2, THREE_CUBIC)), SQRT_2_OVER_PI);
  return { h, l, v: ddMulD(du, 2 * x) };
}

/**
 * The tanh approximation of GELU: ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³).
 *
 * Method: ½(1 + tanh u) = σ(2u), so f = x·σ(2u) with u carried as a
 * double-double: in the tail σ(2u) ≈ e^(2u), and a rounded u would cost
 * |2u|·ε relative error (hundreds of ulps near x = −10).
 * Derivative: σ(2u)·(1 + 2x·u′·σ(−2u)), with the cancellation at its root
 * resolved in double-double.
 * Special cases: NaN → NaN; f(−∞) = −0, f(+∞) = +∞.
 */
export const geluTanh = define({
  id: 'gelu-tanh',
  // Hendrycks & Gimpel (2016) give it as an approximation of GELU.
  approximates: 'gelu',
  name: 'GELU (tanh approximation)',
  f: (x) => {
    if (!Number.isFinite(x)) return x === -Infinity ? -0 : x;
    if (x > 10) return x; // 1 − σ(2u) < 2⁻⁵⁴ beyond here
    if (x < -25) return -0; // σ(2u) < e⁻¹¹⁵⁰ underflows; x³ would overflow further out
    const { h, l } = tanhGeluArg(x);
    return x * sigmoidDD(2 * h, 2 * l);
  },
  df: (x) => {
    if (!Number.isFinite(x)) return Number.isNaN(x) ? NaN : x > 0 ? 1 : -0;
    if (x > 10) return 1;
    if (x < -25) return -0;
    // σ(2u)·(1 + v·σ(−2u)) with v = 2x·u′; the cancellation at the root x ≈ −0.7525 is handled by gatedSlope.
    const { h, l, v } = tanhGeluArg(x);
    return gatedSlope(2 * h, 2 * l, v);
  },
  tex: '\\tfrac{1}{2}x\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,\\left(x + 0.044715\\,x^{3}\\right)\\right)\\right)',
  dtex: '\\tfrac{1}{2}\\bigl(1 + \\tanh u\\bigr) + \\tfrac{1}{2}x\\,\\operatorname{sech}^2 u \\cdot \\sqrt{2/\\pi}\\,\\bigl(1 + 0.134145\\,x^{2}\\bigr),\\quad u = \\sqrt{2/\\pi}\\,\\bigl(x + 0.044715\\,x^{3}\\bigr)',
  params: { cubic: 0.044715 },
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-2, 0],
});

/** 1.702·x as a double-double: 1.702 is a decimal, and the tail needs its rounding too. */
const scaledArg = (x: number) => ddMulD(GELU_SIGMOID_SCALE, x);

/**
 * The sigmoid approximation of GELU, x·σ(1.702x) (Hendrycks & Gimpel 2016).
 *
 * Method: σ of a double-double argument (1.702 is not a double, and the
 * product's rounding would be amplified by up to 745 in the tail).
 * Derivative: σ(kx)·(1 + kx·σ(−kx)), k = 1.702, which is SiLU′ at kx
 * (the root near x ≈ −0.751 is resolved in double-double).
 * Special cases: NaN → NaN; f(−∞) = −0, f(+∞) = +∞.
 */
export const geluSigmoid = define({
  id: 'gelu-sigmoid',
  approximates: 'gelu',
  name: 'GELU (sigmoid approximation)',
  f: (x) => {
    if (!Number.isFinite(x)) return x === -Infinity ? -0 : x;
    if (x < -500) return -0; // σ(1.702x) < e⁻⁸⁵¹ underflows; 1.702x would overflow near −MAX
    if (x > 500) return x; // σ(1.702x) rounds to 1; 1.702x would overflow near MAX
    const [h, l] = scaledArg(x);
    return x * sigmoidDD(h, l);
  },
  df: (x) => {
    if (!Number.isFinite(x)) return Number.isNaN(x) ? NaN : x > 0 ? 1 : -0;
    if (x < -500) return -0;
    if (x > 500) return 1;
    // d/dx [x·σ(kx)] = (d/dt [t·σ(t)])(kx): the SiLU slope at t = kx.
    const [h, l] = scaledArg(x);
    return swishSlope(h, l);
  },
  tex: 'x\\,\\sigma(1.702\\,x)',
  dtex: '\\sigma(1.702\\,x)\\,\\bigl(1 + 1.702\\,x\\,\\sigma(-1.702\\,x)\\bigr)',
  params: { scale: 1.702 },
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^inf',
  minimumBracket: [-3, 0],
});
