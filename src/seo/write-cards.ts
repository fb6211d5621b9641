import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pairPages } from '../glossary/compare';
import { buildPairView } from '../glossary/pair-view';
import type { GlossaryIndex } from '../glossary/records';
import { cachedOgImage, pruneOgCache } from './og-cache';
import { ogImagePath, SITE_OG_IMAGE, siteCard, termCard } from './og-cards';
import type { OgCard } from './og-image';
import { pairCard, pairOgImagePath } from './pair-seo';

/** Writes the site's card, one sharing card per published term and one per compare page into `<outDir>/og/`; returns how many. */
export async function writeCards(outDir: string, index: GlossaryIndex): Promise<number> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const jobs: [path: string, card: () => OgCard][] = [
    [SITE_OG_IMAGE, siteCard],
    ...index.terms.map((t): [string, () => OgCard] => [ogImagePath(t.slug), () => termCard(t, index)]),
    ...pairPages(index).map((pair): [string, () => OgCard] => [
      pairOgImagePath(pair.url),
      () => pairCard(buildPairView(pair)),
    ]),
  ];
  const used: string[] = new Array(jobs.length);
  // A few cards in flight: satori lays one out on this thread while sharp rasterises and encodes
  // others on its own threads (alone, each waited for the other).
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const [path, card] = jobs[i];
      const { png, key } = await cachedOgImage(card());
      used[i] = key;
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      writeFileSync(join(outDir, path), png);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  // Cards of deleted or edited terms are not kept: the cache holds this build's cards only.
  pruneOgCache(used);
  return used.length;
}

/** Cards rendered at once: enough to keep sharp's threads and satori busy together, few enough to bound memory. */
const IN_FLIGHT = 4;
