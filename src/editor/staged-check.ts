import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGlossary } from '../glossary/model';
import { checkGlossary } from '../checks';
import { PLACEHOLDER } from '../checks/placeholders';
import { TERMS_DIR } from '../glossary/source-files';
import { isError, type ContentIssue } from '../schema';

/** A file the importer means to write, as it would be on disk. */
export interface StagedFile {
  slug: string;
  source: string;
}

/**
 * Runs every content check of the build (`npm run check`, the same content model and body
 * pipeline) on the glossary as it would be after the import: a copy of content/ with the
 * planned files written into it, in a temporary folder. Returns the issues of each planned file.
 * Nothing under `root` is touched.
 */
export function checkStaged(root: string, files: readonly StagedFile[]): Map<string, ContentIssue[]> {
  const stage = mkdtempSync(join(tmpdir(), 'glossary-import-'));
  try {
    cpSync(join(root, 'content'), join(stage, 'content'), { recursive: true });
    for (const f of files) writeFileSync(join(stage, TERMS_DIR, `${f.slug}.mdx`), f.source);
    const report = checkGlossary(readGlossary(stage));
    const out = new Map<string, ContentIssue[]>(files.map((f) => [`${TERMS_DIR}/${f.slug}.mdx`, []]));
    for (const issue of report.issues) out.get(issue.file)?.push(issue);
    return out;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The value at a dotted field path (`faq[1].answer`, `seo.title`), or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/**
 * Whether a problem is one the editor is meant to see: a warning, or an error at a place that
 * still holds a placeholder (a TODO field, a TODO line, the block of set-aside filler).
 */
export function isExpected(
  issue: ContentIssue,
  frontmatter: Record<string, unknown>,
  body: string,
  bodyLine: number,
): boolean {
  if (!isError(issue)) return true;
  const line = /^line (\d+)$/.exec(issue.where)?.[1];
  if (line) {
    const lines = body.split('\n');
    const i = Number(line) - bodyLine;
    // A body that does not parse is never expected, wherever the parser stopped.
    if (/does not parse/.test(issue.message)) return false;
    if (lines[i]?.includes(PLACEHOLDER)) return true;
    return false;
  }
  if (!issue.where) return false;
  const value = valueAt(frontmatter, issue.where.replace(/\s.*$/, ''));
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return text.includes(PLACEHOLDER);
}
