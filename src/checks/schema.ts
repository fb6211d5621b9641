import { categorySchema, slugSchema, termSchema, zodIssues, type ContentIssue } from '../schema';
import type { CategoryRecord, TermRecord } from '../content/records';
import { CATEGORIES_FILE, type TermSource } from '../content/source-files';

/** Validates every file against the schemas, reporting all problems at once. Returns the valid records too. */
export function checkSchemas(
  sources: readonly TermSource[],
  categories: Record<string, unknown>,
): { issues: ContentIssue[]; terms: TermRecord[]; categories: CategoryRecord[] } {
  const issues: ContentIssue[] = [];
  const terms: TermRecord[] = [];
  for (const s of sources) {
    const slug = slugSchema.safeParse(s.slug);
    if (!slug.success) issues.push({ file: s.file, where: '(file name)', message: `"${s.slug}" is not a valid slug: ${slug.error.issues[0].message}` });
    const parsed = termSchema.safeParse(s.frontmatter);
    if (parsed.success) terms.push({ slug: s.slug, file: s.file, data: parsed.data });
    else issues.push(...zodIssues(s.file, parsed.error, { input: s.frontmatter, schema: termSchema }));
  }
  const cats: CategoryRecord[] = [];
  for (const [slug, value] of Object.entries(categories)) {
    const parsed = categorySchema.safeParse(value);
    if (parsed.success) cats.push({ slug, data: parsed.data });
    else issues.push(...zodIssues(CATEGORIES_FILE, parsed.error, { input: value, schema: categorySchema }).map((i) => ({ ...i, where: `${slug}.${i.where}` })));
  }
  return { issues, terms, categories: cats };
}
