import { activations, isGatedId } from '../kernel';
import { hasTemperatureBars, isParametric, PARAMETRIC, TEMPERATURE_BARS } from '../kernel/parameters';
import { DEFAULT_TEMPERATURE } from '../kernel/softmax';
import { SIMPLEX_SCORES, vectorFigures } from './vector-figures';
import { temperatureBars, type TemperatureBarsData } from './temperature-bars';
import { parameterControlsHtml, type ParameterPlotData } from './parameter-controls';
import { valuesTableRows } from './values-table';
import { activationFigure, compareTraces } from './figure';
import { gatedFigure } from './gated-figure';
import { escapeXml } from './escape';
import { diskCached } from '../markdown/disk-cache';

export interface ActivationPlotProps {
  /**
   * Kernel id of a one-input activation, of a gated unit (glu, reglu, geglu, swiglu, bilinear),
   * or of a vector-valued function's figure (softmax, sparsemax, entmax, softmax-temperature, log-softmax, log-sum-exp, maxout).
   */
  fn: string;
  compare?: readonly string[];
  domain?: readonly [number, number];
  derivative?: boolean;
  /** Plain text; escaped. Default: the figure's generated description. */
  caption?: string;
  /** Distinguishes two figures of the same function on one page. */
  idSuffix?: string;
  /** Sliders for a parametric activation's parameters (src/kernel/parameters.ts). Default: true. */
  params?: boolean;
}

/**
 * The figures of a plot spec, the one place that chooses them: a vector-valued function's slice and
 * simplex figures, a gated unit's level sets beside its gate, or a one-input activation's curves.
 * The page's <ActivationPlot> and the sharing card (src/seo/og-cards.ts) both draw what this returns.
 */
export function plotFigures(props: ActivationPlotProps): {
  svgs: string[];
  description: string;
  table?: { x: number; f: number; df: number }[];
} {
  const { fn, compare = [], domain, derivative = true } = props;
  // The suffix ends up inside id="…" attributes: whatever the caller passed, only [\w-] survives.
  const suffix = String(props.idSuffix ?? [...compare, ...(domain ?? [])].join('_')).replace(/[^\w-]/g, 'm');
  const svgs: string[] = [];
  let description: string;
  let table: { x: number; f: number; df: number }[] | undefined;
  const gated = isGatedId(fn);
  if (Object.hasOwn(vectorFigures, fn)) {
    // A vector-valued function has no single curve: its own slice and simplex figures, no table of f and f′.
    const v = vectorFigures[fn](suffix ? `-${suffix}` : '');
    svgs.push(...v.svgs);
    description = v.description;
  } else if (gated) {
    const g = gatedFigure(fn, domain ?? [-3, 3], suffix);
    svgs.push(g.svg);
    description = g.description;
    if (g.gate) {
      const gate = activationFigure({ fn: g.gate, domain: domain ?? [-3, 3], idSuffix: `${suffix}-gate` });
      svgs.push(gate.svg);
      table = gate.table;
    }
  } else {
    // With sliders, the comparisons are drawn from the traces the island redraws (trace.ts).
    const traceCompare = withSliders(props) && compare.length > 0;
    const f = activationFigure({
      fn,
      compare,
      domain,
      derivative,
      idSuffix: suffix,
      ...(traceCompare && { traceCompare }),
    });
    svgs.push(f.svg);
    description = f.description;
    table = f.table;
  }
  return { svgs, description, table };
}

/** Whether the figure gets sliders: a parametric one-input activation not opted out with `params: false`. */
function withSliders(props: ActivationPlotProps): boolean {
  return (
    props.params !== false && isParametric(props.fn) && !isGatedId(props.fn) && !Object.hasOwn(vectorFigures, props.fn)
  );
}

/**
 * The complete `<figure>` for <ActivationPlot>: the SVG (for a gated unit, its
 * level sets beside its gate), a collapsed table of values for readers who
 * cannot see the plot, and the caption. Pure, so MDX bodies rendered outside
 * Astro and the Astro component share it.
 */
export function activationPlotHtml(props: ActivationPlotProps): string {
  // The same plot is drawn for the page, checked by `npm run check` and often shared by many terms:
  // sampled once per build, and kept across builds (keyed also by the kernel and plot code).
  const key = JSON.stringify(props);
  let html = figures.get(key);
  if (html === undefined) {
    html = diskCached('plots', key, () => drawActivationPlotHtml(props));
    figures.set(key, html);
  }
  return html;
}

const figures = new Map<string, string>();

function drawActivationPlotHtml(props: ActivationPlotProps): string {
  const { fn, compare = [], domain, derivative = true, caption } = props;
  const { svgs, description, table } = plotFigures(props);
  let controls = '';
  let island = '';
  if (withSliders(props)) {
    // The same id suffix plotFigures gives the SVG, so the island finds the figure it redraws.
    const suffix = String(props.idSuffix ?? [...compare, ...(domain ?? [])].join('_')).replace(/[^\w-]/g, 'm');
    controls = parameterControlsHtml(
      suffix ? `plot-${fn}-${suffix}` : `plot-${fn}`,
      PARAMETRIC[fn],
      activations[fn].params,
    );
    const data: ParameterPlotData = {
      fn,
      compare: compareTraces({ fn, compare, domain, derivative }),
      domain,
      derivative,
      idSuffix: suffix,
      caption: caption !== undefined,
    };
    island = ` data-param-plot="${escapeXml(JSON.stringify(data))}"`;
  }
  // Each figure of a row in its own cell: the cell's width is the figure's, which the text-size steps query.
  const plots =
    svgs.length > 1
      ? `<div class="plot-row">${svgs.map((s) => `<div class="plot-cell">${s}</div>`).join('')}</div>`
      : svgs[0];
  const values = table
    ? `<details><summary>Table of values${isGatedId(fn) ? ' of the gate' : ''}</summary><table><thead><tr><th scope="col" class="num">x</th><th scope="col" class="num">f(x)</th><th scope="col" class="num">f′(x)</th></tr></thead><tbody>${valuesTableRows(table)}</tbody></table></details>`
    : '';
  const bars = props.params !== false && hasTemperatureBars(fn) ? temperatureBarsHtml(fn, props.idSuffix) : '';
  return `<figure class="plot" data-pagefind-ignore${island}>${plots}${controls}${values}<figcaption>${escapeXml(caption ?? description)}</figcaption></figure>${bars}`;
}

/**
 * The figure beside a softmax figure that a temperature slider moves: the
 * probabilities softmax(z/T) gives the simplex figure's scores, as bars drawn
 * at the kernel's default temperature. The slider is hidden without
 * JavaScript (as every parameter slider is); the island redraws the bars.
 */
function temperatureBarsHtml(fn: string, idSuffix: string | undefined): string {
  const suffix = String(idSuffix ?? '').replace(/[^\w-]/g, 'm');
  const idPrefix = `bars-${fn}${suffix ? `-${suffix}` : ''}`;
  const { svg, description } = temperatureBars(SIMPLEX_SCORES, DEFAULT_TEMPERATURE, idPrefix);
  const controls = parameterControlsHtml(idPrefix, TEMPERATURE_BARS[fn], { temperature: DEFAULT_TEMPERATURE });
  const data: TemperatureBarsData = { z: SIMPLEX_SCORES, idPrefix };
  return `<figure class="plot" data-pagefind-ignore data-param-bars="${escapeXml(JSON.stringify(data))}">${svg}${controls}<figcaption>${escapeXml(description)}</figcaption></figure>`;
}
