import { define, type DefinedSpec } from './define';
import { twoProd } from './double-double';
import { SELU_ALPHA, SELU_LAMBDA, SELU_LAMBDA_ALPHA } from './generated/constants';

/**
 * ELU(x) = x for x > 0, α(eˣ − 1) otherwise (Clevert et al. 2015); α = 1 is PyTorch's default and the registered one.
 * Method: α·expm1(x), since eˣ − 1 cancels near 0 (α·v is exact for α = 1).
 * Kink at 0: ELU′(0) = α·e⁰ = α, PyTorch's convention (the negative branch at x ≤ 0).
 * Only with α = 1 is the derivative continuous, so ELU is C¹ there and C⁰ otherwise.
 */
export function eluWith({ alpha }: { alpha: number }): DefinedSpec {
  return define({
    id: 'elu',
    name: 'ELU',
    f: (x) => (x > 0 ? x : alpha * Math.expm1(x)),
    df: (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
    tex: `\\operatorname{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases},\\quad \\alpha = ${alpha}`,
    dtex: "\\operatorname{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}",
    params: { alpha },
    kinks: [0],
    range: { min: -alpha, max: Infinity, closed: [false, false] },
    monotonicity: 'increasing',
    smoothness: alpha === 1 ? 'C^1' : 'C^0',
  });
}

export const elu = eluWith({ alpha: 1 });

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
 * x/α as a double-double (q, r): the exponential in CELU's tail turns a relative
 * error δ of its argument t into |t|·δ, so the quotient's rounding is carried.
 */
function quotient(x: number, alpha: number): [q: number, r: number] {
  if (alpha === 1) return [x, 0];
  const q = x / alpha;
  if (!Number.isFinite(q)) return [q, 0];
  const [p, e] = twoProd(q, alpha);
  return [q, (x - p - e) / alpha];
}

/**
 * CELU(x) = max(0, x) + min(0, α(e^(x/α) − 1)) (Barron 2017); α = 1 is PyTorch's default and the registered one.
 * Continuously differentiable for every α > 0; with α = 1 it equals ELU.
 * Method: t = x/α carried as q + r; α·(expm1(q) + e^q·r) and e^q·(1 + r).
 * Kink at 0: CELU′(0) = e⁰ = 1 (negative branch, as PyTorch).
 */
export function celuWith({ alpha }: { alpha: number }): DefinedSpec {
  return define({
    id: 'celu',
    name: 'CELU',
    f: (x) => {
      if (x > 0) return x;
      const [q, r] = quotient(x, alpha);
      return r === 0 ? alpha * Math.expm1(q) : alpha * (Math.expm1(q) + Math.exp(q) * r);
    },
    df: (x) => {
      if (x > 0) return 1;
      const [q, r] = quotient(x, alpha);
      return r === 0 ? Math.exp(q) : Math.exp(q) * (1 + r);
    },
    tex: `\\operatorname{CELU}(x) = \\max(0, x) + \\min\\bigl(0, \\alpha\\,(e^{x/\\alpha} - 1)\\bigr),\\quad \\alpha = ${alpha}`,
    dtex: "\\operatorname{CELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}",
    params: { alpha },
    kinks: [0],
    range: { min: -alpha, max: Infinity, closed: [false, false] },
    monotonicity: 'increasing',
    smoothness: 'C^1',
  });
}

export const celu = celuWith({ alpha: 1 });
