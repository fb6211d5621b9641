import { wordKey } from './vocabulary';

/**
 * Word statistics of the glossary's own published prose: how often each word is used and on
 * how many pages. A page is judged against the others (leave one out), so a page cannot make
 * its own filler look like domain vocabulary.
 */
export interface Corpus {
  /** Occurrences of each word key over all pages. */
  counts: Map<string, number>;
  /** Pages each word key appears on, and how often on each. */
  pages: Map<string, Map<string, number>>;
  total: number;
}

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** Splits prose into word keys (see wordKey). */
export function wordKeys(text: string): string[] {
  return (text.match(WORD) ?? []).map(wordKey);
}

export function makeCorpus(pages: Iterable<[page: string, text: string]>): Corpus {
  const counts = new Map<string, number>();
  const byPage = new Map<string, Map<string, number>>();
  let total = 0;
  for (const [page, text] of pages) {
    for (const key of wordKeys(text)) {
      total++;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      let on = byPage.get(key);
      if (!on) byPage.set(key, (on = new Map()));
      on.set(page, (on.get(page) ?? 0) + 1);
    }
  }
  return { counts, pages: byPage, total };
}

/** A word's use on pages other than `page`: occurrences and the number of pages. */
export function usedElsewhere(corpus: Corpus, key: string, page: string): { count: number; pages: number } {
  const on = corpus.pages.get(key);
  if (!on) return { count: 0, pages: 0 };
  const own = on.get(page) ?? 0;
  return { count: (corpus.counts.get(key) ?? 0) - own, pages: on.size - (own ? 1 : 0) };
}
