// The sharded forms of `npm run build`: where the output goes, what `astro build` is told, and
// what the merge adds before the atomic swap. scripts/build.ts runs every form the same way.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MERGE_FINGERPRINT_ENV } from '../../src/integrations/build-parts';
import { MERGE_PAGES_ENV, SHARD_ENV } from '../../src/glossary/build-scope';
import { parseShardSpec, shardName } from '../../src/glossary/shard';
import { CARRY_ENV } from '../../src/glossary/carry-over';

/** Where a whole-site `astro build` writes what it carried over, inside the build's scratch folder. */
export const CARRY_FILE = 'carry.json';
import { checkPairOverlap } from '../../src/integrations/pair-overlap';
import { assembleShards, readShards, shardPages, SHARDS_DIR } from './merge-shards';

export interface BuildPlan {
  /** The folder the finished build replaces atomically. */
  outDir: string;
  /** Added to `astro build`'s environment; `scratch` is a private folder removed with the staging folder. */
  env: (scratch: string) => Record<string, string>;
  /** Runs on the staged site after `astro build` succeeded and before the swap; throws to abandon the build. */
  complete?: (site: string) => void;
  /** What the finished build says. */
  done: string;
}

/**
 * The plan of one `npm run build`: the whole site into `outDir`; one shard (`shard: 'i/N'`) into
 * `<shardsDir>/<i>-of-<N>/`; or (`merge`) the site-wide pages built here plus every shard's pages
 * from `<shardsDir>/`, into `outDir`. Throws on a bad `--shard` or an incomplete set of shards.
 */
export function buildPlan(options: { outDir: string; shard?: string; merge?: boolean; shardsDir?: string }): BuildPlan {
  const shardsDir = options.shardsDir ?? SHARDS_DIR;
  if (options.shard !== undefined && options.merge)
    throw new Error('--shard and --merge are two steps: run them apart.');
  if (options.shard !== undefined) {
    const spec = parseShardSpec(options.shard);
    const outDir = join(shardsDir, shardName(spec));
    return {
      outDir,
      env: () => ({ [SHARD_ENV]: `${spec.index}/${spec.count}` }),
      done: `Shard ${spec.index} of ${spec.count} built into ${outDir}/; merge with \`npm run build -- --merge\` once all ${spec.count} are there`,
    };
  }
  if (!options.merge)
    return {
      outDir: options.outDir,
      // The pages unchanged since the last build into outDir are carried over (src/glossary/carry-over.ts).
      env: (scratch) => ({ [SHARD_ENV]: '', [CARRY_ENV]: resolve(scratch, CARRY_FILE) }),
      done: `Site built into ${options.outDir}/`,
    };
  const shards = readShards(shardsDir);
  return {
    outDir: options.outDir,
    env: (scratch) => {
      const pagesFile = join(scratch, 'shard-pages.txt');
      writeFileSync(pagesFile, shardPages(shards));
      return {
        [SHARD_ENV]: `site-wide/${shards.length}`,
        [MERGE_FINGERPRINT_ENV]: shards[0].manifest.fingerprint,
        [MERGE_PAGES_ENV]: resolve(pagesFile),
      };
    },
    complete: (site) => {
      const copied = assembleShards(site, shards);
      console.log(`Merged ${shards.length} shards from ${shardsDir}/: ${copied} files.`);
      const overlap = checkPairOverlap(site);
      if (overlap) console.log(overlap);
    },
    done: `Site merged from ${shards.length} shards into ${options.outDir}/`,
  };
}
