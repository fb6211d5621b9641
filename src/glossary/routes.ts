import type { GlossaryIndex } from './records';
import { pairPages } from './compare';
import { categoryUrl, reverseUrl, STATIC_ROUTES, termUrl } from './urls';

/**
 * Every page the site will have, for link checks before anything is built.
 * @example siteRoutes(index).has('/glossary/gelu/') // true
 */
export function siteRoutes(index: GlossaryIndex): Set<string> {
  return new Set<string>([
    ...STATIC_ROUTES,
    ...index.terms.map((t) => termUrl(t.slug)),
    ...index.categories.map((c) => categoryUrl(c.slug)),
    ...pairPages(index).flatMap((p) => [p.url, reverseUrl(p.url)]),
  ]);
}

/** A link target normalised to the route it should resolve to: fragment and query dropped, trailing slash added. */
export function normaliseRoute(href: string): string {
  const path = href.split('#')[0].split('?')[0];
  if (path === '' || path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return path;
  return `${path}/`;
}
