import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { mentionCounter } from '../../src/checks/relations';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The quadratic definition the counter replaces: every term's pattern run over the text. */
function naive(terms: { slug: string; names: string[] }[], text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { slug, names } of terms) {
    const re = new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])|/glossary/${escape(slug)}/`, 'gi');
    const n = text.match(re)?.length ?? 0;
    if (n) out.set(slug, n);
  }
  return out;
}

// Few distinct pieces, so names and texts share words often and edge cases (hyphens, non-ASCII letters,
// names without a word character, links) come up in every run.
const piece = fc.constantFrom('gelu', 'GELU', 'relu', 'Leaky', 'leaky', 'unit', '6', 'σ', 'é', '-', ' ', '_', '.', "'");
const name = fc
  .array(piece, { minLength: 1, maxLength: 4 })
  .map((p) => p.join('').trim())
  .filter((n) => n.length > 0);
const terms = fc
  .array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
  .map((lists) => lists.map((names, i) => ({ slug: `t${i}`, names })));
const text = fc
  .array(fc.oneof(piece, fc.constantFrom('/glossary/t1/', '/GLOSSARY/T0/', ' and ')), { maxLength: 40 })
  .map((p) => p.join(''));

describe('mention counter', () => {
  test('counts exactly what running every term pattern over the text counts', () => {
    fc.assert(
      fc.property(terms, text, (ts, t) => {
        expect(mentionCounter(ts)(t)).toEqual(naive(ts, t));
      }),
      { numRuns: 2000 },
    );
  });

  test('finds a multi-word name and a link, and not a name inside a longer word', () => {
    const count = mentionCounter([
      { slug: 'leaky-relu', names: ['Leaky ReLU', 'LReLU'] },
      { slug: 'relu', names: ['ReLU'] },
    ]);
    expect(count('Leaky ReLU beats ReLU; see /glossary/relu/. LReLU-like and ReLU6 do not count.')).toEqual(
      new Map([
        ['leaky-relu', 1],
        ['relu', 3],
      ]),
    );
  });
});
