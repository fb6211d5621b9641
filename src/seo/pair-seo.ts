import type { PairView } from '../glossary/pair-view';
import type { OgCard } from './og-image';

/** The sharing card of a compare page: the pair figure and the computed difference in words. */
export function pairCard(view: PairView): OgCard {
  // The card's stylesheet (og-image.ts) colours comparison slots but not the page's second-function
  // classes; map them onto slots 2 and 3, the colours plot.css gives them, so the two functions differ.
  const plotSvg = view.figure.svg
    .replaceAll('class="fn b"', 'class="fn cmp2"')
    .replaceAll('class="df b"', 'class="df cmp3"');
  return { kicker: 'Comparison, computed', title: view.h1, text: view.description, plotSvg };
}
