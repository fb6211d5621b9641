import { distance } from 'fastest-levenshtein';
import type { ContentIssue } from '../schema';
import type { GlossaryIndex, TermRecord } from '../glossary/records';

/** The closest known slug, if it is close enough to be a likely typo. */
export function suggest(wrong: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(wrong, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(wrong.length / 3)) ? best : undefined;
}

function unknownTerm(slug: string, index: GlossaryIndex): string {
  const hint = suggest(slug, index.bySlug.keys());
  return `no term "${slug}"${hint ? ` — did you mean "${hint}"?` : ` — add content/terms/${slug}.mdx or remove the reference`}`;
}

/**
 * Finds references that point nowhere. Astro only logs a broken reference()
 * and keeps building (withastro/astro #17582); we refuse to ship dead links.
 */
export function checkReferences(
  index: GlossaryIndex,
  known: ReadonlySet<string> = new Set(),
  terms: readonly TermRecord[] = index.terms,
): ContentIssue[] {
  // A term whose own file is invalid exists: its file reports its problems, references to it are not missing.
  const exists = (slug: string) => index.bySlug.has(slug) || known.has(slug);
  const issues: ContentIssue[] = [];
  for (const { slug, file, data } of terms) {
    if (!index.categoryBySlug.has(data.category)) {
      const hint = suggest(data.category, index.categoryBySlug.keys());
      issues.push({
        file,
        where: 'category',
        message: `no category "${data.category}"${hint ? ` — did you mean "${hint}"?` : ''} (categories are defined in content/categories.yaml)`,
      });
    }
    data.related.forEach((ref, i) => {
      if (ref === slug)
        issues.push({ file, where: `related[${i}]`, message: 'a term cannot be related to itself — remove it' });
      else if (!exists(ref)) issues.push({ file, where: `related[${i}]`, message: unknownTerm(ref, index) });
    });
    data.comparisons.forEach((c, i) => {
      if (!('with' in c)) return;
      if (c.with === slug)
        issues.push({ file, where: `comparisons[${i}].with`, message: 'a term cannot be compared with itself' });
      else if (!exists(c.with))
        issues.push({
          file,
          where: `comparisons[${i}].with`,
          message: `${unknownTerm(c.with, index)} (use \`name:\` for a concept without a page)`,
        });
    });
  }
  return issues;
}
