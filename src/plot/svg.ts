import type { Polyline } from './geometry';
import type { LinearScale } from './scale';
import { formatTick } from './scale';
import { escapeXml } from './escape';
import { pathData } from './path';

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
  /** Legend on the left or right of the top edge, whichever the curves leave free; 'none' to omit it. */
  legendSide?: 'left' | 'right' | 'none';
}

// A second function with its own derivative (compare pages) is `fn b` / `df b`.
const seriesClass = (s: Series) => (s.kind === 'cmp' ? `cmp cmp${s.slot ?? 1}` : s.slot === 2 ? `${s.kind} b` : s.kind);

/** Grid, zero lines and tick labels. */
function axes(fig: SvgFigure): string {
  const { x, y } = fig;
  const [left, right] = x.range;
  const [bottom, top] = y.range;
  const r = (v: number) => Math.round(v * 10) / 10;
  const grid = [
    ...fig.xTicks.filter((t) => t !== 0).map((t) => `M${r(x(t))} ${top}V${bottom}`),
    ...fig.yTicks.filter((t) => t !== 0).map((t) => `M${left} ${r(y(t))}H${right}`),
  ].join('');
  const zero = [
    x.domain[0] <= 0 && x.domain[1] >= 0 ? `M${r(x(0))} ${top}V${bottom}` : '',
    y.domain[0] <= 0 && y.domain[1] >= 0 ? `M${left} ${r(y(0))}H${right}` : '',
  ].join('');
  const xLabels = fig.xTicks.map((t) => `<text x="${r(x(t))}" y="${bottom + 16}">${formatTick(t)}</text>`).join('');
  const yLabels = fig.yTicks.map((t) => `<text x="${left - 6}" y="${r(y(t)) + 4}">${formatTick(t)}</text>`).join('');
  return (
    `<path class="grid" d="${grid}"/>` +
    (zero ? `<path class="zero" d="${zero}"/>` : '') +
    `<g class="xt">${xLabels}</g><g class="yt">${yLabels}</g>` +
    `<text class="al" x="${right}" y="${bottom - 6}">${escapeXml(fig.xLabel)}</text>` +
    `<text class="al yl" x="${left + 6}" y="${top + 12}">${escapeXml(fig.yLabel)}</text>`
  );
}

function legend(fig: SvgFigure): string {
  const [left, right] = fig.x.range;
  const top = fig.y.range[1];
  const rowH = 16;
  const w = 12 + Math.max(...fig.series.map((s) => s.label.length)) * 7 + 28;
  const x0 = fig.legendSide === 'right' ? right - w - 4 : left + 34;
  const items = fig.series
    .map((s, i) => {
      const yy = top + 22 + i * rowH;
      return `<path class="${seriesClass(s)}" d="M${x0 + 6} ${yy - 4}h20"/><text x="${x0 + 32}" y="${yy}">${escapeXml(s.label)}</text>`;
    })
    .join('');
  return `<g class="lg"><rect x="${x0}" y="${top + 8}" width="${w}" height="${fig.series.length * rowH + 6}" rx="3"/>${items}</g>`;
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
  return (
    `<svg class="plot-svg" viewBox="0 0 ${fig.width} ${fig.height}" role="img" aria-labelledby="${t} ${d}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${t}">${escapeXml(fig.title)}</title><desc id="${d}">${escapeXml(fig.desc)}</desc>` +
    axes(fig) +
    curves +
    (fig.legendSide === 'none' ? '' : legend(fig)) +
    `</svg>`
  );
}
