import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkGlossary, type CheckReport } from '../../src/checks';
import { readGlossary } from '../../src/glossary/model';
import type { TermSource } from '../../src/glossary/source-files';

/**
 * Runs every content check on term sources edited in memory, through the real
 * content model: the sources are written as files into a throwaway content folder
 * (with `categoriesFile` as its categories.yaml) and read back the way the build reads them.
 */
export function checkSources(sources: readonly TermSource[], categoriesFile: string): CheckReport {
  const root = mkdtempSync(join(tmpdir(), 'glossary-check-'));
  try {
    mkdirSync(join(root, 'content', 'terms'), { recursive: true });
    copyFileSync(categoriesFile, join(root, 'content', 'categories.yaml'));
    for (const s of sources)
      writeFileSync(join(root, 'content', 'terms', `${s.slug}.mdx`), `---\n${stringify(s.frontmatter)}---\n${s.body}`);
    // File dates fall back to the files' mtimes, which history reads relative to the working directory.
    const cwd = process.cwd();
    process.chdir(root);
    try {
      return checkGlossary(readGlossary(root));
    } finally {
      process.chdir(cwd);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
