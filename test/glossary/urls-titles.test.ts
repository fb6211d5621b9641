import { describe, expect, test } from 'vitest';
import {
  categoryUrl,
  compareUrl,
  isReversePairPath,
  ogImagePath,
  pairOgImagePath,
  pairSlug,
  pairSlugOf,
  reverseUrl,
  termUrl,
} from '../../src/glossary/urls';
import { defaultTitle, pageTitle, pairTitle, TITLE_MAX } from '../../src/glossary/titles';

describe('urls', () => {
  test('term, category and card paths', () => {
    expect(termUrl('gelu')).toBe('/glossary/gelu/');
    expect(categoryUrl('concepts')).toBe('/categories/concepts/');
    expect(ogImagePath('gelu')).toBe('/og/gelu.png');
    expect(pairOgImagePath('/compare/gelu-vs-relu/')).toBe('/og/compare/gelu-vs-relu.png');
  });
  test('a pair has one page whatever the order of its slugs', () => {
    expect(pairSlug('relu', 'gelu')).toBe('gelu-vs-relu');
    expect(compareUrl('relu', 'gelu')).toBe('/compare/gelu-vs-relu/');
    expect(compareUrl('gelu', 'relu')).toBe('/compare/gelu-vs-relu/');
    expect(pairSlugOf(compareUrl('relu', 'gelu'))).toBe('gelu-vs-relu');
  });
  test('the reverse path swaps the slugs, and only it is a reverse path', () => {
    expect(reverseUrl('/compare/gelu-vs-relu/')).toBe('/compare/relu-vs-gelu/');
    expect(isReversePairPath('/compare/relu-vs-gelu/')).toBe(true);
    expect(isReversePairPath('/compare/gelu-vs-relu/')).toBe(false);
    expect(isReversePairPath('/compare/')).toBe(false);
    expect(isReversePairPath('/compare/relu-vs-gelu')).toBe(false);
    expect(isReversePairPath('/glossary/relu-vs-gelu/')).toBe(false);
    expect(isReversePairPath('/compare/b-vs-a-vs-c/')).toBe(false);
  });
});

describe('titles', () => {
  test('the brand suffix is added when it fits in 60 characters', () => {
    expect(pageTitle('A–Z index of machine-learning terms')).toBe('A–Z index of machine-learning terms | Glossary');
    const exact = 'x'.repeat(TITLE_MAX - ' | Glossary'.length);
    expect(pageTitle(exact)).toBe(`${exact} | Glossary`);
    expect(pageTitle(`${exact}y`)).toBe(`${exact}y`);
  });
  test('candidates go from most to least descriptive: the first that fits with the suffix wins', () => {
    expect(pageTitle('x'.repeat(55), 'short')).toBe('short | Glossary');
    expect(pageTitle('x'.repeat(61), 'y'.repeat(61))).toBe('y'.repeat(61));
    expect(pageTitle('x'.repeat(60), 'y'.repeat(61))).toBe('x'.repeat(60));
  });
  test('a written suffix is dropped before measuring', () =>
    expect(pageTitle(`${'x'.repeat(55)} | Glossary`)).toBe('x'.repeat(55)));
  test.each([
    [{ term: 'GELU', seo: {} }, true, 'GELU: definition, formula and how it works | Glossary'],
    [{ term: 'Dropout', seo: {} }, false, 'Dropout: definition and how it works | Glossary'],
    [{ term: 'A'.repeat(20), seo: {} }, true, `${'A'.repeat(20)}: definition and formula | Glossary`],
    [{ term: 'A'.repeat(25), seo: {} }, false, `${'A'.repeat(25)}: definition | Glossary`],
    [{ term: 'A'.repeat(50), seo: {} }, true, 'A'.repeat(50)],
    [{ term: 'GELU', seo: { title: 'GELU, the smooth ReLU' } }, true, 'GELU, the smooth ReLU'],
    [{ term: 'GELU', seo: { title: 'x'.repeat(61) } }, true, 'x'.repeat(61)],
  ])('defaultTitle(%j, formula: %s)', (data, hasFormula, expected) =>
    expect(defaultTitle(data, hasFormula)).toBe(expected),
  );
  test('a compare page says what it adds when that fits', () => {
    expect(pairTitle('GELU', 'ReLU')).toBe('GELU vs ReLU: computed differences | Glossary');
    expect(pairTitle('A'.repeat(14), 'B'.repeat(14))).toBe(
      `${'A'.repeat(14)} vs ${'B'.repeat(14)}: differences | Glossary`,
    );
    expect(pairTitle('A'.repeat(20), 'B'.repeat(20))).toBe(`${'A'.repeat(20)} vs ${'B'.repeat(20)} | Glossary`);
  });
});
