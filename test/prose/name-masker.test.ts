import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { nameMasker, replaceNames } from '../../src/prose/name-masker';

const none = new Set<string>();

describe('the name masker of the filler measure', () => {
  test('whole words, any case, the longest name at a place, leftmost first', () => {
    const masker = nameMasker(['ReLU', 'Leaky ReLU', 'GELU', 'tanh']);
    expect(masker.mask('Leaky ReLU beats relu, not PReLU or ReLUs; gelu-like tanh.', 'X', none)).toBe(
      'X beats X, not PReLU or ReLUs; X-like X.',
    );
  });

  test('names in the skip set stay, and a longer name through them is still masked', () => {
    const masker = nameMasker(['ReLU', 'Leaky ReLU']);
    expect(masker.mask('ReLU and Leaky ReLU', 'X', new Set(['relu']))).toBe('ReLU and X');
    expect(masker.mask('ReLU and Leaky ReLU', 'X', new Set(['leaky relu']))).toBe('X and Leaky X');
  });

  test('offsets survive characters whose lower case is longer (İ)', () => {
    const masker = nameMasker(['GELU']);
    expect(masker.mask('İstanbul GELU, İ GELU', 'X', none)).toBe('İstanbul X, İ X');
  });

  test('agrees with one scan per name (the specification) when no two names share a word', () => {
    const vocabulary = ['relu', 'gelu', 'swish', 'tanh', 'leaky', 'unit', 'gated', 'linear', 'mish', 'elu'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(vocabulary, { minLength: 2, maxLength: 10 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }),
        fc.array(
          fc.tuple(
            fc.constantFrom(...vocabulary, 'x', 'prelu'),
            fc.constantFrom(' ', ', ', '-', '. ', ''),
            fc.boolean(),
          ),
          { maxLength: 30 },
        ),
        (words, sizes, tokens) => {
          // Names of 1–3 words, each word in at most one name.
          const names: string[] = [];
          let at = 0;
          for (const size of sizes) {
            if (at + size > words.length) break;
            names.push(words.slice(at, at + size).join(' '));
            at += size;
          }
          const text = tokens.map(([w, sep, upper]) => (upper ? w.toUpperCase() : w) + sep).join('');
          expect(nameMasker(names).mask(text, 'OTHERTERM', none)).toBe(replaceNames(text, names, 'OTHERTERM'));
        },
      ),
      { numRuns: 500 },
    );
  });
});
