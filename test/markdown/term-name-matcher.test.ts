import { describe, expect, test } from 'vitest';
import { termNameMatcher, type LinkableTerm, type Mention } from '../../src/markdown/term-name-matcher';

/**
 * The rule as one sticky regular expression per name, tried at each word of the
 * text, longest name first: what the auto-linker did before it had a trie. Slow
 * (names × words) but plain to read, so the trie is checked against it.
 */
function reference(terms: readonly LinkableTerm[], text: string, skip: ReadonlySet<string>): Mention | undefined {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u;
  const entries = terms
    .flatMap((t) => t.names.filter((n) => n.length >= 3).map((name) => ({ name, slug: t.slug })))
    .sort((a, b) => b.name.length - a.name.length)
    .map(({ name, slug }) => {
      const acronym = /\p{Lu}/u.test(name.slice(1));
      const source = `${name.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}-])`;
      return { slug, first: name.match(word)?.[0].toLowerCase(), re: new RegExp(source, acronym ? 'uy' : 'iuy') };
    });
  for (const w of text.matchAll(new RegExp(word.source, 'gu'))) {
    for (const e of entries) {
      if (skip.has(e.slug) || e.first !== w[0].toLowerCase()) continue;
      e.re.lastIndex = w.index;
      const m = e.re.exec(text);
      if (m) return { index: w.index, length: m[0].length, slug: e.slug };
    }
  }
  return undefined;
}

const TERMS: LinkableTerm[] = [
  { slug: 'relu', names: ['ReLU', 'rectifier', 'rectified linear unit'] },
  { slug: 'leaky-relu', names: ['Leaky ReLU', 'LReLU'] },
  { slug: 'gelu', names: ['GELU', 'Gaussian Error Linear Unit'] },
  { slug: 'k-means', names: ['k-means', 'k-means clustering'] },
  { slug: 'cpp', names: ['C++'] },
  { slug: 'alpha', names: ['α-entmax', 'σ gate'] },
  { slug: 'emoji', names: ['𝛼 unit'] },
  { slug: 'linear', names: ['linear unit', 'Linear'] },
  { slug: 'short', names: ['NN', 'ab'] },
];
const find = (text: string, skip: string[] = []) => termNameMatcher(TERMS, new Set()).firstMention(text, new Set(skip));
const shown = (text: string, skip: string[] = []) => {
  const m = find(text, skip);
  return m && `${text.slice(m.index, m.index + m.length)}→${m.slug}`;
};

describe('term name matcher', () => {
  test('the longest name at the earliest place wins', () => {
    expect(shown('Use Leaky ReLU here')).toBe('Leaky ReLU→leaky-relu');
    expect(shown('a rectified linear unit')).toBe('rectified linear unit→relu');
    expect(shown('a linear unit, then ReLU')).toBe('linear unit→linear');
  });
  test('a skipped term lets a shorter name or a later place match', () => {
    expect(shown('Leaky ReLU', ['leaky-relu'])).toBe('ReLU→relu');
    expect(shown('a rectified linear unit', ['relu'])).toBe('linear unit→linear');
  });
  test('whitespace inside a name matches any run of whitespace, and the span covers it', () => {
    expect(shown('Leaky \n\t ReLU!')).toBe('Leaky \n\t ReLU→leaky-relu');
  });
  test('whole words only: no letter, digit or hyphen on either side', () => {
    expect(find('GELU-based and GELUs and ReLU6 and PReLU')).toBeUndefined();
    expect(shown('k-means clustering.')).toBe('k-means clustering→k-means');
    expect(shown('(C++)')).toBe('C++→cpp');
  });
  test('acronyms are spelled exactly, phrases match in any case', () => {
    expect(find('gelu and relu')).toBeUndefined();
    expect(shown('RECTIFIED linear Unit')).toBe('RECTIFIED linear Unit→relu');
    // A capital after the first letter makes a phrase exact too.
    expect(shown('gaussian error linear unit')).toBe('linear unit→linear');
  });
  test('letters outside the BMP and outside Latin', () => {
    expect(shown('an Α-ENTMAX layer')).toBe('Α-ENTMAX→alpha');
    expect(shown('the 𝛼 unit')).toBe('𝛼 unit→emoji');
    expect(shown('a Σ gate')).toBe('Σ gate→alpha');
  });
  test('names under 3 characters and ambiguous names never match', () => {
    expect(find('NN ab')).toBeUndefined();
    const m = termNameMatcher(TERMS, new Set(['relu'])).firstMention('ReLU or rectifier', new Set());
    expect(m).toEqual({ index: 8, length: 9, slug: 'relu' });
  });

  test('agrees with a regular expression per name on 3,000 random texts', () => {
    // Names that share first words, prefixes of each other, hyphens, signs and case.
    const words = ['alpha', 'Alpha', 'ALPHA', 'beta', 'Beta-x', 'gamma', 'GeLU', 'gelu', 'k-nn', 'x', 'Ωmega', '𝛼'];
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)];
    const phrase = (n: number) => Array.from({ length: n }, () => pick(words)).join(pick([' ', '  ', '\n']));
    const terms: LinkableTerm[] = Array.from({ length: 40 }, (_, i) => ({
      slug: `t${i}`,
      names: Array.from({ length: 1 + rand(3) }, () => phrase(1 + rand(3)) + pick(['', '', '+', '-'])),
    }));
    const separators = [' ', ' ', '\t', ', ', '-', '.', '(', ')', '', '_'];
    const matcher = termNameMatcher(terms, new Set());
    let matched = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + rand(12) }, () => pick(words) + pick(separators)).join('');
      const skip = new Set(Array.from({ length: rand(4) }, () => `t${rand(40)}`));
      const expected = reference(terms, text, skip);
      if (expected) matched++;
      expect(matcher.firstMention(text, skip), JSON.stringify({ text, skip: [...skip] })).toEqual(expected);
    }
    // The texts must exercise both outcomes for the comparison to mean anything.
    expect(matched).toBeGreaterThan(1000);
    expect(matched).toBeLessThan(2900);
  });
});
