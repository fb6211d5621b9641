import { propertiesOf, type Activation } from '../kernel';
import { formatNumber } from './format';

const FAR = 1e6;

/** How f behaves as x → ±∞, in words: "rises like x", "levels off at 1", "approaches 0". */
export function tailPhrase(a: Activation, side: -1 | 1): string {
  const v = a.f(side * FAR);
  const slope = v / (side * FAR);
  if (Math.abs(slope) > 1e-3) {
    const like = Math.abs(slope - 1) < 1e-6 ? 'x' : `${formatNumber(slope, 2)}x`;
    return `${v > 0 ? 'rises' : 'falls'} like ${like}`;
  }
  if (Math.abs(v) < 1e-9) return 'approaches 0';
  return `levels off at ${formatNumber(v, 3)}`;
}

function smoothnessPhrase(a: Activation): string {
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
export function describeActivation(a: Activation): string {
  const p = propertiesOf(a.id);
  const parts = [`${tailPhrase(a, -1)} on the left`];
  if (p.minimum) parts.push(`dips to ${formatNumber(p.minimum.value)} at x = ${formatNumber(p.minimum.x)}`);
  parts.push(`${p.minimum ? 'then ' : 'and '}${tailPhrase(a, 1)} on the right`);
  return `${smoothnessPhrase(a)}; ${parts.join(', ')}`;
}

/** The derivative in words over a domain: its extremes and its value at 0. */
export function describeDerivative(a: Activation, [lo, hi]: readonly [number, number]): string {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i <= 2000; i++) {
    const v = a.df(lo + ((hi - lo) * i) / 2000);
    if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  }
  const at0 = lo <= 0 && hi >= 0 ? `, ${formatNumber(a.df(0), 3)} at x = 0` : '';
  return min === max
    ? `constant at ${formatNumber(min, 3)}`
    : `between ${formatNumber(min, 3)} and ${formatNumber(max, 3)} on this range${at0}`;
}
