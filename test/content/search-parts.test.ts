import { describe, expect, test } from 'vitest';
import { loadContentModel } from '../../src/glossary/model';
import { pairPages } from '../../src/glossary/compare';
import { termUrl } from '../../src/glossary/urls';
import {
  DEFAULT_SEARCH_PART_PAGES,
  SEARCH_PART_PAGES_ENV,
  searchPartBundles,
  searchPartLimit,
  searchParts,
} from '../../src/glossary/search-parts';
import { REPO_ROOT } from '../helpers/site';

const { index } = loadContentModel(REPO_ROOT);
const pairs = pairPages(index);
const indexed = [...index.terms.map((t) => termUrl(t.slug)), ...pairs.map((p) => p.url)];

describe('the search index in parts', () => {
  test.each([7, 20, 50, 100])('at most %i pages a part, each term and compare page in exactly one', (limit) => {
    const parts = searchParts(index, limit);
    expect(parts.flat().sort()).toEqual([...indexed].sort());
    // A part is one term's page followed by its compare pages, then the next term's…
    const groups = parts.map((part) => part.filter((page) => page.startsWith('/glossary/')).length);
    for (const [i, part] of parts.entries()) {
      expect(part[0]).toMatch(/^\/glossary\//);
      // …within the limit, unless one term's pages alone exceed it.
      if (groups[i] > 1) expect(part.length).toBeLessThanOrEqual(limit);
      // Filled in slug order: the next part's first term did not fit in this one.
      if (i + 1 < parts.length) {
        const next = parts[i + 1];
        const firstGroup = next.findIndex((page, j) => j > 0 && page.startsWith('/glossary/'));
        expect(part.length + (firstGroup === -1 ? next.length : firstGroup)).toBeGreaterThan(limit);
      }
    }
    const partOf = new Map(parts.flatMap((pages, i) => pages.map((page) => [page, i] as const)));
    for (const p of pairs) expect(partOf.get(p.url), p.url).toBe(partOf.get(termUrl(p.a.slug)));
  });

  test('a site that fits one Pagefind run is one part, and its search page merges no bundle', () => {
    expect(searchParts(index, indexed.length)).toHaveLength(1);
    expect(searchPartBundles(index, indexed.length)).toEqual([]);
    expect(searchParts(index, DEFAULT_SEARCH_PART_PAGES)).toHaveLength(1);
  });

  test("the search page's bundles are the parts after the first, at their own paths", () => {
    const parts = searchParts(index, 50);
    expect(parts.length).toBeGreaterThan(2);
    expect(searchPartBundles(index, 50)).toEqual(parts.slice(1).map((_, i) => `/pagefind/parts/${i + 2}/`));
  });

  test(`${SEARCH_PART_PAGES_ENV} sets the limit; anything but a positive whole number is refused with an example`, () => {
    expect(searchPartLimit({})).toBe(DEFAULT_SEARCH_PART_PAGES);
    expect(searchPartLimit({ [SEARCH_PART_PAGES_ENV]: ' 2500 ' })).toBe(2500);
    for (const bad of ['0', '-3', '2.5', 'many', '1e99x'])
      expect(() => searchPartLimit({ [SEARCH_PART_PAGES_ENV]: bad })).toThrow(/whole number of pages, e\.g\. 4000/);
  });
});
