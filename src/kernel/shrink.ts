import { define, type DefinedSpec } from './define';

/**
 * Softshrink(x) = x − λ·sign(x) for |x| > λ, else 0, with λ ≥ 0; PyTorch's default λ = 0.5 is the registered one.
 * Kinks at ±λ: derivative 0 on the closed interval [−λ, λ], 1 outside (PyTorch's backward).
 */
export function softshrinkWith({ lambda }: { lambda: number }): DefinedSpec {
  return define({
    id: 'softshrink',
    name: 'Softshrink',
    f: (x) => (x > lambda ? x - lambda : x < -lambda ? x + lambda : Number.isNaN(x) ? NaN : 0),
    df: (x) => (x > lambda || x < -lambda ? 1 : Number.isNaN(x) ? NaN : 0),
    tex: `\\operatorname{Softshrink}(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases},\\quad \\lambda = ${lambda}`,
    dtex: "\\operatorname{Softshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
    params: { lambda },
    kinks: lambda === 0 ? [0] : [-lambda, lambda],
    range: { min: -Infinity, max: Infinity, closed: [false, false] },
    monotonicity: 'non-decreasing',
    smoothness: 'C^0',
  });
}

export const softshrink = softshrinkWith({ lambda: 0.5 });

/**
 * Hardshrink(x) = x for |x| > λ, else 0, with λ > 0; PyTorch's default λ = 0.5 is the registered one.
 * Jumps at ±λ, where f takes the value 0 (PyTorch: x ∈ [−λ, λ] → 0).
 * The derivative is 1 for |x| > λ and 0 on [−λ, λ].
 */
export function hardshrinkWith({ lambda }: { lambda: number }): DefinedSpec {
  return define({
    id: 'hardshrink',
    name: 'Hardshrink',
    f: (x) => (x > lambda || x < -lambda ? x : Number.isNaN(x) ? NaN : 0),
    df: (x) => (x > lambda || x < -lambda ? 1 : Number.isNaN(x) ? NaN : 0),
    tex: `\\operatorname{Hardshrink}(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases},\\quad \\lambda = ${lambda}`,
    dtex: "\\operatorname{Hardshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| < \\lambda \\end{cases}",
    params: { lambda },
    kinks: [-lambda, lambda],
    jumps: [-lambda, lambda],
    range: { min: -Infinity, max: Infinity, closed: [false, false] },
    monotonicity: 'non-decreasing',
    smoothness: 'C^-1',
  });
}

export const hardshrink = hardshrinkWith({ lambda: 0.5 });
