import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pairPages, type ComparePair } from '../glossary/compare';
import { buildPairView } from '../glossary/pair-view';
import type { GlossaryIndex, TermRecord } from '../glossary/records';
import { cachedOgImage, pruneOgCache } from './og-cache';
import { ogImagePath, SITE_OG_IMAGE, siteCard, termCard } from './og-cards';
import { pairCard, pairOgImagePath } from './pair-seo';

/** Which cards a build writes: all of them, or a shard's (its terms and pairs) or the merge build's (the site card). */
export interface CardSelection {
  site: boolean;
  terms: readonly TermRecord[];
  pairs: readonly ComparePair[];
}

/**
 * Writes the site's card, one sharing card per published term and one per compare page into `<outDir>/og/`
 * (or the `only` selection of them, in a sharded build); returns how many.
 */
export async function writeCards(outDir: string, index: GlossaryIndex, only?: CardSelection): Promise<number> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const used: string[] = [];
  const write = async (path: string, card: Parameters<typeof cachedOgImage>[0]) => {
    const { png, key } = await cachedOgImage(card);
    used.push(key);
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), png);
  };
  const { site, terms, pairs } = only ?? { site: true, terms: index.terms, pairs: pairPages(index) };
  if (site) await write(SITE_OG_IMAGE, siteCard());
  for (const t of terms) await write(ogImagePath(t.slug), termCard(t, index));
  for (const pair of pairs) await write(pairOgImagePath(pair.url), pairCard(buildPairView(pair)));
  // Cards of deleted or edited terms are not kept: the cache holds this build's cards only. A shard
  // sees only part of the site, so it keeps the other shards' cards (built one after another on one machine).
  if (!only) pruneOgCache(used);
  return used.length;
}
