import { propertiesOf, type Activation } from '../kernel';
import { formatNumber } from './format';

const SMOOTHNESS: Record<Activation['smoothness'], string> = {
  'C^-1': 'discontinuous',
  'C^0': 'continuous (C⁰), with corners',
  'C^1': 'continuously differentiable (C¹)',
  'C^2': 'twice continuously differentiable (C²)',
  'C^inf': 'smooth (C^∞)',
};

const MONOTONICITY: Record<Activation['monotonicity'], string> = {
  increasing: 'increasing',
  'non-decreasing': 'non-decreasing (flat in places)',
  'non-monotonic': 'not monotonic',
  constant: 'constant',
};

/**
 * The interval notation of a range.
 * @example formatRange({ min: 0, max: Infinity, closed: [true, false] }) // '[0, ∞)'
 */
export function formatRange(r: Activation['range']): string {
  return `${r.closed[0] ? '[' : '('}${formatNumber(r.min, 4)}, ${formatNumber(r.max, 4)}${r.closed[1] ? ']' : ')'}`;
}

/** Rows of the side-by-side properties table, all computed from the kernel. */
export function propertyRows(a: Activation): [label: string, value: string][] {
  const p = propertiesOf(a.id);
  return [
    ['Range', formatRange(a.range)],
    [
      'Minimum',
      p.minimum
        ? `${formatNumber(p.minimum.value, 4)} at x = ${formatNumber(p.minimum.x, 4)}`
        : a.range.closed[0]
          ? `${formatNumber(a.range.min, 4)} (attained on a flat part)`
          : 'none (not attained)',
    ],
    ['Monotonicity', MONOTONICITY[a.monotonicity]],
    ['Smoothness', SMOOTHNESS[a.smoothness]],
    ['f(0)', formatNumber(p.f0, 6)],
    ['f′(0)', formatNumber(p.df0, 6)],
  ];
}
