import type { Activation } from '../kernel/types';
import { derivativeJumps, frame, SIZES } from './frame';
import type { Series } from './svg';
import { describeActivation, describeDerivative } from './describe';
import { ticks } from './scale';
import { formatNumber } from './format';
import type { Trace } from './trace';

/** What a figure reads of its main activation: a registered one, or a family function's at other parameter values. */
export type PlottedActivation = Pick<
  Activation,
  'id' | 'name' | 'f' | 'df' | 'kinks' | 'jumps' | 'smoothness' | 'minimumBracket'
>;
/** What a figure reads of a comparison curve: the function, or its trace sampled at build time (trace.ts). */
export type PlottedCurve = Pick<Activation, 'name' | 'f' | 'kinks' | 'jumps'> | { name: string; trace: Trace };

export interface ActivationFigureOptions {
  fn: string;
  compare?: readonly string[];
  domain?: readonly [number, number];
  derivative?: boolean;
  /** 'full' for a term page, 'small' for the gallery's small multiples. */
  size?: 'full' | 'small';
  /** Makes the `<title>`/`<desc>` ids unique when one page shows the same figure twice. */
  idSuffix?: string;
  /** Parameter values away from the defaults, e.g. "α = 0.5", named in the description (the parameter island). */
  parameters?: string;
  /** Draw the comparisons from build-time traces (trace.ts), as the parameter island redraws them. */
  traceCompare?: boolean;
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

/** The name with the parameter values, unless the family already put them in it (Swish-β's "Swish-β (β = 0.4)"). */
const named = (name: string, parameters: string | undefined) =>
  parameters && !name.endsWith(`(${parameters})`) ? `${name} (${parameters})` : name;

/**
 * The figure for activation `a` (its own object, not an id), with `compare`
 * drawn as quieter curves: the one drawing code of the build and of the
 * parameter island (src/plot/island/), which passes the family function's
 * activation at the reader's parameter values. `options.fn` is not read.
 */
export function drawFigure(
  a: PlottedActivation,
  compare: readonly PlottedCurve[],
  options: Omit<ActivationFigureOptions, 'fn'> & { fn?: string },
): ActivationFigure {
  const domain = options.domain ?? [-4, 4];
  const derivative = options.derivative ?? true;
  const size = SIZES[options.size ?? 'full'];

  const { curve, traced, write, evaluations } = frame(domain, derivative ? [a.f, a.df] : [a.f], size);

  const series: Series[] = [{ kind: 'fn', label: a.name, paths: curve(a.f, a.kinks, a.jumps) }];
  if (derivative) series.push({ kind: 'df', label: `${a.name}′`, paths: curve(a.df, a.kinks, derivativeJumps(a)) });
  compare.forEach((c, i) =>
    series.push({
      kind: 'cmp',
      slot: i + 1,
      label: c.name,
      paths: 'trace' in c ? traced(c.trace) : curve(c.f, c.kinks, c.jumps),
    }),
  );

  const shape = describeActivation(a);
  const parts = [
    `${named(a.name, options.parameters)} on [${formatNumber(domain[0], 3)}, ${formatNumber(domain[1], 3)}]: ${shape}.`,
  ];
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
