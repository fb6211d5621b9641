import { describe, expect, test } from 'vitest';
import { checkNumbers, countedNumbers, handTypedNumbers, significantDigits } from '../../src/checks/numbers';
import { checkSeo, DESCRIPTION_BUDGET, TITLE_BUDGET } from '../../src/checks/seo';
import { checkLinks } from '../../src/checks/links';
import { contextOf, edited, HARDTANH, SOFTSIGN, type TermFile } from '../helpers/content-folder';

const FILE = 'content/terms/softsign.mdx';
const onSoftsign = (softsign: TermFile, check: typeof checkSeo) =>
  check(contextOf({ softsign, hardtanh: HARDTANH })).filter((i) => i.file === FILE);

describe('significantDigits and countedNumbers', () => {
  test.each([
    ['0.0692', 3],
    ['.5', 1],
    ['100.5', 4],
    ['007.25', 3],
    ['1.2.3', 0],
    ['12', 0],
  ])('%s → %i', (token, n) => expect(significantDigits(token)).toBe(n));
  test('a number glued to a dot or digit before it is not a new number; v-prefixed versions never count', () => {
    expect(countedNumbers('x.0692 and 10.692 and v0.692 and 0.692')).toEqual(['10.692', '0.692']);
  });
  test('exactly three significant digits count, two do not', () =>
    expect(countedNumbers('0.123 0.12 1.23 1.2')).toEqual(['0.123', '1.23']));
});

describe('checkNumbers', () => {
  test('a hand-typed number in a field and in the body, each at its place, with the fix', () => {
    const file = edited(
      SOFTSIGN,
      { inPractice: 'It peaks at 0.385 in practice.' },
      '\nThe slope at one is 0.250 exactly.\n',
    );
    const ctx = contextOf({ softsign: file, hardtanh: HARDTANH });
    const s = ctx.sources.find((x) => x.slug === 'softsign')!;
    const out = checkNumbers(ctx).filter((i) => i.file === FILE);
    expect(out.map((i) => [i.where, i.message.split(':')[0]])).toEqual([
      ['inPractice', 'the number 0.385 is typed by hand'],
      [`line ${s.bodyLine + 1}`, 'the number 0.250 is typed by hand'],
    ]);
    expect(out[0].message).toContain("constants: [{ value: '0.385', source: <its number in sources> }]");
  });
  test('numbers in math count; code does not', () => {
    const file = edited(SOFTSIGN, { inPractice: 'Use `scale=0.385` or $\\alpha = 1.673$.' });
    expect(onSoftsign(file, checkNumbers).map((i) => i.message.slice(0, 16))).toEqual(['the number 1.673']);
  });
  test('a listed constant is not hand-typed; a listed constant used nowhere and a missing source are', () => {
    const file = edited(SOFTSIGN, {
      inPractice: 'It peaks at 0.385 in practice.',
      constants: [
        { value: '0.385', source: 1 },
        { value: '0.999', source: 2 },
      ],
    });
    expect(onSoftsign(file, checkNumbers)).toEqual([
      { file: FILE, where: 'constants[1].source', message: 'there is no source 2: the file lists 1; use 1 to 1' },
      {
        file: FILE,
        where: 'constants[1].value',
        message:
          '0.999 appears nowhere in the text (numbers with fewer than 3 significant digits need no entry): remove the entry',
      },
    ]);
  });
  test('a constant naming the last source is fine', () => {
    const file = edited(SOFTSIGN, { inPractice: 'It peaks at 0.385.', constants: [{ value: '0.385', source: 1 }] });
    expect(onSoftsign(file, checkNumbers)).toEqual([]);
  });
  test('handTypedNumbers leaves out the attributed ones', () => {
    const file = edited(SOFTSIGN, {
      inPractice: 'Values 0.385 and 0.415.',
      constants: [{ value: '0.415', source: 1 }],
    });
    const ctx = contextOf({ softsign: file, hardtanh: HARDTANH });
    expect(
      handTypedNumbers(
        ctx.sources.find((s) => s.slug === 'softsign')!,
        ctx,
      ).map((n) => [n.where, n.text]),
    ).toEqual([['inPractice', '0.385']]);
  });
});

