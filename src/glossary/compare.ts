import { activations } from '../kernel';
import type { GlossaryIndex, TermRecord } from './records';
import { compareUrl, termUrl } from './urls';

/** Two terms that compare themselves with each other, in alphabetical slug order, and what each says about the other. */
export interface ComparePair {
  a: TermRecord;
  b: TermRecord;
  /** URL path of the compare page, e.g. /compare/gelu-vs-relu/ (it exists only when `fns` is set). */
  url: string;
  /** a's comparison text about b, and b's about a (Markdown), when written. */
  aOnB?: string;
  bOnA?: string;
  /**
   * Kernel ids of a's and b's plotted functions when both are one-input
   * activations: only then can a page say something neither term page says
   * (computed differences), so only then does the pair get a page.
   */
  fns?: readonly [string, string];
}

/** The one-input kernel activation a term plots, if any (gated units and concepts have none). */
export function activationOf(t: Pick<TermRecord, 'data'>): string | undefined {
  const fn = t.data.plot?.fn;
  return fn && Object.hasOwn(activations, fn) ? fn : undefined;
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
      const [fa, fb] = [activationOf(a), activationOf(b)];
      const pair = pairs.get(url) ?? { a, b, url, ...(fa && fb ? { fns: [fa, fb] as const } : {}) };
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
    for (const p of comparePairs(index))
      for (const s of [p.a.slug, p.b.slug]) {
        const list = bySlug.get(s);
        if (list) list.push(p);
        else bySlug.set(s, [p]);
      }
    bySlugCache.set(index, bySlug);
  }
  return bySlug.get(slug) ?? [];
}

/** The pairs that have a compare page. */
export function pairPages(index: GlossaryIndex): ComparePair[] {
  return comparePairs(index).filter((p) => p.fns);
}

/** Where a link about the pair (this term and another) should go: the compare page, or the other term's comparisons. */
export function pairLink(pair: ComparePair, from: string): string {
  return pair.fns ? pair.url : `${termUrl(pair.a.slug === from ? pair.b.slug : pair.a.slug)}#comparisons`;
}

/** URL of the compare page of two slugs, or undefined when the pair has no page. */
export function pairPageUrl(index: GlossaryIndex, x: string, y: string): string | undefined {
  const url = compareUrl(x, y);
  return pairsOf(index, x).find((p) => p.url === url && p.fns)?.url;
}

/** Compare pages grouped by term (A–Z), each pair listed under both of its terms, for /compare/. */
export function pairsByTerm(
  index: GlossaryIndex,
): { slug: string; term: string; url: string; pairs: { name: string; url: string }[] }[] {
  return index.terms
    .map((t) => ({
      slug: t.slug,
      term: t.data.term,
      url: termUrl(t.slug),
      pairs: pairsOf(index, t.slug)
        .filter((p) => p.fns)
        .map((p) => ({ name: `${t.data.term} vs ${(p.a === t ? p.b : p.a).data.term}`, url: p.url })),
    }))
    .filter((g) => g.pairs.length);
}
