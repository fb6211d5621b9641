import { activations, isActivationId, type Activation } from '../kernel';
import { linearScale, nice, ticks } from './scale';
import { sampleCurve } from './sample';
import { PLOT_MAX_FONT, tickMargins, writeSvg, type Series, type SvgFigure } from './svg';
import { describeActivation, describeDerivative } from './describe';
import { formatNumber } from './format';

export interface ActivationFigureOptions {
  fn: string;
  compare?: readonly string[];
  domain?: readonly [number, number];
  derivative?: boolean;
  /** 'full' for a term page, 'small' for the gallery's small multiples. */
  size?: 'full' | 'small';
  /** Makes the `<title>`/`<desc>` ids unique when one page shows the same figure twice. */
  idSuffix?: string;
}

export interface ActivationFigure {
  svg: string;
  /** Plain-language description, also in the SVG's `<desc>`. */
  description: string;
  /** Sample values for the table under the figure. */
  table: { x: number; f: number; df: number }[];
  /** Function evaluations the sampler spent, over all curves. */
  evaluations: number;
}

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
export function derivativeJumps(a: Activation): readonly number[] {
  return a.smoothness === 'C^0' || a.smoothness === 'C^-1' ? a.kinks : [];
}

export function getActivation(id: string): Activation {
  const a = isActivationId(id) ? activations[id] : undefined;
  if (!a) throw new Error(`unknown activation "${id}"; known ids: ${Object.keys(activations).join(', ')}`);
  return a;
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
  return { curve, write, evaluations: () => evaluations };
}

/**
 * The figure for one activation: the function, optionally its derivative
 * (dashed) and quieter comparison curves, on shared axes, as inline SVG.
 */
export function activationFigure(options: ActivationFigureOptions): ActivationFigure {
  // Many pages draw the same figure (a term page, its card, its compare pages): compute each once per build.
  const key = JSON.stringify(options);
  let figure = figures.get(key);
  if (!figure) {
    figure = drawActivationFigure(options);
    figures.set(key, figure);
  }
  return figure;
}

const figures = new Map<string, ActivationFigure>();

/** activationFigure without the per-build memo (tests use it to check determinism). */
export function drawActivationFigure(options: ActivationFigureOptions): ActivationFigure {
  const a = getActivation(options.fn);
  const compare = (options.compare ?? []).map(getActivation);
  const domain = options.domain ?? [-4, 4];
  const derivative = options.derivative ?? true;
  const size = SIZES[options.size ?? 'full'];

  const { curve, write, evaluations } = frame(domain, derivative ? [a.f, a.df] : [a.f], size);

  const series: Series[] = [{ kind: 'fn', label: a.name, paths: curve(a.f, a.kinks, a.jumps) }];
  if (derivative) series.push({ kind: 'df', label: `${a.name}′`, paths: curve(a.df, a.kinks, derivativeJumps(a)) });
  compare.forEach((c, i) =>
    series.push({ kind: 'cmp', slot: i + 1, label: c.name, paths: curve(c.f, c.kinks, c.jumps) }),
  );

  const shape = describeActivation(a);
  const parts = [`${a.name} on [${formatNumber(domain[0], 3)}, ${formatNumber(domain[1], 3)}]: ${shape}.`];
  if (derivative) parts.push(`Its derivative (dashed) is ${describeDerivative(a, domain)}.`);
  if (compare.length) parts.push(`Compared with ${compare.map((c) => c.name).join(' and ')} (thin lines).`);
  const description = parts.join(' ');

  // Put the legend where the curves are lowest at the top edge: left for rising activations.
  const leftHigh = a.f(domain[0]) > a.f(domain[1]);
  const svg = write({
    series,
    title: `${a.name}${derivative ? ' and its derivative' : ''}${compare.length ? `, compared with ${compare.map((c) => c.name).join(', ')}` : ''}`,
    desc: description,
    idPrefix: `plot-${a.id}${options.idSuffix ? `-${options.idSuffix}` : ''}${options.size === 'small' ? '-s' : ''}`,
    legendSide: options.size === 'small' ? 'none' : leftHigh ? 'right' : 'left',
  });

  const tableXs = ticks(domain[0], domain[1], 8);
  return {
    svg,
    description,
    table: tableXs.map((xv) => ({ x: xv, f: a.f(xv), df: a.df(xv) })),
    evaluations: evaluations(),
  };
}

/**
 * Two activations and both derivatives on shared axes, for a compare page:
 * the first in the function colours, the second in its own, derivatives dashed.
 */
export function pairFigure(
  first: string,
  second: string,
  domain: readonly [number, number] = [-4, 4],
): ActivationFigure {
  const a = getActivation(first);
  const b = getActivation(second);
  const { curve, write, evaluations } = frame(domain, [a.f, a.df, b.f, b.df], SIZES.full);
  const series: Series[] = [
    { kind: 'fn', label: a.name, paths: curve(a.f, a.kinks, a.jumps) },
    { kind: 'df', label: `${a.name}′`, paths: curve(a.df, a.kinks, derivativeJumps(a)) },
    { kind: 'fn', slot: 2, label: b.name, paths: curve(b.f, b.kinks, b.jumps) },
    { kind: 'df', slot: 2, label: `${b.name}′`, paths: curve(b.df, b.kinks, derivativeJumps(b)) },
  ];
  const description = `${a.name}: ${describeActivation(a)}. ${b.name}: ${describeActivation(b)}. Derivatives dashed: ${a.name}′ is ${describeDerivative(a, domain)}; ${b.name}′ is ${describeDerivative(b, domain)}.`;
  const svg = write({
    series,
    title: `${a.name} and ${b.name} with their derivatives`,
    desc: description,
    idPrefix: `pair-${a.id}-${b.id}`,
    legendSide: a.f(domain[0]) > a.f(domain[1]) ? 'right' : 'left',
  });
  return { svg, description, table: [], evaluations: evaluations() };
}
