import { activationFigure, plotFigures } from '../plot';
import { plainText } from '../glossary/text';
import type { GlossaryIndex, TermRecord } from '../glossary/records';
import type { OgCard } from './og-image';
import { diskCached } from '../markdown/disk-cache';

/** The sharing card of a term: its category, name, definition and, for activations, its plot. */
export function termCard(t: TermRecord, index: GlossaryIndex): OgCard {
  const plot = t.data.plot;
  // The card shows the page's first figure (for a gated unit, its level sets). Drawn for the card's
  // cache key on every build: sampled once per distinct plot and kept across builds.
  const plotSvg = plot ? diskCached('card-plots', JSON.stringify(plot), () => plotFigures(plot).svgs[0]) : undefined;
  return {
    kicker: index.categoryBySlug.get(t.data.category)?.data.name ?? '',
    title: t.data.term,
    text: plainText(t.data.shortDefinition),
    plotSvg,
  };
}

/** The card for every page that is not a term. */
export function siteCard(): OgCard {
  return {
    kicker: 'Machine-learning terms',
    title: 'Defined exactly, with computed plots',
    text: 'Precise definitions, formulas, plots of each function and its derivative, and the primary sources.',
    plotSvg: activationFigure({ fn: 'gelu', compare: ['relu', 'silu'], domain: [-4, 4] }).svg,
  };
}
