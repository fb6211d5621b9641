import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { pairPages, type ComparePair } from './compare';
import type { Glossary } from './model';
import { loadContentModel } from './model';
import type { TermRecord } from './records';
import type { TermSource } from './source-files';
import { parseShardSpec, shardSlugs, writesItem, type BuildScope } from './shard';
import { CARRY_ENV, pairItem, termItem, type CarryFile } from './carry-over';

/**
 * Set by `npm run build -- --shard i/N` (`i/N`) and `--merge` (`site-wide/N`, N the number of shards merged);
 * unset for an ordinary build.
 */
export const SHARD_ENV = 'GLOSSARY_SHARD';

/** The scope of this `astro build`, from GLOSSARY_SHARD. */
export function buildScope(env: NodeJS.ProcessEnv = process.env): BuildScope {
  const value = env[SHARD_ENV]?.trim();
  if (!value) return { kind: 'site' };
  const merge = /^site-wide\/(\d+)$/.exec(value);
  if (merge) return { kind: 'site-wide', shards: Number(merge[1]) };
  return { kind: 'shard', shard: parseShardSpec(value) };
}

const slices = new WeakMap<Glossary, Set<string>>();

/** The slugs whose pages this build writes (a shard's slice), or undefined when the scope is not a shard. */
export function sliceOf(model: Glossary, scope: BuildScope = buildScope()): ReadonlySet<string> | undefined {
  if (scope.kind !== 'shard') return undefined;
  let slice = slices.get(model);
  if (!slice) {
    // Every term file, valid or not, so the checks of a shard cover exactly the files whose pages it writes.
    slice = shardSlugs(model.known, scope.shard);
    slices.set(model, slice);
  }
  return slice;
}

/**
 * The term files whose file-by-file checks this build runs: all of them; a shard's slice (the
 * files whose pages it writes); none in the merge build, whose shards checked every file. Checks
 * across files (references, duplicate names…) always see every term.
 */
export function filesToCheck(model: Glossary): readonly TermSource[] {
  const scope = buildScope();
  if (scope.kind === 'site') return model.sources;
  if (scope.kind === 'site-wide') return [];
  const slice = sliceOf(model, scope)!;
  return model.sources.filter((s) => slice.has(s.slug));
}

let carriedCache: { file: string; items: ReadonlySet<string> } | undefined;

/**
 * The items (src/glossary/carry-over.ts) this whole-site build takes from the previous site instead of
 * rendering, as the content checks wrote them before any page was rendered; none without CARRY_ENV.
 */
export function carriedInThisBuild(): ReadonlySet<string> {
  const file = process.env[CARRY_ENV];
  if (!file || !existsSync(file)) return new Set();
  if (carriedCache?.file !== file)
    carriedCache = { file, items: new Set((JSON.parse(readFileSync(file, 'utf8')) as CarryFile).carried) };
  return carriedCache.items;
}

/**
 * The terms whose pages this build renders: all of them, a shard's slice, or none in the merge build;
 * less those carried over from the previous site.
 */
export function termsToBuild(model: Glossary = loadContentModel(process.cwd())): readonly TermRecord[] {
  const scope = buildScope();
  const slice = sliceOf(model, scope);
  const carried = carriedInThisBuild();
  return model.index.terms.filter((t) => writesItem(scope, t.slug, slice) && !carried.has(termItem(t.slug)));
}

/** The compare pages this build renders; a pair belongs to the shard of its first (alphabetical) term. */
export function pairsToBuild(model: Glossary = loadContentModel(process.cwd())): ComparePair[] {
  const scope = buildScope();
  const slice = sliceOf(model, scope);
  const carried = carriedInThisBuild();
  return pairPages(model.index).filter((p) => writesItem(scope, p.a.slug, slice) && !carried.has(pairItem(p.url)));
}

/**
 * A fingerprint of the content a build read (every term file's frontmatter and body, and the
 * categories): the merge refuses shards built from different content.
 */
export function contentFingerprint(model: Glossary): string {
  const hash = createHash('sha256');
  for (const s of model.sources) hash.update(`${s.file}\0${JSON.stringify(s.frontmatter)}\0${s.body}\0`);
  hash.update(JSON.stringify(model.declaredCategories));
  hash.update(JSON.stringify([...model.known].sort()));
  return hash.digest('hex');
}

/** Set by the merge: a file listing every shard's pages (one path a line), which the merged sitemap lists. */
export const MERGE_PAGES_ENV = 'GLOSSARY_MERGE_PAGES';

/**
 * Absolute URLs of the pages this build writes without rendering them, for the sitemap integration
 * (its `customPages`), which lists only what Astro rendered: the shards' pages in a merge build, read
 * now; the pages carried over in a whole-site build, added to the same array by the content checks
 * (`addCarriedPages`), which run before the sitemap is written.
 */
export function pagesNotRendered(site: string): string[] {
  notRendered.site = site;
  const file = process.env[MERGE_PAGES_ENV];
  if (file && buildScope().kind === 'site-wide') addPages(site, readFileSync(file, 'utf8').split('\n').filter(Boolean));
  return notRendered.urls;
}
const notRendered: { site?: string; urls: string[] } = { urls: [] };

/** Adds the site paths of carried pages to the sitemap's list (pagesNotRendered). */
export function addCarriedPages(paths: readonly string[]): void {
  if (notRendered.site !== undefined) addPages(notRendered.site, paths);
}

// One push per page: spreading the list into push() passes every page as an argument, which
// overflows the stack near 100,000 (the merge build of 100,000 terms lists ~150,000 pages).
function addPages(site: string, paths: readonly string[]): void {
  for (const path of paths) notRendered.urls.push(new URL(path, site).href);
}
