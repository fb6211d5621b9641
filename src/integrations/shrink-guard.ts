import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Term pages of a built site: `glossary/<slug>/index.html`. */
export function publishedTermCount(site: string): number {
  const dir = join(site, 'glossary');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).filter(
    (e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')),
  ).length;
}

/**
 * Why a build must not replace the site, or undefined. Deleting content is
 * rarely meant: a build that publishes no term, or fewer than half the terms
 * of the site it replaces, stops unless the editor asked for it.
 * @example shrinkProblem(3, 'dist', false) // when dist/ has 40 term pages: 'Refusing to …'
 */
export function shrinkProblem(terms: number, previousSite: string, allowed: boolean): string | undefined {
  if (allowed) return undefined;
  const before = publishedTermCount(previousSite);
  const howTo =
    'If this is intended, build with `npm run build -- --allow-shrink` (or GLOSSARY_ALLOW_SHRINK=1 astro build).';
  if (terms === 0) return `Refusing to publish a site with no terms (content/terms/ has no term file). ${howTo}`;
  if (terms * 2 < before)
    return `Refusing to publish ${terms} term${terms === 1 ? '' : 's'} in place of the ${before} of the current site (${previousSite}/): were term files deleted or moved by mistake? ${howTo}`;
  return undefined;
}
