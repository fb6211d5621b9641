import type { TermRecord } from './records';

/** Letter heading a term is filed under in the A–Z index; digits and symbols go under '#'. */
export function indexLetter(term: string): string {
  const first = term.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * Groups terms (already sorted by name) by their index letter, in order.
 * @example groupByLetter(terms) // [['A', [...]], ['B', [...]]]
 */
export function groupByLetter(terms: readonly TermRecord[]): [string, TermRecord[]][] {
  const groups = new Map<string, TermRecord[]>();
  for (const t of terms) {
    const letter = indexLetter(t.data.term);
    groups.set(letter, [...(groups.get(letter) ?? []), t]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)));
}
