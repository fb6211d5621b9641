// npm run audit:surfaces — measures the built site's reader and crawler surfaces and prints one table:
// pages that scroll sideways on phones, TeX leaks per plain-text surface, long titles, cut descriptions,
// sitemap dates, the smallest plot text, search ranks and the transfer of a term page.
// Usage: npm run build && npm run audit:surfaces [-- --json]
import { readFileSync } from 'node:fs';
import { loadContentModel } from '../src/glossary/model';
import { termCard } from '../src/seo/og-cards';
import { launchBrowser } from './lib/browser';
import { serveDir } from './lib/serve';
import { printTable } from './lib/table';
import {
  builtPages,
  cutMidSentence,
  feedItems,
  overflowingPages,
  pageFile,
  pageSurfaces,
  plotTexts,
  searchRanks,
  searchRecords,
  sitemapEntries,
  texLeak,
  transferBytes,
} from './lib/surfaces';

const dist = 'dist';
const pages = builtPages(dist);
const rows: [string, string][] = [];
const add = (name: string, value: string | number) => rows.push([name, String(value)]);

// Plain-text surfaces, counted per page (or per item) that leaks at least once.
const leaks = new Map<string, number>();
const count = (surface: string, texts: string[]) =>
  texts.some((t) => texLeak(t)) && leaks.set(surface, (leaks.get(surface) ?? 0) + 1);
let longTitles = 0;
let cut = 0;
let outOfRange = 0;
for (const p of pages) {
  const s = pageSurfaces(readFileSync(pageFile(dist, p), 'utf8'));
  for (const [surface, texts] of Object.entries(s)) count(surface, texts);
  if (s.title[0].length > 60) longTitles++;
  const d = s.description[0];
  if (cutMidSentence(d)) cut++;
  if (d.length < 70 || d.length > 160) outOfRange++;
}
for (const item of feedItems(dist)) count('RSS items', [item]);
for (const r of searchRecords(dist)) count('search records', [r.text]);
const index = loadContentModel('.').index;
for (const t of index.terms) count('card PNG text', [termCard(t, index).text]);

add('built HTML pages', pages.length);
add('search records', searchRecords(dist).length);
for (const surface of [
  'title',
  'description',
  'og:image:alt',
  'JSON-LD',
  'summaries',
  'visible text',
  'RSS items',
  'card PNG text',
  'search records',
])
  add(`TeX leaks: ${surface}`, leaks.get(surface) ?? 0);
add('titles over 60 chars', longTitles);
add('descriptions cut mid-sentence', cut);
add('descriptions outside 70–160 chars', outOfRange);
const sitemap = sitemapEntries(dist);
add('sitemap URLs', sitemap.length);
add('sitemap URLs without lastmod', sitemap.filter((u) => !u.lastmod).length);

const server = await serveDir(dist);
const browser = await launchBrowser();
try {
  for (const [w, overflowing] of await overflowingPages(browser, server.url, pages, [320, 360, 390]))
    add(`pages overflowing at ${w} px`, overflowing.length);
  for (const [w, texts] of await plotTexts(browser, server.url, pages, [390, 1280])) {
    const min = texts.reduce((m, t) => (t.px < m.px ? t : m), texts[0]);
    add(`smallest plot text at ${w} px`, `${min.px.toFixed(1)} px (${min.path})`);
    add(`clipped plot labels at ${w} px`, texts.filter((t) => t.clipped).length);
  }
  for (const r of await searchRanks(browser, server.url))
    add(`search "${r.query}" → ${r.expected}`, r.rank ? `rank ${r.rank}` : `not found (${r.top.join(', ')})`);
  const t = await transferBytes(browser, server.url, dist, '/glossary/gelu/');
  add(
    'transfer /glossary/gelu/ (KB, gzip)',
    `${(t.total / 1024).toFixed(1)} (fonts ${(t.fonts / 1024).toFixed(1)}, HTML ${(t.html / 1024).toFixed(1)}, ${t.requests.length} requests)`,
  );
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(rows), null, 2));
else printTable(['measure', 'value'], rows);
