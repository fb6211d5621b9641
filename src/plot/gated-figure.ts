import { activations, gatedActivations, isGatedId, type GatedActivation } from '../kernel';
import { linearScale, ticks, type LinearScale } from './scale';
import { PLOT_MAX_FONT, tickMargins } from './svg';
import { sampleCurve } from './sample';
import { escapeXml } from './escape';
import { gridPath, tickLabels } from './axes';
import { pathData } from './path';
import { formatNumber } from './format';
import type { Polyline } from './geometry';

export interface GatedFigure {
  /** The level-set plot of f(a, b) over the square domain². */
  svg: string;
  description: string;
  /** Id of the one-input gate (for the companion gate plot), undefined for the bilinear unit. */
  gate: string | undefined;
  evaluations: number;
}

export function getGated(id: string): GatedActivation {
  const g = isGatedId(id) ? gatedActivations[id] : undefined;
  if (!g) throw new Error(`unknown gated unit "${id}"; known ids: ${Object.keys(gatedActivations).join(', ')}`);
  return g;
}

/**
 * Level sets of a gated unit f(a, b) = g(a)·b. Each level f = c is exactly the
 * curve b = c/g(a), so it is drawn with the same adaptive sampler as any
 * activation (no marching-squares grid error). Where g has a zero or a flat
 * zero region the curve breaks there instead of jumping across.
 */
export function gatedFigure(id: string, domain: readonly [number, number] = [-3, 3], idSuffix = ''): GatedFigure {
  const unit = getGated(id);
  const gate = unit.gate ? activations[unit.gate] : undefined;
  const g = (a: number) => unit.f(a, 1);
  const size = 300;
  const maxFont = PLOT_MAX_FONT[size];
  const tickVals = ticks(domain[0], domain[1], 6);
  // Tick labels sized for the largest font; the axis names sit outside the square, not over the curves.
  const tm = tickMargins(tickVals, tickVals, maxFont);
  const m = {
    left: tm.left,
    right: tm.right,
    top: Math.ceil(maxFont * 1.3),
    bottom: tm.bottom + Math.ceil(maxFont * 1.2),
  };
  const x = linearScale(domain, [m.left, size - m.right]);
  const y = linearScale(domain, [size - m.bottom, m.top]);

  // Levels: ±2ᵏ from 1/4 up to max |f| on the square. Doubling steps show the
  // small values where a gate like SiLU is negative as well as the large ones.
  let fMax = 0;
  for (let i = 0; i <= 200; i++) fMax = Math.max(fMax, Math.abs(g(domain[0] + ((domain[1] - domain[0]) * i) / 200)));
  fMax *= Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
  const levels: number[] = [];
  for (let c = 0.25; c <= fMax; c *= 2) levels.push(c, -c);
  const zeros = (gate?.kinks ?? [])
    .concat(unit.kinks)
    .concat(gate && gate.f(0) === 0 ? [0] : unit.gate === undefined ? [0] : []);
  let evaluations = 0;
  const pos: Polyline[] = [];
  const neg: Polyline[] = [];
  for (const c of levels) {
    const s = sampleCurve((a) => c / g(a), { x, y, kinks: zeros, jumps: zeros, decimals: 1 });
    evaluations += s.evaluations;
    (c > 0 ? pos : neg).push(...s.paths);
  }

  const r = (v: number) => Math.round(v * 10) / 10;
  const [left, right] = x.range;
  const [bottom, top] = y.range;
  // f = 0 on b = 0 everywhere, on a = 0 when g(0) = 0, and on the whole half-plane where g vanishes identically (ReGLU).
  const flatZero = unit.gate === 'relu';
  const zeroLines = `M${left} ${r(y(0))}H${right}` + (g(0) === 0 ? `M${r(x(0))} ${top}V${bottom}` : '');
  const t = `gplot-${id}${idSuffix ? `-${idSuffix}` : ''}-t`;
  const d = `gplot-${id}${idSuffix ? `-${idSuffix}` : ''}-d`;
  const gateName = (gate?.name ?? 'a').replace(/ \(.*\)$/, '');
  const description =
    `Level sets of ${unit.name}(a, b) = ${unit.gate ? `${gateName}(a)` : 'a'}·b for a and b in [${formatNumber(domain[0])}, ${formatNumber(domain[1])}], ` +
    `at f = ${levels
      .filter((c) => c > 0)
      .map((c) => formatNumber(c))
      .join(', ')} (solid) and their negatives (dashed). ` +
    `f is 0 on the line b = 0${g(0) === 0 ? ' and on a = 0' : ''}${flatZero ? ', and everywhere with a ≤ 0' : ''}; ` +
    `along a vertical line f grows linearly in b, along a horizontal line it has the shape of ${unit.gate ? gateName : 'a straight line'}.`;

  const svg =
    `<svg class="plot-svg gated" viewBox="0 0 ${size} ${size}" role="img" aria-labelledby="${t} ${d}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${t}">Level sets of ${escapeXml(unit.name)}(a, b)</title><desc id="${d}">${escapeXml(description)}</desc>` +
    (flatZero ? `<rect class="flat" x="${left}" y="${top}" width="${r(x(0) - left)}" height="${bottom - top}"/>` : '') +
    `<path class="grid" d="${gridPath(x, y, tickVals, tickVals)}"/><path class="zero" d="${zeroLines}"/>` +
    `<path class="lvl pos" d="${pathData(pos, 1)}"/><path class="lvl neg" d="${pathData(neg, 1)}"/>` +
    tickLabels(x, y, tickVals, tickVals) +
    `<text class="axn" x="${r((left + right) / 2)}" y="${r(size - maxFont * 0.35)}">a (gate input)</text><text class="axn yl" x="${left}" y="${r(top - 5)}">b</text>` +
    levelLabels(levels, g, domain, x, y, maxFont) +
    `</svg>`;
  return { svg, description, gate: unit.gate, evaluations };
}

/**
 * Each level set's value written on its curve near the right edge (b = c/g(a) there), skipping
 * labels that would sit on another or outside the square, so the figure reads without the caption.
 */
function levelLabels(
  levels: number[],
  g: (a: number) => number,
  domain: readonly [number, number],
  x: LinearScale,
  y: LinearScale,
  font: number,
): string {
  const a = domain[0] + (domain[1] - domain[0]) * 0.9;
  const [bottom, top] = y.range;
  const placed: number[] = [];
  const out: string[] = [];
  for (const c of [...levels].sort((p, q) => Math.abs(p) - Math.abs(q))) {
    const gv = g(a);
    if (gv === 0) continue;
    const py = y(c / gv);
    if (!(py > top + font && py < bottom - 2) || placed.some((p) => Math.abs(p - py) < font * 1.1)) continue;
    placed.push(py);
    out.push(
      `<text x="${Math.round(x(a) * 10) / 10}" y="${Math.round(py * 10) / 10}">${escapeXml(formatNumber(c))}</text>`,
    );
  }
  return out.length ? `<g class="lvt">${out.join('')}</g>` : '';
}
