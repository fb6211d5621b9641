// What a reader or a crawler meets first, over every built page: plain text without TeX, titles and
// descriptions within their budgets, structured data that validates, sitemap dates, feed, search records.
import { readFileSync } from 'node:fs';
import { loadContentModel } from '../../src/glossary/model';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import * as cheerio from 'cheerio';
import { DIST, REPO_ROOT, requireBuiltSite } from '../helpers/site';
import { jsonLdProblems } from '../helpers/json-ld';
import {
  builtPages,
  cutMidSentence,
  feedItems,
  pageFile,
  pageSurfaces,
  searchRecords,
  sitemapEntries,
  texLeak,
} from '../../scripts/lib/surfaces';
import { termCard } from '../../src/seo/og-cards';
import { pairPages } from '../../src/glossary/compare';
import { facesUsed } from '../../src/components/katex-faces';

beforeAll(requireBuiltSite);

const pages = () => builtPages(DIST);
const load = (p: string) => cheerio.load(readFileSync(pageFile(DIST, p), 'utf8'));
const NOINDEX = ['/404.html', '/search/'];

describe('no TeX on any plain-text surface', () => {
  test.each(pages())('%s', (p) => {
    const leaks = Object.entries(pageSurfaces(readFileSync(pageFile(DIST, p), 'utf8'))).flatMap(([surface, texts]) =>
      texts
        .map((t) => texLeak(t))
        .filter(Boolean)
        .map((l) => `${surface}: …${l}…`),
    );
    expect(leaks).toEqual([]);
  });
  test('RSS items', () => {
    const items = feedItems(DIST);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((t) => texLeak(t))).toEqual([]);
  });
  test('search records (what Pagefind stores and shows as excerpts)', () => {
    const records = searchRecords(DIST);
    expect(records.length).toBeGreaterThan(40);
    expect(records.filter((r) => texLeak(r.text)).map((r) => `${r.url}: ${texLeak(r.text)}`)).toEqual([]);
    // The formula is searchable as text: GELU's record holds its plain-text reading.
    expect(records.find((r) => r.url === '/glossary/gelu/')!.text).toContain('x Φ(x)');
  });
  test('sharing-card text and alt text of every term', () => {
    const index = loadContentModel(REPO_ROOT).index;
    for (const t of index.terms) {
      const card = termCard(t, index);
      expect(texLeak(card.text), t.slug).toBeUndefined();
      const alt = load(`/glossary/${t.slug}/`)('meta[property="og:image:alt"]').attr('content')!;
      expect(alt.startsWith(`${t.data.term}: ${card.text.slice(0, 20)}`), t.slug).toBe(true);
    }
  });
});

describe('head: titles and descriptions', () => {
  test.each(pages())('%s', (p) => {
    const $ = load(p);
    const title = $('head > title').text();
    expect(title.length).toBeLessThanOrEqual(60);
    const d = $('meta[name="description"]').attr('content')!;
    expect(d.length).toBeGreaterThanOrEqual(70);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(cutMidSentence(d), d).toBe(false);
  });
  test('a term page without a formula does not promise one', () => {
    const $ = load('/glossary/vanishing-gradient/');
    expect($('.formula').length).toBe(0);
    expect($('head > title').text()).not.toMatch(/formula/i);
    expect(load('/glossary/gelu/')('head > title').text()).toMatch(/formula/);
  });
});

