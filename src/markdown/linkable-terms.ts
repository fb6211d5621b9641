import { readTermSources } from '../content/source-files';
import { termUrl } from '../content/records';
import type { LinkableTerm } from './rehype-autolink-terms';

/** Names and aliases of every term on disk, for auto-linking (read once when the config loads). */
export function linkableTerms(root = '.'): LinkableTerm[] {
  return readTermSources(root).map((s) => ({
    slug: s.slug,
    names: [typeof s.frontmatter.term === 'string' ? s.frontmatter.term : s.slug, ...((Array.isArray(s.frontmatter.aliases) ? s.frontmatter.aliases : []) as string[])],
  }));
}

export const autolinkHref = termUrl;
