import { frame, SIZES } from './figure';
import type { Series } from './svg';

/** One labelled curve of a figure that is not a registered activation (a slice of a vector function, a maxout piece). */
export interface LabelledCurve {
  label: string;
  f: (x: number) => number;
  /** Style: the main curve, a dashed companion, or a quieter comparison in colour slot `slot`. */
  kind: Series['kind'];
  slot?: number;
  kinks?: readonly number[];
  /** More functions drawn in the same style under the same legend entry (e.g. the pieces of a maxout unit). */
  also?: readonly ((x: number) => number)[];
  /** Whether the y axis is fitted to this curve; false lets it run off the plot, clipped. Default true. */
  fitY?: boolean;
}

export interface CurvesFigureOptions {
  curves: readonly LabelledCurve[];
  domain: readonly [number, number];
  title: string;
  desc: string;
  /** Unique per page. */
  idPrefix: string;
  yLabel: string;
  /** Where the legend goes: the side the curves leave free at the top. */
  legendSide: 'left' | 'right';
}

/**
 * Several labelled curves on shared axes, with the same scales, adaptive
 * sampler (≤ 0.25 px) and SVG writer as the activation figures.
 */
export function curvesFigure(o: CurvesFigureOptions): { svg: string; evaluations: number } {
  const fitted = o.curves.filter((c) => c.fitY !== false).flatMap((c) => [c.f, ...(c.also ?? [])]);
  const { curve, write, evaluations } = frame(o.domain, fitted, SIZES.full);
  const series: Series[] = o.curves.map((c) => ({
    kind: c.kind,
    slot: c.slot,
    label: c.label,
    paths: [c.f, ...(c.also ?? [])].flatMap((f) => curve(f, c.kinks ?? [], [])),
  }));
  const svg = write({
    series,
    title: o.title,
    desc: o.desc,
    idPrefix: o.idPrefix,
    legendSide: o.legendSide,
    yLabel: o.yLabel,
  });
  return { svg, evaluations: evaluations() };
}
