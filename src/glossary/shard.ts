/**
 * Sharded builds: which pages a shard writes. Pure functions; the build reads
 * the scope from the environment in `build-scope.ts`.
 *
 * A site has two kinds of pages:
 *  - **per-item pages**, one per term or per pair (the routes in SHARDED_ROUTES): a shard writes its slice;
 *  - **site-wide pages**, everything else (home, A–Z, categories, feed, 404, search, /activations/…,
 *    robots.txt, and any page or file added later): written once, by the merge build.
 * A new route is site-wide unless it is listed in SHARDED_ROUTES and its getStaticPaths takes
 * its items from `termsToBuild()` / `pairsToBuild()`.
 */

/** One shard of a sharded build: `index` counts from 1 to `count`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** What one `astro build` writes. */
export type BuildScope =
  | { kind: 'site' }
  | { kind: 'shard'; shard: ShardSpec }
  /** The merge build: only site-wide pages (per-item pages come from the shards). */
  | { kind: 'site-wide'; shards: number };

/**
 * Route patterns (Astro's `routePattern`) with one page per term or pair. Everything
 * else is site-wide: a shard skips it, the merge build writes it.
 */
export const SHARDED_ROUTES: readonly string[] = ['/glossary/[slug]', '/glossary/[slug].md', '/compare/[pair]'];

/** Most shards a build may be cut into. */
export const MAX_SHARDS = 1000;

/**
 * Parses `i/N` (1 ≤ i ≤ N ≤ MAX_SHARDS); throws a message that names the fix.
 * @example parseShardSpec('2/4') // { index: 2, count: 4 }
 */
export function parseShardSpec(text: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const usage = 'write --shard i/N with 1 ≤ i ≤ N, e.g. --shard 2/4 for the second of four shards';
  if (!m) throw new Error(`"${text}" is not a shard: ${usage}`);
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || count > MAX_SHARDS) throw new Error(`"${text}": N must be between 1 and ${MAX_SHARDS}; ${usage}`);
  if (index < 1 || index > count) throw new Error(`"${text}": i must be between 1 and N; ${usage}`);
  return { index, count };
}

/** @example shardName({ index: 2, count: 4 }) // '2-of-4' (the shard's folder name) */
export const shardName = (s: ShardSpec): string => `${s.index}-of-${s.count}`;

/**
 * The slugs of one shard: the sorted slugs cut into `count` contiguous runs whose sizes
 * differ by at most one. Depends only on the set of slugs, so every shard (and the
 * merge) computes the same slices from the same content.
 * @example shardSlugs(['a', 'b', 'c', 'd', 'e'], { index: 2, count: 2 }) // Set {'c', 'd', 'e'}
 */
export function shardSlugs(slugs: Iterable<string>, shard: ShardSpec): Set<string> {
  const sorted = [...slugs].sort();
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return new Set(sorted.slice(start, end));
}

/** Whether a build in this scope writes the page of a term (or of a pair whose first slug is `slug`). */
export function writesItem(scope: BuildScope, slug: string, slice: ReadonlySet<string> | undefined): boolean {
  if (scope.kind === 'site') return true;
  if (scope.kind === 'site-wide') return false;
  return slice!.has(slug);
}

/** Whether a build in this scope writes the pages of a route (see SHARDED_ROUTES). */
export function writesRoute(scope: BuildScope, routePattern: string): boolean {
  return scope.kind !== 'shard' || SHARDED_ROUTES.includes(routePattern);
}

/** Where shard `index`'s Pagefind bundle goes in the merged site; shard 1's is the site's main bundle. */
export function searchBundlePath(index: number): string {
  return index === 1 ? '/pagefind/' : `/pagefind/shards/${index}/`;
}

/** The bundles the search page merges into shard 1's (Pagefind's multisite `mergeIndex`). */
export function mergedSearchBundles(scope: BuildScope): string[] {
  if (scope.kind !== 'site-wide') return [];
  return Array.from({ length: scope.shards - 1 }, (_, i) => searchBundlePath(i + 2));
}
