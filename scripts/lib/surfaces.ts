// Measurements of the surfaces a reader or a crawler meets first, over a built site:
// plain-text fields (TeX leaks), titles, descriptions, sitemap dates, phone overflow,
// plot text size, search ranking and transfer. Shared by `npm run audit:surfaces`
// and the tests in test/site/ and test/browser/, so before and after numbers come
// from the same code.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';

/**
 * The TeX that must never reach plain text: a control word, a raw `^{`/`_{`, or a command
 * name left behind when a backslash was stripped (`tfrac12 xbigl(`).
 */
const TEX_LEAK =
  /\\[A-Za-z]+|[\^_]\{|tfrac|dfrac|\bfrac(?![a-z])|bigl|bigr|Bigl|Bigr|biggl|biggr|mathrm|mathbf|mathcal|mathbb|operatorname|displaystyle|lesssim|varphi|infty|qquad|\bcdot\b|(?<!\.)\bsqrt\b(?!\()|\\[,;:!]/;

/** The first TeX leak in a string, or undefined. */
export function texLeak(text: string): string | undefined {
  const m = TEX_LEAK.exec(text);
  return m ? text.slice(Math.max(0, m.index - 20), m.index + 30) : undefined;
}

/** Every string value inside a JSON value. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** Site paths (`/glossary/gelu/`) of the built HTML pages, search UI assets excepted. */
export function builtPages(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === 'pagefind' || e.name === '_astro' || e.name === 'og'
          ? []
          : walk(join(dir, e.name))
        : e.name.endsWith('.html')
          ? [`/${join(dir, e.name)}`]
          : [],
    );
  // Reverse-order compare addresses are pointer pages (noindex, instant refresh to the real page): nothing to read.
  const pointer = (f: string) => readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"');
  return walk('')
    .filter((f) => !pointer(f))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}

export const pageFile = (dist: string, path: string): string =>
  join(dist, path.endsWith('.html') ? path : join(path, 'index.html'));

/** The plain-text surfaces of one built page, by surface name. */
export function pageSurfaces(html: string): Record<string, string[]> {
  const $ = cheerio.load(html);
  const jsonLd = $('script[type="application/ld+json"]')
    .toArray()
    .flatMap((s) => jsonStrings(JSON.parse($(s).text())));
  // Visible text outside typeset math and code: list summaries, headings, prose.
  const body = $('main').clone();
  body.find('.katex, pre, code, script, style, svg, noscript').remove();
  return {
    title: [$('head > title').text()],
    description: [
      $('meta[name="description"]').attr('content') ?? '',
      $('meta[property="og:description"]').attr('content') ?? '',
    ],
    'og:image:alt': [$('meta[property="og:image:alt"]').attr('content') ?? ''],
    'JSON-LD': jsonLd,
    'visible text': [body.text()],
    summaries: $('.def')
      .toArray()
      .map((e) => $(e).text()),
  };
}

/** Items of the RSS feed as title + description strings. */
export function feedItems(dist: string): string[] {
  const $ = cheerio.load(readFileSync(join(dist, 'feed.xml'), 'utf8'), { xml: true });
  return $('item')
    .toArray()
    .map((i) => `${$(i).find('title').text()} ${$(i).find('description').text()}`);
}

/** Pagefind's stored records (URL, content, title, excerpt sources) of every indexed page. */
export function searchRecords(dist: string): { url: string; text: string }[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const rec = JSON.parse(raw) as { url: string; content: string; meta: Record<string, string> };
    return { url: rec.url, text: `${rec.content} ${Object.values(rec.meta).join(' ')}` };
  });
}

/** Does a description end mid-sentence (an ellipsis, or no closing punctuation)? */
export { cutMidSentence } from '../../src/seo/description-rules';

/** Sitemap URLs (from every sitemap file) and whether each has a lastmod. */
export function sitemapEntries(dist: string): { loc: string; lastmod?: string }[] {
  return readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => {
      const $ = cheerio.load(readFileSync(join(dist, f), 'utf8'), { xml: true });
      return $('url')
        .toArray()
        .map((u) => ({ loc: $(u).find('loc').text(), lastmod: $(u).find('lastmod').text() || undefined }));
    });
}

/**
 * Loads each page once, at the first width, then resizes the viewport through the others and
 * measures at each: a resize relays the page out as a load at that width would (media queries,
 * viewport units), at a third of the loads for three widths.
 */
