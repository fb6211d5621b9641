import { describe, expect, test } from 'vitest';
import { checkPlaceholders, PLACEHOLDER } from '../../src/checks/placeholders';
import { checkReferences, suggest } from '../../src/checks/references';
import { checkDuplicates } from '../../src/checks/duplicates';
import { contextOf, edited, glossaryOf, HARDTANH, SOFTSIGN, type TermFile } from '../helpers/content-folder';

const FILE = 'content/terms/softsign.mdx';
const only = <T extends { file: string }>(issues: T[], file = FILE) => issues.filter((i) => i.file === file);

describe('checkPlaceholders', () => {
  test('finds the marker in any frontmatter string, with its dotted path, and in body lines by file line', () => {
    const file = edited(
      SOFTSIGN,
      { faq: [{ question: 'Why?', answer: `${PLACEHOLDER}: answer` }], seo: { title: `T ${PLACEHOLDER}` } },
      'First line.\n\nStill TODO here.\n',
    );
    const ctx = contextOf({ softsign: file, hardtanh: HARDTANH });
    const s = ctx.sources.find((x) => x.slug === 'softsign')!;
    expect(only(checkPlaceholders(ctx))).toEqual([
      { file: FILE, where: 'faq[0].answer', message: 'still a placeholder: TODO: answer' },
      { file: FILE, where: 'seo.title', message: 'still a placeholder: T TODO' },
      {
        file: FILE,
        where: `line ${s.bodyLine + 2}`,
        message: 'the body still has a TODO placeholder: write the explanation',
      },
    ]);
  });
  test('quotes at most 70 characters of the field', () => {
    const long = `${PLACEHOLDER} ${'x'.repeat(100)}`;
    const [issue] = checkPlaceholders(
      contextOf({ softsign: edited(SOFTSIGN, { inPractice: long }), hardtanh: HARDTANH }),
    );
    expect(issue.message).toBe(`still a placeholder: ${long.slice(0, 70)}`);
  });
  test('a finished term has none; lower-case "todo" is ordinary text', () => {
    const file = edited(SOFTSIGN, { inPractice: 'A todo list is not a placeholder.' });
    expect(checkPlaceholders(contextOf({ softsign: file, hardtanh: HARDTANH }))).toEqual([]);
  });
  test('dates and numbers are not searched', () => {
    const file = edited(SOFTSIGN, { updated: '2024-01-02' });
    expect(checkPlaceholders(contextOf({ softsign: file, hardtanh: HARDTANH }))).toEqual([]);
  });
});

describe('suggest', () => {
  test.each([
    ['hardtahn', ['hardtanh', 'softsign'], 'hardtanh'],
    ['gelu', ['relu', 'selu', 'softsign'], 'relu'],
    ['xyz', ['hardtanh'], undefined],
    // The allowance grows with the word: a third of its length, at least 2.
    ['softsignxx', ['softsign'], 'softsign'],
    ['softsignxxxx', ['softsign'], 'softsign'],
    ['softsignxxxxx', ['softsign'], undefined],
    ['ab', ['abcd'], 'abcd'],
    ['ab', ['abcde'], undefined],
    ['x', [], undefined],
  ])('%s among %j → %s', (wrong, known, expected) => expect(suggest(wrong, known)).toBe(expected));
});

describe('checkReferences', () => {
  const refs = (softsign: TermFile, extra: Record<string, TermFile | string> = {}) => {
    const model = glossaryOf({ softsign, hardtanh: HARDTANH, ...extra });
    return only(checkReferences(model.index, model.known));
  };
  test('the fixture has none', () => expect(refs(SOFTSIGN)).toEqual([]));
  test('an unknown category with a near one gets a did-you-mean', () =>
    expect(refs(edited(SOFTSIGN, { category: 'activation-function' }))).toEqual([
      {
        file: FILE,
        where: 'category',
        message:
          'no category "activation-function" — did you mean "activation-functions"? (categories are defined in content/categories.yaml)',
      },
    ]));
  test('an unknown category far from every one only says where categories are defined', () =>
    expect(refs(edited(SOFTSIGN, { category: 'zzz' }))[0].message).toBe(
      'no category "zzz" (categories are defined in content/categories.yaml)',
    ));
  test('related: itself, a typo, an unknown slug, each at its index', () =>
    expect(refs(edited(SOFTSIGN, { related: ['hardtanh', 'softsign', 'hardtan', 'nothing-like-it'] }))).toEqual([
      { file: FILE, where: 'related[1]', message: 'a term cannot be related to itself — remove it' },
      { file: FILE, where: 'related[2]', message: 'no term "hardtan" — did you mean "hardtanh"?' },
      {
        file: FILE,
        where: 'related[3]',
        message: 'no term "nothing-like-it" — add content/terms/nothing-like-it.mdx or remove the reference',
      },
    ]));
  test('comparisons: itself and an unknown slug; a named concept is never looked up', () =>
    expect(
      refs(
        edited(SOFTSIGN, {
          comparisons: [
            { with: 'softsign', summary: 'Same.' },
            { with: 'hardtan', summary: 'Typo.' },
            { name: 'Not a page', summary: 'Fine.' },
          ],
        }),
      ),
    ).toEqual([
      { file: FILE, where: 'comparisons[0].with', message: 'a term cannot be compared with itself' },
      {
        file: FILE,
        where: 'comparisons[1].with',
        message: 'no term "hardtan" — did you mean "hardtanh"? (use `name:` for a concept without a page)',
      },
    ]));
  test('a reference to a term whose own file is invalid is not "missing": that file reports its problems', () => {
    const broken = edited(HARDTANH, { term: '' });
    expect(refs(edited(SOFTSIGN, { related: ['relu'] }), { relu: broken })).toEqual([]);
    expect(
      checkReferences(glossaryOf({ softsign: edited(SOFTSIGN, { related: ['relu'] }), hardtanh: HARDTANH }).index),
    ).toHaveLength(1);
  });
});

