import type { LinearScale } from './scale';
import { formatTick } from './scale';

/** Pixel positions of grid lines and labels: tenths of a pixel. */
const r = (v: number) => Math.round(v * 10) / 10;

/**
 * Grid lines at every tick but zero (zero lines are each figure's own: where the
 * function is zero), as one path's data: x ticks as vertical lines, then y ticks.
 */
export function gridPath(x: LinearScale, y: LinearScale, xTicks: readonly number[], yTicks: readonly number[]): string {
  const [left, right] = x.range;
  const [bottom, top] = y.range;
  return [
    ...xTicks.filter((t) => t !== 0).map((t) => `M${r(x(t))} ${top}V${bottom}`),
    ...yTicks.filter((t) => t !== 0).map((t) => `M${left} ${r(y(t))}H${right}`),
  ].join('');
}

/** Tick labels: hanging x labels below the plot, middle-aligned y labels left of it, clear of the axes at any font size. */
export function tickLabels(
  x: LinearScale,
  y: LinearScale,
  xTicks: readonly number[],
  yTicks: readonly number[],
): string {
  const [left] = x.range;
  const [bottom] = y.range;
  const xLabels = xTicks.map((t) => `<text x="${r(x(t))}" y="${bottom + 4}">${formatTick(t)}</text>`).join('');
  const yLabels = yTicks.map((t) => `<text x="${left - 6}" y="${r(y(t))}">${formatTick(t)}</text>`).join('');
  return `<g class="xt">${xLabels}</g><g class="yt">${yLabels}</g>`;
}
