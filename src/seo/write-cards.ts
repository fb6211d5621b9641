import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pairPages, type ComparePair } from '../glossary/compare';
import { buildPairView } from '../glossary/pair-view';
import type { GlossaryIndex, TermRecord } from '../glossary/records';
import { ogCacheFile, pruneOgCache } from './og-cache';
import { siteCard, termCard } from './og-cards';
import type { OgCard } from './og-image';
import { ogImagePath, pairOgImagePath, SITE_OG_IMAGE } from '../glossary/urls';
import { pairCard } from './pair-seo';

/** A card of the build: its site path and its cache key (src/seo/og-cache.ts). */
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

/** One card to draw: where it goes in the site, and its inputs (computed when asked: they can throw on bad content). */
export interface CardJob {
  path: string;
  card: () => OgCard;
}

/**
 * The site's card, one sharing card per published term and one per compare page (or the `only`
 * selection of them, in a sharded build). The card inputs are computed by the build, which
 * computes the same card plots and pair findings for its checks and pages (each once, cached):
 * the card process only draws.
 */
export function* cardJobs(index: GlossaryIndex, only?: CardSelection): Generator<CardJob> {
  const { site, terms, pairs } = only ?? { site: true, terms: index.terms, pairs: pairPages(index) };
  if (site) yield { path: SITE_OG_IMAGE, card: siteCard };
  for (const t of terms) yield { path: ogImagePath(t.slug), card: () => termCard(t, index) };
  for (const pair of pairs) yield { path: pairOgImagePath(pair.url), card: () => pairCard(buildPairView(pair)) };
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