async function measureAtWidths<T>(
  browser: Browser,
  base: string,
  paths: readonly string[],
  widths: readonly number[],
  height: number,
  measure: (page: Page, path: string) => Promise<T[]>,
): Promise<Map<number, T[]>> {
  const out = new Map(widths.map((w): [number, T[]] => [w, []]));
  const page = await browser.newPage({ viewport: { width: widths[0], height } });
  try {
    for (const p of paths) {
      await page.goto(base + p, { waitUntil: 'load' });
      for (const [i, width] of widths.entries()) {
        if (i > 0) await page.setViewportSize({ width, height });
        out.get(width)!.push(...(await measure(page, p)));
      }
      // The next page loads at the first width again.
      if (widths.length > 1) await page.setViewportSize({ width: widths[0], height });
    }
  } finally {
    await page.close();
  }
  return out;
}

/** Pages that scroll sideways at each width, and by how many CSS px. */
export function overflowingPages(
  browser: Browser,
  base: string,
  paths: readonly string[],
  widths: readonly number[],
): Promise<Map<number, { path: string; by: number }[]>> {
  return measureAtWidths(browser, base, paths, widths, 800, async (page, path) => {
    const by = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    return by > 0 ? [{ path, by }] : [];
  });
}

export interface PlotText {
  path: string;
  text: string;
  /** Rendered font size in CSS px: computed size × the SVG's scale. */
  px: number;
  /** Is the text's box outside the SVG's box? */
  clipped: boolean;
}

/** Every text element in the pages' plots, with its rendered size, at each width in CSS px. */
export function plotTexts(
  browser: Browser,
  base: string,
  paths: readonly string[],
  widths: readonly number[],
): Promise<Map<number, PlotText[]>> {
  return measureAtWidths(browser, base, paths, widths, 900, async (page, path) => {
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('svg text')].map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        const scale = (t as SVGTextElement).getScreenCTM()!.a;
        const b = t.getBoundingClientRect();
        const s = svg.getBoundingClientRect();
        const clipped =
          b.width > 0 &&
          (b.left < s.left - 0.5 || b.right > s.right + 0.5 || b.top < s.top - 0.5 || b.bottom > s.bottom + 0.5);
        return {
          text: t.textContent ?? '',
          px: parseFloat(getComputedStyle(t).fontSize) * scale,
          clipped,
          hidden: b.width === 0,
        };
      }),
    );
    return texts.filter((t) => !t.hidden).map((t) => ({ path, text: t.text, px: t.px, clipped: t.clipped }));
  });
}

/** The search queries a reader types and the page that must come first (or within `within`). */
export const SEARCH_EXPECTATIONS: { query: string; expected: string; within: number }[] = [
  { query: 'swish', expected: '/glossary/silu/', within: 1 },
  { query: 'relu', expected: '/glossary/relu/', within: 1 },
  { query: 'relu6', expected: '/glossary/relu6/', within: 1 },
  { query: 'gaussian error', expected: '/glossary/gelu/', within: 2 },
  { query: 'glu', expected: '/glossary/glu/', within: 1 },
  { query: 'gelu vs relu', expected: '/compare/gelu-vs-relu/', within: 1 },
];

/** 1-based rank of each expected page in the search UI's results (0: not found). */
export async function searchRanks(
  browser: Browser,
  base: string,
): Promise<{ query: string; expected: string; within: number; rank: number; top: string[] }[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const out = [];
  for (const e of SEARCH_EXPECTATIONS) {
    await page.goto(`${base}/search/?q=${encodeURIComponent(e.query)}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.pagefind-ui__result-link, .pagefind-ui__message', { timeout: 15000 });
    await page.waitForTimeout(300);
    const top = await page.$$eval('.pagefind-ui__result-title .pagefind-ui__result-link', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    // Sub-result links repeat their page's URL right after it; rank pages, not links.
    const ranked = [...new Set(top)];
    out.push({ ...e, rank: ranked.indexOf(e.expected) + 1, top: ranked.slice(0, 3) });
  }
  await page.close();
  return out;
}

/** Bytes a first visit to `path` transfers: text gzipped (as any host serves it), fonts and images as they are. */
export async function transferBytes(
  browser: Browser,
  base: string,
  dist: string,
  path: string,
): Promise<{ total: number; fonts: number; html: number; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const urls: string[] = [];
  page.on('response', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.close();
  let total = 0;
  let fonts = 0;
  let html = 0;
  for (const u of urls) {
    const file = u.endsWith('/') ? join(dist, u, 'index.html') : join(dist, u);
    const bytes = readFileSync(file);
    const size = /\.(html|css|js|svg|xml|json)$/.test(file) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
    total += size;
    if (/\.woff2?$/.test(file)) fonts += size;
    if (file.endsWith('.html')) html += size;
  }
  return { total, fonts, html, requests: urls };
}
