// The float64 formulas PyTorch's CPU kernels use (aten/src/ATen/native/cpu/Activation.cpp,
// as summarised in ../shared/BRIEF.md), written out for comparison only. JavaScript has no
// erf, so the naive GELU and Φ use our erf: their failure is the cancellation, not erf.
import { erf } from '../../src/kernel';

const naiveSigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const naiveCdf = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));
const naivePdf = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const naiveSoftplus = (x: number) => (x > 20 ? x : Math.log1p(Math.exp(x)));

/** id → { f?, df? } naive forms; ids absent here use the same formula as ours. */
export const NAIVE: Record<string, { f?: (x: number) => number; df?: (x: number) => number }> = {
  gelu: { f: (x) => x * naiveCdf(x), df: (x) => naiveCdf(x) + x * naivePdf(x) },
  'gelu-tanh': {
    f: (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x))),
  },
  'gelu-sigmoid': { f: (x) => x * naiveSigmoid(1.702 * x) },
  'normal-cdf': { f: naiveCdf },
  sigmoid: { f: naiveSigmoid, df: (x) => naiveSigmoid(x) * (1 - naiveSigmoid(x)) },
  tanh: { df: (x) => 1 - Math.tanh(x) ** 2 },
  softplus: { f: naiveSoftplus },
  tanhshrink: { f: (x) => x - Math.tanh(x) },
  silu: { f: (x) => x * naiveSigmoid(x), df: (x) => naiveSigmoid(x) * (1 + x * (1 - naiveSigmoid(x))) },
  mish: { f: (x) => x * Math.tanh(naiveSoftplus(x)) },
  elu: { f: (x) => (x > 0 ? x : Math.exp(x) - 1) },
  'log-sigmoid': { f: (x) => Math.log(naiveSigmoid(x)) },
  // Not PyTorch kernels (PyTorch has neither): the textbook formulas a reader would write.
  'swish-beta-4': {
    f: (x) => x * naiveSigmoid(4 * x),
    df: (x) => naiveSigmoid(4 * x) * (1 + 4 * x * (1 - naiveSigmoid(4 * x))),
  },
  snake: { f: (x) => x + Math.sin(x) ** 2, df: (x) => 1 + Math.sin(2 * x) },
};
