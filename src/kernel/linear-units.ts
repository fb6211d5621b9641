import { define, type DefinedSpec } from './define';
import { ddAdd, type DD } from './double-double';
import { decimalDD } from './decimal';
import { RRELU_SLOPE } from './generated/constants';

/** Identity: f(x) = x. The reference line for every other activation. */
export const identity = define({
  id: 'identity',
  name: 'Identity',
  f: (x) => x,
  df: (x) => (Number.isNaN(x) ? NaN : 1),
  tex: 'f(x) = x',
  dtex: "f'(x) = 1",
  range: { min: -Infinity, max: Infinity, closed: [false, false] },
  monotonicity: 'increasing',
  smoothness: 'C^inf',
});

/**
 * ReLU(x) = max(0, x) (Nair & Hinton 2010).
 * Kink at 0: ReLU′(0) = 0, as in PyTorch's backward (threshold_backward: x > 0).
 * Special cases: NaN → NaN; ReLU(−0) = 0.
 */
export const relu = define({
  id: 'relu',
  name: 'ReLU',
  f: (x) => (x > 0 ? x : Number.isNaN(x) ? NaN : 0),
  df: (x) => (x > 0 ? 1 : Number.isNaN(x) ? NaN : 0),
  tex: '\\operatorname{ReLU}(x) = \\max(0, x)',
  dtex: "\\operatorname{ReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
  kinks: [0],
  range: { min: 0, max: Infinity, closed: [true, false] },
  monotonicity: 'non-decreasing',
  smoothness: 'C^0',
});

/**
 * ReLU6(x) = min(max(0, x), 6), PyTorch's hardtanh(x, 0, 6).
 * Kinks at 0 and 6: the derivative is 1 only on the open interval (0, 6), as hardtanh's backward.
 */
export const relu6 = define({
  id: 'relu6',
  name: 'ReLU6',
  f: (x) => (Number.isNaN(x) ? NaN : Math.min(Math.max(x, 0), 6) + 0),
  df: (x) => (Number.isNaN(x) ? NaN : x > 0 && x < 6 ? 1 : 0),
  tex: '\\operatorname{ReLU6}(x) = \\min\\bigl(\\max(0, x), 6\\bigr)',
  dtex: "\\operatorname{ReLU6}'(x) = \\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}",
  params: { max: 6 },
  kinks: [0, 6],
  range: { min: 0, max: 6, closed: [true, true] },
  monotonicity: 'non-decreasing',
  smoothness: 'C^0',
});

/** A leaky rectifier with negative-side slope `slope` (a double-double, since 0.01 and 11/48 are not doubles). */
function leaky(slope: readonly [number, number]) {
  return {
    // slope·x = hi·x + lo·x: the lo term restores the decimal slope's last bit.
    f: (x: number) => (x > 0 || x === -Infinity || x === 0 ? x : x * slope[0] + x * slope[1]),
    // PyTorch's backward uses the negative-side slope at x = 0 (x > 0 ? 1 : slope).
    df: (x: number) => (x > 0 ? 1 : Number.isNaN(x) ? NaN : slope[0]),
  };
}

/** What a leaky rectifier with negative-side slope s claims: a corner at 0 unless s = 1 (the identity). */
function leakyClaims(s: number) {
  return {
    kinks: s === 1 ? [] : [0],
    range:
      s >= 0
        ? ({ min: -Infinity, max: Infinity, closed: [false, false] } as const)
        : ({ min: 0, max: Infinity, closed: [true, false] } as const),
    monotonicity: s > 0 ? ('increasing' as const) : s === 0 ? ('non-decreasing' as const) : ('non-monotonic' as const),
    smoothness: s === 1 ? ('C^inf' as const) : ('C^0' as const),
  };
}

/**
 * LeakyReLU with negative slope s (Maas et al. 2013); PyTorch's default s = 0.01, the registered one.
 * The slope is the decimal `String(s)` prints (decimalDD), so f rounds once. LeakyReLU′(0) = s.
 */
