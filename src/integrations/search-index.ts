// Builds the Pagefind index of a built site (term pages weight their term,
// aliases and definition above the body through data-pagefind-weight).
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { VOCABULARY_URL } from '../glossary/search-vocabulary';
import { searchPartBundle } from '../glossary/search-parts';

/** What scripts/build.ts needs to index a site after `astro build` (src/integrations/build-parts.ts SEARCH_JOB_ENV). */
interface SearchJob {
  /** The vocabulary record of a shard or of a site indexed in parts (see indexSite). */
  vocabulary?: string;
  /** The pages of each part after the first (src/glossary/search-parts.ts); absent when the site fits one run. */
  parts?: string[][];
}

/** Pagefind indexes `dir` into the bundle `outputPath` (with the vocabulary record, if any); returns the pages. */
async function indexBundle(dir: string, outputPath: string, vocabulary: string | undefined): Promise<number> {
  // KaTeX's MathML copy would put raw TeX into result excerpts.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.katex-mathml', 'svg', '.pager'] });
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  if (vocabulary) {
    // The pages' language (Base.astro's <html lang>): another language would be another index.
    const record = await index.addCustomRecord({ url: VOCABULARY_URL, content: vocabulary, language: 'en' });
    if (record.errors.length) throw new Error(record.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  // Ends Pagefind's process, and with it the memory of this bundle's pages.
  await pagefind.close();
  return added.page_count;
}

/** The site's HTML files (paths relative to `dir`), outside the search bundles. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => f.split('\\').join('/'));
}

/** A folder holding `files` of `dir` at the same paths (hard links, copies across file systems), for one Pagefind run. */
function mirror(dir: string, files: readonly string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'glossary-search-part-'));
  for (const f of files) {
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    try {
      linkSync(join(dir, f), join(copy, f));
    } catch {
      copyFileSync(join(dir, f), join(copy, f));
    }
  }
  return copy;
}

/**
 * Indexes the pages in `dir`. A shard, and a site indexed in parts, pass `vocabulary`
 * (src/glossary/search-vocabulary.ts): one extra record without the page filter, so every word of
 * the site exists in each bundle the search page merges. `parts` lists the pages of each part after
 * the first (src/glossary/search-parts.ts), each indexed by its own Pagefind run into its bundle;
 * the first part is every other page.
 */
export async function indexSite(dir: string, vocabulary?: string, parts: readonly string[][] = []): Promise<number> {
  if (parts.length === 0) return indexBundle(dir, join(dir, 'pagefind'), vocabulary);
  const file = (page: string) => `${page.replace(/^\//, '')}index.html`;
  const elsewhere = new Set(parts.flat().map(file));
  const runs = [htmlFiles(dir).filter((f) => !elsewhere.has(f)), ...parts.map((pages) => pages.map(file))];
  let indexed = 0;
  for (const [i, files] of runs.entries()) {
    const copy = mirror(dir, files);
    try {
      indexed += await indexBundle(copy, join(dir, searchPartBundle(i + 1)), vocabulary);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  return indexed;
}

/** Leaves in `jobFile` what indexSite(dir, vocabulary, parts) needs, for runSearchJob once `astro build` has exited. */
export function writeSearchJob(jobFile: string, vocabulary: string | undefined, parts: readonly string[][] = []): void {
  const job: SearchJob = { vocabulary, ...(parts.length ? { parts: [...parts] } : {}) };
  writeFileSync(jobFile, JSON.stringify(job));
}

/** Indexes the site in `dir` as `astro build` asked in its job file (SEARCH_JOB_ENV); returns the pages indexed. */
export function runSearchJob(dir: string, jobFile: string): Promise<number> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as SearchJob;
  return indexSite(dir, job.vocabulary, job.parts);
}
