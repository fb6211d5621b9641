import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, htmlPages, loadPage, readPage, requireBuiltSite, termSlugs } from '../helpers/site';
import { pngSize } from '../helpers/png';

beforeAll(requireBuiltSite);

// 404 and search are noindex pages: no canonical, not in the sitemap (test/site/surfaces.test.ts).
const NOINDEX = ['/404.html', '/search/index.html'];
const pages = () => htmlPages().filter((p) => !NOINDEX.includes(p));
const urlOf = (file: string) => file.replace(/index\.html$/, '');
/** Pages marked noindex (the reverse-order compare addresses) are pointers, not pages: no full head, not in the sitemap. */
const indexable = (p: string) => !/<meta name="robots" content="noindex"/.test(readPage(p));

describe('every page carries the complete head', () => {
  test.each(htmlPages().filter(indexable))('%s', (page) => {
    const $ = loadPage(page);
    const meta = (sel: string) => $(`meta[${sel}]`).attr('content');
    const title = $('head > title').text();
    expect(title.length).toBeGreaterThan(10);
    expect(title.length).toBeLessThanOrEqual(60);
    const description = meta('name="description"')!;
    expect(description.length).toBeGreaterThan(50);
    expect(description.length).toBeLessThanOrEqual(160);
    const canonical = NOINDEX.includes(page)
      ? new URL(meta('property="og:image"')!).origin + '/'
      : $('link[rel="canonical"]').attr('href')!;
    expect(canonical).toMatch(/^https:\/\//);
    if (!NOINDEX.includes(page)) expect(meta('property="og:url"')).toBe(canonical);
    expect(meta('property="og:title"')).toBe(title);
    expect(meta('property="og:description"')).toBe(description);
    expect(meta('property="og:site_name"')).toBe('Glossary');
    expect(['website', 'article']).toContain(meta('property="og:type"'));
    expect(meta('name="twitter:card"')).toBe('summary_large_image');
    expect($('meta[name="theme-color"]').length).toBe(2);
    // og:image is absolute and exists in dist/ as a 1200×630 PNG.
    const image = new URL(meta('property="og:image"')!);
    expect(image.origin).toBe(new URL(canonical).origin);
    expect(pngSize(join(DIST, image.pathname))).toEqual({ width: 1200, height: 630 });
  });
});

describe('JSON-LD on term pages', () => {
  test.each(termSlugs())('%s: DefinedTerm, BreadcrumbList and FAQPage with their required fields', (slug) => {
    const $ = loadPage(`/glossary/${slug}/`);
    const blocks = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()))
      .get() as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD is untyped JSON
    const byType = Object.fromEntries(blocks.map((b) => [b['@type'], b]));
    const canonical = $('link[rel="canonical"]').attr('href');
    const term = byType.DefinedTerm;
    expect(term.name).toBe($('h1').text());
    expect(term.url).toBe(canonical);
    expect(term.description.length).toBeGreaterThan(20);
    expect(term.inDefinedTermSet['@id']).toMatch(/^https:\/\/.+\/glossary\/#glossary$/);
    const crumbs = byType.BreadcrumbList.itemListElement;
    expect(crumbs.map((c: { position: number }) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs[2].item).toBe(canonical);
    const faq = byType.FAQPage.mainEntity;
    expect(faq.length).toBe($('section:has(#faq) details').length);
    for (const q of faq) {
      expect(q['@type']).toBe('Question');
      expect(q.acceptedAnswer.text.length).toBeGreaterThan(10);
    }
  });
  test('the glossary index describes the DefinedTermSet the terms point to', () => {
    const $ = loadPage('/glossary/');
    const set = JSON.parse($('script[type="application/ld+json"]').first().text());
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set['@id']).toMatch(/\/glossary\/#glossary$/);
  });
});

describe('sitemap, robots and feed', () => {
  const sitemap = () => readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  test('the sitemap lists every page', () => {
    const locs = [...sitemap().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(new Set(locs)).toEqual(new Set(pages().filter(indexable).map(urlOf)));
  });
  test('lastmod comes from the content history, not the build', () => {
    const entries = [...sitemap().matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [
      new URL(m[1]).pathname,
      m[2],
    ]);
    const lastmod = new Map(entries as [string, string][]);
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/terms/gelu.mdx'], {
      encoding: 'utf8',
    }).trim();
    expect(new Date(lastmod.get('/glossary/gelu/')!).getTime()).toBe(new Date(committed).getTime());
    // Every date comes from the history: none is later than the newest commit that touched content/
    // (a build-time date would be, since the site is built after that commit).
    const newest = new Date(
      execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content'], { encoding: 'utf8' }).trim(),
    ).getTime();
    expect(Number.isFinite(newest)).toBe(true);
    expect(lastmod.size).toBeGreaterThan(0);
    for (const [page, d] of lastmod) expect(new Date(d).getTime(), page).toBeLessThanOrEqual(newest);
  });
  test('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
  });
  test('the RSS feed lists the 50 most recently updated terms, newest first', () => {
    const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g)].map(
      (m) => ({ url: new URL(m[1]).pathname, date: Date.parse(m[2]) }),
    );
    const dates = items.map((i) => i.date);
    expect(termSlugs().length).toBeGreaterThan(50);
    expect(dates.length).toBe(50);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // The terms left out were updated no later than the oldest item (glossary.json's dates are days).
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const listed = new Set(items.map((i) => i.url));
    const { terms } = JSON.parse(readFileSync(join(DIST, 'glossary.json'), 'utf8')) as {
      terms: { url: string; updated: string }[];
    };
    const left = terms.filter((t) => !listed.has(new URL(t.url).pathname));
    expect(left.length).toBe(terms.length - 50);
    for (const t of left) expect(t.updated <= day(dates.at(-1)!), t.url).toBe(true);
  });
});
