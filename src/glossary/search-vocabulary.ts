/**
 * The search vocabulary of a sharded build. Pagefind answers a query word that no indexed word
 * starts with by the longest indexed word that is a prefix of it ("su75" → "su7"), and drops a word
 * that matches nothing from an AND query. Each shard's index decides that alone, so a word found
 * only in another shard's pages would pull unrelated pages into the merged results. Every shard
 * therefore indexes one extra record holding every word of every term file (frontmatter and body,
 * as plain text): each query word then exists in every index exactly when it exists in the site,
 * and the record itself is never a result (the search selects PAGE_FILTER, which it lacks).
 * Computed from content/, which every shard reads whole: linear, no shard reads another's output.
 */
import type { Glossary } from './model';
import { plainText } from './text';

/**
 * The Pagefind filter (`data-pagefind-filter`) of every term and compare page; the vocabulary record
 * lacks it and the search page selects it (`triggerFilters({ kind: 'page' })` in src/pages/search.astro).
 */
export const PAGE_FILTER = 'kind:page';
/** Where the vocabulary record points (never shown: it is filtered out). */
export const VOCABULARY_URL = '/pagefind/vocabulary/';

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

/**
 * Every distinct whitespace-separated token of every term file's text, sorted, one space apart:
 * Pagefind splits and stems them as it does page text.
 * @example searchVocabulary(model) // 'activation alpha … wren'
 */
export function searchVocabulary(model: Glossary): string {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.split(/\s+/)) if (w) words.add(w.toLowerCase());
  };
  for (const source of model.sources) {
    const texts: string[] = [];
    strings(source.frontmatter, texts);
    for (const t of texts) {
      add(t);
      add(plainText(t));
    }
    add(plainText(source.body));
  }
  return [...words].sort().join(' ');
}
