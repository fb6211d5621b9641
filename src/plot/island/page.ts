import { hasTemperatureBars, isParametric } from '../../kernel/parameters';

/**
 * Whether a term page carries the island's loader: its lead plot has sliders
 * (a parametric function or softmax's temperature bars, not opted out with
 * `params: false`) or its rendered body holds a figure that does. Every other page carries no script at all.
 */
export function needsParameterLoader(
  plot: { fn: string; params?: boolean } | undefined,
  ...renderedHtml: string[]
): boolean {
  if (plot && plot.params !== false && (isParametric(plot.fn) || hasTemperatureBars(plot.fn))) return true;
  return renderedHtml.some((html) => html.includes('data-param-plot=') || html.includes('data-param-bars='));
}
