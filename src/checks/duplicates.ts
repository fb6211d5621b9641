import type { ContentIssue } from '../schema';
import type { Check } from './context';

/** The same term name, alias or slug claimed by two files, compared case-insensitively. */
export const checkDuplicates: Check = ({ index }) => {
  const issues: ContentIssue[] = [];
  const owner = new Map<string, { file: string; what: string }>();
  for (const t of index.terms) {
    const names: [string, string][] = [
      ['term', t.data.term],
      ['slug', t.slug],
      ...t.data.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    const seenHere = new Set<string>();
    for (const [where, name] of names) {
      const key = name.trim().toLowerCase();
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const first = owner.get(key);
      if (first && first.file !== t.file)
        issues.push({ file: t.file, where, message: `"${name}" is already the ${first.what} of ${first.file} — rename it or merge the two terms` });
      else if (!first) owner.set(key, { file: t.file, what: where.startsWith('aliases') ? 'alias' : where });
    }
  }
  return issues;
};
