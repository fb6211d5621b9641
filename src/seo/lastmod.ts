import { lastUpdated } from '../content/history';
import { categoryUrl, termUrl } from '../content/records';
import { readTermSources } from '../content/source-files';

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
  for (const s of readTermSources(root)) {
    const raw = s.frontmatter.updated;
    const d = lastUpdated(s.file, raw ? new Date(raw as string) : undefined);
    newest(termUrl(s.slug), d);
    if (typeof s.frontmatter.category === 'string') newest(categoryUrl(s.frontmatter.category), d);
    for (const listing of ['/', '/glossary/', '/activations/']) newest(listing, d);
  }
  return out;
}
