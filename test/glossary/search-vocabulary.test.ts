import { describe, expect, test } from 'vitest';
import { loadContentModel } from '../../src/glossary/model';
import { plainText } from '../../src/glossary/text';
import { mathToText } from '../../src/markdown/plain-text';
import { searchVocabulary } from '../../src/glossary/search-vocabulary';

const model = loadContentModel('.');
const vocabulary = searchVocabulary(model);

// Pagefind's reading of a word (pagefind/src/fossick/mod.rs): the word lowercased with everything but
// letters and digits removed, and, when it has punctuation, its parts between ASCII punctuation.
const normalise = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const indexedWords = (text: string): string[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => [normalise(w), ...w.split(/[!-/:-@[-`{-~]+/).map(normalise)])
    .filter(Boolean);
const indexed = new Set(indexedWords(vocabulary));

/** Every string of a frontmatter value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const withoutMath = (markdown: string) => markdown.replace(/\$\$[^$]+\$\$|\$[^$\n]+\$/g, ' ');

describe('the search vocabulary of a shard', () => {
  test('holds every word a page shows of its name, aliases, fields and body, as Pagefind reads words', () => {
    for (const source of model.sources) {
      for (const text of [...strings(source.frontmatter), source.body])
        for (const w of indexedWords(plainText(withoutMath(text))))
          expect(indexed.has(w), `${source.slug}: "${w}" of ${text.slice(0, 60)}…`).toBe(true);
    }
  });

  test('holds the letters and symbols of every formula (φ of $x\\,\\Phi(x)$)', () => {
    let formulas = 0;
    for (const source of model.sources)
      for (const text of [...strings(source.frontmatter), source.body])
        for (const [, display, inline] of text.matchAll(/\$\$([^$]+)\$\$|\$([^$\n]+)\$/g)) {
          formulas++;
          // Letters a plain-text surface writes as sub- or superscripts (ᵢ) are plain letters on the
          // page, where KaTeX sets them: NFKC leaves only the letters the page shows.
          const letters = mathToText(display ?? inline).match(/[^\p{ASCII}\s]/gu) ?? [];
          for (const c of letters.filter((c) => /\p{L}/u.test(c) && c.normalize('NFKC') === c))
            expect(
              [...indexed].some((w) => w.includes(c.toLowerCase())),
              `${source.slug}: ${c} of $${display ?? inline}$`,
            ).toBe(true);
        }
    expect(formulas).toBeGreaterThan(500);
  });

  test('holds computed values as the page shows them', () => {
    // gelu.mdx: "it dips to `=min(gelu) ~2` there" — the page shows the kernel's number.
    const gelu = model.sources.find((s) => s.slug === 'gelu')!;
    const shown = plainText(strings(gelu.frontmatter).find((t) => t.includes('=min(gelu)'))!);
    const value = /dips to (\S+) there/.exec(shown)![1];
    expect(value).toMatch(/^−?0\.\d+$/);
    expect(indexed.has(normalise(value))).toBe(true);
  });

  test('lists each word once, sorted, without empty words', () => {
    const list = vocabulary.split(' ');
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort()).toEqual(list);
    expect(list).not.toContain('');
  });
});
