import { lastUpdated } from '../glossary/history';
import { categoryUrl, COMPARE_URL, compareUrl, GLOSSARY_URL, termUrl } from '../glossary/urls';
import { loadContentModel } from '../glossary/model';
import { activationOf } from '../glossary/compare';

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
  const terms = new Map<string, { date: Date; fn?: string; with: string[] }>();
  for (const t of loadContentModel(root).index.terms) {
    const d = lastUpdated(t.file, t.data.updated);
    newest(termUrl(t.slug), d);
    newest(categoryUrl(t.data.category), d);
    for (const listing of [
      '/',
      GLOSSARY_URL,
      '/activations/',
      '/activations/names/',
      '/activations/properties/',
      COMPARE_URL,
    ])
      newest(listing, d);
    terms.set(t.slug, {
      date: d,
      fn: activationOf(t),
      with: t.data.comparisons.flatMap((c) => ('with' in c ? [c.with] : [])),
    });
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
