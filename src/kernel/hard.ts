import { define, type DefinedSpec } from './define';

/**
 * Hardsigmoid(x) = ReLU6(x + 3)/6, PyTorch's piecewise-linear sigmoid.
 * Method: (x + 3)/6, exact at x = −3 + δ by Sterbenz's lemma.
 * Kinks at ±3: the derivative is 1/6 on the open interval (−3, 3), 0 elsewhere (PyTorch's backward).
 */
export const hardsigmoid = define({
  id: 'hardsigmoid',
  // MobileNetV3 (Howard et al. 2019) introduces both hard forms as cheap stand-ins for σ and swish (SiLU).
  approximates: 'sigmoid',
  name: 'Hardsigmoid',
  f: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : Number.isNaN(x) ? NaN : (x + 3) / 6),
  df: (x) => (x > -3 && x < 3 ? 1 / 6 : Number.isNaN(x) ? NaN : 0),
  tex: '\\operatorname{Hardsigmoid}(x) = \\begin{cases} 0 & x \\le -3 \\\\ 1 & x \\ge 3 \\\\ x/6 + 1/2 & \\text{otherwise} \\end{cases}',
  dtex: "\\operatorname{Hardsigmoid}'(x) = \\begin{cases} 1/6 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}",
  kinks: [-3, 3],
  range: { min: 0, max: 1, closed: [true, true] },
  monotonicity: 'non-decreasing',
  smoothness: 'C^0',
});

/**
 * Hardtanh(x) = min(max(x, m), M) with m < M; PyTorch's default [−1, 1] is the registered one.
 * Kinks at m and M: the derivative is 1 on the open interval (m, M), 0 elsewhere (PyTorch's backward).
 */
export function hardtanhWith({ minVal, maxVal }: { minVal: number; maxVal: number }): DefinedSpec {
  if (!(minVal < maxVal)) throw new Error(`hardtanh: minVal must be below maxVal, got [${minVal}, ${maxVal}]`);
  const byDefault = minVal === -1 && maxVal === 1;
  return define({
    id: 'hardtanh',
    name: 'Hardtanh',
    f: (x) => (x < minVal ? minVal : x > maxVal ? maxVal : x),
    df: (x) => (x > minVal && x < maxVal ? 1 : Number.isNaN(x) ? NaN : 0),
    tex: byDefault
      ? '\\operatorname{Hardtanh}(x) = \\min\\bigl(\\max(x, -1), 1\\bigr)'
      : `\\operatorname{Hardtanh}(x) = \\min\\bigl(\\max(x, ${minVal}), ${maxVal}\\bigr)`,
    dtex: byDefault
      ? "\\operatorname{Hardtanh}'(x) = \\begin{cases} 1 & -1 < x < 1 \\\\ 0 & \\text{otherwise} \\end{cases}"
      : `\\operatorname{Hardtanh}'(x) = \\begin{cases} 1 & ${minVal} < x < ${maxVal} \\\\ 0 & \\text{otherwise} \\end{cases}`,
    params: { minVal, maxVal },
    kinks: [minVal, maxVal],
    range: { min: minVal, max: maxVal, closed: [true, true] },
    monotonicity: 'non-decreasing',
    smoothness: 'C^0',
  });
}

export const hardtanh = hardtanhWith({ minVal: -1, maxVal: 1 });

/**
 * Hardswish(x) = x·ReLU6(x + 3)/6 (Howard et al. 2019, MobileNetV3).
 * Method: x(x + 3)/6 on (−3, 3). Derivative: (2x + 3)/6, exact near its root −1.5.
 * Kinks at ±3: PyTorch's backward uses x/3 + 1/2 on the closed interval
 * [−3, 3], so Hardswish′(−3) = −0.5 and Hardswish′(3) = 1.5, although the
 * one-sided limits outside are 0 and 1.
 */
export const hardswish = define({
  id: 'hardswish',
  approximates: 'silu',
  name: 'Hardswish',
  f: (x) => (x <= -3 ? (Number.isNaN(x) ? NaN : 0) : x >= 3 ? x : (x * (x + 3)) / 6),
  df: (x) => (x < -3 ? 0 : x > 3 ? 1 : Number.isNaN(x) ? NaN : (2 * x + 3) / 6),
  tex: '\\operatorname{Hardswish}(x) = \\begin{cases} 0 & x \\le -3 \\\\ x & x \\ge 3 \\\\ x\\,(x + 3)/6 & \\text{otherwise} \\end{cases}',
  dtex: "\\operatorname{Hardswish}'(x) = \\begin{cases} 0 & x < -3 \\\\ 1 & x > 3 \\\\ x/3 + 1/2 & -3 \\le x \\le 3 \\end{cases}",
  kinks: [-3, 3],
  range: { min: 'minimum', max: Infinity, closed: [true, false] },
  monotonicity: 'non-monotonic',
  smoothness: 'C^0',
  minimumBracket: [-3, 0],
});
