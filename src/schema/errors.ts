import type { z } from 'zod';
import { distance } from 'fastest-levenshtein';

/** One problem in one content file, in the shape every check reports. */
export interface ContentIssue {
  /** Repository-relative path, e.g. `content/terms/gelu.mdx`. */
  file: string;
  /** Dotted field path (`related[2]`), `line 14`, or '' for the whole file. */
  where: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** 'warning': printed, but does not fail `npm run check` or the build. Default: an error. */
  severity?: 'warning';
}

/** Whether an issue fails the check (everything but warnings). */
export const isError = (issue: ContentIssue): boolean => issue.severity !== 'warning';

/**
 * Formats a Zod path the way editors write YAML keys.
 * @example formatPath(['faq', 0, 'answer']) // 'faq[0].answer'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** The value at a Zod issue path inside the parsed input, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The object keys a schema accepts at `path` (through arrays, optionals, defaults, unions), for did-you-mean. */
function keysAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
  type Def = {
    type: string;
    shape?: Record<string, unknown>;
    element?: unknown;
    innerType?: unknown;
    in?: unknown;
    options?: unknown[];
  };
  const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;
  let current: unknown[] = schema ? [schema] : [];
  const unwrap = (s: unknown): unknown[] => {
    const d = defOf(s);
    if (!d) return [];
    if (d.innerType) return unwrap(d.innerType);
    if (d.type === 'pipe' && d.in) return unwrap(d.in);
    if (d.type === 'union' && d.options) return d.options.flatMap(unwrap);
    return [s];
  };
  for (const key of path) {
    current = current.flatMap(unwrap).flatMap((s) => {
      const d = defOf(s)!;
      if (typeof key === 'number') return d.type === 'array' ? [d.element] : [];
      return d.type === 'object' && d.shape && Object.hasOwn(d.shape, key) ? [d.shape[key as string]] : [];
    });
  }
  return [
    ...new Set(
      current.flatMap(unwrap).flatMap((s) => (defOf(s)?.type === 'object' ? Object.keys(defOf(s)!.shape ?? {}) : [])),
    ),
  ];
}

function closest(wrong: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(wrong.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(wrong.length / 3)) ? best : undefined;
}

/**
 * Turns every Zod issue into a ContentIssue, so an editor sees all mistakes at once.
 * With the parsed `input` and its `schema`, a missing field says it is missing and
 * how to add it, and an unknown key gets a did-you-mean from the fields the schema knows.
 */
export function zodIssues(
  file: string,
  error: z.ZodError,
  context: { input?: unknown; schema?: z.ZodType } = {},
): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    const where = formatPath(issue.path) || '(frontmatter)';
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(context.schema, issue.path);
      return issue.keys.map((key) => {
        const hint = closest(key, known);
        return {
          file,
          where: formatPath([...issue.path, key]),
          message: `unknown field${hint ? ` — did you mean "${hint}"?` : known.length ? ` (known here: ${known.join(', ')})` : ''}`,
        };
      });
    }
    if (issue.code === 'invalid_type' && 'input' in context && valueAt(context.input, issue.path) === undefined) {
      const key = issue.path.at(-1);
      const name = typeof key === 'number' ? where : String(key ?? where);
      return [
        {
          file,
          where,
          message: `is missing: add \`${name}:\` (every field is described in src/schema/ and in README.md, "Adding a term")`,
        },
      ];
    }
    return [{ file, where, message: issue.message }];
  });
}

/** `content/terms/gelu.mdx  related[2]: no term "swishh"`. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.severity === 'warning' ? 'warning: ' : ''}${issue.file}  ${issue.where ? `${issue.where}: ` : ''}${issue.message}`;
}
