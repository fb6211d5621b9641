import { lastUpdated } from '../content/history';
import { categoryUrl, termUrl } from '../content/records';
import { readTermSources } from '../content/source-files';
import { compareUrl } from '../content/compare';

/**
 * When each page's content last changed, from the terms' `updated` fields or
 * their commit history, never the build time: search engines only use
 * lastmod when it is consistently accurate. Pages that list terms take the
 * newest date among them; a compare page the later of its two terms.
 */
export function pageLastModified(root = '.'): Map<string, Date> {
  const out = new Map<string, Date>();
  const newest = (path: string, d: Date) => {
    const prev = out.get(path);
    if (!prev || d > prev) out.set(path, d);
  };
  const sources = readTermSources(root);
  const dates = new Map<string, Date>();
  for (const s of sources) {
    const raw = s.frontmatter.updated;
    const d = lastUpdated(s.file, raw ? new Date(raw as string) : undefined);
    dates.set(s.slug, d);
    newest(termUrl(s.slug), d);
    if (typeof s.frontmatter.category === 'string') newest(categoryUrl(s.frontmatter.category), d);
    for (const listing of ['/', '/glossary/', '/activations/']) newest(listing, d);
  }
  // Compare pages exist for every `comparisons: [{ with: slug }]` naming another existing term.
  for (const s of sources) {
    const comparisons = Array.isArray(s.frontmatter.comparisons) ? (s.frontmatter.comparisons as { with?: unknown }[]) : [];
    for (const c of comparisons) {
      if (typeof c?.with !== 'string' || c.with === s.slug) continue;
      const other = dates.get(c.with);
      if (!other) continue;
      const mine = dates.get(s.slug)!;
      newest(compareUrl(s.slug, c.with), mine > other ? mine : other);
    }
  }
  return out;
}
