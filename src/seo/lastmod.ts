import { lastUpdated } from '../content/history';
import { categoryUrl, termUrl } from '../content/records';
import { readTermSources } from '../content/source-files';
import { activationOf, compareUrl } from '../content/compare';

/**
 * When each page's content last changed, from the terms' `updated` fields or
 * their commit history, never the build time: search engines only use
 * lastmod when it is consistently accurate. Pages that list terms take the
 * newest date among them.
 */
export function pageLastModified(root = '.'): Map<string, Date> {
  const out = new Map<string, Date>();
  const newest = (path: string, d: Date) => {
    const prev = out.get(path);
    if (!prev || d > prev) out.set(path, d);
  };
  const terms = new Map<string, { date: Date; fn?: string; with: string[] }>();
  for (const s of readTermSources(root)) {
    const raw = s.frontmatter.updated;
    const d = lastUpdated(s.file, raw ? new Date(raw as string) : undefined);
    newest(termUrl(s.slug), d);
    const comparisons = Array.isArray(s.frontmatter.comparisons) ? (s.frontmatter.comparisons as { with?: unknown }[]) : [];
    const fn = activationOf({ data: s.frontmatter } as Parameters<typeof activationOf>[0]);
    terms.set(s.slug, { date: d, fn, with: comparisons.flatMap((c) => (typeof c?.with === 'string' ? [c.with] : [])) });
    if (typeof s.frontmatter.category === 'string') newest(categoryUrl(s.frontmatter.category), d);
    for (const listing of ['/', '/glossary/', '/activations/', '/compare/']) newest(listing, d);
  }
  // A compare page changes when either of its terms does.
  for (const [slug, t] of terms) {
    for (const other of t.with) {
      const o = terms.get(other);
      if (t.fn && o?.fn) newest(compareUrl(slug, other), t.date > o.date ? t.date : o.date);
    }
  }
  return out;
}
