import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pairPages } from '../glossary/compare';
import { buildPairView } from '../glossary/pair-view';
import type { GlossaryIndex } from '../glossary/records';
import { cachedOgImage, pruneOgCache } from './og-cache';
import { siteCard, termCard } from './og-cards';
import { ogImagePath, pairOgImagePath, SITE_OG_IMAGE } from '../glossary/urls';
import { pairCard } from './pair-seo';

/** Writes the site's card, one sharing card per published term and one per compare page into `<outDir>/og/`; returns how many. */
export async function writeCards(outDir: string, index: GlossaryIndex): Promise<number> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const used: string[] = [];
  const write = async (path: string, card: Parameters<typeof cachedOgImage>[0]) => {
    const { png, key } = await cachedOgImage(card);
    used.push(key);
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), png);
  };
  await write(SITE_OG_IMAGE, siteCard());
  for (const t of index.terms) await write(ogImagePath(t.slug), termCard(t, index));
  for (const pair of pairPages(index)) await write(pairOgImagePath(pair.url), pairCard(buildPairView(pair)));
  // Cards of deleted or edited terms are not kept: the cache holds this build's cards only.
  pruneOgCache(used);
  return used.length;
}
