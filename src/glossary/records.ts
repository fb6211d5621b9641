import type { Root } from 'mdast';
import type { Category, TermData } from '../schema';

/** A validated term with plain slug references: what pure code (views, checks, feeds) consumes. */
export interface TermRecord {
  /** The file name without `.mdx`; also the URL segment. */
  slug: string;
  /** Repository-relative path, used in error messages and for history. */
  file: string;
  data: TermData;
  /** The MDX body, when the record came from a file (the content model). */
  body?: string;
  /** The body's parsed tree with file line numbers, from the content model (parsed at most once per build). */
  bodyTree?: () => Root | undefined;
}

export interface CategoryRecord {
  slug: string;
  data: Category;
}

/** Lookup tables built once per build and shared by every page. */
export interface GlossaryIndex {
  terms: readonly TermRecord[];
  bySlug: ReadonlyMap<string, TermRecord>;
  categories: readonly CategoryRecord[];
  categoryBySlug: ReadonlyMap<string, CategoryRecord>;
}

/**
 * Compares two names as an English reader sorts them (case and accents ignored). One collator for
 * every call: `localeCompare` with a locale builds one per call (10 s to sort 100,000 terms).
 */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/** Sorts terms by display name, case-insensitively, the order of the A–Z index. */
export function byTermName(a: TermRecord, b: TermRecord): number {
  return compareNames(a.data.term, b.data.term);
}

export function makeIndex(terms: TermRecord[], categories: CategoryRecord[]): GlossaryIndex {
  const sorted = [...terms].sort(byTermName);
  const cats = [...categories].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
  return {
    terms: sorted,
    bySlug: new Map(sorted.map((t) => [t.slug, t])),
    categories: cats,
    categoryBySlug: new Map(cats.map((c) => [c.slug, c])),
  };
}

const linkable = new WeakMap<GlossaryIndex, { slug: string; names: string[] }[]>();

/** Names and aliases of every term, for auto-linking bodies; built once per index. */
export function linkableTerms(index: GlossaryIndex): { slug: string; names: string[] }[] {
  let list = linkable.get(index);
  if (!list) {
    list = index.terms.map((t) => ({ slug: t.slug, names: [t.data.term, ...t.data.aliases] }));
    linkable.set(index, list);
  }
  return list;
}
