import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export const TERMS_DIR = 'content/terms';
export const CATEGORIES_FILE = 'content/categories.yaml';

/** Splits one MDX file into frontmatter and body; YAML errors name the file. */
export function parseTermSource(file: string, source: string): TermSource {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${file}  (frontmatter): the file must start with a --- YAML block --- (run \`npm run new -- "Term name"\` for a template)`);
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1]);
  } catch (error) {
    throw new Error(`${file}  (frontmatter): invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  return { slug, file, frontmatter: (frontmatter ?? {}) as Record<string, unknown>, body, bodyLine };
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
