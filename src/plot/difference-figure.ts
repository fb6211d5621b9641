import type { Activation } from '../kernel';
import { linearScale, nice, ticks } from './scale';
import { sampleCurve } from './sample';
import { PLOT_MAX_FONT, tickMargins, writeSvg } from './svg';
import { formatNumber } from './format';

export interface DifferenceFigure {
  svg: string;
  /** Plain-language description, also the SVG's `<desc>`. */
  description: string;
}

// A 480-wide viewBox, sized like the full figures: its text is scaled like theirs (PLOT_MAX_FONT).
const SIZE = { width: 480, height: 170, top: Math.ceil(PLOT_MAX_FONT[480] * 0.7), xTicks: 8, yTicks: 4 };

/**
 * The difference f − g of two activations on a domain, as a small figure
 * under the pair figure: where one lies above the other and by how much.
 * When `label` names an approximation, the curve is its error.
 */
export function differenceFigure(
  a: Activation,
  b: Activation,
  domain: readonly [number, number],
  title: string,
): DifferenceFigure {
  const d = (x: number) => a.f(x) - b.f(x);
  let min = 0;
  let max = 0;
  for (let i = 0; i <= 800; i++) {
    const v = d(domain[0] + ((domain[1] - domain[0]) * i) / 800);
    if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  }
  const pad = (max - min) * 0.08 || 1;
  const yDomain = nice(min - (min < 0 ? pad : 0), max + (max > 0 ? pad : 0), SIZE.yTicks);
  const yTicks = ticks(yDomain[0], yDomain[1], SIZE.yTicks);
  const xTicks = ticks(domain[0], domain[1], SIZE.xTicks);
  // Small differences have long tick labels (−0.0004): margins fit them at the largest font, so none is clipped.
  const margin = tickMargins(xTicks, yTicks, PLOT_MAX_FONT[480]);
  const x = linearScale(domain, [margin.left, SIZE.width - margin.right]);
  const y = linearScale(yDomain, [SIZE.height - margin.bottom, SIZE.top]);
  const breaks = [...new Set([...a.kinks, ...b.kinks])];
  const jumps = [...new Set([...a.jumps, ...b.jumps])];
  const { paths } = sampleCurve(d, { x, y, kinks: breaks, jumps, decimals: 1 });
  const range = `[${formatNumber(domain[0], 3)}, ${formatNumber(domain[1], 3)}]`;
  const description = `${title} on ${range}: between ${formatNumber(min, 3)} and ${formatNumber(max, 3)}; above 0 where ${a.name} is above ${b.name}.`;
  const svg = writeSvg({
    width: SIZE.width,
    height: SIZE.height,
    x,
    y,
    xTicks,
    yTicks,
    xLabel: 'x',
    // The title says which minus which; a long axis label would run over the curve.
    yLabel: title.startsWith('Approximation') ? 'error' : 'difference',
    decimals: 1,
    series: [{ kind: 'fn', label: `${a.name} − ${b.name}`, paths }],
    title,
    desc: description,
    idPrefix: `diff-${a.id}-${b.id}`,
    legendSide: 'none',
  });
  return { svg, description };
}
