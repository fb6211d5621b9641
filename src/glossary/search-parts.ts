/**
 * The search index of a large site, cut into parts. Pagefind holds every page it indexes in memory
 * until it writes the index: about 0.47 MB per term page and 0.12 MB per compare page (measured
 * with GNU time on a 1,000-term site), so 10,000 terms took 4.6 GB in one run. A site with more
 * indexed pages than the limit is therefore indexed as several Pagefind bundles, one run each, and
 * the search page merges them in the browser (Pagefind's multisite `mergeIndex`, as the shards of
 * a sharded build are merged). Each part also holds the site's vocabulary record
 * (src/glossary/search-vocabulary.ts), so a word found only in another part's pages cannot pull
 * unrelated pages into the results.
 *
 * Pure: the search page (which lists the bundles) and the build (which writes them) compute the same
 * parts from the same index.
 */
import type { GlossaryIndex } from './records';
import { pairPages } from './compare';
import { termUrl } from './urls';

/** Set to the most pages one Pagefind run may index (a machine with less memory sets it lower). */
export const SEARCH_PART_PAGES_ENV = 'GLOSSARY_SEARCH_PART_PAGES';

/** At most ~1.9 GB of Pagefind for 4,000 term pages, the heavier kind. */
export const DEFAULT_SEARCH_PART_PAGES = 4000;

/** The pages-per-part limit from SEARCH_PART_PAGES_ENV; throws a message that names the fix. */
export function searchPartLimit(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[SEARCH_PART_PAGES_ENV]?.trim();
  if (!text) return DEFAULT_SEARCH_PART_PAGES;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(
      `${SEARCH_PART_PAGES_ENV}="${text}": write a whole number of pages, e.g. ${DEFAULT_SEARCH_PART_PAGES}`,
    );
  return n;
}

/** Where part `k` (from 1) of the search index goes: part 1 is the site's main bundle. */
export function searchPartBundle(k: number): string {
  return k === 1 ? '/pagefind/' : `/pagefind/parts/${k}/`;
}

/**
 * The indexed pages (term pages and compare pages, the pages with `data-pagefind-body`) cut into
 * parts of at most `limit` pages, in slug order, a compare page with its first term (as in shards).
 * One part when the site fits (it is then indexed whole, as a small site always was).
 * @example searchParts(index, 4000) // [['/glossary/celu/', '/compare/celu-vs-elu/', …], […]]
 */
export function searchParts(index: GlossaryIndex, limit: number): string[][] {
  const pairsByFirst = new Map<string, string[]>();
  for (const p of pairPages(index)) pairsByFirst.set(p.a.slug, [...(pairsByFirst.get(p.a.slug) ?? []), p.url]);
  const parts: string[][] = [[]];
  for (const slug of index.terms.map((t) => t.slug).sort()) {
    const pages = [termUrl(slug), ...(pairsByFirst.get(slug) ?? [])];
    const last = parts[parts.length - 1];
    if (last.length > 0 && last.length + pages.length > limit) parts.push(pages);
    else last.push(...pages);
  }
  return parts;
}

/** The bundles the search page merges into the main one: parts 2 and on (none for a site that fits one run). */
export function searchPartBundles(index: GlossaryIndex, limit: number): string[] {
  return searchParts(index, limit)
    .slice(1)
    .map((_, i) => searchPartBundle(i + 2));
}
