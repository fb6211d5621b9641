import type { Activation, ActivationProperties, Extremum } from './types';
import type { ActivationSpec } from './define';

/**
 * Finds the root of df in [lo, hi] where df goes from negative to positive,
 * by bisection down to adjacent doubles, and returns the minimum there.
 * Bisection is slow but cannot be fooled by the flat, noisy df of a tail.
 */
export function findMinimum(spec: Pick<ActivationSpec, 'f' | 'df'>, [lo, hi]: readonly [number, number]): Extremum {
  if (!(spec.df(lo) < 0 && spec.df(hi) > 0)) {
    throw new Error(`minimum bracket [${lo}, ${hi}] does not contain a sign change of f′ from − to +`);
  }
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (spec.df(mid) < 0) lo = mid;
    else hi = mid;
  }
  // Of the two adjacent candidates keep the lower value; on a tie, hi (where f′ ≥ 0, possibly exactly 0).
  const [x, value] = spec.f(lo) < spec.f(hi) ? [lo, spec.f(lo)] : [hi, spec.f(hi)];
  return { x, value };
}

/** The facts a term page shows, computed from the function itself. */
export function computeProperties(a: Pick<Activation, 'f' | 'df' | 'minimumBracket'>): ActivationProperties {
  return {
    f0: a.f(0),
    df0: a.df(0),
    minimum: a.minimumBracket ? findMinimum(a, a.minimumBracket) : undefined,
  };
}
