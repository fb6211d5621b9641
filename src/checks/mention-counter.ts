/**
 * Counts how often a text mentions each term, by name, alias (case-insensitive, whole words) or
 * link (/glossary/<slug>/), in one pass over the text whatever the number of terms. One regular
 * expression per term costs terms × texts (3 s per page at 100,000 terms); a trie of every name
 * costs the length of the text.
 *
 * Counting follows what `new RegExp('(?<![\\w-])(?:name|alias…)(?![\\w-])|/glossary/slug/', 'gi')`
 * counts with String#match: leftmost matches, the first listed name that matches at a place,
 * no overlapping matches of one term.
 */

import { termUrl } from '../glossary/urls';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Terms with a name ending here: term number, position of the name in its term's list, and whether it is the link. */
  ends?: [term: number, rank: number, link: boolean][];
}

export interface MentionIndex {
  slugs: string[];
  root: TrieNode;
}

// `\w` without the u flag: ASCII letters, digits and underscore.
const wordish = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);

/** The trie of every term's names, built once per glossary. */
export function mentionIndex(terms: readonly { slug: string; names: readonly string[] }[]): MentionIndex {
  const root: TrieNode = { next: new Map() };
  terms.forEach(({ slug, names }, term) => {
    // Names first, in their order (the regex tries them in that order), then the link.
    const link = termUrl(slug);
    [...names, link].forEach((name, rank) => {
      if (!name) return;
      let node = root;
      for (const c of name.toLowerCase()) {
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map() }));
        node = child;
      }
      (node.ends ??= []).push([term, rank, rank === names.length]);
    });
  });
  return { slugs: terms.map((t) => t.slug), root };
}

/**
 * How many times `text` mentions each term (only terms mentioned at least once).
 * @example mentionCounts(mentionIndex([{ slug: 'relu', names: ['ReLU'] }]), 'ReLU, relu and PReLU') // Map { 'relu' => 2 }
 */
export function mentionCounts(index: MentionIndex, text: string): Map<string, number> {
  const lower = text.toLowerCase();
  const counts = new Map<number, number>();
  /** Per term, where its last counted match ended: matches of one term never overlap. */
  const free = new Map<number, number>();
  for (let start = 0; start < lower.length; start++) {
    const boundedStart = !wordish(lower[start - 1]);
    // Per term, the end of its best (lowest-rank) name matching at `start`.
    const best = new Map<number, [rank: number, end: number]>();
    let node: TrieNode | undefined = index.root;
    for (let i = start; node && i < lower.length; i++) {
      node = node.next.get(lower[i]);
      if (!node?.ends) continue;
      const end = i + 1;
      for (const [term, rank, link] of node.ends) {
        // A name must stand as a whole word; the link needs no boundary.
        if (!link && (!boundedStart || wordish(lower[end]))) continue;
        const seen = best.get(term);
        if (!seen || rank < seen[0]) best.set(term, [rank, end]);
      }
    }
    for (const [term, [, end]] of best) {
      if (start < (free.get(term) ?? 0)) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      free.set(term, end);
    }
  }
  // In the order of the terms, as the messages print.
  return new Map([...counts].sort((a, b) => a[0] - b[0]).map(([term, n]) => [index.slugs[term], n]));
}
