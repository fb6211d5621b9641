import type { Activation } from '../kernel/types';
import { linearScale, nice, ticks } from './scale';
import { sampleCurve } from './sample';
import { PLOT_MAX_FONT, tickMargins, writeSvg, type SvgFigure } from './svg';
import { drawTrace, type Trace } from './trace';

// `maxFont`: the largest font size (viewBox units) src/styles/plot.css gives this viewBox, at the
// narrowest figure; margins are sized for it so no tick label is ever clipped.
export const SIZES = {
  full: {
    width: 480,
    height: 300,
    margin: { top: Math.ceil(PLOT_MAX_FONT[480] * 0.7) },
    xTicks: 8,
    yTicks: 6,
    maxFont: PLOT_MAX_FONT[480],
  },
  small: {
    width: 240,
    height: 170,
    margin: { top: Math.ceil(PLOT_MAX_FONT[240] * 0.7) },
    xTicks: 4,
    yTicks: 4,
    maxFont: PLOT_MAX_FONT[240],
  },
};

/** Where f′ jumps: at the kinks of functions that are only C⁰ or worse. */
export function derivativeJumps(a: Pick<Activation, 'smoothness' | 'kinks'>): readonly number[] {
  return a.smoothness === 'C^0' || a.smoothness === 'C^-1' ? a.kinks : [];
}

/** The y extent of f (and f′) on the domain, padded, made nice, always including 0. */
export function yExtent(
  curves: ((x: number) => number)[],
  [lo, hi]: readonly [number, number],
  count: number,
): [number, number] {
  let min = 0;
  let max = 0;
  for (const c of curves) {
    for (let i = 0; i <= 400; i++) {
      const v = c(lo + ((hi - lo) * i) / 400);
      if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
    }
  }
  const pad = (max - min) * 0.06 || 1;
  return nice(min - (min < 0 ? pad : 0), max + pad, count);
}

/**
 * The parts every figure shares: scales fitted to some curves on the domain,
 * a sampler bound to those scales that counts its evaluations, and the SVG
 * writer with the axes filled in.
 */
export function frame(
  domain: readonly [number, number],
  extent: ((x: number) => number)[],
  size: (typeof SIZES)['full'],
) {
  const { width, height } = size;
  const yDomain = yExtent(extent, domain, size.yTicks);
  const xTicks = ticks(domain[0], domain[1], size.xTicks);
  const yTicks = ticks(yDomain[0], yDomain[1], size.yTicks);
  const margin = { ...tickMargins(xTicks, yTicks, size.maxFont), top: size.margin.top };
  const x = linearScale(domain, [margin.left, width - margin.right]);
  const y = linearScale(yDomain, [height - margin.bottom, margin.top]);
  let evaluations = 0;
  const curve = (f: (x: number) => number, kinks: readonly number[], jumps: readonly number[]) => {
    const s = sampleCurve(f, { x, y, kinks, jumps, decimals: 1 });
    evaluations += s.evaluations;
    return s.paths;
  };
  const traced = (t: Trace) => drawTrace(t, x, y);
  const write = (
    parts: Pick<SvgFigure, 'series' | 'title' | 'desc' | 'idPrefix' | 'legendSide'> &
      Partial<Pick<SvgFigure, 'xLabel' | 'yLabel'>>,
  ) =>
    writeSvg({
      width,
      height,
      x,
      y,
      xTicks,
      yTicks,
      maxFont: size.maxFont,
      xLabel: 'x',
      yLabel: 'f(x)',
      decimals: 1,
      ...parts,
    });
  return { curve, traced, write, evaluations: () => evaluations, yDomain };
}
