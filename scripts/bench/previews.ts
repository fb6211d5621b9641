// npm run bench:previews — what term previews add to the built site (run `npm run build` first).
// For every page with previews: bytes of the page with and without them (raw and gzipped, the
// way a page travels) and that difference per previewed term; then every distinct preview on
// its own, and the shared stylesheet.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipBytes, previewBlock, withoutPreviews } from '../lib/preview-bytes';
import { printTable } from '../lib/table';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const pages = files(DIST).filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith('pagefind'));

interface Row {
  page: string;
  terms: number;
  mentions: number;
  raw: number;
  gzip: number;
}
const rows: Row[] = [];
const distinct = new Map<string, string>();
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const { previews } = previewBlock(html);
  if (!previews.length) continue;
  for (const p of previews) distinct.set(/^<div id="([^"]+)"/.exec(p)![1], p);
  const bare = withoutPreviews(html);
  rows.push({
    page: `/${relative(DIST, file)}`.replace(/index\.html$/, ''),
    terms: previews.length,
    mentions: (html.match(/ interestfor="preview-/g) ?? []).length,
    raw: Buffer.byteLength(html) - Buffer.byteLength(bare),
    gzip: gzipBytes(html) - gzipBytes(bare),
  });
}

const kb = (n: number) => (n / 1024).toFixed(2);
const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
console.log(`Pages with previews: ${rows.length} of ${pages.length}\n`);
rows.sort((a, b) => b.gzip / b.terms - a.gzip / a.terms);
printTable(
  ['page', 'terms', 'mentions', 'added raw KB', 'added gzip KB', 'raw KB/term', 'gzip KB/term'],
  rows.map((r) => [
    r.page,
    String(r.terms),
    String(r.mentions),
    kb(r.raw),
    kb(r.gzip),
    kb(r.raw / r.terms),
    kb(r.gzip / r.terms),
  ]),
);

const terms = sum((r) => r.terms);
const perTerm = rows.map((r) => r.gzip / r.terms).sort((a, b) => a - b);
console.log('');
printTable(
  [
    'whole site',
    'pages',
    'previewed terms',
    'added raw KB',
    'added gzip KB',
    'raw KB/term',
    'gzip KB/term',
    'worst page gzip KB/term',
  ],
  [
    [
      'total',
      String(rows.length),
      String(terms),
      kb(sum((r) => r.raw)),
      kb(sum((r) => r.gzip)),
      kb(sum((r) => r.raw) / terms),
      kb(sum((r) => r.gzip) / terms),
      kb(perTerm[perTerm.length - 1] ?? 0),
    ],
  ],
);

// Each distinct preview alone: an upper bound of its cost on any page (a page's own text compresses it further).
const alone = [...distinct].map(([id, html]) => ({
  id,
  raw: Buffer.byteLength(html),
  gzip: gzipBytes(html),
  formula: html.includes('class="preview-formula"'),
  plot: html.includes('class="preview-plot"'),
  typeset: html.includes('class="katex"'),
}));
alone.sort((a, b) => b.gzip - a.gzip);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log('');
printTable(
  [
    'distinct previews',
    'count',
    'with formula',
    'with plot',
    'median raw KB',
    'max raw KB',
    'median gzip KB',
    'max gzip KB',
  ],
  [
    [
      'alone',
      String(alone.length),
      String(alone.filter((a) => a.formula).length),
      String(alone.filter((a) => a.plot).length),
      kb(median(alone.map((a) => a.raw))),
      kb(Math.max(0, ...alone.map((a) => a.raw))),
      kb(median(alone.map((a) => a.gzip))),
      kb(Math.max(0, ...alone.map((a) => a.gzip))),
    ],
  ],
);
console.log(
  `\nLargest alone: ${alone
    .slice(0, 3)
    .map((a) => `${a.id} ${kb(a.gzip)} KB gzip`)
    .join(', ')}`,
);

// The stylesheet is one shared, cached file; its preview rules are counted once for the site, not per page.
const css = files(DIST).filter((f) => f.endsWith('.css'));
const rules = css.map((f) => readFileSync(f, 'utf8')).find((s) => s.includes('.preview-button'));
if (rules) {
  const own = rules.slice(rules.indexOf('.preview{'), rules.lastIndexOf('.previews{display:none}') + 24);
  console.log(`Preview rules in the shared stylesheet: ${Buffer.byteLength(own)} B raw, ${gzipBytes(own)} B gzip`);
}
