import { activations, isActivationId, type Activation } from '../kernel';
import { derivativeJumps, frame, SIZES, yExtent } from './frame';
import { traceCurve, type Trace } from './trace';
import type { Series } from './svg';
import { describeActivation, describeDerivative } from './describe';
import { drawFigure, type ActivationFigure, type ActivationFigureOptions } from './activation-figure';

export { derivativeJumps, frame, SIZES } from './frame';
export type { ActivationFigure, ActivationFigureOptions } from './activation-figure';

export function getActivation(id: string): Activation {
  const a = isActivationId(id) ? activations[id] : undefined;
  if (!a) throw new Error(`unknown activation "${id}"; known ids: ${Object.keys(activations).join(', ')}`);
  return a;
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
  const compare = options.traceCompare
    ? compareTraces(options).map((trace) => ({ name: trace.name, trace }))
    : (options.compare ?? []).map(getActivation);
  return drawFigure(getActivation(options.fn), compare, options);
}

/**
 * The comparison curves of a full-size figure with sliders, traced once by the
 * kernel (trace.ts): the build draws them and the page hands them to the
 * parameter island, which then never loads the comparisons' kernel code.
 */
export function compareTraces(
  options: Pick<ActivationFigureOptions, 'fn' | 'compare' | 'domain' | 'derivative'>,
): Trace[] {
  const a = getActivation(options.fn);
  const domain = options.domain ?? [-4, 4];
  const size = SIZES.full;
  const yDomain = yExtent(options.derivative === false ? [a.f] : [a.f, a.df], domain, size.yTicks);
  return (options.compare ?? []).map((id) => {
    const c = getActivation(id);
    return traceCurve(c, domain, yDomain, size.height, yExtent([c.f], domain, size.yTicks));
  });
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
