import type { GlossaryIndex, TermRecord } from './records';

/** One compare page: two terms in alphabetical slug order, and what each says about the other. */
export interface ComparePair {
  a: TermRecord;
  b: TermRecord;
  /** URL path, e.g. /compare/gelu-vs-relu/ */
  url: string;
  /** a's comparison text about b, and b's about a (Markdown), when written. */
  aOnB?: string;
  bOnA?: string;
}

/**
 * URL of the compare page of two slugs; the order of arguments does not matter.
 * @example compareUrl('relu', 'gelu') // '/compare/gelu-vs-relu/'
 */
export function compareUrl(x: string, y: string): string {
  const [a, b] = [x, y].sort();
  return `/compare/${a}-vs-${b}/`;
}

const cache = new WeakMap<GlossaryIndex, ComparePair[]>();

/** Every pair named in some term's comparisons where both terms exist, each pair once (computed once per index). */
export function comparePairs(index: GlossaryIndex): ComparePair[] {
  let cached = cache.get(index);
  if (!cached) {
    cached = computePairs(index);
    cache.set(index, cached);
  }
  return cached;
}

function computePairs(index: GlossaryIndex): ComparePair[] {
  const pairs = new Map<string, ComparePair>();
  for (const t of index.terms) {
    for (const c of t.data.comparisons) {
      if (!('with' in c)) continue;
      const other = index.bySlug.get(c.with);
      if (!other || other.slug === t.slug) continue;
      const url = compareUrl(t.slug, other.slug);
      const [a, b] = t.slug < other.slug ? [t, other] : [other, t];
      const pair = pairs.get(url) ?? { a, b, url };
      if (t === a) pair.aOnB = c.summary;
      else pair.bOnA = c.summary;
      pairs.set(url, pair);
    }
  }
  return [...pairs.values()].sort((p, q) => p.url.localeCompare(q.url));
}

const bySlugCache = new WeakMap<GlossaryIndex, Map<string, ComparePair[]>>();

/** The compare pages each term takes part in, indexed once per build. */
export function pairsOf(index: GlossaryIndex, slug: string): ComparePair[] {
  let bySlug = bySlugCache.get(index);
  if (!bySlug) {
    bySlug = new Map();
    for (const p of comparePairs(index)) for (const s of [p.a.slug, p.b.slug]) bySlug.set(s, [...(bySlug.get(s) ?? []), p]);
    bySlugCache.set(index, bySlug);
  }
  return bySlug.get(slug) ?? [];
}
