import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatIssue } from '../schema/errors';
import { splitTermSource } from './read-source';

/** A term file as an editor wrote it, before validation. */
export interface TermSource {
  slug: string;
  /** Repository-relative path, as error messages print it. */
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts, to report body positions as file lines. */
  bodyLine: number;
}

export const TERMS_DIR = 'content/terms';
export const CATEGORIES_FILE = 'content/categories.yaml';

/**
 * Splits one MDX file into frontmatter and body for the editor tools; throws the
 * first problem (file and line). Builds and checks use src/glossary/model.ts.
 */
export function parseTermSource(file: string, source: string): TermSource {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const split = splitTermSource(file, source);
  if (!split.frontmatter) throw new Error(split.issues.map(formatIssue).join('\n'));
  return { slug, file, frontmatter: split.frontmatter, body: split.body, bodyLine: split.bodyLine };
}

/** Every `*.mdx` in the terms folder, sorted by file name. */
export function readTermSources(root = '.', dir = TERMS_DIR): TermSource[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parseTermSource(`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8')));
}

/** The raw categories map from `content/categories.yaml`. */
export function readCategorySource(root = '.', file = CATEGORIES_FILE): Record<string, unknown> {
  return (parseYaml(readFileSync(join(root, file), 'utf8')) ?? {}) as Record<string, unknown>;
}
