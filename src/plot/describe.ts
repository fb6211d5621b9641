import type { Activation, ActivationProperties } from '../kernel/types';
import { computeProperties } from '../kernel/properties';
import { formatNumber } from './format';

const FAR = 1e6;

/** What a description reads: a registered activation or a family function's at other parameter values. */
type Described = Pick<Activation, 'f' | 'df' | 'kinks' | 'jumps' | 'smoothness' | 'minimumBracket'>;

// Keyed by the object, not the id: the parameter island describes one id at many parameter values.
const properties = new WeakMap<object, ActivationProperties>();
function propertiesOfObject(a: Described): ActivationProperties {
  let p = properties.get(a);
  if (!p) properties.set(a, (p = computeProperties(a)));
  return p;
}

/** How f behaves as x → ±∞, in words: "rises like x", "levels off at 1", "approaches 0". */
export function tailPhrase(a: Pick<Activation, 'f'>, side: -1 | 1): string {
  const v = a.f(side * FAR);
  const slope = v / (side * FAR);
  if (Math.abs(slope) > 1e-3) {
    const like = Math.abs(slope - 1) < 1e-6 ? 'x' : `${formatNumber(slope, 2)}x`;
    return `${v > 0 ? 'rises' : 'falls'} like ${like}`;
  }
  if (Math.abs(v) < 1e-9) return 'approaches 0';
  return `levels off at ${formatNumber(v, 3)}`;
}

function smoothnessPhrase(a: Described): string {
  const at = a.kinks.map((k) => formatNumber(k, 3)).join(' and ');
  switch (a.smoothness) {
    case 'C^inf':
      return 'smooth';
    case 'C^-1':
      return `discontinuous, jumping at x = ${a.jumps.map((k) => formatNumber(k, 3)).join(' and ')}`;
    case 'C^0':
      return a.kinks.length ? `continuous, with corners at x = ${at}` : 'continuous';
    default:
      return `continuously differentiable, with its curvature changing abruptly at x = ${at}`;
  }
}

/**
 * The shape of an activation in words, for the figure's `<desc>` and for
 * readers who cannot see the plot.
 * @example describeActivation(activations.gelu) // 'smooth; approaches 0 on the left, dips to −0.17 at x = −0.75, then rises like x'
 */
export function describeActivation(a: Described): string {
  const p = propertiesOfObject(a);
  const parts = [`${tailPhrase(a, -1)} on the left`];
  if (p.minimum) parts.push(`dips to ${formatNumber(p.minimum.value)} at x = ${formatNumber(p.minimum.x)}`);
  parts.push(`${p.minimum ? 'then ' : 'and '}${tailPhrase(a, 1)} on the right`);
  return `${smoothnessPhrase(a)}; ${parts.join(', ')}`;
}

/**
 * Golden-section search for the smallest value of g on [a, b], returning it if it beats `best`.
 * A grid minimum of a smooth function is off by the grid spacing squared; this
 * pins an interior extremum (Snake′ touching 0, GELU′'s overshoot) to full precision.
 */
function refineMin(g: (x: number) => number, a: number, b: number, best: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  // One new evaluation per step: the point kept from the last step keeps its value.
  let gc = g(c);
  let gd = g(d);
  for (let i = 0; i < 80 && b - a > 1e-15 * Math.max(1, Math.abs(a)); i++) {
    if (gc < gd) {
      b = d;
      [d, gd] = [c, gc];
      c = b - r * (b - a);
      gc = g(c);
    } else {
      a = c;
      [c, gc] = [d, gd];
      d = a + r * (b - a);
      gd = g(d);
    }
  }
  const v = g((a + b) / 2);
  return Number.isFinite(v) && v < best ? v : best;
}

/** The derivative in words over a domain: its extremes and its value at 0. */
export function describeDerivative(a: Pick<Activation, 'df'>, domain: readonly [number, number]): string {
  // Every figure of a function over the same range says the same: many pages plot the same functions.
  let byDomain = derivativeWords.get(a);
  if (!byDomain) derivativeWords.set(a, (byDomain = new Map()));
  const key = domain.join(' ');
  let words = byDomain.get(key);
  if (words === undefined) byDomain.set(key, (words = readDerivative(a, domain)));
  return words;
}

const derivativeWords = new WeakMap<object, Map<string, string>>();

function readDerivative(a: Pick<Activation, 'df'>, [lo, hi]: readonly [number, number]): string {
  const n = 2000;
  const xs = Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
  // Each sample's value is kept: a kernel derivative costs microseconds, and a figure has 2,001 samples.
  let iMin = -1;
  let iMax = -1;
  let vMin = NaN;
  let vMax = NaN;
  xs.forEach((x, i) => {
    const v = a.df(x);
    if (!Number.isFinite(v)) return;
    if (iMin < 0 || v < vMin) [iMin, vMin] = [i, v];
    if (iMax < 0 || v > vMax) [iMax, vMax] = [i, v];
  });
  if (iMin < 0) return 'not finite on this range';
  const near = (i: number): [number, number] => [xs[Math.max(i - 1, 0)], xs[Math.min(i + 1, n)]];
  let min = refineMin(a.df, ...near(iMin), vMin);
  const max = -refineMin((x) => -a.df(x), ...near(iMax), -vMax);
  // Below a billionth of the range's scale, a refined extremum is 0 to any precision the sentence shows.
  if (Math.abs(min) < 1e-9 * Math.max(Math.abs(max), 1e-300)) min = 0;
  const at0 = lo <= 0 && hi >= 0 ? `, ${formatNumber(a.df(0), 3)} at x = 0` : '';
  return min === max
    ? `constant at ${formatNumber(min, 3)}`
    : `between ${formatNumber(min, 3)} and ${formatNumber(max, 3)} on this range${at0}`;
}
