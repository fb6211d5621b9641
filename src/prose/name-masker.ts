/**
 * Masks the glossary's term names in a sentence, for the filler measure's swap test. Replacing
 * each name by a scan of the text (one scan per name, names longest first) costs sentences × names:
 * 60 s of a 1,000-term build went there. A trie of every name, walked from each word start,
 * costs the length of the text whatever the number of terms. A page's own few names are replaced
 * first, by replaceNames.
 */

const wordChar = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && wordChar.test(c);

/**
 * The text lower-cased unit by unit, so that its offsets are the text's: a few characters
 * (İ) lower-case to two units, which would shift every later offset.
 */
function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) out += text[i].toLowerCase()[0] ?? text[i];
  return out;
}

/**
 * Replaces whole-word, case-insensitive occurrences of each name (longest first) by `by`: a linear
 * scan per name, for a page's few own names (the swap test masks them first, then every other name
 * with nameMasker).
 */
export function replaceNames(text: string, names: readonly string[], by: string): string {
  let out = text;
  for (const name of [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    const lower = out.toLowerCase();
    const needle = name.toLowerCase();
    let result = '';
    let from = 0;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (at < from) continue;
      const before = out[at - 1];
      const after = out[at + needle.length];
      if (isWordChar(before) || isWordChar(after)) continue;
      result += out.slice(from, at) + by;
      from = at + needle.length;
    }
    out = result + out.slice(from);
  }
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The lower-cased name ending here, if one does. */
  name?: string;
}

export interface NameMasker {
  /**
   * Replaces whole-word, case-insensitive mentions of the glossary's names by `by`, leftmost
   * first and, at one place, the longest name; names in `skip` (lower-cased) are left as they are.
   */
  mask(text: string, by: string, skip: ReadonlySet<string>): string;
}

/** The trie of every name, built once per glossary. */
export function nameMasker(names: Iterable<string>): NameMasker {
  const root: TrieNode = { next: new Map() };
  for (const name of names) {
    const lower = sameLengthLower(name);
    if (!lower) continue;
    let node = root;
    // UTF-16 units, as the text is walked.
    for (let i = 0; i < lower.length; i++) {
      let child = node.next.get(lower[i]);
      if (!child) node.next.set(lower[i], (child = { next: new Map() }));
      node = child;
    }
    node.name = lower;
  }
  return {
    mask(text, by, skip) {
      const lower = sameLengthLower(text);
      let out = '';
      let from = 0;
      for (let start = 0; start < lower.length; start++) {
        if (isWordChar(text[start - 1])) continue;
        let end = -1;
        let node: TrieNode | undefined = root;
        for (let i = start; node && i < lower.length; i++) {
          node = node.next.get(lower[i]);
          if (node?.name !== undefined && !skip.has(node.name) && !isWordChar(text[i + 1])) end = i + 1;
        }
        if (end < 0) continue;
        out += text.slice(from, start) + by;
        from = end;
        start = end - 1;
      }
      return out + text.slice(from);
    },
  };
}
