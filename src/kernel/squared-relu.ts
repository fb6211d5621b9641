import { define } from './define';

/**
 * Squared ReLU: f(x) = max(0, x)² (So et al. 2021, "Primer: Searching for
 * Efficient Transformers for Language Modeling", arXiv:2109.08668).
 *
 * Method: one product, so f is correctly rounded; f′(x) = 2·max(0, x) is exact.
 * Special cases: NaN → NaN; f(x) = +∞ once x² overflows (x > 1.34e154),
 * which is the correctly rounded value; f(−0) = +0.
 * Kink at 0: f′ is continuous there (both sides give 0) but f″ jumps from 0
 * to 2, so squared ReLU is C¹.
 * Error: ≤ ½ ulp (f), exact (f′).
 */
export const squaredRelu = define({
  id: 'squared-relu',
  name: 'Squared ReLU',
  f: (x) => (x > 0 ? x * x : Number.isNaN(x) ? NaN : 0),
  df: (x) => (x > 0 ? 2 * x : Number.isNaN(x) ? NaN : 0),
  tex: '\\operatorname{ReLU}^{2}(x) = \\max(0, x)^{2}',
  dtex: '\\frac{d}{dx}\\operatorname{ReLU}^{2}(x) = 2\\max(0, x)',
  kinks: [0],
  range: { min: 0, max: Infinity, closed: [true, false] },
  monotonicity: 'non-decreasing',
  smoothness: 'C^1',
});