describe('checkSeo', () => {
  test('the budgets are those of search results', () => {
    expect(TITLE_BUDGET).toBe(60);
    expect(DESCRIPTION_BUDGET).toBe(160);
  });
  test('the fixture fits', () => expect(onSoftsign(SOFTSIGN, checkSeo)).toEqual([]));
  test('a written title over 60 characters that cannot lose a suffix is reported at seo.title', () => {
    const title = 'x'.repeat(61);
    expect(onSoftsign(edited(SOFTSIGN, { seo: { title } }), checkSeo)).toEqual([
      { file: FILE, where: 'seo.title', message: `the page title "${title}" is 61 characters (budget 60)` },
    ]);
  });
  test('a written title of exactly 60 characters is kept', () =>
    expect(onSoftsign(edited(SOFTSIGN, { seo: { title: 'x'.repeat(60) } }), checkSeo)).toEqual([]));
  test('a written title over budget whose own suffix makes it too long loses only the suffix', () => {
    const title = `${'x'.repeat(50)} | Glossary`;
    expect(onSoftsign(edited(SOFTSIGN, { seo: { title } }), checkSeo)).toEqual([]);
  });
  test('a written description is measured, and so are its whole sentences', () => {
    const long = `${'A sentence of words. '.repeat(8)}`.trim();
    const out = onSoftsign(edited(SOFTSIGN, { seo: { description: long.slice(0, 160) } }), checkSeo);
    expect(out.map((i) => i.where)).toEqual(['seo.description']);
    expect(out[0].message).toMatch(
      /^the meta description ".*" must be 70–160 characters of whole sentences — rewrite seo\.description$/,
    );
  });
  test('a description derived from a short definition under 70 characters asks for seo.description', () => {
    const out = onSoftsign(
      edited(SOFTSIGN, { shortDefinition: 'Softsign is an S-shaped activation function of one input, x/(1+|x|).' }),
      checkSeo,
    );
    expect(out.every((i) => i.where === 'shortDefinition')).toBe(true);
  });
});

describe('checkLinks', () => {
  test('links to pages the site will have pass, with or without slash, fragment or query', () => {
    const body =
      '\n[a](/glossary/hardtanh/) [b](/glossary/hardtanh) [c](/glossary/hardtanh/#faq) [d](/categories/activation-functions/?x=1) [e](/compare/)\n';
    expect(onSoftsign(edited(SOFTSIGN, {}, body), checkLinks)).toEqual([]);
  });
  test('a dead link in the body is reported at its file line with a did-you-mean; in a field at its path', () => {
    const file = edited(SOFTSIGN, { inPractice: 'See [x](/glossary/nothing-here/).' }, '\n\n[t](/glossary/hardtan/)\n');
    const ctx = contextOf({ softsign: file, hardtanh: HARDTANH });
    const s = ctx.sources.find((x) => x.slug === 'softsign')!;
    expect(checkLinks(ctx).filter((i) => i.file === FILE)).toEqual([
      {
        file: FILE,
        where: `line ${s.bodyLine + 2}`,
        message: 'link to /glossary/hardtan/ points to no page — did you mean /glossary/hardtanh/?',
      },
      { file: FILE, where: 'inPractice', message: 'link to /glossary/nothing-here/ points to no page' },
    ]);
  });
  test('a link to a term whose file has problems of its own is not dead', () => {
    const ctx = contextOf({
      softsign: edited(SOFTSIGN, {}, '\n[x](/glossary/relu/)\n'),
      hardtanh: HARDTANH,
      relu: edited(HARDTANH, { term: '' }),
    });
    expect(checkLinks(ctx).filter((i) => i.file === FILE)).toEqual([]);
  });
  test('a javascript: link in the body is named; external and mailto links are not checked', () => {
    const out = onSoftsign(
      edited(SOFTSIGN, {}, '\n[x](javascript:alert(1)) [y](https://example.org) [z](mailto:a@b.c)\n'),
      checkLinks,
    );
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('javascript:');
  });
  test('a reference-style definition is checked like a link', () => {
    const out = onSoftsign(edited(SOFTSIGN, {}, '\n[x][d]\n\n[d]: /glossary/missing/\n'), checkLinks);
    expect(out.map((i) => [i.where, i.message])).toEqual([
      [
        expect.stringMatching(/^line \d+$/),
        'link to /glossary/missing/ points to no page — did you mean /glossary/softsign/?',
      ],
    ]);
  });
});
