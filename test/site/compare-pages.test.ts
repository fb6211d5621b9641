import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadPage, readPage, requireBuiltSite, termSlugs } from '../helpers/site';
import { pngSize } from '../helpers/png';
import { checkContent } from '../../src/checks';
import { comparePairs, pairPages } from '../../src/glossary/compare';
import { isReversePairPath } from '../../src/glossary/urls';
import { activations } from '../../src/kernel';
import { PAIR_OVERLAP_LIMIT, proseOfHtml, proseOverlap } from '../../src/checks/prose-overlap';

beforeAll(requireBuiltSite);

const index = checkContent('.').index;
const built = () =>
  readdirSync(join(DIST, 'compare'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const pairNames = () => built().filter((n) => !isReversePairPath(`/compare/${n}/`));
const sitemap = () => readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const lastmods = () =>
  new Map(
    [...sitemap().matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [
      new URL(m[1]).pathname,
      Date.parse(m[2]),
    ]),
  );

describe('which pairs get a page', () => {
  test('exactly the pairs of two one-input kernel activations, in alphabetical slug order', () => {
    const expected = comparePairs(index)
      .filter((p) => [p.a, p.b].every((t) => t.data.plot && Object.hasOwn(activations, t.data.plot.fn)))
      .map((p) => `${p.a.slug}-vs-${p.b.slug}`);
    expect(pairNames().sort()).toEqual(expected.sort());
    expect(expected.length).toBe(pairPages(index).length);
    for (const name of pairNames()) {
      const [a, b] = name.split('-vs-');
      expect(a < b, name).toBe(true);
    }
  });
  test('term pages link a pair without a page to the other term’s comparisons, never to a missing page', () => {
    const linked = new Set<string>();
    for (const slug of termSlugs()) {
      const $ = loadPage(`/glossary/${slug}/`);
      $('section:has(#comparisons) a[href^="/compare/"]').each((_, a) => void linked.add($(a).attr('href')!));
    }
    expect([...linked].sort()).toEqual(
      pairNames()
        .map((n) => `/compare/${n}/`)
        .sort(),
    );
    // activation-function and swiglu: a concept and a gated unit, no page; swiglu's page still names the pair.
    expect(existsSync(join(DIST, 'compare', 'activation-function-vs-swiglu'))).toBe(false);
    const $ = loadPage('/glossary/swiglu/');
    expect($('section:has(#comparisons) a[href="/glossary/activation-function/#comparisons"]').length).toBe(1);
  });
  test('each compare page is linked from the Comparisons section of both terms', () => {
    for (const name of pairNames()) {
      for (const slug of name.split('-vs-')) {
        const $ = loadPage(`/glossary/${slug}/`);
        expect($(`section:has(#comparisons) a[href="/compare/${name}/"]`).length, `${slug} → ${name}`).toBe(1);
      }
    }
  });
});

describe.each(pairNames())('/compare/%s/', (name) => {
  const url = `/compare/${name}/`;
  const [slugA, slugB] = name.split('-vs-');
  const pair = pairPages(index).find((p) => p.url === url)!;
  const [fa, fb] = pair.fns!.map((id) => activations[id]);

  test('title ≤ 60, a description of whole sentences ≤ 160, canonical, own card, BreadcrumbList, indexed for search', () => {
    const $ = loadPage(url);
    expect($('head > title').text().length).toBeLessThanOrEqual(60);
    const description = $('meta[name="description"]').attr('content')!;
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/\.$/);
    expect(description).not.toMatch(/…/);
    expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`${url}$`));
    const card = new URL($('meta[property="og:image"]').attr('content')!).pathname;
    expect(card).toBe(`/og/compare/${name}.png`);
    expect(pngSize(join(DIST, card))).toEqual({ width: 1200, height: 630 });
    const ld = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get();
    const crumbs = ld.find((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.at(-1).item).toMatch(new RegExp(`${url}$`));
    expect($('[data-pagefind-body]').length).toBe(1);
  });

  test('one figure with both functions and both derivatives, a difference figure, properties with limits', () => {
    const $ = loadPage(url);
    const [main, diff] = $('svg.plot-svg').get();
    expect($(main).children('path.fn').length).toBe(2);
    expect($(main).children('path.df').length).toBe(2);
    expect($(diff).children('path.fn').length).toBe(1);
    const rows = $('#properties')
      .parent()
      .find('tbody th')
      .map((_, th) => $(th).text())
      .get();
    expect(rows).toEqual(['Range', 'Minimum', 'Monotonicity', 'Smoothness', 'f(0)', 'f′(0)', 'As x → −∞', 'As x → +∞']);
  });

  test('the largest difference it states matches a brute-force scan of the kernel', () => {
    const text = loadPage(url)('#findings').parent().text();
    const m = /(?:differ by at most|to within) ([\d.]+)/.exec(text);
    if (!m) {
      // Only a pair that is one function twice says so instead.
      expect(text).toMatch(/are the same function/);
      return;
    }
    const [lo, hi] = [
      Number(/[Oo]n \[([−\d.]+), /.exec(text)![1].replace('−', '-')),
      Number(/, ([−\d.]+)\]/.exec(text)![1].replace('−', '-')),
    ];
    let max = 0;
    for (let i = 0; i <= 100_000; i++) {
      const x = lo + ((hi - lo) * i) / 100_000;
      max = Math.max(max, Math.abs(fa.f(x) - fb.f(x)));
    }
    // The printed number is the maximum rounded to its last printed digit (the scan may fall short by ~1e−9).
    const lastDigit = 10 ** -(m[1].split('.')[1]?.length ?? 0);
    expect(Math.abs(Number(m[1]) - max)).toBeLessThanOrEqual(lastDigit / 2 + 1e-9);
  });

  test(`shares at most ${PAIR_OVERLAP_LIMIT * 100}% of its prose with either term page, and shows each editors' summary once`, () => {
    const page = proseOfHtml(readPage(url));
    for (const slug of [slugA, slugB])
      expect(proseOverlap(page, proseOfHtml(readPage(`/glossary/${slug}/`))), slug).toBeLessThanOrEqual(
        PAIR_OVERLAP_LIMIT,
      );
    const $ = loadPage(url);
    expect($('#editors').parent().find('h3').length).toBe([pair.aOnB, pair.bOnA].filter(Boolean).length);
    // The definitions are not copied: the term pages' lead paragraphs do not appear.
    for (const slug of [slugA, slugB])
      expect(page).not.toContain(loadPage(`/glossary/${slug}/`)('p.lead').text().trim());
  });

  test('lastmod is the later of its two terms', () => {
    const dates = lastmods();
    expect(dates.get(url)).toBe(Math.max(dates.get(`/glossary/${slugA}/`)!, dates.get(`/glossary/${slugB}/`)!));
  });

  test('the reverse order is a noindex page with a canonical link and an instant link to it, outside the sitemap', () => {
    const reverse = `/compare/${slugB}-vs-${slugA}/`;
    const $ = loadPage(reverse);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(new URL($('link[rel="canonical"]').attr('href')!).pathname).toBe(url);
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${url}`);
    expect($(`a[href="${url}"]`).length).toBe(1);
    expect(sitemap()).not.toContain(reverse);
  });
});

describe('/compare/', () => {
  test('lists every pair under both of its terms', () => {
    const $ = loadPage('/compare/');
    for (const name of pairNames()) {
      for (const slug of name.split('-vs-'))
        expect($(`#with-${slug}`).parent().find(`a[href="/compare/${name}/"]`).length, `${slug}: ${name}`).toBe(1);
    }
  });
});
