import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { mentionCounts, mentionIndex } from '../../src/checks/mention-counter';
import { linkableTerms } from '../../src/glossary/records';
import { readGlossary } from '../../src/glossary/model';
import { REPO } from '../helpers/temp-project';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The one-regex-per-term count the trie replaces: the specification. */
function regexCounts(terms: { slug: string; names: string[] }[], text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { slug, names } of terms) {
    const pattern = new RegExp(
      `(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])|/glossary/${escape(slug)}/`,
      'gi',
    );
    const n = text.match(pattern)?.length ?? 0;
    if (n) out.set(slug, n);
  }
  return out;
}

describe('mention counts', () => {
  test('whole words, any case, links, no overlaps', () => {
    const terms = [
      { slug: 'relu', names: ['ReLU', 'rectifier'] },
      { slug: 'leaky-relu', names: ['Leaky ReLU', 'LReLU'] },
    ];
    const text = 'ReLU, relu and PReLU; Leaky ReLU (see /glossary/relu/ and /glossary/leaky-relu/), relu-like, lrelu.';
    expect(mentionCounts(mentionIndex(terms), text)).toEqual(regexCounts(terms, text));
    expect(mentionCounts(mentionIndex(terms), text)).toEqual(
      new Map([
        ['relu', 4],
        ['leaky-relu', 3],
      ]),
    );
  });

  test('every page of the published glossary counts as the regular expressions count', () => {
    const model = readGlossary(REPO);
    const terms = linkableTerms(model.index);
    const index = mentionIndex(terms);
    for (const t of model.index.terms)
      expect(mentionCounts(index, t.body ?? ''), t.file).toEqual(regexCounts(terms, t.body ?? ''));
  });

  test('random names and texts count as the regular expressions count', () => {
    const word = fc.constantFrom('a', 'ab', 'b-a', 'A b', 'x_1', 'ab.', '(a)', 'é', 'a/b');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(word, fc.constantFrom(' ', '-', ', ', '/glossary/t0/', '/glossary/t1/')), { maxLength: 30 }),
        (nameLists, parts) => {
          const terms = nameLists.map((names, i) => ({ slug: `t${i}`, names }));
          const text = parts.join('');
          expect(mentionCounts(mentionIndex(terms), text)).toEqual(regexCounts(terms, text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('names without a word character, non-ASCII letters and upper-case links count as the regular expressions count', () => {
    // Few distinct pieces, so names and texts share words often and the edge cases come up in every run.
    const piece = fc.constantFrom(
      'gelu',
      'GELU',
      'relu',
      'Leaky',
      'leaky',
      'unit',
      '6',
      'σ',
      'é',
      '-',
      ' ',
      '_',
      '.',
      "'",
    );
    const name = fc
      .array(piece, { minLength: 1, maxLength: 4 })
      .map((p) => p.join('').trim())
      .filter((n) => n.length > 0);
    const termLists = fc
      .array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
      .map((lists) => lists.map((names, i) => ({ slug: `t${i}`, names })));
    const text = fc
      .array(fc.oneof(piece, fc.constantFrom('/glossary/t1/', '/GLOSSARY/T0/', ' and ')), { maxLength: 40 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(termLists, text, (terms, t) => {
        expect(mentionCounts(mentionIndex(terms), t)).toEqual(regexCounts(terms, t));
      }),
      { numRuns: 2000 },
    );
  });
});
