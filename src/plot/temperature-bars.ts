import { softmax } from '../kernel/softmax';
import { escapeXml } from './escape';
import { formatNumber } from './format';

/** What the parameter island reads from a bars figure: the scores and the ids the build gave it. */
export interface TemperatureBarsData {
  z: readonly number[];
  idPrefix: string;
}

export interface TemperatureBars {
  svg: string;
  /** Plain-language description, also the SVG's `<desc>` and the figure's caption. */
  description: string;
  /** softmax(z/T), as drawn. */
  probabilities: number[];
}

// Layout in viewBox units (480 wide, so the plot stylesheet's text steps apply): the score labels, then
// the 0–1 track with its bar, then the value. Columns fit their longest text at the largest font (19).
const WIDTH = 480;
const LABEL_RIGHT = 116;
const TRACK_LEFT = 124;
const TRACK_WIDTH = 220;
const VALUE_LEFT = 352;
const ROW = 44;
const BAR = 24;
const TOP = 8;

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');
const list = (xs: string[]) => (xs.length < 3 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/**
 * The probabilities softmax(z/T) gives the scores `z` at temperature T, as one
 * horizontal bar per class on a 0–1 track with its value beside it: the figure
 * the build writes at the default temperature and the parameter island redraws
 * (src/plot/island/temperature.ts) at the slider's, with the kernel's own
 * softmax both times. `shownT` is T as the slider shows it.
 */
export function temperatureBars(
  z: readonly number[],
  temperature: number,
  idPrefix: string,
  shownT = formatNumber(temperature, 3),
): TemperatureBars {
  const p = softmax(z, temperature);
  const height = TOP * 2 + ROW * z.length;
  const rows = z.map((zi, i) => {
    const y = TOP + ROW * i;
    const mid = y + ROW / 2;
    const w = Math.round(p[i] * TRACK_WIDTH * 10) / 10;
    return (
      `<text class="al" x="${LABEL_RIGHT}" y="${mid}">z${subscript(i + 1)} = ${escapeXml(formatNumber(zi, 3))}</text>` +
      `<rect class="track" x="${TRACK_LEFT}" y="${mid - BAR / 2}" width="${TRACK_WIDTH}" height="${BAR}"/>` +
      `<rect class="bar" x="${TRACK_LEFT}" y="${mid - BAR / 2}" width="${w}" height="${BAR}"/>` +
      `<text class="pv" x="${VALUE_LEFT}" y="${mid}">${escapeXml(formatNumber(p[i], 3))}</text>`
    );
  });
  const scores = `z = (${z.map((v) => formatNumber(v, 3)).join(', ')})`;
  const description =
    `softmax(z/T) for the scores ${scores} at temperature T = ${shownT}: class probabilities ` +
    `${list(p.map((v) => formatNumber(v, 3)))}, which sum to 1. A higher T flattens them towards 1/${z.length} each; ` +
    `a lower T moves the mass onto the class with the largest score.`;
  const t = `${idPrefix}-t`;
  const d = `${idPrefix}-d`;
  const svg =
    `<svg class="plot-svg bars" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${t} ${d}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${t}">${escapeXml(`Class probabilities softmax(z/T) at T = ${shownT}`)}</title>` +
    `<desc id="${d}">${escapeXml(description)}</desc>${rows.join('')}</svg>`;
  return { svg, description, probabilities: p };
}