describe('checkDuplicates', () => {
  const dupes = (files: Record<string, TermFile>) => checkDuplicates(contextOf(files));
  test('the fixture has none', () => expect(dupes({ softsign: SOFTSIGN, hardtanh: HARDTANH })).toEqual([]));
  test('an alias that is another file’s term name is blamed on the alias, in any case', () =>
    expect(dupes({ softsign: edited(SOFTSIGN, { aliases: ['soft sign', 'HARDTANH '] }), hardtanh: HARDTANH })).toEqual([
      {
        file: FILE,
        where: 'aliases[1]',
        message:
          '"HARDTANH" is the term name of content/terms/hardtanh.mdx — remove this alias, or merge the two terms',
      },
    ]));
  test('an alias that is another file’s slug names the file name', () =>
    expect(
      dupes({
        softsign: edited(SOFTSIGN, { aliases: ['x-y'] }),
        hardtanh: HARDTANH,
        'x-y': edited(HARDTANH, { term: 'XY', comparisons: [], related: [] }),
      }),
    ).toEqual([
      {
        file: FILE,
        where: 'aliases[0]',
        message: '"x-y" is the file name of content/terms/x-y.mdx — remove this alias, or merge the two terms',
      },
    ]));
  test('two files with the same term name are both told, each about the other', () =>
    expect(dupes({ softsign: edited(SOFTSIGN, { term: 'Hardtanh' }), hardtanh: HARDTANH })).toEqual(
      expect.arrayContaining([
        {
          file: FILE,
          where: 'term',
          message:
            '"Hardtanh" is also the term name of content/terms/hardtanh.mdx — keep it in one file (rename it or merge the terms)',
        },
        {
          file: 'content/terms/hardtanh.mdx',
          where: 'term',
          message:
            '"Hardtanh" is also the term name of content/terms/softsign.mdx — keep it in one file (rename it or merge the terms)',
        },
      ]),
    ));
  test('the same name twice gives exactly two messages', () =>
    expect(dupes({ softsign: edited(SOFTSIGN, { term: 'Hardtanh' }), hardtanh: HARDTANH })).toHaveLength(2));
  test('two files sharing an alias are both told', () => {
    const out = dupes({ softsign: SOFTSIGN, hardtanh: edited(HARDTANH, { aliases: ['Soft Sign'] }) });
    expect(out).toHaveLength(2);
    expect(out.map((i) => [i.file, i.where, i.message])).toEqual(
      expect.arrayContaining([
        [
          FILE,
          'aliases[0]',
          '"soft sign" is also an alias of content/terms/hardtanh.mdx — keep it in one file (rename it or merge the terms)',
        ],
        [
          'content/terms/hardtanh.mdx',
          'aliases[0]',
          '"Soft Sign" is also an alias of content/terms/softsign.mdx — keep it in one file (rename it or merge the terms)',
        ],
      ]),
    );
  });
  test('an alias that repeats its own term exactly is reported; a case variant is a real spelling', () => {
    expect(dupes({ softsign: edited(SOFTSIGN, { aliases: ['Softsign'] }), hardtanh: HARDTANH })).toEqual([
      { file: FILE, where: 'aliases[0]', message: '"Softsign" is this term\'s own name: remove the alias' },
    ]);
    expect(dupes({ softsign: edited(SOFTSIGN, { aliases: ['SoftSign'] }), hardtanh: HARDTANH })).toEqual([]);
  });
});
