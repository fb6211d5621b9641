import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { TERMS_DIR } from '../content/source-files';

/** Field order of a term file, as editors read it top to bottom. */
const ORDER = ['term', 'aliases', 'shortDefinition', 'category', 'formula', 'plot', 'howItWorks', 'inPractice', 'comparisons', 'faq', 'related', 'sources', 'constants', 'seo', 'updated'];

/** Serialises frontmatter and body into MDX source. */
export function termFileSource(frontmatter: Record<string, unknown>, body: string): string {
  const ordered = Object.fromEntries(
    [...ORDER.filter((k) => k in frontmatter), ...Object.keys(frontmatter).filter((k) => !ORDER.includes(k))]
      .filter((k) => frontmatter[k] !== undefined)
      .map((k) => [k, frontmatter[k]]),
  );
  return `---\n${stringify(ordered, { lineWidth: 110, defaultStringType: 'PLAIN' }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

/**
 * Writes content/terms/<slug>.mdx, refusing to touch an existing file:
 * nothing an editor wrote is ever overwritten.
 */
export function writeNewTermFile(root: string, slug: string, source: string): string {
  const file = `${TERMS_DIR}/${slug}.mdx`;
  const path = join(root, file);
  if (existsSync(path)) throw new Error(`${file} already exists; not overwriting it. Edit it, or import under another slug with --slug.`);
  writeFileSync(path, source, { flag: 'wx' });
  return file;
}
