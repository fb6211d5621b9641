import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A font file for satori. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

interface Subset {
  file: string;
  ranges: [number, number][];
}

/**
 * Fallback fonts for sharing cards, for names the Latin fonts cannot draw
 * (review row 33: CJK or emoji showed as empty boxes). Both packages are split
 * by fontsource into ~100 unicode-range subsets; only the subsets a card's text
 * needs are read (a Chinese name needs a few hundred KB, not the 76 MB package).
 */
const FALLBACKS = [
  { pkg: 'noto-sans-sc', name: 'Noto Sans SC' },
  { pkg: 'noto-emoji', name: 'Noto Emoji' },
] as const;

const subsets = new Map<string, Subset[]>();
const loaded = new Map<string, Buffer>();

/** The subsets of a fontsource package at weight 400, read from its CSS (unicode-range → WOFF file). */
function subsetsOf(pkg: string): Subset[] {
  let list = subsets.get(pkg);
  if (list) return list;
  const css = require.resolve(`@fontsource/${pkg}/400.css`);
  const text = readFileSync(css, 'utf8');
  list = [];
  for (const block of text.split('@font-face').slice(1)) {
    const woff = /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!woff || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
    });
    list.push({ file: join(dirname(css), 'files', woff), ranges });
  }
  subsets.set(pkg, list);
  return list;
}

/** Characters the card's own Latin/Greek fonts (Inter, DejaVu Sans) already draw. */
const covered = (cp: number) => cp < 0x0250 || (cp >= 0x0370 && cp < 0x0530) || (cp >= 0x2000 && cp < 0x2c00);

/**
 * The fallback font subsets that draw the characters of `text` the main fonts
 * lack, in fallback order (Noto Sans SC, then Noto Emoji). Files are read once per process.
 * @example fallbackFontsFor('日本語').map((f) => f.name) // ['Noto Sans SC 1', …]
 */
export function fallbackFontsFor(text: string): CardFont[] {
  const needed = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!covered(cp)) needed.add(cp);
  }
  if (!needed.size) return [];
  const fonts: CardFont[] = [];
  for (const { pkg, name } of FALLBACKS) {
    for (const s of subsetsOf(pkg)) {
      if (![...needed].some((cp) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi))) continue;
      let data = loaded.get(s.file);
      if (!data) {
        data = readFileSync(s.file);
        loaded.set(s.file, data);
      }
      // One family name per subset: satori keeps one font per (name, weight, style), so
      // subsets sharing a name would replace each other and all but one would be lost.
      fonts.push({ name: `${name} ${fonts.length + 1}`, data, weight: 400, style: 'normal' });
    }
  }
  return fonts;
}
