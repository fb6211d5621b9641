// Builds the Pagefind index of a built site (term pages weight their term,
// aliases and definition above the body through data-pagefind-weight).
import { readFileSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { VOCABULARY_URL } from '../glossary/search-vocabulary';

/** What scripts/build.ts needs to index a site after `astro build` (src/integrations/build-parts.ts SEARCH_JOB_ENV). */
interface SearchJob {
  /** A shard's vocabulary record (see indexSite). */
  vocabulary?: string;
}

/**
 * Indexes the pages in `dir`. A shard passes `vocabulary` (src/glossary/search-vocabulary.ts): one
 * extra record without the page filter, so every word of the site exists in the shard's index.
 */
export async function indexSite(dir: string, vocabulary?: string): Promise<number> {
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
  const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  return added.page_count;
}

/** Leaves in `jobFile` what indexSite(dir, vocabulary) needs, for runSearchJob once `astro build` has exited. */
export function writeSearchJob(jobFile: string, vocabulary: string | undefined): void {
  const job: SearchJob = { vocabulary };
  writeFileSync(jobFile, JSON.stringify(job));
}

/** Indexes the site in `dir` as `astro build` asked in its job file (SEARCH_JOB_ENV); returns the pages indexed. */
export function runSearchJob(dir: string, jobFile: string): Promise<number> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as SearchJob;
  return indexSite(dir, job.vocabulary);
}
