import { escapeXml } from './escape';
import { formatNumber } from './format';

/** The rows of a figure's table of values (x, f, f′), shared by the build and the parameter island. */
export function valuesTableRows(table: readonly { x: number; f: number; df: number }[]): string {
  const fmt = (v: number) => escapeXml(formatNumber(v, 6));
  return table
    .map(
      (r) =>
        `<tr><td class="num">${fmt(r.x)}</td><td class="num">${fmt(r.f)}</td><td class="num">${fmt(r.df)}</td></tr>`,
    )
    .join('');
}
