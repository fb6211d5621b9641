import type { GlossaryIndex, TermRecord } from './records';

/** The previous and next term in the same category, in A–Z order. */
export function categoryNeighbours(index: GlossaryIndex, slug: string): { previous?: TermRecord; next?: TermRecord } {
  const self = index.bySlug.get(slug);
  if (!self) return {};
  const siblings = index.terms.filter((t) => t.data.category === self.data.category);
  const i = siblings.findIndex((t) => t.slug === slug);
  return { previous: siblings[i - 1], next: siblings[i + 1] };
}
