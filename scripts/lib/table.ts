/**
 * Prints rows as an aligned plain-text table: first column left-aligned, the
 * rest right-aligned (numbers), with a rule under the header.
 */
export function printTable(head: string[], rows: string[][], leftColumns = 1): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
