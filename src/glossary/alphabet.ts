import { compareNames, type TermRecord } from './records';

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
    const group = groups.get(letter);
    if (group) group.push(t);
    else groups.set(letter, [t]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)));
}

/** One line of the A–Z index: a term, or an alias that points to its term ("Swish → SiLU"). */
export interface IndexEntry {
  name: string;
  term: TermRecord;
  alias: boolean;
}

/**
 * Terms and their aliases as index entries grouped by letter, so a reader who knows only
 * another name (and has no JavaScript for search) still finds the page. An alias equal to
 * some term's name, or repeated, is listed once.
 */
export function indexEntries(terms: readonly TermRecord[]): [string, IndexEntry[]][] {
  const seen = new Set(terms.map((t) => t.data.term.toLowerCase()));
  const entries: IndexEntry[] = terms.map((t) => ({ name: t.data.term, term: t, alias: false }));
  for (const t of terms)
    for (const a of t.data.aliases) {
      if (seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      entries.push({ name: a, term: t, alias: true });
    }
  entries.sort((x, y) => compareNames(x.name, y.name));
  const groups = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const letter = indexLetter(e.name);
    const group = groups.get(letter);
    if (group) group.push(e);
    else groups.set(letter, [e]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)));
}
