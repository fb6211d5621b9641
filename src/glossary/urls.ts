/**
 * Every site path built from a slug, in one leaf module: pages, checks, feeds, cards and the
 * Markdown pipeline import their URLs from here, so a route changes in one place.
 * This file imports nothing.
 */

/** The A–Z index. */
export const GLOSSARY_URL = '/glossary/';
/** The list of compare pages. */
export const COMPARE_URL = '/compare/';

/** Pages that exist regardless of content. */
export const STATIC_ROUTES = ['/', GLOSSARY_URL, '/activations/', '/search/', COMPARE_URL, '/404.html'] as const;

/** URL of a term page. @example termUrl('gelu') // '/glossary/gelu/' */
export const termUrl = (slug: string): string => `${GLOSSARY_URL}${slug}/`;

/** URL of a category page. @example categoryUrl('concepts') // '/categories/concepts/' */
export const categoryUrl = (slug: string): string => `/categories/${slug}/`;

/** Marks the separator of a pair slug; term slugs may not contain it (src/checks/pairs.ts). */
export const PAIR_SEPARATOR = '-vs-';

/**
 * The path segment of the compare page of two slugs; the order of arguments does not matter.
 * @example pairSlug('relu', 'gelu') // 'gelu-vs-relu'
 */
export function pairSlug(x: string, y: string): string {
  const [a, b] = [x, y].sort();
  return `${a}${PAIR_SEPARATOR}${b}`;
}

/**
 * URL of the compare page of two slugs; the order of arguments does not matter.
 * @example compareUrl('relu', 'gelu') // '/compare/gelu-vs-relu/'
 */
export function compareUrl(x: string, y: string): string {
  return `${COMPARE_URL}${pairSlug(x, y)}/`;
}

/** The pair segment of a compare path. @example pairSlugOf('/compare/gelu-vs-relu/') // 'gelu-vs-relu' */
export function pairSlugOf(url: string): string {
  return url.split('/')[2];
}

/**
 * The reverse-order path of a pair, served as a tiny noindex page pointing at the real one.
 * @example reverseUrl('/compare/gelu-vs-relu/') // '/compare/relu-vs-gelu/'
 */
export function reverseUrl(url: string): string {
  const [a, b] = pairSlugOf(url).split(PAIR_SEPARATOR);
  return `${COMPARE_URL}${b}${PAIR_SEPARATOR}${a}/`;
}

/**
 * Whether a path is the reverse-order alias of a compare page (slugs out of
 * alphabetical order); the sitemap leaves these out.
 * @example isReversePairPath('/compare/relu-vs-gelu/') // true
 */
export function isReversePairPath(path: string): boolean {
  const m = /^\/compare\/([^/]+)\/$/.exec(path);
  if (!m) return false;
  const parts = m[1].split(PAIR_SEPARATOR);
  return parts.length === 2 && parts[0] > parts[1];
}

/** Site path of a term's sharing card. @example ogImagePath('gelu') // '/og/gelu.png' */
export const ogImagePath = (slug: string): string => `/og/${slug}.png`;

/** Site path of the card of every page that is not a term or a pair. */
export const SITE_OG_IMAGE = '/og/site.png';

/**
 * Site path of a pair's sharing card.
 * @example pairOgImagePath('/compare/gelu-vs-relu/') // '/og/compare/gelu-vs-relu.png'
 */
export const pairOgImagePath = (url: string): string => `/og/compare/${pairSlugOf(url)}.png`;

/**
 * Site path of a term's Markdown page.
 * @example markdownUrl('gelu') // '/glossary/gelu.md'
 */
export const markdownUrl = (slug: string): string => `${termUrl(slug).slice(0, -1)}.md`;

/** Site paths of the whole-glossary data files, one endpoint each. */
export const DATA_FILES = {
  json: '/glossary.json',
  jsonSchema: '/glossary.schema.json',
  skos: '/glossary.ttl',
  llms: '/llms.txt',
  llmsFull: '/llms-full.txt',
} as const;
