import type { ContentIssue } from '../schema';
import type { Check } from './context';
import { compareUrl, PAIR_SEPARATOR } from '../glossary/urls';

/**
 * Compare pages live at /compare/<a>-vs-<b>/, so a pair's address must name
 * exactly one pair: no term slug may contain `-vs-` (terms `aa` + `bb-vs-cc`
 * and `aa-vs-bb` + `cc` would share /compare/aa-vs-bb-vs-cc/).
 */
export const checkPairs: Check = ({ sources, index }) => {
  const issues: ContentIssue[] = [];
  for (const s of sources) {
    if (s.slug.includes(PAIR_SEPARATOR))
      issues.push({
        file: s.file,
        where: 'file name',
        message: `a term slug may not contain "${PAIR_SEPARATOR}": it is reserved for compare pages (/compare/<a>${PAIR_SEPARATOR}<b>/) — rename the file, e.g. to ${s.slug.split(PAIR_SEPARATOR).join('-versus-')}.mdx`,
      });
  }
  const owners = new Map<string, string>();
  for (const t of index.terms) {
    // A repeated comparison is the schema's error (src/schema/term.ts), so valid terms compare with each term once.
    t.data.comparisons.forEach((c, i) => {
      if (!('with' in c)) return;
      // Two different pairs of slugs must never share an address.
      const url = compareUrl(t.slug, c.with);
      const key = [t.slug, c.with].sort().join('\u0000');
      const owner = owners.get(url);
      if (owner !== undefined && owner !== key)
        issues.push({
          file: t.file,
          where: `comparisons[${i}].with`,
          message: `the compare page ${url} would also be the address of another pair (${owner.replace('\u0000', ' and ')}) — rename one of the terms`,
        });
      else owners.set(url, key);
    });
  }
  return issues;
};
