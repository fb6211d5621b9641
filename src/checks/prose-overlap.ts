import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { normalisedWords, shingles } from './boilerplate';
import { COMPARE_URL, isReversePairPath, PAIR_SEPARATOR, termUrl } from '../glossary/urls';
import { diskCached } from '../markdown/disk-cache';

/** A compare page may share at most this fraction of its prose with either term page. */
export const PAIR_OVERLAP_LIMIT = 0.3;
/** Phrase length of the overlap measure: 8 words rarely repeat by chance, so shared runs mean copied text. */
export const OVERLAP_SHINGLE = 8;

/**
 * The prose a reader (and a search engine) reads on a built page: the main
 * content without navigation, breadcrumbs, SVG markup, KaTeX's MathML copy or scripts.
 */
export function proseOfHtml(html: string): string {
  // htmlparser2 rather than parse5, on <main> only: twice as fast on our pages, and the same text on
  // all 1,966 pages of a 1,000-term build (the pages are our own well-formed output, not arbitrary HTML).
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const mainHtml = start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
  const $ = cheerio.load(mainHtml, { xml: { xmlMode: false, decodeEntities: true } });
  const main = $('main');
  main.find('nav, svg, script, style, .katex-mathml').remove();
  return main.text().replace(/\s+/g, ' ').trim();
}

/**
 * The fraction of a page's 8-word phrases that also occur in another text,
 * with the boilerplate check's normalisation and hashing.
 * @example proseOverlap('a b c d e f g h', 'a b c d e f g h i') // 1
 */
export function proseOverlap(page: string, other: string): number {
  const mine = shingles(normalisedWords(page, []), OVERLAP_SHINGLE);
  if (!mine.size) return 0;
  const theirs = shingles(normalisedWords(other, []), OVERLAP_SHINGLE);
  let shared = 0;
  for (const s of mine) if (theirs.has(s)) shared++;
  return shared / mine.size;
}

export interface PairOverlap {
  /** Directory name of the pair, e.g. gelu-vs-relu. */
  pair: string;
  /** Overlap with the first and the second term page. */
  overlaps: [number, number];
}

/** Measures every compare page under a built site's compare/ folder against its two term pages. */
export function pairOverlaps(siteDir: string, pairs: readonly string[]): PairOverlap[] {
  // A term page takes part in several pairs, and most pages are unchanged since the last build:
  // each page's prose is extracted once, and kept across builds keyed by the page's HTML.
  const prose = new Map<string, string>();
  const read = (path: string) => {
    let text = prose.get(path);
    if (text === undefined) {
      const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
      text = diskCached('page-prose', html, () => proseOfHtml(html));
      prose.set(path, text);
    }
    return text;
  };
  return pairs
    .filter((p) => !isReversePairPath(`${COMPARE_URL}${p}/`))
    .map((pair) => {
      const page = read(`${COMPARE_URL}${pair}`);
      const [a, b] = pair.split(PAIR_SEPARATOR);
      return {
        pair,
        overlaps: [proseOverlap(page, read(termUrl(a))), proseOverlap(page, read(termUrl(b)))],
      };
    });
}

/** The median of some numbers (0 for none). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
}
