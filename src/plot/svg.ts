import type { Polyline } from './geometry';
import type { LinearScale } from './scale';
import { formatTick } from './scale';
import { escapeXml } from './escape';
import { pathData } from './path';
import { gridPath, tickLabels } from './axes';

/** One drawn curve. `kind` selects its style: the function, its derivative, or a quieter comparison. */
export interface Series {
  kind: 'fn' | 'df' | 'cmp';
  /** 1-based colour slot for comparisons; 2 marks the second function of a pair. */
  slot?: number;
  label: string;
  paths: Polyline[];
}

export interface SvgFigure {
  width: number;
  height: number;
  x: LinearScale;
  y: LinearScale;
  xTicks: number[];
  yTicks: number[];
  xLabel: string;
  yLabel: string;
  series: Series[];
  title: string;
  desc: string;
  /** Unique per page: prefixes the ids that tie `<title>` and `<desc>` to the image. */
  idPrefix: string;
  decimals: number;
  /** The largest font size (viewBox units) the stylesheet gives this figure; the legend is placed for it. */
  maxFont?: number;
  /** Legend on the left or right of the top edge, whichever the curves leave free; 'none' to omit it. */
  legendSide?: 'left' | 'right' | 'none';
}

/**
 * Font sizes in viewBox units grow as a figure narrows, so text never renders below 11 CSS px
 * (src/styles/plot.css steps them with container queries: size = 11 × viewBox width / figure width).
 * These are the sizes at the narrowest figures (a 320 px phone); layout reserves room for them.
 */
export const PLOT_MAX_FONT: Record<number, number> = { 480: 19, 300: 16.5, 240: 14 };
/** Width of a digit or minus sign in the UI font, in ems (generous: measured ≈ 0.56–0.6). */
const CHAR_EM = 0.7;

/** Margins that fit the tick labels at the largest font: y labels left of the axis, x labels below it. */
export function tickMargins(
  xTicks: number[],
  yTicks: number[],
  maxFont: number,
): { left: number; right: number; bottom: number } {
  const chars = (v: number) => [...formatTick(v)].length;
  const lastX = xTicks.length ? chars(xTicks[xTicks.length - 1]) : 1;
  return {
    left: Math.ceil(10 + Math.max(1, ...yTicks.map(chars)) * CHAR_EM * maxFont),
    right: Math.ceil(4 + (lastX * CHAR_EM * maxFont) / 2),
    bottom: Math.ceil(6 + maxFont * 1.15),
  };
}

// A second function with its own derivative (compare pages) is `fn b` / `df b`.
const seriesClass = (s: Series) => (s.kind === 'cmp' ? `cmp cmp${s.slot ?? 1}` : s.slot === 2 ? `${s.kind} b` : s.kind);

/** Grid, zero lines and tick labels. */
function axes(fig: SvgFigure): string {
  const { x, y } = fig;
  const [left, right] = x.range;
  const [bottom, top] = y.range;
  const r = (v: number) => Math.round(v * 10) / 10;
  const zero = [
    x.domain[0] <= 0 && x.domain[1] >= 0 ? `M${r(x(0))} ${top}V${bottom}` : '',
    y.domain[0] <= 0 && y.domain[1] >= 0 ? `M${left} ${r(y(0))}H${right}` : '',
  ].join('');
  return (
    `<path class="grid" d="${gridPath(x, y, fig.xTicks, fig.yTicks)}"/>` +
    (zero ? `<path class="zero" d="${zero}"/>` : '') +
    tickLabels(x, y, fig.xTicks, fig.yTicks) +
    `<text class="al" x="${right}" y="${bottom - 6}">${escapeXml(fig.xLabel)}</text>` +
    `<text class="al yl" x="${left + 6}" y="${top + 12}">${escapeXml(fig.yLabel)}</text>`
  );
}

/**
 * The legend, in the corner of the plot that no curve passes through at the legend's largest
 * size (the stylesheet scales it with the font, from the corner it sits in), preferring the side
 * `legendSide` names; the corner crossed by the fewest curve points when none is free.
 */