export function leakyReluWith({ negativeSlope: s }: { negativeSlope: number }): DefinedSpec {
  return define({
    id: 'leaky-relu',
    name: 'Leaky ReLU',
    ...leaky(decimalDD(s)),
    tex: `\\operatorname{LeakyReLU}(x) = \\begin{cases} x & x > 0 \\\\ ${s}\\,x & x \\le 0 \\end{cases}`,
    dtex: `\\operatorname{LeakyReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ ${s} & x \\le 0 \\end{cases}`,
    params: { negativeSlope: s },
    ...leakyClaims(s),
  });
}

export const leakyRelu = leakyReluWith({ negativeSlope: 0.01 });

/** PReLU with slope a (He et al. 2015); PyTorch initialises a = 0.25, the registered one, and learns it. PReLU′(0) = a. */
export function preluWith({ a }: { a: number }): DefinedSpec {
  return define({
    id: 'prelu',
    name: 'PReLU',
    ...leaky(decimalDD(a)),
    tex: `\\operatorname{PReLU}(x) = \\begin{cases} x & x > 0 \\\\ a\\,x & x \\le 0 \\end{cases},\\quad a = ${a}`,
    dtex: "\\operatorname{PReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ a & x \\le 0 \\end{cases}",
    params: { a },
    ...leakyClaims(a),
  });
}

export const prelu = preluWith({ a: 0.25 });

const RRELU_DEFAULT = { lower: 1 / 8, upper: 1 / 3 };

/**
 * RReLU in evaluation mode: a leaky rectifier whose slope is the mean of its
 * training-time range [l, u], (l + u)/2 (Xu et al. 2015). PyTorch's default
 * [1/8, 1/3] gives 11/48, taken from the generated constant since 1/3 is no
 * double; other bounds are decimals (decimalDD) summed in double-double.
 */
export function rreluWith({ lower, upper }: { lower: number; upper: number }): DefinedSpec {
  const byDefault = lower === RRELU_DEFAULT.lower && upper === RRELU_DEFAULT.upper;
  const [sh, sl] = byDefault ? RRELU_SLOPE : ddAdd(decimalDD(lower), decimalDD(upper));
  const slope: DD = byDefault ? RRELU_SLOPE : [sh / 2, sl / 2];
  const bounds = byDefault ? 'l = \\tfrac18,\\ u = \\tfrac13' : `l = ${lower},\\ u = ${upper}`;
  const mean = byDefault ? '\\frac{11}{48}' : `${Number(((lower + upper) / 2).toPrecision(6))}`;
  return define({
    id: 'rrelu',
    name: 'RReLU (eval)',
    ...leaky(slope),
    tex: `\\operatorname{RReLU}(x) = \\begin{cases} x & x > 0 \\\\ \\frac{l + u}{2}\\,x & x \\le 0 \\end{cases},\\quad ${bounds}`,
    dtex: `\\operatorname{RReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\frac{l + u}{2} = ${mean} & x \\le 0 \\end{cases}`,
    params: { lower, upper },
    ...leakyClaims(slope[0]),
  });
}

export const rrelu = rreluWith(RRELU_DEFAULT);

/**
 * The Heaviside step with H(0) = 1, the perceptron's activation.
 * Its derivative is 0 wherever it exists; we return 0 at the jump too, as autograd would.
 */
export const binaryStep = define({
  id: 'binary-step',
  name: 'Binary step',
  f: (x) => (x >= 0 ? 1 : Number.isNaN(x) ? NaN : 0),
  df: (x) => (Number.isNaN(x) ? NaN : 0),
  tex: 'H(x) = \\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}',
  dtex: "H'(x) = 0 \\quad (x \\ne 0)",
  kinks: [0],
  jumps: [0],
  range: { min: 0, max: 1, closed: [true, true] },
  monotonicity: 'non-decreasing',
  smoothness: 'C^-1',
});
