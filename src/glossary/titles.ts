/**
 * Every page `<title>` rule and the search-result budgets in one leaf module: the layout, the
 * pages, the views, the schema and the SEO check read them here, so what `check` measures is
 * what the page prints. This file imports nothing.
 */

/** Search results show about 600 px of a title: 60 characters is the budget every page keeps. */
export const TITLE_MAX = 60;
export const BRAND = 'Glossary';
/** What pageTitle() appends when it fits; a written title may carry it too. */
export const BRAND_SUFFIX = ` | ${BRAND}`;
const SUFFIX = BRAND_SUFFIX;
/** Search engines show about 160 characters of a description and ignore ones much shorter than 70. */
export const DESCRIPTION_MIN = 70;
export const DESCRIPTION_MAX = 160;

/**
 * The first candidate that fits in 60 characters with the brand suffix, else the first that fits
 * without it, else the last candidate as it is (the content check reports it). Candidates go from
 * most to least descriptive; a written `seo.title` may carry its own suffix, which is dropped first.
 * @example pageTitle('A–Z index of machine-learning terms') // 'A–Z index of machine-learning terms | Glossary'
 */
export function pageTitle(...candidates: string[]): string {
  const bare = candidates.map((c) => (c.endsWith(SUFFIX) ? c.slice(0, -SUFFIX.length) : c));
  return (
    bare.map((c) => `${c}${SUFFIX}`).find((c) => c.length <= TITLE_MAX) ??
    bare.find((c) => c.length <= TITLE_MAX) ??
    bare[bare.length - 1]
  );
}

/**
 * `<title>` of a term page, as search results show it: names the formula only when the page shows one.
 * A written `seo.title` is used as written; only a brand suffix that pushes it past 60 characters is dropped.
 * @example defaultTitle({ term: 'GELU', seo: {} }, true) // 'GELU: definition, formula and how it works | Glossary'
 */
export function defaultTitle(data: { term: string; seo: { title?: string } }, hasFormula: boolean): string {
  const { term } = data;
  const override = data.seo.title;
  // Never the term name instead: a written title over budget stays, and the SEO check reports it.
  if (override) return override.length <= TITLE_MAX ? override : pageTitle(override);
  return hasFormula
    ? pageTitle(`${term}: definition, formula and how it works`, `${term}: definition and formula`, term)
    : pageTitle(`${term}: definition and how it works`, `${term}: definition`, term);
}

/**
 * `<title>` of a compare page: the pair, and what the page adds when it fits.
 * @example pairTitle('GELU', 'ReLU') // 'GELU vs ReLU: computed differences | Glossary'
 */
export function pairTitle(a: string, b: string): string {
  const vs = `${a} vs ${b}`;
  return pageTitle(`${vs}: computed differences`, `${vs}: differences`, vs);
}
