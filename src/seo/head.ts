import { metaDescription, plainText } from '../glossary/text';
import { sentencesWithin } from '../markdown/plain-text';
import type { ComparePair } from '../glossary/compare';

/** Search results show about 600 px of a title: 60 characters is the budget every page keeps. */
export const TITLE_MAX = 60;
export const BRAND = 'Glossary';
const SUFFIX = ` | ${BRAND}`;

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

/** Title of a term page: names the formula only when the page shows one. */
export function termTitle(term: string, hasFormula: boolean, override?: string): string {
  // A written title is used as written; only a brand suffix that pushes it past 60 characters is dropped.
  if (override) return override.length <= TITLE_MAX ? override : pageTitle(override, term);
  return hasFormula
    ? pageTitle(`${term}: definition, formula and how it works`, `${term}: definition and formula`, term)
    : pageTitle(`${term}: definition and how it works`, `${term}: definition`, term);
}

/** Meta description of a term page: whole sentences of the short definition, topped up when short. */
export function termDescription(shortDefinitionText: string, hasFormula: boolean, override?: string): string {
  return (
    override ??
    metaDescription(
      shortDefinitionText,
      hasFormula
        ? 'With its formula, a computed plot and primary sources.'
        : 'With how it works, examples and primary sources.',
    )
  );
}

/** Title of a compare page. */
export function compareTitle(pair: ComparePair, hasPlot: boolean): string {
  const vs = `${pair.a.data.term} vs ${pair.b.data.term}`;
  return hasPlot
    ? pageTitle(`${vs}: differences, plots and properties`, `${vs}: differences and plots`, `${vs}: differences`, vs)
    : pageTitle(`${vs}: differences`, vs);
}

/**
 * Description of a compare page: what one term says about the other (whole sentences), not a
 * copy of either definition; falls back to both definitions' first sentences.
 */
export function compareDescription(pair: ComparePair): string {
  const vs = `${pair.a.data.term} vs ${pair.b.data.term}:`;
  const said = pair.aOnB ?? pair.bOnA;
  const body = said
    ? plainText(said)
    : `${sentencesWithin(plainText(pair.a.data.shortDefinition), 70)} ${sentencesWithin(plainText(pair.b.data.shortDefinition), 70)}`;
  return metaDescription(`${vs} ${body}`, `How ${pair.a.data.term} and ${pair.b.data.term} differ, side by side.`);
}
