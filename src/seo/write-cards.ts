import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryIndex } from '../content/records';
import { cachedOgImage, pruneOgCache } from './og-cache';
import { ogImagePath, SITE_OG_IMAGE, siteCard, termCard } from './og-cards';

/** Writes the site's card and one sharing card per published term into `<outDir>/og/`; returns how many. */
export async function writeCards(outDir: string, index: GlossaryIndex): Promise<number> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const used: string[] = [];
  const write = async (path: string, card: Parameters<typeof cachedOgImage>[0]) => {
    const { png, key } = await cachedOgImage(card);
    used.push(key);
    writeFileSync(join(outDir, path), png);
  };
  await write(SITE_OG_IMAGE, siteCard());
  for (const t of index.terms) await write(ogImagePath(t.slug), termCard(t, index));
  // Cards of deleted or edited terms are not kept: the cache holds this build's cards only.
  pruneOgCache(used);
  return used.length;
}
