import { activations, isGatedId } from '../kernel';
import { isParametric, PARAMETRIC } from '../kernel/parameters';
import { parameterControlsHtml, type ParameterPlotData } from './parameter-controls';
import { valuesTableRows } from './values-table';
import { activationFigure } from './figure';
import { gatedFigure } from './gated-figure';
import { vectorFigures } from './vector-figures';
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
    const f = activationFigure({ fn, compare, domain, derivative, idSuffix: suffix });
    svgs.push(f.svg);
    description = f.description;
    table = f.table;
  }
  return { svgs, description, table };
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
  if (props.params !== false && isParametric(fn) && !isGatedId(fn) && !Object.hasOwn(vectorFigures, fn)) {
    // The same id suffix plotFigures gives the SVG, so the island finds the figure it redraws.
    const suffix = String(props.idSuffix ?? [...compare, ...(domain ?? [])].join('_')).replace(/[^\w-]/g, 'm');
    controls = parameterControlsHtml(
      suffix ? `plot-${fn}-${suffix}` : `plot-${fn}`,
      PARAMETRIC[fn],
      activations[fn].params,
    );
    const data: ParameterPlotData = {
      fn,
      compare,
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
  return `<figure class="plot" data-pagefind-ignore${island}>${plots}${controls}${values}<figcaption>${escapeXml(caption ?? description)}</figcaption></figure>`;
}
