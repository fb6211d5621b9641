// `npm run build -- --merge`: the shards' pages, cards and search bundles copied into the merge
// build's site (which holds every site-wide page), checked for agreement file by file.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SHARD_MANIFEST, type ShardManifest } from '../../src/integrations/build-parts';
import { parseShardSpec, searchBundlePath, shardName, type ShardSpec } from '../../src/glossary/shard';

/** The default folder of shard outputs: `<folder>/<i>-of-<N>/`, one per shard. */
export const SHARDS_DIR = 'dist-shards';

export interface BuiltShard {
  spec: ShardSpec;
  dir: string;
  manifest: ShardManifest;
}

/**
 * The shards of one sharded build in `shardsDir`, checked to be complete: one folder per shard
 * 1…N, each with its manifest, all built from the same content. Throws a message naming the fix.
 */
export function readShards(shardsDir: string): BuiltShard[] {
  const rerun =
    'Build the missing shards (`npm run build -- --shard i/N`) or download their artifacts, then merge again.';
  if (!existsSync(shardsDir))
    throw new Error(`No shards in ${shardsDir}/: build them first with \`npm run build -- --shard i/N\`.`);
  const folders = readdirSync(shardsDir, { withFileTypes: true }).filter(
    (e) => e.isDirectory() && /^\d+-of-\d+$/.test(e.name),
  );
  if (!folders.length)
    throw new Error(
      `No shard folders (named i-of-N) in ${shardsDir}/: build them first with \`npm run build -- --shard i/N\`.`,
    );
  const shards = folders.map((f): BuiltShard => {
    const dir = join(shardsDir, f.name);
    const spec = parseShardSpec(f.name.replace('-of-', '/'));
    const manifestFile = join(dir, SHARD_MANIFEST);
    if (!existsSync(manifestFile))
      throw new Error(`${dir}/ has no ${SHARD_MANIFEST}: it is not a finished shard build. ${rerun}`);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ShardManifest;
    if (manifest.shard !== `${spec.index}/${spec.count}`)
      throw new Error(
        `${manifestFile} says shard ${manifest.shard}, but its folder is ${f.name}: rename or rebuild it.`,
      );
    return { spec, dir, manifest };
  });
  const counts = new Set(shards.map((s) => s.spec.count));
  if (counts.size > 1)
    throw new Error(
      `${shardsDir}/ mixes shards of different builds (N = ${[...counts].join(', ')}): keep the folders of one build only.`,
    );
  const count = shards[0].spec.count;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.some((s) => s.spec.index === i));
  if (missing.length)
    throw new Error(
      `Shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => shardName({ index: i, count })).join(', ')} missing in ${shardsDir}/. ${rerun}`,
    );
  const fingerprints = new Set(shards.map((s) => s.manifest.fingerprint));
  if (fingerprints.size > 1)
    throw new Error(
      `The shards in ${shardsDir}/ were built from different content: build every shard again from one commit, then merge.`,
    );
  return shards.sort((a, b) => a.spec.index - b.spec.index);
}

/** Every file under `dir`, as paths relative to it. */
function* filesUnder(dir: string, base = dir): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* filesUnder(path, base);
    else yield relative(base, path);
  }
}

/** Files of a shard that the merge does not copy as they are: its manifest, its partial sitemap, its search bundle. */
function isShardOnly(file: string): boolean {
  return file === SHARD_MANIFEST || /^sitemap-.*\.xml$/.test(file) || file.startsWith(`pagefind/`);
}

function sameBytes(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/**
 * Copies every shard's pages and cards into `site` (the merge build's output), and each shard's
 * Pagefind bundle to searchBundlePath(i). A file two builds both wrote (Astro's CSS, public/
 * files) must be byte-identical: otherwise the shards were built from different code.
 * Returns how many files were copied.
 */
export function assembleShards(site: string, shards: readonly BuiltShard[]): number {
  let copied = 0;
  const copy = (from: string, to: string, owner: string) => {
    if (existsSync(to)) {
      if (sameBytes(from, to)) return;
      throw new Error(
        `${relative(site, to)} differs between ${owner} and another build of this merge: build every shard and the merge from the same commit.`,
      );
    }
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
  };
  for (const shard of shards) {
    const bundle = join(site, searchBundlePath(shard.spec.index));
    for (const file of filesUnder(shard.dir)) {
      const from = join(shard.dir, file);
      if (file.startsWith('pagefind/')) copy(from, join(bundle, file.slice('pagefind/'.length)), shard.dir);
      else if (!isShardOnly(file)) copy(from, join(site, file), shard.dir);
    }
    for (const page of shard.manifest.pages)
      if (!existsSync(join(site, page, 'index.html')))
        throw new Error(`${shard.dir}/ lists ${page} but has no such page: build that shard again.`);
  }
  return copied;
}

/** The pages of all shards, for the merged sitemap (one path a line). */
export function shardPages(shards: readonly BuiltShard[]): string {
  return shards.flatMap((s) => s.manifest.pages).join('\n');
}
