import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadPage, requireBuiltSite, termSlugs } from '../helpers/site';

beforeAll(requireBuiltSite);

/** Pairs (a, b) named in the Comparisons sections of the built term pages, where both have pages. */
function pairsFromTermPages(): Set<string> {
  const slugs = new Set(termSlugs());
  const pairs = new Set<string>();
  for (const slug of slugs) {
    const $ = loadPage(`/glossary/${slug}/`);
    $('section:has(#comparisons) h3 a, section:has(#comparisons) .also-compared a').each((_, a) => {
      const href = $(a).attr('href')!;
      const other = href.startsWith('/compare/') ? href.split('/')[2].split('-vs-').find((s) => s !== slug)! : href.split('/')[2];
      if (slugs.has(other)) pairs.add([slug, other].sort().join('-vs-'));
    });
  }
  return pairs;
}

describe('compare pages', () => {
  test('every comparison pair has exactly one page, with the slugs in alphabetical order', () => {
    const built = readdirSync(join(DIST, 'compare')).sort();
    expect(built).toEqual([...pairsFromTermPages()].sort());
    for (const name of built) {
      const [a, b] = name.split('-vs-');
      expect(a < b, name).toBe(true);
    }
  });
  test('each compare page is linked from the Comparisons section of both terms', () => {
    for (const name of readdirSync(join(DIST, 'compare'))) {
      for (const slug of name.split('-vs-')) {
        const $ = loadPage(`/glossary/${slug}/`);
        expect($(`section:has(#comparisons) a[href="/compare/${name}/"]`).length, `${slug} → ${name}`).toBe(1);
      }
    }
  });
  test('two activations get one figure with both functions and both derivatives, and a computed properties table', () => {
    const $ = loadPage('/compare/gelu-vs-relu/');
    expect($('svg.plot-svg > path.fn').length).toBe(2);
    expect($('svg.plot-svg > path.df').length).toBe(2);
    const rows = $('#properties').parent().find('tbody tr').map((_, tr) => $(tr).find('th').text()).get();
    expect(rows).toEqual(['Range', 'Minimum', 'Monotonicity', 'Smoothness', 'f(0)', 'f′(0)']);
    const gelu = $('#properties').parent().find('tbody tr').first().find('td').first().text();
    expect(gelu).toBe('[−0.17, ∞)');
    expect($('a[href="/glossary/gelu/"]').length).toBeGreaterThan(0);
    expect($('a[href="/glossary/relu/"]').length).toBeGreaterThan(0);
  });
  test('a pair that is not two activations still shows both definitions and the texts', () => {
    const $ = loadPage('/compare/activation-function-vs-swiglu/');
    expect($('.versus li').length).toBe(2);
    expect($('svg').length).toBe(0);
    expect($('#a-on-b').length + $('#b-on-a').length).toBeGreaterThan(0);
  });
});
