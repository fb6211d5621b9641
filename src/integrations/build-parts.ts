// What each kind of build (whole site, shard, merge) checks and writes after its pages, so the
// integration stays one list of steps. See src/glossary/shard.ts for the two kinds of pages.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary } from '../glossary/model';
import { buildScope, contentFingerprint, pairsToBuild, termsToBuild } from '../glossary/build-scope';
import { reverseUrl, termUrl } from '../glossary/urls';
import { shardName } from '../glossary/shard';
import { cardJobs, placeCards, type CardSelection } from '../seo/write-cards';
import { drawCardsBeside, type CardProcess } from '../seo/card-process';
import { indexSite, writeSearchJob } from './search-index';
import { searchVocabulary } from '../glossary/search-vocabulary';
import { searchPartLimit, searchParts } from '../glossary/search-parts';
import { timed } from './build-phases';

/** The manifest a shard writes beside its pages; the merge reads it. */
export const SHARD_MANIFEST = 'shard.json';

export interface ShardManifest {
  /** `i/N`. */
  shard: string;
  /** contentFingerprint() of the content the shard was built from. */
  fingerprint: string;
  terms: number;
  /** Every page the shard wrote (paths such as /glossary/gelu/), for the merged sitemap. */
  pages: string[];
}

/**
 * Set by scripts/build.ts: where the build writes its search job (src/integrations/search-index.ts
 * SearchJob) instead of indexing. The build script indexes the site after `astro build` has
 * exited, so Astro's heap (3.3 GB at 10,000 terms) and Pagefind's (4.2 GB) are never held at once.
 */
export const SEARCH_JOB_ENV = 'GLOSSARY_SEARCH_JOB';

/** Set by the merge: the fingerprint every shard was built from, which the merge build's content must match. */
export const MERGE_FINGERPRINT_ENV = 'GLOSSARY_MERGE_FINGERPRINT';

/** Why the merge build must stop (its content differs from the shards'), or undefined. */
export function mergeProblem(model: Glossary): string | undefined {
  const expected = process.env[MERGE_FINGERPRINT_ENV];
  if (buildScope().kind !== 'site-wide' || !expected || expected === contentFingerprint(model)) return undefined;
  return 'The shards were built from other content than this checkout (content/ differs): build every shard again from this commit, then merge.';
}

/**
 * The sharing cards a build draws: every card (undefined), a shard's terms and pairs, or only the
 * site card in the merge build, whose shards drew the others.
 */
function cardSelection(model: Glossary): CardSelection | undefined {
  const scope = buildScope();
  if (scope.kind === 'site') return undefined;
  if (scope.kind === 'site-wide') return { site: true, terms: [], pairs: [] };
  return { site: false, terms: termsToBuild(model), pairs: pairsToBuild(model) };
}

/** Starts this build's sharing cards: computed here, drawn beside the build (src/seo/card-process.ts). */
export const startCards = (root: string, model: Glossary): CardProcess =>
  drawCardsBeside(root, cardJobs(model.index, cardSelection(model)));

/**
 * Completes the pages Astro wrote in `out`: sharing cards (drawn by the card process while Astro
 * rendered, `cards`), the search index (or, under scripts/build.ts, its job: SEARCH_JOB_ENV) and
 * (in a shard) the manifest. The merge build writes only the site card: the shards' cards and
 * search bundles are copied in by the merge (scripts/lib/merge-shards.ts).
 */
export async function completeSite(
  out: string,
  model: Glossary,
  cards: CardProcess,
  log: (line: string) => void,
): Promise<void> {
  const scope = buildScope();
  const waitForCards = () => timed('sharing cards (waiting for the card process)', () => cards.drawn);
  const written = (n: number) =>
    `${n} sharing card${n === 1 ? '' : 's'} written (${cards.drawing} drawn, ${n - cards.drawing} from the cache)`;
  if (scope.kind === 'site-wide') {
    log(written(placeCards(out, await waitForCards(), false)));
    return;
  }
  // A large site is indexed in parts, one Pagefind run each (src/glossary/search-parts.ts); the search
  // page lists the same parts' bundles.
  const parts = scope.kind === 'site' ? searchParts(model.index, searchPartLimit()).slice(1) : [];
  // A shard's index, and each part's, also holds the site's vocabulary, so the merged search finds what
  // one index would.
  const vocabulary =
    scope.kind === 'shard' || parts.length ? timed('search vocabulary', () => searchVocabulary(model)) : undefined;
  // Under scripts/build.ts the index is left to it as a job; `astro build` alone has Pagefind (its own
  // process) index the pages while the last cards are drawn.
  const jobFile = process.env[SEARCH_JOB_ENV];
  const indexed = jobFile
    ? writeSearchJob(jobFile, vocabulary, parts)
    : timed('search index', () => indexSite(out, vocabulary, parts));
  const [pages, drawn] = await Promise.all([indexed, waitForCards()]);
  // Only a whole-site build sees every card, so only it may drop the others from the cache.
  log(written(placeCards(out, drawn, scope.kind === 'site')));
  if (pages !== undefined) log(`Search index: ${pages} pages`);
  if (scope.kind === 'site') return;
  const terms = termsToBuild(model);
  const pairs = pairsToBuild(model);
  const manifest: ShardManifest = {
    shard: `${scope.shard.index}/${scope.shard.count}`,
    fingerprint: contentFingerprint(model),
    terms: terms.length,
    pages: [...terms.map((t) => termUrl(t.slug)), ...pairs.flatMap((p) => [p.url, reverseUrl(p.url)])],
  };
  writeFileSync(join(out, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  log(`Shard ${shardName(scope.shard)}: ${terms.length} terms, ${pairs.length} compare pages`);
}
