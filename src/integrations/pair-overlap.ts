import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, pairOverlaps, PAIR_OVERLAP_LIMIT } from '../checks/prose-overlap';
import { COMPARE_URL } from '../glossary/urls';
import { timed } from './build-phases';
import { buildScope } from '../glossary/build-scope';

/**
 * Measures the compare pages of a built site against their term pages; throws when one repeats
 * more than 30% of either, else returns the summary line (undefined when there are no compare pages).
 */
export function checkPairOverlap(site: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(join(site, 'compare'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return undefined; // no compare pages
  }
  const rows = timed('pair overlap', () => pairOverlaps(site, names));
  const bad = rows.filter((r) => Math.max(...r.overlaps) > PAIR_OVERLAP_LIMIT);
  if (bad.length) {
    const lines = bad.map(
      (r) => `  ${COMPARE_URL}${r.pair}/ repeats ${Math.round(Math.max(...r.overlaps) * 100)}% of a term page's prose`,
    );
    throw new Error(
      `Compare pages too close to their term pages (limit ${PAIR_OVERLAP_LIMIT * 100}%, 8-word phrases):\n${lines.join('\n')}\n  Shorten the comparisons[].summary the pair page repeats, or write what only the comparison says.`,
    );
  }
  const all = rows.flatMap((r) => r.overlaps);
  return `${rows.length} compare pages; prose shared with a term page: median ${(median(all) * 100).toFixed(0)}%, max ${(Math.max(0, ...all) * 100).toFixed(0)}%`;
}

/**
 * Fails the build when a compare page repeats more than 30% of either term page: a pair page
 * must say something neither term page says, or not exist. A shard may lack one of a pair's
 * term pages, so a sharded build measures the merged site instead (scripts/lib/merge-shards.ts).
 */
export default function pairOverlap(): AstroIntegration {
  return {
    name: 'glossary:pair-overlap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (buildScope().kind !== 'site') return;
        const summary = checkPairOverlap(fileURLToPath(dir));
        if (summary) logger.info(summary);
      },
    },
  };
}
