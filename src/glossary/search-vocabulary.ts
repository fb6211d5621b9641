/**
 * The search vocabulary of a sharded build. Pagefind answers a query word that no indexed word
 * starts with by the longest indexed word that is a prefix of it ("su75" → "su7"), and drops a word
 * that matches nothing from an AND query. Each shard's index decides that alone, so a word found
 * only in another shard's pages would pull unrelated pages into the merged results. Every shard
 * therefore indexes one extra record holding every word of every term file (frontmatter and body):
 * each query word then exists in every index when it exists in the site, and the record itself is
 * never a result (the search selects PAGE_FILTER, which it lacks).
 *
 * Every shard reads every term file, so this must cost little per file: at 100,000 terms a
 * Markdown parse of each field (1.3 million parses, ~20 min and over 1 GB per shard) ran shards out
 * of heap. The words are therefore read from the source text as Pagefind reads page text (split at
 * whitespace and at ASCII punctuation, src/fossick in Pagefind), which keeps every word the Markdown
 * shows and a few it hides (link targets); computed values are evaluated (their numbers are page
 * text) and each TeX command is read once as KaTeX reads it (`\Phi` → "φ").
 */
import type { Glossary } from './model';
import { mathToText } from '../markdown/plain-text';
import { computeValue, isComputed } from '../markdown/computed-values';

/**
 * The Pagefind filter (`data-pagefind-filter`) of every term and compare page; the vocabulary record
 * lacks it and the search page selects it (`triggerFilters({ kind: 'page' })` in src/pages/search.astro).
 */
export const PAGE_FILTER = 'kind:page';
/** Where the vocabulary record points (never shown: it is filtered out). */
export const VOCABULARY_URL = '/pagefind/vocabulary/';

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

/** ASCII punctuation, where Pagefind splits a compound word ("gelu_new" → "gelu new"). */
const PUNCTUATION = /[!-/:-@[-`{-~]+/;
const HAS_PUNCTUATION = /[!-/:-@[-`{-~]/;
const TEX_COMMAND = /\\[A-Za-z]+/g;
const MATH = /\$\$([^$]+)\$\$|\$([^$\n]+)\$/g;
const INLINE_CODE = /`([^`\n]+)`/g;

/** The words of one term file's text, added to `words`. */
class WordCollector {
  readonly words = new Set<string>();
  /** A formula's symbols repeat across a glossary: each command is read by KaTeX once. */
  private readonly commands = new Map<string, string>();
  private readonly computed = new Map<string, string>();

  add(text: string): void {
    for (const w of text.split(/\s+/)) {
      if (!w) continue;
      this.words.add(w);
      // Most words have no punctuation: splitting them again would only hash them twice.
      if (HAS_PUNCTUATION.test(w)) for (const part of w.split(PUNCTUATION)) if (part) this.words.add(part);
    }
    for (const m of text.matchAll(MATH))
      for (const [command] of (m[1] ?? m[2]).matchAll(TEX_COMMAND)) this.tokens(this.symbol(command));
    for (const [, code] of text.matchAll(INLINE_CODE)) if (isComputed(code)) this.tokens(this.value(code));
  }

  private tokens(text: string): void {
    for (const w of text.split(/\s+/)) if (w) this.words.add(w);
  }

  private symbol(command: string): string {
    let s = this.commands.get(command);
    if (s === undefined) {
      try {
        s = mathToText(command);
      } catch {
        s = ''; // a command that needs arguments (\frac) shows no symbol of its own
      }
      this.commands.set(command, s);
    }
    return s;
  }

  private value(code: string): string {
    let s = this.computed.get(code);
    if (s === undefined) {
      try {
        s = computeValue(code);
      } catch {
        s = ''; // the computed-values check reports it with file and field
      }
      this.computed.set(code, s);
    }
    return s;
  }
}

/**
 * Every distinct whitespace-separated word of every term file’s text, as written (Pagefind lowercases
 * and splits "torch.nn.ReLU" at case and punctuation itself), sorted, one space
 * apart: Pagefind normalises and stems them as it does page text.
 * @example searchVocabulary(model) // 'activation alpha … wren'
 */
export function searchVocabulary(model: Glossary): string {
  const collector = new WordCollector();
  for (const source of model.sources) {
    const texts: string[] = [];
    strings(source.frontmatter, texts);
    for (const t of texts) collector.add(t);
    collector.add(source.body);
  }
  return [...collector.words].sort().join(' ');
}
