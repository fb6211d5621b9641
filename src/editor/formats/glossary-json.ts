import { z } from 'zod';
import { formatPath, slugSchema, termSchema, zodIssues } from '../../schema';
import { GLOSSARY_JSON_VERSION } from '../../export/glossary-json-version';
import { termFileSource } from '../term-file';

/**
 * Reads a `/glossary.json` (our own export, src/export/glossary-json.ts) back into term files.
 * Only the source of truth is read: each term's `slug`, `data` (the frontmatter) and `body`;
 * everything the site derives (URLs, plain text, computed numbers) is ignored, and fields a
 * newer minor version adds are skipped. Pure: text in, term files out; nothing is written.
 */

/** One term file the importer would write. */
export interface GlossaryJsonTermFile {
  slug: string;
  /** The display name, for messages. */
  name: string;
  /** The frontmatter as the file writes it (dates as `YYYY-MM-DD`), without fields left at their empty defaults. */
  frontmatter: Record<string, unknown>;
  /** The MDX body. */
  body: string;
  /** The complete text of `content/terms/<slug>.mdx`. */
  source: string;
  notes: string[];
}

const MAJOR = GLOSSARY_JSON_VERSION.split('.')[0];

// What the reader relies on; other fields (derived, or added by a later minor version) pass unread.
const envelopeSchema = z.object({
  schemaVersion: z.string(),
  terms: z.array(z.object({ slug: slugSchema, data: z.unknown(), body: z.string() })),
});

/** Frontmatter keys whose default is empty: left out of the file when empty, as an editor would. */
const EMPTY_DEFAULTS = ['aliases', 'comparisons', 'related', 'implementations', 'constants', 'seo'];

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message}); export it again from /glossary.json`, {
      cause: error,
    });
  }
}

/**
 * Whether a file's text is a glossary.json export (rather than another JSON the importer reads).
 * @example isGlossaryJson('{"schemaVersion":"1.0.0","terms":[]}') // true
 */
export function isGlossaryJson(text: string): boolean {
  try {
    const value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as Record<string, unknown>;
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof value.schemaVersion === 'string' &&
      Array.isArray(value.terms)
    );
  } catch {
    return false;
  }
}

/**
 * The term files of a glossary.json: all of them, or with `term` the one whose slug or name it is.
 * Throws one Error listing every problem, each with its place (`terms[3] (gelu) data.sources[0].url`).
 * @example readGlossaryJson(text, 'glossary.json', { term: 'GELU' }) // [{ slug: 'gelu', source: '---\nterm: GELU…', … }]
 */
export function readGlossaryJson(
  text: string,
  fileName: string,
  options: { term?: string } = {},
): GlossaryJsonTermFile[] {
  const value = parseJson(text);
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success)
    throw new Error(
      `is not a glossary.json export: ${envelope.error.issues.map((i) => `${formatPath(i.path) || '(top level)'}: ${i.message}`).join('; ')}`,
    );
  const { schemaVersion, terms } = envelope.data;
  if (schemaVersion.split('.')[0] !== MAJOR)
    throw new Error(
      `is glossary.json format ${schemaVersion}; this importer reads ${MAJOR}.x (${GLOSSARY_JSON_VERSION}): export it again with this version of Glossary`,
    );

  const problems: string[] = [];
  const seen = new Map<string, number>();
  terms.forEach((t, i) => {
    const first = seen.get(t.slug);
    if (first !== undefined) problems.push(`terms[${i}] (${t.slug}): repeats the slug of terms[${first}]`);
    seen.set(t.slug, i);
  });
  const wanted = options.term?.trim().toLowerCase();
  const chosen = terms
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => {
      if (wanted === undefined) return true;
      const name = (t.data as { term?: unknown } | null)?.term;
      return t.slug === wanted || (typeof name === 'string' && name.trim().toLowerCase() === wanted);
    });
  if (wanted !== undefined && !chosen.length)
    throw new Error(
      `has no term "${options.term}" (by slug or name); it holds ${terms.length}: ${terms
        .slice(0, 5)
        .map((t) => t.slug)
        .join(', ')}${terms.length > 5 ? ', …' : ''}`,
    );

  const files = chosen.map(({ t, i }): GlossaryJsonTermFile | undefined => {
    const parsed = termSchema.safeParse(t.data);
    if (!parsed.success) {
      for (const issue of zodIssues(fileName, parsed.error, { input: t.data, schema: termSchema }))
        problems.push(`terms[${i}] (${t.slug}) data.${issue.where}: ${issue.message}`);
      return undefined;
    }
    const frontmatter = Object.fromEntries(
      Object.entries(t.data as Record<string, unknown>).filter(
        ([key, v]) => !(EMPTY_DEFAULTS.includes(key) && isEmpty(v)),
      ),
    );
    return {
      slug: t.slug,
      name: parsed.data.term,
      frontmatter,
      body: t.body,
      source: termFileSource(frontmatter, t.body),
      notes: [],
    };
  });
  if (problems.length) throw new Error(`has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return files as GlossaryJsonTermFile[];
}

const isEmpty = (v: unknown): boolean =>
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
