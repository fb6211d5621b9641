import type { GlossaryIndex, TermRecord } from './records';

const byCategory = new WeakMap<GlossaryIndex, Map<string, TermRecord[]>>();

/** The terms of each category in A–Z order, grouped once per index (per term it made every page build quadratic). */
function categoryTerms(index: GlossaryIndex, category: string): TermRecord[] {
  let groups = byCategory.get(index);
  if (!groups) {
    groups = new Map();
    for (const t of index.terms) {
      const list = groups.get(t.data.category);
      if (list) list.push(t);
      else groups.set(t.data.category, [t]);
    }
    byCategory.set(index, groups);
  }
  return groups.get(category) ?? [];
}

/** The previous and next term in the same category, in A–Z order. */
export function categoryNeighbours(index: GlossaryIndex, slug: string): { previous?: TermRecord; next?: TermRecord } {
  const self = index.bySlug.get(slug);
  if (!self) return {};
  const siblings = categoryTerms(index, self.data.category);
  const i = siblings.indexOf(self);
  return { previous: siblings[i - 1], next: siblings[i + 1] };
}
