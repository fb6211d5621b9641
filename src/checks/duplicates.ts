import type { ContentIssue } from '../schema';
import type { Check } from './context';

interface Claim {
  file: string;
  where: string;
  name: string;
  /** A term's own name or slug outranks an alias: the alias is what has to go. */
  kind: 'term' | 'slug' | 'alias';
}

/**
 * The same term name, alias or slug claimed by two files, compared
 * case-insensitively. Blame goes where the fix is: when one file owns the name
 * as its term (or slug) and another lists it as an alias, the alias is
 * reported, whichever file is older; when neither or both own it, every file is
 * told about the others. An alias that repeats its own term name exactly is reported too.
 */
export const checkDuplicates: Check = ({ index }) => {
  const issues: ContentIssue[] = [];
  const claims = new Map<string, Claim[]>();
  for (const t of index.terms) {
    const own: Claim[] = [
      { file: t.file, where: 'term', name: t.data.term, kind: 'term' },
      { file: t.file, where: '(file name)', name: t.slug, kind: 'slug' },
      ...t.data.aliases.map((a, i): Claim => ({ file: t.file, where: `aliases[${i}]`, name: a, kind: 'alias' })),
    ];
    const seenHere = new Map<string, Claim>();
    for (const c of own) {
      const key = c.name.trim().toLowerCase();
      const earlier = seenHere.get(key);
      if (earlier) {
        // A spelling that differs only in case ("GeGLU" for "GEGLU") is a real variant readers see; an exact copy is not.
        if (c.kind === 'alias' && earlier.kind === 'term' && c.name.trim() === earlier.name.trim())
          issues.push({
            file: c.file,
            where: c.where,
            message: `"${c.name}" is this term's own name: remove the alias`,
          });
        continue;
      }
      seenHere.set(key, c);
      claims.set(key, [...(claims.get(key) ?? []), c]);
    }
  }
  const label = (c: Claim) => (c.kind === 'alias' ? 'an alias' : c.kind === 'slug' ? 'the file name' : 'the term name');
  for (const list of claims.values()) {
    if (new Set(list.map((c) => c.file)).size < 2) continue;
    const owners = list.filter((c) => c.kind !== 'alias');
    const ownerFiles = new Set(owners.map((c) => c.file));
    if (ownerFiles.size === 1) {
      const owner = owners[0];
      for (const c of list)
        if (c.file !== owner.file)
          issues.push({
            file: c.file,
            where: c.where,
            message: `"${c.name}" is ${label(owner)} of ${owner.file} — remove this alias, or merge the two terms`,
          });
    } else {
      for (const c of list) {
        const others = list.filter((o) => o.file !== c.file).map((o) => `${label(o)} of ${o.file}`);
        issues.push({
          file: c.file,
          where: c.where,
          message: `"${c.name}" is also ${others.join(' and ')} — keep it in one file (rename it or merge the terms)`,
        });
      }
    }
  }
  return issues;
};
