import type { ContentIssue } from '../schema';
import { MAX_NAME_LENGTH } from '../schema/term';
import { plainText } from '../glossary/text';
import { markdownFields, type Check } from './context';

/** A paragraph of one term, normalised for comparison. */
interface Paragraph {
  file: string;
  where: string;
  shingles: Set<number>;
}

const MIN_WORDS = 15;
const SHINGLE = 4;
/** Jaccard similarity of word 4-gram sets above which two paragraphs count as the same text. */
export const SIMILARITY_THRESHOLD = 0.5;
// Shingles shared by this many paragraphs are ordinary phrasing, not copied filler; skipping them keeps the check linear.
const COMMON = 40;

/**
 * Words of a paragraph with the term's own names replaced by one token, so
 * filler that differs only in the noun ("GELU matters because…" / "ReLU
 * matters because…") compares as identical.
 */
const wordChar = /[\p{L}\p{N}]/u;

/**
 * Replaces every whole-word occurrence of `word` in `text`. A plain scan, not a
 * RegExp built from the name: names come from content, and a regex from a 1 MB
 * alias is "too large" (review row 15) while this stays linear.
 */
function replaceWord(text: string, word: string, by: string): string {
  if (!word) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at < from) continue;
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before && wordChar.test(before)) || (after && wordChar.test(after))) continue;
    out += text.slice(from, at) + by;
    from = at + word.length;
  }
  return out + text.slice(from);
}

export function normalisedWords(text: string, names: readonly string[]): string[] {
  let t = ` ${plainText(text).toLowerCase()} `;
  for (const n of [...names].sort((a, b) => b.length - a.length)) t = replaceWord(t, n.toLowerCase(), ' ⟨term⟩ ');
  return t.match(/[\p{L}\p{N}⟨⟩]+/gu) ?? [];
}

/** 32-bit FNV-1a of a string, so shingles are numbers: far less memory and hashing than string keys at 5,000 terms. */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashes of every run of `size` consecutive words. */
export function shingles(words: string[], size = SHINGLE): Set<number> {
  const hashes = words.map((w) => fnv(w));
  const out = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ hashes[i + k], 0x01000193) >>> 0;
    out.add(h);
  }
  return out;
}

/** Splits an MDX body into prose paragraphs with their file lines (code, math, headings, JSX and MDX comments skipped). */
export function bodyParagraphs(body: string, firstLine: number): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = body.split('\n');
  let fence = false;
  let comment = false;
  let buf: string[] = [];
  let start = 0;
  const flush = () => {
    if (buf.length) out.push({ line: firstLine + start, text: buf.join(' ') });
    buf = [];
  };
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    // MDX comments are not published (the importer keeps set-aside filler in one): not prose.
    if (!fence && (comment || trimmed.startsWith('{/*'))) {
      flush();
      comment = !trimmed.endsWith('*/}');
      return;
    }
    const oneLineMath = trimmed.length > 4 && trimmed.startsWith('$$') && trimmed.endsWith('$$');
    if (oneLineMath) return flush();
    if (/^(```|~~~|\$\$)/.test(trimmed)) {
      flush();
      fence = !fence;
      return;
    }
    if (fence) return;
    if (trimmed === '' || /^(#|<|import |export )/.test(trimmed)) return flush();
    if (!buf.length) start = i;
    buf.push(trimmed);
  });
  flush();
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Near-duplicate paragraphs across different terms: template filler that
 * would read the same on any page with the noun swapped, which readers skip
 * and search engines treat as scaled low-value content.
 */
export const checkBoilerplate: Check = ({ sources }) => {
  const paragraphs: Paragraph[] = [];
  for (const s of sources) {
    // Raw frontmatter (this check also runs on files the schema rejected): only plausible names.
    const aliases = Array.isArray(s.frontmatter.aliases)
      ? s.frontmatter.aliases.filter((a): a is string => typeof a === 'string' && a.length <= MAX_NAME_LENGTH)
      : [];
    const names = [typeof s.frontmatter.term === 'string' ? s.frontmatter.term : s.slug, s.slug, ...aliases];
    const add = (where: string, text: string) => {
      const words = normalisedWords(text, names);
      if (words.length >= MIN_WORDS) paragraphs.push({ file: s.file, where, shingles: shingles(words) });
    };
    for (const p of bodyParagraphs(s.body, s.bodyLine)) add(`line ${p.line}`, p.text);
    for (const [path, text] of markdownFields(s.frontmatter)) add(path, text);
  }

  const postings = new Map<number, number[]>();
  paragraphs.forEach((p, i) => {
    for (const sh of p.shingles) {
      const list = postings.get(sh);
      if (list) list.push(i);
      else postings.set(sh, [i]);
    }
  });
  const issues: ContentIssue[] = [];
  paragraphs.forEach((p, i) => {
    const shared = new Map<number, number>();
    for (const sh of p.shingles) {
      const list = postings.get(sh)!;
      if (list.length > COMMON) continue;
      for (const j of list) if (j < i && paragraphs[j].file !== p.file) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      if (count < 3) continue;
      const sim = jaccard(p.shingles, paragraphs[j].shingles);
      if (sim >= SIMILARITY_THRESHOLD) {
        const other = paragraphs[j];
        issues.push({
          file: p.file,
          where: p.where,
          message: `reads like ${other.file} ${other.where} with the term swapped (${Math.round(sim * 100)}% the same) — write what is specific to this term`,
        });
        break;
      }
    }
  });
  return issues;
};
