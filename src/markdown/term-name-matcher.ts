/**
 * Finds the first mention of a term name in a text, for the auto-linker
 * (src/markdown/rehype-autolink-terms.ts), in time that depends on the text and
 * not on the number of names.
 *
 * The rule it follows, which test/markdown/term-name-matcher.test.ts checks
 * against a regular expression per name:
 * - a mention starts where a word starts (a word is letters and digits, possibly
 *   joined by hyphens: "GELU-based" is one word, so it holds no mention of GELU);
 * - the whitespace inside a name matches any run of whitespace;
 * - it must not be followed by a letter, a digit or a hyphen;
 * - names with a capital after the first letter (GELU, ReLU) are spelled exactly,
 *   other names match in any case;
 * - at one place, the longest name wins ("Leaky ReLU" before "ReLU"), then the
 *   first term listed; the earliest place wins;
 * - names shorter than 3 characters never match.
 *
 * One sticky RegExp per name, tried against the names that share the word at
 * each place, cost 160 s per 2,000-term shard of a 100,000-term site: synthetic
 * and real glossaries have thousands of names starting with the same word.
 * A trie walks each place once.
 */

/** A term and the names that may link to it. */
export interface LinkableTerm {
  slug: string;
  names: readonly string[];
}

export interface Mention {
  /** UTF-16 offset and length of the mention in the text. */
  index: number;
  length: number;
  slug: string;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  /** Names ending here, as their rank: lower ranks win. */
  ends?: number[];
}

/** Stands for a run of whitespace, inside a name and in the text. */
const SPACE = ' ';
const WHITESPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A word: letters and digits, possibly joined by hyphens. */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The code point at `i` as a string (one or two UTF-16 units). */
function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

/** Trie keys of a name: one per code point, each whitespace run one SPACE. */
function keysOf(name: string, exact: boolean): string[] {
  const keys: string[] = [];
  for (const c of name) {
    if (WHITESPACE.test(c)) {
      if (keys.at(-1) !== SPACE) keys.push(SPACE);
    } else keys.push(exact ? c : c.toLowerCase());
  }
  return keys;
}

function insert(root: TrieNode, keys: readonly string[], rank: number): void {
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = {}));
    node = child;
  }
  (node.ends ??= []).push(rank);
}

export interface TermNameMatcher {
  /** The first mention in `text` of a term whose slug is not in `skip`. */
  firstMention(text: string, skip: ReadonlySet<string>): Mention | undefined;
}

/**
 * Builds the matcher once per glossary. `ambiguous` holds lowercased names that
 * never match (names claimed by two terms).
 */
export function termNameMatcher(terms: readonly LinkableTerm[], ambiguous: ReadonlySet<string>): TermNameMatcher {
  const entries = terms
    .flatMap((t) =>
      t.names.filter((n) => n.length >= 3 && !ambiguous.has(n.toLowerCase())).map((name) => ({ name, slug: t.slug })),
    )
    // Stable: equal lengths keep the order of the terms and of their names.
    .sort((a, b) => b.name.length - a.name.length);
  const slugs = entries.map((e) => e.slug);
  // Two tries: exact spelling for acronyms, lowercase for phrases.
  const exact: TrieNode = {};
  const folded: TrieNode = {};
  entries.forEach(({ name }, rank) => {
    const acronym = /\p{Lu}/u.test(name.slice(1));
    const keys = keysOf(name, acronym);
    // A name must start a word in the text; one that starts with a space or a sign never can.
    if (keys.length && WORD_CHAR.test(keys[0])) insert(acronym ? exact : folded, keys, rank);
  });

  /** The best rank (and the end of its match) among names that match at `start`. */
  const bestAt = (
    text: string,
    start: number,
    skip: ReadonlySet<string>,
  ): { rank: number; end: number } | undefined => {
    let best: { rank: number; end: number } | undefined;
    for (const root of [exact, folded]) {
      let node: TrieNode | undefined = root;
      let i = start;
      while (node?.next && i < text.length) {
        let c = charAt(text, i);
        let after = i + c.length;
        if (WHITESPACE.test(c)) {
          c = SPACE;
          // Every whitespace character is one UTF-16 unit.
          while (after < text.length && WHITESPACE.test(text[after])) after++;
        } else if (root === folded) c = c.toLowerCase();
        node = node.next.get(c);
        i = after;
        if (!node?.ends) continue;
        // Whole words only: the next character must not continue a word.
        const next = i < text.length ? charAt(text, i) : '';
        if (next === '-' || WORD_CHAR.test(next)) continue;
        for (const rank of node.ends)
          if (!skip.has(slugs[rank]) && (!best || rank < best.rank)) best = { rank, end: i };
      }
    }
    return best;
  };

  return {
    firstMention(text, skip) {
      for (const word of text.matchAll(WORD)) {
        const best = bestAt(text, word.index, skip);
        if (best) return { index: word.index, length: best.end - word.index, slug: slugs[best.rank] };
      }
      return undefined;
    },
  };
}
