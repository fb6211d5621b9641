import type { ParameterControl } from '../kernel/parameters';
import { escapeXml } from './escape';
import { formatNumber } from './format';
import type { Trace } from './trace';

/**
 * A parameter's value as the control shows it: the slider's own decimal
 * (it moves on a decimal grid), 4 significant digits for a free step
 * (RReLU's u = 1/3 shows as 0.3333), 3 on a log slider (T = 10^0.1 shows as 1.26).
 */
export function formatParameter(
  value: number,
  step: ParameterControl['step'],
  scale?: ParameterControl['scale'],
): string {
  if (scale === 'log') return formatNumber(value, 3);
  return step === 'any' ? formatNumber(value, 4) : formatNumber(value, 15);
}

/** The value a slider's position stands for: the position itself, or 10 to its power on a log slider. */
export function sliderValue(position: number, scale?: ParameterControl['scale']): number {
  return scale === 'log' ? 10 ** position : position;
}

/** What the island reads from a figure: how the build drew it. */
export interface ParameterPlotData {
  fn: string;
  /** The comparison curves, traced by the build (they do not move with the sliders). */
  compare: readonly Trace[];
  domain?: readonly [number, number];
  derivative: boolean;
  /** The suffix the build passed to the figure (its element ids). */
  idSuffix: string;
  /** Whether the caption is the editor's (kept) rather than the generated description (redrawn). */
  caption: boolean;
}

/**
 * The sliders under a parametric figure: one labelled native range input per
 * parameter, its value in an `<output>`, and one polite live region the island
 * fills with the new description once the reader pauses. Without JavaScript
 * they are hidden (plot.css, `scripting: none`): the static figure stays.
 */
export function parameterControlsHtml(
  idPrefix: string,
  controls: readonly ParameterControl[],
  values: Readonly<Record<string, number>>,
): string {
  const rows = controls.map((c) => {
    const id = escapeXml(`${idPrefix}-p-${c.name}`);
    const v = values[c.name];
    const shown = escapeXml(formatParameter(v, c.step, c.scale));
    // A log slider sits at log₁₀ of the value; every default is a power of ten on its grid (log₁₀ 1 = 0 exactly).
    const position = c.scale === 'log' ? Math.log10(v) : v;
    return (
      `<div class="plot-param"><label for="${id}">${escapeXml(c.label)}</label>` +
      `<input type="range" id="${id}" data-param="${escapeXml(c.name)}" data-symbol="${escapeXml(c.symbol)}" min="${c.min}" max="${c.max}" step="${c.step}" value="${position}"${c.scale ? ` data-scale="${c.scale}"` : ''} aria-valuetext="${shown}">` +
      `<output for="${id}">${shown}</output></div>`
    );
  });
  return `<fieldset class="plot-params"><legend>Parameters</legend>${rows.join('')}<p class="visually-hidden" aria-live="polite"></p></fieldset>`;
}
