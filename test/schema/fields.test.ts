import { describe, expect, test } from 'vitest';
import {
  categorySchema,
  constantSchema,
  formatIssue,
  formatPath,
  implementationSchema,
  isError,
  plotDomainSchema,
  seoSchema,
  slugify,
  slugSchema,
  sourceSchema,
  zodIssues,
} from '../../src/schema';
import { calendarDateSchema, isCalendarDate } from '../../src/schema/calendar-date';

/** The messages a schema gives for `value`, or [] when it accepts it. */
function messages(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error!.issues.map((i) => i.message);
}

describe('isCalendarDate', () => {
  test.each([
    ['2024-02-29', true], // leap year
    ['2023-02-29', false], // not a leap year: Date would roll it into March
    ['2024-02-30', false],
    ['2024-04-31', false], // April has 30 days
    ['2024-12-31', true],
    ['2024-13-01', false], // month 13 would become January of the next year
    ['2024-00-10', false], // month 0 would become December of the year before
    ['2024-01-00', false], // day 0 would become the last day of December
    ['1900-02-29', false], // century, not divisible by 400
    ['2000-02-29', true],
    ['2024-1-01', false], // two-digit month required
    ['24-01-01', false],
    [' 2024-01-01', false],
    ['2024-01-01 ', false],
    ['2024-01-01T00:00', false],
  ])('%s → %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));
});

describe('calendarDateSchema', () => {
  test('turns a quoted day into that day at UTC midnight', () => {
    const r = calendarDateSchema.parse('2024-02-29');
    expect(r).toBeInstanceOf(Date);
    expect(r.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
  test('refuses an impossible day, naming the format', () => {
    expect(messages(calendarDateSchema, '2024-02-30')).toEqual([
      "is not a real calendar date; write a real date as 'YYYY-MM-DD', e.g. '2026-11-02'",
    ]);
  });
  test('refuses a number rather than guessing its unit', () => {
    expect(messages(calendarDateSchema, 1700000000)).toEqual([
      "must be a date in quotes; write a real date as 'YYYY-MM-DD', e.g. '2026-11-02'",
    ]);
  });
  test('an unquoted YAML date (already a Date) gets Zod’s own message, not the advice for numbers', () => {
    const m = messages(calendarDateSchema, new Date('2024-01-01'));
    expect(m).toHaveLength(1);
    expect(m[0]).not.toContain('must be a date in quotes');
  });
});

describe('categorySchema', () => {
  const ok = { name: 'Activation functions', description: 'Functions applied to each unit of a layer.' };
  test('fills the default order of 100', () => expect(categorySchema.parse(ok)).toEqual({ ...ok, order: 100 }));
  test('keeps a written order and trims the name', () =>
    expect(categorySchema.parse({ ...ok, name: '  Concepts ', order: 2 })).toMatchObject({
      name: 'Concepts',
      order: 2,
    }));
  test.each([
    ['an empty name', { ...ok, name: '   ' }, 'Too small'],
    [
      'a description of 19 characters',
      { ...ok, description: 'x'.repeat(19) },
      'description must be at least 20 characters',
    ],
    ['a description that is a list', { ...ok, description: ['a'] }, 'description must be Markdown text'],
    ['a fractional order', { ...ok, order: 1.5 }, 'expected int'],
    ['an unknown key', { ...ok, colour: 'red' }, 'Unrecognized key'],
    [
      'a javascript: link',
      { ...ok, description: 'Functions applied to each unit, see [x](javascript:alert(1)).' },
      'javascript:',
    ],
  ])('refuses %s', (_name, value, expected) => {
    const m = messages(categorySchema, value);
    expect(m.join('\n')).toContain(expected);
  });
  test('accepts a description of exactly 20 characters after trimming', () =>
    expect(messages(categorySchema, { ...ok, description: `  ${'x'.repeat(20)}  ` })).toEqual([]));
  test('a description past the body limits is reported by its line, and its links are not parsed', () => {
    const deep = `${'>'.repeat(200)} x`;
    const m = messages(categorySchema, {
      ...ok,
      description: `Functions of each unit of a layer.\n${deep} [a](javascript:x)`,
    });
    expect(m.some((x) => x.startsWith('line 2 of the text: '))).toBe(true);
    expect(m.some((x) => x.includes('javascript:'))).toBe(false);
  });
});

describe('constantSchema', () => {
  test.each(['0.044715', '84.67', '.5', '3'])('accepts %s', (value) =>
    expect(constantSchema.parse({ value, source: 1 })).toEqual({ value, source: 1 }),
  );
  test.each([
    [{ value: '-0.5', source: 1 }, 'plain decimal without sign'],
    [{ value: '1e-3', source: 1 }, 'plain decimal without sign'],
    [{ value: '0.5x', source: 1 }, 'plain decimal without sign'],
    [{ value: 'x0.5', source: 1 }, 'plain decimal without sign'],
    [{ value: 0.5, source: 1 }, 'the number as text, in quotes'],
    [{ value: '0.5', source: 0 }, 'the number of a source in the list (1 for the first)'],
    [{ value: '0.5', source: 1.5 }, 'the number of a source in the list (1 for the first)'],
    [{ value: '0.5', source: '1' }, 'the number of a source in the list'],
    [{ value: '0.5', source: 1, page: 3 }, 'Unrecognized key'],
  ])('refuses %j', (value, expected) => expect(messages(constantSchema, value).join('\n')).toContain(expected));
});

describe('implementationSchema', () => {
  test('accepts a call with a note, trimmed', () =>
    expect(implementationSchema.parse({ framework: 'jax', api: ' jax.nn.gelu ', note: ' tanh form ' })).toEqual({
      framework: 'jax',
      api: 'jax.nn.gelu',
      note: 'tanh form',
    }));
  test.each([
    [{ framework: 'mxnet', api: 'x' }, 'framework must be one of pytorch, jax, tensorflow, keras, huggingface'],
    [{ framework: 'jax', api: '  ' }, 'api must name the call or string'],
    [{ framework: 'jax', api: 'x'.repeat(121) }, 'at most 120 characters'],
    [{ framework: 'jax', api: 'x', note: ' ' }, 'note must not be empty'],
    [{ framework: 'jax', api: 'x', note: 'n'.repeat(301) }, 'Too big'],
  ])('refuses %j', (value, expected) => expect(messages(implementationSchema, value).join('\n')).toContain(expected));
  test('accepts the longest api and note', () =>
    expect(messages(implementationSchema, { framework: 'keras', api: 'x'.repeat(120), note: 'n'.repeat(300) })).toEqual(
      [],
    ));
});

describe('seoSchema', () => {
  test('all overrides are optional', () => expect(seoSchema.parse({})).toEqual({}));
  test.each([
    // Up to 60 characters plus a written " | Glossary", which is dropped when it does not fit.
    [{ title: 'x'.repeat(71) }, true],
    [{ title: 'x'.repeat(72) }, false],
    [{ title: ' ' }, false],
    [{ description: 'd'.repeat(70) }, true],
    [{ description: 'd'.repeat(69) }, false],
    [{ description: 'd'.repeat(160) }, true],
    [{ description: 'd'.repeat(161) }, false],
    [{ h1: 'h'.repeat(90) }, true],
    [{ h1: 'h'.repeat(91) }, false],
    [{ h1: '' }, false],
    [{ keywords: 'x' }, false],
  ])('%j accepted: %s', (value, ok) => expect(seoSchema.safeParse(value).success).toBe(ok));
});

describe('slugSchema and slugify', () => {
  test.each([
    ['leaky-relu', true],
    ['relu6', true],
    ['a', true],
    ['Leaky-relu', false],
    ['leaky--relu', false],
    ['-relu', false],
    ['relu-', false],
    ['leaky_relu', false],
    ['x'.repeat(80), true],
    ['x'.repeat(81), false],
  ])('slug %s valid: %s', (slug, ok) => expect(slugSchema.safeParse(slug).success).toBe(ok));
  test('a non-string slug asks for quotes', () =>
    expect(messages(slugSchema, 6)).toEqual(['must be a slug in quotes, e.g. "leaky-relu"']));
  test('an invalid slug explains kebab case; a long one names the limit', () => {
    expect(messages(slugSchema, 'A_B')[0]).toContain('use a kebab-case slug');
    expect(messages(slugSchema, 'x'.repeat(81))).toEqual(['a slug must be at most 80 characters']);
  });
  test.each([
    ['Leaky ReLU', 'leaky-relu'],
    ['  GELU (tanh)  ', 'gelu-tanh'],
    ['Свёртка', 'svertka'],
    ['🔥 ReLU 👍🏽', 'relu'],
    ['🔥', ''],
    ['a--b__c', 'a-b-c'],
    ['x\u200d\ufe0fy', 'x-y'],
  ])('slugify(%j) → %j', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('sourceSchema', () => {
  const ok = {
    title: 'Gaussian Error Linear Units',
    authors: 'Hendrycks, D.; Gimpel, K.',
    year: 2016,
    url: 'https://arxiv.org/abs/1606.08415',
  };
  test('accepts a paper', () => expect(sourceSchema.parse(ok)).toEqual(ok));
  test.each([
    [{ ...ok, url: 'ftp://example.org/x' }, false],
    [{ ...ok, url: 'javascript:alert(1)' }, false],
    [{ ...ok, url: 'http://example.org' }, true],
    [{ ...ok, year: 1799 }, false],
    [{ ...ok, year: 1800 }, true],
    [{ ...ok, year: 2100 }, true],
    [{ ...ok, year: 2101 }, false],
    [{ ...ok, year: 2016.5 }, false],
    [{ ...ok, title: ' ' }, false],
    [{ ...ok, authors: '' }, false],
  ])('%j accepted: %s', (value, accepted) => expect(sourceSchema.safeParse(value).success).toBe(accepted));
  test('a bad url says which schemes are allowed', () =>
    expect(messages(sourceSchema, { ...ok, url: 'ftp://x.org' })).toEqual([
      'must be an http(s) address, e.g. https://arxiv.org/abs/1606.08415',
    ]));
});

describe('plotDomainSchema', () => {
  test.each([
    [[-4, 4], []],
    [[4, -4], ['domain [4, -4] is reversed: write [min, max] with min < max']],
    [[1, 1], ['domain [1, 1] is empty: write [min, max] with min < max']],
    // Zod's numbers are finite: YAML's .inf and .nan never reach the range rules.
    [[-Infinity, 1], ['must be a number']],
    [[0, NaN], ['must be a number']],
    [[-1e6, 1e6], []],
    [[-1e6 - 1, 0], ['domain [-1000001, 0] is too wide to draw: keep both ends within ±1e+6']],
    [[0, 1e6 + 1], ['domain [0, 1000001] is too wide to draw: keep both ends within ±1e+6']],
    [[0, 1e-6], []],
    [[0, 0.9e-6], ['domain [0, 9e-7] is too narrow to draw: make max − min at least 1e-6']],
    [[0], ['domain must be two numbers [min, max], e.g. [-4, 4]']],
    [['a', 1], ['must be a number']],
  ])('%j → %j', (domain, expected) => expect(messages(plotDomainSchema, domain)).toEqual(expected));
});

describe('formatPath, formatIssue, isError', () => {
  test.each([
    [['faq', 0, 'answer'], 'faq[0].answer'],
    [['related', 2], 'related[2]'],
    [['seo', 'title'], 'seo.title'],
    [[0, 'x'], '[0].x'],
    [[], ''],
  ])('%j → %s', (path, expected) => expect(formatPath(path)).toBe(expected));
  test('an error names file, place and message; a warning says so; no place, no colon', () => {
    expect(formatIssue({ file: 'content/terms/gelu.mdx', where: 'related[2]', message: 'no term' })).toBe(
      'content/terms/gelu.mdx  related[2]: no term',
    );
    expect(formatIssue({ file: 'f', where: '', message: 'm', severity: 'warning' })).toBe('warning: f  m');
    expect(isError({ file: 'f', where: '', message: 'm' })).toBe(true);
    expect(isError({ file: 'f', where: '', message: 'm', severity: 'warning' })).toBe(false);
  });
});

describe('zodIssues', () => {
  test('an unknown key gets a did-you-mean from the keys the schema knows at that place', () => {
    const input = { name: 'A', description: 'Functions applied to each unit.', oder: 2 };
    const r = categorySchema.safeParse(input);
    expect(zodIssues('content/categories.yaml', r.error!, { input, schema: categorySchema })).toEqual([
      { file: 'content/categories.yaml', where: 'oder', message: 'unknown field — did you mean "order"?' },
    ]);
  });
  test('a key far from every known one lists the known keys', () => {
    const input = { name: 'A', description: 'Functions applied to each unit.', zzzzzzzz: 1 };
    const r = categorySchema.safeParse(input);
    expect(zodIssues('c', r.error!, { input, schema: categorySchema })[0].message).toBe(
      'unknown field (known here: name, description, order)',
    );
  });
  test('without the schema an unknown key is just unknown', () => {
    const input = { name: 'A', description: 'Functions applied to each unit.', oder: 2 };
    const r = categorySchema.safeParse(input);
    expect(zodIssues('c', r.error!)[0]).toEqual({ file: 'c', where: 'oder', message: 'unknown field' });
  });
  test('a missing field says it is missing and how to add it; a wrong type keeps Zod’s message', () => {
    const input = { description: 'Functions applied to each unit.' };
    const r = categorySchema.safeParse(input);
    expect(zodIssues('c', r.error!, { input, schema: categorySchema })).toEqual([
      { file: 'c', where: 'name', message: expect.stringMatching(/^is missing: add `name:`/) },
    ]);
    const wrong = { name: 3, description: 'Functions applied to each unit.' };
    const w = categorySchema.safeParse(wrong);
    expect(zodIssues('c', w.error!, { input: wrong, schema: categorySchema })[0].message).not.toContain('missing');
  });
  test('a missing array entry field is named by its path', () => {
    const input = [{ value: '0.5' }];
    const schema = constantSchema.array();
    const r = schema.safeParse(input);
    expect(zodIssues('c', r.error!, { input, schema })).toEqual([
      { file: 'c', where: '[0].source', message: expect.stringMatching(/^is missing: add `source:`/) },
    ]);
  });
  test('an issue of the whole value is placed at (frontmatter)', () => {
    const r = categorySchema.safeParse('text');
    expect(zodIssues('c', r.error!)[0].where).toBe('(frontmatter)');
  });
});
