import { define } from './define';

const LAMBDA = 0.5;

/**
 * Softshrink(x) = x − λ·sign(x) for |x| > λ, else 0; λ = 0.5.
 * Kinks at ±λ: derivative 0 on the closed interval [−λ, λ], 1 outside (PyTorch's backward).
 */
export const softshrink = define({
  id: 'softshrink',
  name: 'Softshrink',
  f: (x) => (x > LAMBDA ? x - LAMBDA : x < -LAMBDA ? x + LAMBDA : Number.isNaN(x) ? NaN : 0),
  df: (x) => (x > LAMBDA || x < -LAMBDA ? 1 : Number.isNaN(x) ? NaN : 0),
  tex: '\\operatorname{Softshrink}(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases},\\quad \\lambda = 0.5',
  dtex: "\\operatorname{Softshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
  params: { lambda: LAMBDA },
  kinks: [-LAMBDA, LAMBDA],
  range: { min: -Infinity, max: Infinity, closed: [false, false] },
  monotonicity: 'non-decreasing',
  smoothness: 'C^0',
});

/**
 * Hardshrink(x) = x for |x| > λ, else 0; λ = 0.5.
 * Jumps at ±λ, where f takes the value 0 (PyTorch: x ∈ [−λ, λ] → 0).
 * The derivative is 1 for |x| > λ and 0 on [−λ, λ].
 */
export const hardshrink = define({
  id: 'hardshrink',
  name: 'Hardshrink',
  f: (x) => (x > LAMBDA || x < -LAMBDA ? x : Number.isNaN(x) ? NaN : 0),
  df: (x) => (x > LAMBDA || x < -LAMBDA ? 1 : Number.isNaN(x) ? NaN : 0),
  tex: '\\operatorname{Hardshrink}(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases},\\quad \\lambda = 0.5',
  dtex: "\\operatorname{Hardshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| < \\lambda \\end{cases}",
  params: { lambda: LAMBDA },
  kinks: [-LAMBDA, LAMBDA],
  jumps: [-LAMBDA, LAMBDA],
  range: { min: -Infinity, max: Infinity, closed: [false, false] },
  monotonicity: 'non-decreasing',
  smoothness: 'C^-1',
});
