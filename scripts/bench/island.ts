// npm run bench:island — the parameter island's size: each chunk (raw and gzipped), the inline loader a page
// carries before any interaction, and what each term page with sliders loads on its first interaction (the entry,
// its shared chunks and the kernel family of the curve that moves; comparison curves come traced in the page).
import { gzipSync } from 'node:zlib';
import { bundleIsland } from '../../src/plot/island/bundle';
import { loaderScript } from '../../src/plot/island/loader';
import { PARAMETRIC, TEMPERATURE_BARS } from '../../src/kernel/parameters';
import { loadFamily } from '../../src/kernel/lazy';
import { loadContentModel } from '../../src/glossary/model';
import { printTable } from '../lib/table';

const kb = (n: number) => (n / 1024).toFixed(2);
const bundle = await bundleIsland(process.cwd());
const byName = new Map(bundle.files.map((f) => [f.fileName, f]));
const gz = (name: string) => gzipSync(byName.get(name)!.code, { level: 9 }).length;

console.log('Chunks');
printTable(
  ['chunk', 'KB', 'KB gzip'],
  bundle.files.map((f) => [f.fileName, kb(f.code.length), kb(gz(f.fileName))]),
);

const chunkOf = (family: string) => bundle.files.find((f) => f.fileName.startsWith(`param-${family}-`))?.fileName;
const withImports = (names: string[]): Set<string> => {
  const seen = new Set<string>();
  const visit = (n: string) => {
    if (seen.has(n) || !byName.has(n)) return;
    seen.add(n);
    byName.get(n)!.imports.forEach(visit);
  };
  names.forEach(visit);
  return seen;
};

const loader = loaderScript(`/_astro/${bundle.entry}`);
console.log(`\nInline loader: ${Buffer.byteLength(loader)} bytes (${gzipSync(loader).length} gzipped)\n`);

const rows: string[][] = [];
let worst = 0;
const part = (name: string) => bundle.files.find((f) => f.name === name)!.fileName;
const measure = (slug: string, names: string[]) => {
  const chunks = withImports([bundle.entry, ...names]);
  const total = [...chunks].reduce((s, c) => s + gz(c), 0);
  worst = Math.max(worst, total);
  rows.push([slug, String(chunks.size), kb(total)]);
};
const model = loadContentModel(process.cwd());
const bodies = new Map(model.sources.map((s) => [s.slug, s.body]));
for (const [slug, term] of model.index.bySlug) {
  const plot = term.data.plot;
  const body = bodies.get(slug) ?? '';
  if (plot && plot.params !== false && Object.hasOwn(PARAMETRIC, plot.fn)) {
    const families = [...loadFamily[plot.fn].toString().matchAll(/import\(["']\.\/([\w-]+)["']\)/g)].map((m) => m[1]);
    measure(slug, [part('curves'), ...families.map(chunkOf).filter((c): c is string => !!c)]);
  } else if (Object.keys(TEMPERATURE_BARS).some((fn) => body.includes(`fn="${fn}"`) || plot?.fn === fn)) {
    measure(slug, [part('temperature')]);
  }
}
console.log('Loaded on the first interaction, per term page');
printTable(['term', 'files', 'KB gzip'], rows);
console.log(`\nLargest: ${kb(worst)} KB gzipped (goal ≤ 10 KB)`);
