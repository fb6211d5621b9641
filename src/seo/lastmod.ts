import { lastUpdated } from '../content/history';
import { categoryUrl, termUrl } from '../content/records';
import { loadContentModel } from '../content/model';

/**
 * When each page's content last changed, from the terms' `updated` fields or
 * their commit history, never the build time: search engines only use
 * lastmod when it is consistently accurate. Pages that list terms take the
 * newest date among them. Reads the build's content model: call it lazily
 * (from a hook), never while astro.config.mjs loads.
 */
export function pageLastModified(root = '.'): Map<string, Date> {
  const out = new Map<string, Date>();
  const newest = (path: string, d: Date) => {
    const prev = out.get(path);
    if (!prev || d > prev) out.set(path, d);
  };
  for (const t of loadContentModel(root).index.terms) {
    const d = lastUpdated(t.file, t.data.updated);
    newest(termUrl(t.slug), d);
    newest(categoryUrl(t.data.category), d);
    for (const listing of ['/', '/glossary/', '/activations/']) newest(listing, d);
  }
  return out;
}
