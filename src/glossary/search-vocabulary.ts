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

/** The words of term files' text, as the pages show them. */
class WordCollector {
  readonly words = new Set<string>();
  /** A formula's symbols and a glossary's computed values repeat: each is read once. */
  private readonly shown = new Map<string, string>();

  add(text: string): void {
    for (const w of text.split(/\s+/)) {
      if (!w) continue;
      this.words.add(w);
      // Most words have no punctuation: splitting them again would only hash them twice.
      if (HAS_PUNCTUATION.test(w)) for (const part of w.split(PUNCTUATION)) if (part) this.words.add(part);
    }
    // A command that needs arguments (\frac) shows no symbol of its own.
    for (const m of text.matchAll(MATH))
      for (const [command] of (m[1] ?? m[2]).matchAll(TEX_COMMAND)) this.addShown(command, mathToText);
    // A malformed computed value shows nothing: the computed-values check reports it with file and field.
    for (const [, code] of text.matchAll(INLINE_CODE)) if (isComputed(code)) this.addShown(code, computeValue);
  }

  /** Adds the words of what the page shows for `source` (a TeX command, a computed value), or none if `show` throws. */
  private addShown(source: string, show: (source: string) => string): void {
    let text = this.shown.get(source);
    if (text === undefined) {
      try {
        text = show(source);
      } catch {
        text = '';
      }
      this.shown.set(source, text);
    }
    for (const w of text.split(/\s+/)) if (w) this.words.add(w);
  }
}

/**
 * Every distinct whitespace-separated word of every term file’s text, as written, sorted, one space
 * apart: Pagefind lowercases, splits ("torch.nn.ReLU" at case and punctuation) and stems them as it
 * does page text.
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
