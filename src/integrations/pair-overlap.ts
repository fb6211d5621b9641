import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, pairOverlaps, PAIR_OVERLAP_LIMIT } from '../checks/prose-overlap';
import { COMPARE_URL } from '../glossary/urls';
import { timed } from './build-phases';

/**
 * Measures the built compare pages against their term pages and fails the
 * build when one repeats more than 30% of either: a pair page must say
 * something neither term page says, or not exist.
 */
export default function pairOverlap(): AstroIntegration {
  return {
    name: 'glossary:pair-overlap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let names: string[];
        try {
          names = readdirSync(join(site, 'compare'), { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => d.name);
        } catch {
          return; // no compare pages
        }
        const rows = timed('pair overlap', () => pairOverlaps(site, names));
        const bad = rows.filter((r) => Math.max(...r.overlaps) > PAIR_OVERLAP_LIMIT);
        if (bad.length) {
          const lines = bad.map(
            (r) =>
              `  ${COMPARE_URL}${r.pair}/ repeats ${Math.round(Math.max(...r.overlaps) * 100)}% of a term page's prose`,
          );
          throw new Error(
            `Compare pages too close to their term pages (limit ${PAIR_OVERLAP_LIMIT * 100}%, 8-word phrases):\n${lines.join('\n')}\n  Shorten the comparisons[].summary the pair page repeats, or write what only the comparison says.`,
          );
        }
        const all = rows.flatMap((r) => r.overlaps);
        logger.info(
          `${rows.length} compare pages; prose shared with a term page: median ${(median(all) * 100).toFixed(0)}%, max ${(Math.max(0, ...all) * 100).toFixed(0)}%`,
        );
      },
    },
  };
}
