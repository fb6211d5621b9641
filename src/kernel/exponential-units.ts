import { define } from './define';
import { SELU_ALPHA, SELU_LAMBDA, SELU_LAMBDA_ALPHA } from './generated/constants';

/**
 * ELU(x) = x for x > 0, α(eˣ − 1) otherwise, α = 1 (Clevert et al. 2015).
 * Method: expm1, since eˣ − 1 cancels near 0.
 * Kink at 0: ELU′(0) = α·e⁰ = 1, PyTorch's convention (the negative branch at x ≤ 0).
 * With α = 1 the derivative is continuous, so ELU is C¹.
 */
export const elu = define({
  id: 'elu',
  name: 'ELU',
  f: (x) => (x > 0 ? x : Math.expm1(x)),
  df: (x) => (x > 0 ? 1 : Math.exp(x)),
  tex: '\\operatorname{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases},\\quad \\alpha = 1',
  dtex: "\\operatorname{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}",
  params: { alpha: 1 },
  kinks: [0],
  range: { min: -1, max: Infinity, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^1',
});

/**
 * SELU(x) = λx for x > 0, λα(eˣ − 1) otherwise (Klambauer et al. 2017), with
 * α ≈ 1.6733 and λ ≈ 1.0507 chosen so activations self-normalise.
 * Method: expm1 and a precomputed λα (one rounding instead of two).
 * Kink at 0: SELU′(0) = λα (the negative branch, as PyTorch); the derivative
 * jumps from λα ≈ 1.758 to λ ≈ 1.051, so SELU is only C⁰.
 */
export const selu = define({
  id: 'selu',
  name: 'SELU',
  f: (x) => (x > 0 ? SELU_LAMBDA[0] * x + SELU_LAMBDA[1] * x : SELU_LAMBDA_ALPHA[0] * Math.expm1(x)),
  df: (x) => (x > 0 ? SELU_LAMBDA[0] : SELU_LAMBDA_ALPHA[0] * Math.exp(x)),
  tex: '\\operatorname{SELU}(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
  dtex: "\\operatorname{SELU}'(x) = \\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}",
  params: { alpha: SELU_ALPHA[0], lambda: SELU_LAMBDA[0] },
  kinks: [0],
  range: { min: -SELU_LAMBDA_ALPHA[0], max: Infinity, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^0',
});

/**
 * CELU(x) = max(0, x) + min(0, α(e^(x/α) − 1)), α = 1 (Barron 2017).
 * Continuously differentiable for every α; with α = 1 it equals ELU.
 * Kink at 0: CELU′(0) = e⁰ = 1 (negative branch, as PyTorch).
 */
export const celu = define({
  id: 'celu',
  name: 'CELU',
  f: (x) => (x > 0 ? x : Math.expm1(x)),
  df: (x) => (x > 0 ? 1 : Math.exp(x)),
  tex: '\\operatorname{CELU}(x) = \\max(0, x) + \\min\\bigl(0, \\alpha\\,(e^{x/\\alpha} - 1)\\bigr),\\quad \\alpha = 1',
  dtex: "\\operatorname{CELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}",
  params: { alpha: 1 },
  kinks: [0],
  range: { min: -1, max: Infinity, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^1',
});
