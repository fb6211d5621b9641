import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pairPages, type ComparePair } from '../glossary/compare';
import { buildPairView } from '../glossary/pair-view';
import type { GlossaryIndex, TermRecord } from '../glossary/records';
import { cachedOgImage, ogCacheFile, pruneOgCache } from './og-cache';
import { siteCard, termCard } from './og-cards';
import type { OgCard } from './og-image';
import { ogImagePath, pairOgImagePath, SITE_OG_IMAGE } from '../glossary/urls';
import { pairCard } from './pair-seo';

/** A card drawn into the cache: its site path and its cache key. */
export interface DrawnCard {
  path: string;
  key: string;
}

/** Which cards a build writes: all of them, or a shard's (its terms and pairs) or the merge build's (the site card). */
export interface CardSelection {
  site: boolean;
  terms: readonly TermRecord[];
  pairs: readonly ComparePair[];
}

/** Cards rendered at once: enough to keep sharp's threads and satori busy together, few enough to bound memory. */
const IN_FLIGHT = 4;

/**
 * Draws the site's card, one sharing card per published term and one per compare page (or the
 * `only` selection of them, in a sharded build) into the card cache (only those not drawn by an
 * earlier build); returns where each goes.
 */
export async function drawCards(index: GlossaryIndex, only?: CardSelection): Promise<DrawnCard[]> {
  const { site, terms, pairs } = only ?? { site: true, terms: index.terms, pairs: pairPages(index) };
  const jobs: [path: string, card: () => OgCard][] = [
    ...(site ? [[SITE_OG_IMAGE, siteCard] as [string, () => OgCard]] : []),
    ...terms.map((t): [string, () => OgCard] => [ogImagePath(t.slug), () => termCard(t, index)]),
    ...pairs.map((pair): [string, () => OgCard] => [pairOgImagePath(pair.url), () => pairCard(buildPairView(pair))]),
  ];
  const drawn: DrawnCard[] = new Array(jobs.length);
  // A few cards in flight: satori lays one out on this thread while sharp rasterises and encodes
  // others on its own threads (alone, each waited for the other).
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const [path, card] = jobs[i];
      drawn[i] = { path, key: (await cachedOgImage(card())).key };
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return drawn;
}

/**
 * Copies drawn cards from the cache into `<outDir>/og/…`; with `prune`, drops every other card from
 * the cache. A shard sees only part of the site, so it keeps the other shards' cards (built one
 * after another on one machine).
 */
export function placeCards(outDir: string, drawn: readonly DrawnCard[], prune = true): number {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  for (const { path, key } of drawn) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    copyFileSync(ogCacheFile(key), join(outDir, path));
  }
  // Cards of deleted or edited terms are not kept: the cache holds this build's cards only.
  if (prune) pruneOgCache(drawn.map((d) => d.key));
  return drawn.length;
}
