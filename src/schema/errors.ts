import type { z } from 'zod';

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
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** Turns every Zod issue into a ContentIssue, so an editor sees all mistakes at once. */
export function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    where: formatPath(issue.path) || '(frontmatter)',
    message: issue.message,
  }));
}

/** `content/terms/gelu.mdx  related[2]: no term "swishh"`. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.severity === 'warning' ? 'warning: ' : ''}${issue.file}  ${issue.where ? `${issue.where}: ` : ''}${issue.message}`;
}

/** Validates `data` and throws one Error listing every issue, each prefixed by file and field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = zodIssues(file, result.error).map(formatIssue);
  throw new Error(`Invalid content (${lines.length} problem${lines.length > 1 ? 's' : ''}):\n${lines.join('\n')}`);
}