describe('structured data', () => {
  test.each(pages())('%s: every JSON-LD block parses and validates', (p) => {
    const $ = load(p);
    const blocks = $('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse($(s).text()));
    expect(blocks.flatMap((b) => jsonLdProblems(b))).toEqual([]);
    const types = blocks.map((b) => b['@type']);
    // A visible breadcrumb trail always has its BreadcrumbList, with the same names in order.
    const trail = $('nav.breadcrumbs li')
      .toArray()
      .map((li) => $(li).text().trim());
    if (trail.length) {
      const list = blocks.find((b) => b['@type'] === 'BreadcrumbList');
      expect(list?.itemListElement.map((i: { name: string }) => i.name)).toEqual(trail);
    }
    expect(types.filter((t) => t === 'BreadcrumbList').length).toBeLessThanOrEqual(1);
  });
  test('the checker rejects what it should (missing required property, unknown property, relative URL)', () => {
    expect(
      jsonLdProblems({ '@context': 'https://schema.org', '@type': 'DefinedTermSet', name: 'G', url: 'https://x.org/' }),
    ).toEqual(['$: DefinedTermSet lacks required "hasDefinedTerm"']);
    expect(jsonLdProblems({ '@type': 'Answer', text: 'a', txet: 'b' })).toEqual([
      '$: Answer has unknown property "txet"',
    ]);
    expect(jsonLdProblems({ '@type': 'ListItem', position: 1, name: 'a', item: '/a/' })).toEqual([
      '$.item: not an absolute https URL',
    ]);
  });
  test('home is a WebSite; the A–Z index is a DefinedTermSet listing every term', () => {
    const home = load('/')('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse(cheerio.load(s).text()));
    expect(home.map((b) => b['@type'])).toContain('WebSite');
    const $ = load('/glossary/');
    const set = $('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse($(s).text()))
      .find((b) => b['@type'] === 'DefinedTermSet');
    const termPages = pages().filter((p) => /^\/glossary\/[^/]+\/$/.test(p));
    expect(set.hasDefinedTerm.map((t: { url: string }) => new URL(t.url).pathname).sort()).toEqual(termPages.sort());
  });
});

describe('indexing: noindex pages, sitemap dates, feed', () => {
  test.each(NOINDEX)('%s is noindex, has no canonical and is not in the sitemap', (p) => {
    const $ = load(p);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').length).toBe(0);
    const locs = sitemapEntries(DIST).map((u) => new URL(u.loc).pathname);
    expect(locs).not.toContain(p.replace(/\.html$/, '/').replace('/404/', '/404/'));
    expect(locs.some((l) => l.startsWith('/404') || l.startsWith('/search'))).toBe(false);
  });
  test('every sitemap URL has a lastmod; a compare page has the later of its two terms', () => {
    const entries = sitemapEntries(DIST);
    expect(entries.filter((u) => !u.lastmod).map((u) => u.loc)).toEqual([]);
    const byPath = new Map(entries.map((u) => [new URL(u.loc).pathname, Date.parse(u.lastmod!)]));
    const index = loadContentModel(REPO_ROOT).index;
    const pairs = pairPages(index);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const later = Math.max(byPath.get(`/glossary/${pair.a.slug}/`)!, byPath.get(`/glossary/${pair.b.slug}/`)!);
      expect(byPath.get(pair.url), pair.url).toBe(later);
    }
    // Listing pages: the newest of their terms.
    const newest = Math.max(...[...byPath].filter(([p]) => /^\/glossary\/[^/]+\/$/.test(p)).map(([, d]) => d));
    expect(byPath.get('/glossary/')).toBe(newest);
  });
  test('the RSS feed names itself (atom:link rel=self) and when its content last changed', () => {
    const $ = cheerio.load(readFileSync(join(DIST, 'feed.xml'), 'utf8'), { xml: true });
    const self = $('channel > atom\\:link');
    expect(self.attr('rel')).toBe('self');
    expect(self.attr('href')).toMatch(/^https:\/\/.+\/feed\.xml$/);
    const last = Date.parse($('channel > lastBuildDate').text());
    const newestItem = Math.max(
      ...$('item > pubDate')
        .toArray()
        .map((d) => Date.parse($(d).text())),
    );
    expect(last).toBe(newestItem);
  });
});

describe('A–Z index works as the no-JavaScript way in', () => {
  test('every alias is listed as a cross-reference to its term', () => {
    const $ = load('/glossary/');
    const see = new Map(
      $('li.see')
        .toArray()
        .map((li) => [$(li).find('.alias').text(), $(li).find('a').attr('href')]),
    );
    expect(see.get('Swish')).toBe('/glossary/silu/');
    const schema = { terms: loadContentModel(REPO_ROOT).index.terms };
    const names = new Set(schema.terms.map((t) => t.data.term.toLowerCase()));
    for (const t of schema.terms)
      for (const a of t.data.aliases)
        if (!names.has(a.toLowerCase()))
          expect(
            [...see.keys()].map((k) => k.toLowerCase()),
            a,
          ).toContain(a.toLowerCase());
  });
  test('the search page sends readers without JavaScript to the A–Z index', () => {
    const head = readFileSync(pageFile(DIST, '/search/'), 'utf8').split('</head>')[0];
    expect(head).toMatch(/<noscript><meta http-equiv="refresh" content="0; url=\/glossary\/"><\/noscript>/);
  });
});

describe('math fonts', () => {
  test('every KaTeX face is redeclared with font-display: swap', () => {
    const katexCss = readFileSync(join(REPO_ROOT, 'node_modules/katex/dist/katex.min.css'), 'utf8');
    const ours = readFileSync(join(REPO_ROOT, 'src/styles/katex-fonts.css'), 'utf8');
    const faces = [...katexCss.matchAll(/url\(fonts\/(KaTeX_[\w-]+)\.woff2\)/g)].map((m) => m[1]);
    expect(faces.length).toBe(20);
    for (const f of faces) expect(ours).toMatch(new RegExp(`font-display: swap; src: url\\('[^']*/${f}\\.woff2'\\)`));
  });
  test.each(['gelu', 'elu', 'swiglu', 'vanishing-gradient'])(
    '%s preloads exactly the KaTeX faces of its opening definition and formula',
    (slug) => {
      const $ = load(`/glossary/${slug}/`);
      const lead = `${$('.lead').html() ?? ''}${$('.formula').html() ?? ''}`;
      const preloaded = $('link[rel="preload"][as="font"]')
        .toArray()
        .map((l) =>
          $(l)
            .attr('href')!
            .replace(/^\/_astro\/KaTeX_(.+?)\.[\w-]+\.woff2$/, '$1'),
        );
      expect(preloaded.every((f) => facesUsed(lead).includes(f))).toBe(true);
      if (lead.includes('katex')) expect(preloaded).toContain('Main-Regular');
      else expect(preloaded).toEqual([]);
    },
  );
});
