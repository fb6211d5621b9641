import { markdownToText, sentencesWithin, splitSentences } from '../markdown/plain-text';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from './titles';

/**
 * Plain text of a Markdown string with math, for every surface that cannot typeset:
 * titles, meta descriptions, alt text, JSON-LD, RSS, cards and list summaries.
 * One implementation (src/markdown/plain-text.ts) reads the math with KaTeX's parser.
 * @example plainText('The *GELU* is $x\\,\\Phi(x)$.') // 'The GELU is x Φ(x).'
 */
export const plainText = markdownToText;

/**
 * A meta description from plain text: whole sentences within 160 characters, never cut
 * mid-sentence with "…". When the first sentence is shorter than 70 characters, `more`
 * (e.g. a sentence naming what the page offers) is appended if it fits.
 * @example metaDescription('GELU weights x by Φ(x). It is smooth.') // 'GELU weights x by Φ(x). It is smooth.'
 */
export function metaDescription(text: string, more?: string): string {
  let d = sentencesWithin(text, DESCRIPTION_MAX);
  if (d.length < DESCRIPTION_MIN && more) {
    for (const s of splitSentences(more)) {
      if (`${d} ${s}`.length > DESCRIPTION_MAX) break;
      d = `${d} ${s}`;
    }
  }
  return d;
}

/**
 * Cuts text to at most `max` characters on a word boundary, adding an ellipsis.
 * @example truncateWords('one two three', 8) // 'one two…'
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