function legend(fig: SvgFigure): { svg: string; extraHeight: number } {
  const [left, right] = fig.x.range;
  const [bottom, top] = fig.y.range;
  const rowH = 16;
  const w = 12 + Math.max(...fig.series.map((s) => legendLabel(s.label).length)) * 7.4 + 28;
  const h = fig.series.length * rowH + 6;
  const scale = (fig.maxFont ?? 12) / 12;
  type Corner = 'tl' | 'tr' | 'bl' | 'br';
  const corners: Corner[] = fig.legendSide === 'right' ? ['tr', 'tl', 'br', 'bl'] : ['tl', 'tr', 'bl', 'br'];
  const place = (c: Corner) => {
    // Clear of the axis labels: f(x) in the top-left corner, x in the bottom-right one.
    const label = (fig.maxFont ?? 12) * 1.2;
    const x0 = c[1] === 'l' ? left + 4 : right - 4 - w;
    const y0 =
      c === 'tl' ? top + 4 + label : c === 'tr' ? top + 4 : c === 'br' ? bottom - 4 - label - h : bottom - 4 - h;
    // The corner the stylesheet scales from, and the box at the largest scale.
    const ox = c[1] === 'l' ? x0 : x0 + w;
    const oy = c[0] === 't' ? y0 : y0 + h;
    const box = {
      left: Math.min(ox, ox + (x0 - ox) * scale),
      right: Math.max(ox, ox + (x0 + w - ox) * scale),
      top: Math.min(oy, oy + (y0 - oy) * scale),
      bottom: Math.max(oy, oy + (y0 + h - oy) * scale),
    };
    // A box that would leave the image counts as covering everything.
    let hits = box.left < 1 || box.right > fig.width - 1 ? 1e9 : 0;
    for (const s of fig.series)
      for (const line of s.paths)
        for (let i = 1; i < line.length; i++) hits += segmentHitsBox(line[i - 1], line[i], box) ? 1 : 0;
    return { x0, y0, ox, oy, hits };
  };
  const options = corners.map(place);
  // No free corner (four crossing curves): the legend goes under the plot, which grows to hold it.
  const below = { x0: left, y0: fig.height + 2, ox: left, oy: fig.height + 2, hits: 0 };
  const best = options.find((o) => o.hits === 0) ?? below;
  const { x0, y0, ox, oy } = best;
  const extraHeight = best === below ? Math.ceil(h * scale + 4) : 0;
  const items = fig.series
    .map((s, i) => {
      const yy = y0 + 14 + i * rowH;
      return `<path class="${seriesClass(s)}" d="M${x0 + 6} ${yy - 4}h20"/><text x="${x0 + 32}" y="${yy}">${escapeXml(legendLabel(s.label))}</text>`;
    })
    .join('');
  return {
    svg: `<g class="lg" style="transform-origin:${ox}px ${oy}px"><rect x="${x0}" y="${y0}" width="${w}" height="${h}" rx="3"/>${items}</g>`,
    extraHeight,
  };
}

/**
 * A legend entry: "approximation" shortened, so a pair of approximate GELUs still has a legend
 * that fits a phone-width plot at 11 px text (the title and description keep the full names).
 */
const legendLabel = (label: string): string => label.replace(/ approximation\b/, ' approx.');

/** Does the segment a–b pass through the box (sampled finely enough for pixel-sized boxes)? */
function segmentHitsBox(
  a: readonly [number, number],
  b: readonly [number, number],
  box: { left: number; right: number; top: number; bottom: number },
): boolean {
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 2));
  for (let k = 0; k <= n; k++) {
    const px = a[0] + ((b[0] - a[0]) * k) / n;
    const py = a[1] + ((b[1] - a[1]) * k) / n;
    if (px >= box.left && px <= box.right && py >= box.top && py <= box.bottom) return true;
  }
  return false;
}

/**
 * Writes the figure as inline SVG. Colours come from CSS classes (see
 * src/styles/plot.css), so one figure serves light and dark mode. The output
 * depends only on the input: same figure, same bytes.
 */
export function writeSvg(fig: SvgFigure): string {
  const t = `${fig.idPrefix}-t`;
  const d = `${fig.idPrefix}-d`;
  const curves = fig.series
    // Comparisons first, so the main curves are drawn on top.
    .map((s, i) => ({ s, order: s.kind === 'cmp' ? 0 : s.kind === 'df' ? 1 : 2, i }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map(({ s }) => (s.paths.length ? `<path class="${seriesClass(s)}" d="${pathData(s.paths, fig.decimals)}"/>` : ''))
    .join('');
  const key = fig.legendSide === 'none' ? { svg: '', extraHeight: 0 } : legend(fig);
  return (
    `<svg class="plot-svg" viewBox="0 0 ${fig.width} ${fig.height + key.extraHeight}" role="img" aria-labelledby="${t} ${d}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${t}">${escapeXml(fig.title)}</title><desc id="${d}">${escapeXml(fig.desc)}</desc>` +
    axes(fig) +
    curves +
    key.svg +
    `</svg>`
  );
}
