import { describe, expect, test } from 'vitest';
import { checkEditorial } from '../../src/checks/editorial';
import { RULES } from '../../src/schema';
import { contextOf, edited, HARDTANH, SOFTSIGN } from '../helpers/content-folder';

const words = (n: number) => `${Array.from({ length: n - 1 }, (_, i) => `w${i}`).join(' ')} end.`;
const step = (n: number) => ({ title: `Step ${n}`, body: `Body ${n}.` });
const qa = (n: number) => ({ question: `Question ${n}?`, answer: `Answer ${n}.` });

/** Softsign filled to every editorial minimum, with `change` applied. */
function softsign(change: Record<string, unknown>) {
  return edited(SOFTSIGN, {
    howItWorks: [1, 2].map(step),
    comparisons: [
      { with: 'hardtanh', summary: 'Hardtanh has corners.' },
      { name: 'Tanh', summary: 'Tanh has exponential tails.' },
    ],
    faq: [1, 2, 3].map(qa),
    related: ['hardtanh', 'a', 'b'],
    ...change,
  });
}
const issuesOf = (change: Record<string, unknown>) =>
  checkEditorial(contextOf({ softsign: softsign(change), hardtanh: HARDTANH })).filter(
    (i) => i.file === 'content/terms/softsign.mdx',
  );

describe('checkEditorial', () => {
  test('a term at every minimum has nothing to fix', () => expect(issuesOf({})).toEqual([]));

  test(`a definition of ${RULES.definition.minWords} words passes; one word fewer is an error with the count`, () => {
    expect(issuesOf({ shortDefinition: words(RULES.definition.minWords) })).toEqual([]);
    expect(issuesOf({ shortDefinition: words(RULES.definition.minWords - 1) })).toEqual([
      {
        file: 'content/terms/softsign.mdx',
        where: 'shortDefinition',
        message: `${RULES.definition.minWords - 1} words is too short to answer "what is it" on its own: write one or two full sentences (at least ${RULES.definition.minWords} words)`,
      },
    ]);
  });

  test('words are counted in the rendered text: markup and extra spaces are not words', () => {
    const n = RULES.definition.minWords - 1;
    // Emphasis, a link and doubled spaces around n words: still n words.
    const text = `**w0**  w1 [w2](/glossary/hardtanh/)  ${words(n - 3)}`;
    expect(issuesOf({ shortDefinition: text }).map((i) => i.message)[0]).toMatch(new RegExp(`^${n} words`));
  });

  test.each([
    ['howItWorks', [step(1)], `1 step(s): explain the mechanism in at least ${RULES.howItWorks.minSteps} steps`],
    [
      'comparisons',
      [{ with: 'hardtanh', summary: 'Corners.' }],
      `1 comparison(s): compare with at least ${RULES.comparisons.min} neighbouring terms`,
    ],
    ['faq', [qa(1), qa(2)], `2 question(s): answer at least ${RULES.faq.min} questions readers ask`],
    ['related', ['hardtanh', 'a'], `2 related term(s): list at least ${RULES.related.min}`],
  ])('one %s short of the minimum is a warning, not an error', (field, value, message) => {
    expect(issuesOf({ [field]: value })).toEqual([
      { file: 'content/terms/softsign.mdx', where: field, message, severity: 'warning' },
    ]);
  });
});
