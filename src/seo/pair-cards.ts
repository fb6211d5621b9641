import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pairPages } from '../content/compare';
import { buildPairView } from '../content/pair-view';
import type { GlossaryIndex } from '../content/records';
import { cachedOgImage } from './og-cache';
import { pairCard, pairOgImagePath } from './pair-seo';

/** Draws the sharing card of every compare page into <outDir>/og/compare/; returns how many. */
export async function writePairCards(index: GlossaryIndex, outDir: string): Promise<number> {
  const pairs = pairPages(index);
  for (const pair of pairs) {
    const file = join(outDir, pairOgImagePath(pair.url));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await cachedOgImage(pairCard(buildPairView(pair))));
  }
  return pairs.length;
}
