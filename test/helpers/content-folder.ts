import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll } from 'vitest';
import { readGlossary, type Glossary } from '../../src/glossary/model';
import { makeContext, type CheckContext } from '../../src/checks/context';

const VALID = join(import.meta.dirname, '..', 'fixtures', 'content', 'valid', 'content');
const CATEGORIES = readFileSync(join(VALID, 'categories.yaml'), 'utf8');

/** A term file as frontmatter data and a body. */
export interface TermFile {
  data: Record<string, unknown>;
  body: string;
}

function fixture(slug: string): TermFile {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
    readFileSync(join(VALID, 'terms', `${slug}.mdx`), 'utf8'),
  )!;
  return { data: parse(yaml) as Record<string, unknown>, body };
}

/** The valid fixture's two terms, which pass every check together. */
export const SOFTSIGN = fixture('softsign');
export const HARDTANH = fixture('hardtanh');

/** A term file with some frontmatter fields replaced (undefined removes one) and, optionally, another body. */
export function edited(base: TermFile, change: Record<string, unknown>, body = base.body): TermFile {
  const data = { ...structuredClone(base.data), ...change };
  for (const key of Object.keys(change)) if (change[key] === undefined) delete data[key];
  return { data, body };
}

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/**
 * The content model of a throwaway content folder holding these term files (slug → file) and the
 * fixture's categories: the build's own reader, in this process (no working-directory change, so
 * the tests also run inside Stryker's workers).
 */
export function glossaryOf(terms: Record<string, TermFile | string>, categories = CATEGORIES): Glossary {
  const root = mkdtempSync(join(tmpdir(), 'glossary-unit-'));
  roots.push(root);
  mkdirSync(join(root, 'content', 'terms'), { recursive: true });
  writeFileSync(join(root, 'content', 'categories.yaml'), categories);
  for (const [slug, t] of Object.entries(terms))
    writeFileSync(
      join(root, 'content', 'terms', `${slug}.mdx`),
      typeof t === 'string' ? t : `---\n${stringify(t.data)}---\n${t.body}`,
    );
  return readGlossary(root);
}

/** What a check receives, for these term files. */
export function contextOf(terms: Record<string, TermFile | string>): CheckContext {
  return makeContext(glossaryOf(terms));
}
