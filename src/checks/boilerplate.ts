import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { ContentIssue } from '../schema';
import type { TermSource } from '../glossary/source-files';
import { MAX_NAME_LENGTH } from '../schema/term';
import { plainText } from '../glossary/text';
import { markdownFields, type Check } from './context';
import { replaceNames } from '../prose/name-masker';
import { diskCachedJson } from '../markdown/disk-cache';

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
export function normalisedWords(text: string, names: readonly string[]): string[] {
  // Whole words, longest name first, by a scan: a RegExp built from a 1 MB alias is "too large" (review row 15).
  const t = replaceNames(` ${plainText(text).toLowerCase()} `, names, ' ⟨term⟩ ');
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

/**
 * The prose paragraphs of a body, from the model's parsed tree (whose lines are file lines), as
 * the Markdown source each was written in: code, math, headings and JSX attributes are not paragraphs.
 */
export function bodyParagraphs(source: TermSource, tree: Root | undefined): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  if (!tree) return out; // A body that does not parse is reported once, by the model.
  // The tree was parsed with bodyLine − 1 newlines in front of the body.
  const shift = source.bodyLine - 1;
  visit(tree, 'paragraph', (node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    out.push({ line: start.line, text: source.body.slice(start.offset - shift, end.offset - shift) });
  });
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The shingles of each prose paragraph and Markdown field of one file long enough to compare. Kept in
 * the disk cache by the file's content: a rebuild after one edit parses and normalises one body, not
 * every body (this was most of a rebuild's checks). Shingles travel as base64 of 32-bit words.
 */
function paragraphsOf(
  s: TermSource,
  body: (s: TermSource) => Root | undefined,
): { where: string; shingles: Uint32Array }[] {
  const input = `${s.file}\0${s.bodyLine}\0${JSON.stringify(s.frontmatter)}\0${s.body}`;
  const found = diskCachedJson('boilerplate-paragraphs', input, () => {
    // Raw frontmatter (this check also runs on files the schema rejected): only plausible names.
    const aliases = Array.isArray(s.frontmatter.aliases)
      ? s.frontmatter.aliases.filter((a): a is string => typeof a === 'string' && a.length <= MAX_NAME_LENGTH)
      : [];
    const names = [typeof s.frontmatter.term === 'string' ? s.frontmatter.term : s.slug, s.slug, ...aliases];
    const out: [where: string, shingles: string][] = [];
    const add = (where: string, text: string) => {
      const words = normalisedWords(text, names);
      if (words.length >= MIN_WORDS)
        out.push([where, Buffer.from(Uint32Array.from(shingles(words)).buffer).toString('base64')]);
    };
    for (const p of bodyParagraphs(s, body(s))) add(`line ${p.line}`, p.text);
    for (const [path, text] of markdownFields(s.frontmatter)) add(path, text);
    return out;
  });
  return found.map(([where, packed]) => {
    const bytes = Buffer.from(packed, 'base64');
    // A copy: a view would need the pool's offset to be a multiple of 4.
    return { where, shingles: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) };
  });
}

/**
 * Near-duplicate paragraphs across different terms: template filler that
 * would read the same on any page with the noun swapped, which readers skip
 * and search engines treat as scaled low-value content.
 */
export const checkBoilerplate: Check = ({ sources, body }) => {
  const paragraphs: Paragraph[] = [];
  for (const s of sources)
    for (const { where, shingles } of paragraphsOf(s, body))
      paragraphs.push({ file: s.file, where, shingles: new Set(shingles) });

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
