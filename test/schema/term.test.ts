import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { makeTermSchema, RULES, termSchema, zodIssues } from '../../src/schema';
import { markdown, MAX_NAME_LENGTH } from '../../src/schema/term';

// The valid fixture's Softsign, as the YAML parser hands it to the schema.
const SOFTSIGN = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'content', 'valid', 'content', 'terms', 'softsign.mdx'),
  'utf8',
);
const BASE = parse(/^---\n([\s\S]*?)\n---/.exec(SOFTSIGN)![1]) as Record<string, unknown>;

/** `where: message` of every problem of Softsign with `change` applied. */
function problems(change: Record<string, unknown>): string[] {
  const input = { ...structuredClone(BASE), ...change };
  const r = termSchema.safeParse(input);
  return r.success
    ? []
    : zodIssues('t.mdx', r.error, { input, schema: termSchema }).map((i) => `${i.where}: ${i.message}`);
}

const step = (n: number) => ({ title: `Step ${n}`, body: `Body of step ${n}.` });
const faq = (n: number) => ({ question: `Question ${n}?`, answer: `Answer ${n}.` });

describe('the term schema', () => {
  test('accepts the fixture and fills every default', () => {
    const { aliases: _a, related: _r, ...bare } = BASE;
    const data = termSchema.parse({ ...bare, comparisons: undefined });
    expect(data).toMatchObject({
      aliases: [],
      related: [],
      comparisons: [],
      implementations: [],
      constants: [],
      seo: {},
    });
    expect(data.updated).toBeUndefined();
    expect(data.plot).toEqual({
      fn: 'softsign',
      compare: ['hardtanh'],
      domain: [-6, 6],
      derivative: true,
      params: true,
    });
  });

  test.each([
    ['a term of 60 characters', { term: 'x'.repeat(60) }, []],
    [
      'a term of 61 characters',
      { term: 'x'.repeat(61) },
      ['term: term must be at most 60 characters: put longer names in aliases or seo.h1'],
    ],
    ['a blank term', { term: '  ' }, ['term: term must not be empty']],
    ['20 aliases', { aliases: Array.from({ length: 20 }, (_, i) => `name ${i}`) }, []],
    ['21 aliases', { aliases: Array.from({ length: 21 }, (_, i) => `name ${i}`) }, ['aliases: at most 20 aliases']],
    ['an alias of the longest length', { aliases: ['a'.repeat(MAX_NAME_LENGTH)] }, []],
    [
      'an alias one longer',
      { aliases: ['a'.repeat(MAX_NAME_LENGTH + 1)] },
      [expect.stringMatching(/^aliases\[0\]: an alias must be at most 100 characters/)],
    ],
    ['an empty alias', { aliases: [' '] }, ['aliases[0]: an alias must not be empty']],
    [
      'an alias repeated in another case',
      { aliases: ['Soft Sign', 'x', ' soft sign'] },
      ['aliases[2]: "soft sign" repeats aliases[0] (names are compared ignoring case): remove one'],
    ],
    [
      'a definition at the limit',
      { shortDefinition: `${'word '.repeat(79)}word.`.slice(0, RULES.definition.maxChars) },
      [],
    ],
    [
      'a definition over the limit',
      { shortDefinition: 'w'.repeat(RULES.definition.maxChars + 1) },
      ['shortDefinition: shortDefinition must be at most 400 characters: one or two sentences'],
    ],
    [
      'a definition that is a list',
      { shortDefinition: ['a'] },
      ['shortDefinition: shortDefinition must be Markdown text (a string), not a list or a number'],
    ],
    ['a blank inPractice', { inPractice: ' ' }, ['inPractice: inPractice must not be empty']],
    ['no steps', { howItWorks: [] }, ['howItWorks: howItWorks needs at least one step']],
    ['5 steps', { howItWorks: [1, 2, 3, 4, 5].map(step) }, []],
    [
      '6 steps',
      { howItWorks: [1, 2, 3, 4, 5, 6].map(step) },
      ['howItWorks: howItWorks has at most 5 steps: merge some'],
    ],
    ['no FAQ', { faq: [] }, ['faq: faq needs at least one question']],
    ['one FAQ', { faq: [faq(1)] }, []],
    ['no sources', { sources: [] }, ['sources: sources needs at least one primary source']],
    [
      'a related term twice',
      { related: ['hardtanh', 'relu', 'hardtanh'] },
      ['related[2]: "hardtanh" is already related[0]: remove the repeat'],
    ],
    [
      'a comparison twice',
      {
        comparisons: [
          { with: 'hardtanh', summary: 'A.' },
          { with: 'hardtanh', summary: 'B.' },
        ],
      },
      ['comparisons[1]: compares with "hardtanh" again (already comparisons[0]): merge the two summaries into one'],
    ],
    [
      'a named comparison twice',
      {
        comparisons: [
          { name: 'Tanh', summary: 'A.' },
          { name: 'tanh', summary: 'B.' },
        ],
      },
      ['comparisons[1]: compares with "tanh" again (already comparisons[0]): merge the two summaries into one'],
    ],
    [
      'a comparison named like a slug',
      {
        comparisons: [
          { with: 'hardtanh', summary: 'A.' },
          { name: 'hardtanh', summary: 'B.' },
        ],
      },
      [],
    ],
    [
      'a comparison without with or name',
      { comparisons: [{ summary: 'A.' }] },
      [
        'comparisons[0]: a comparison needs `with: <term slug>` (or `name: <text>` for a concept without a page) and `summary`',
      ],
    ],
    [
      'a missing field',
      { inPractice: undefined },
      [expect.stringMatching(/^inPractice: is missing: add `inPractice:`/)],
    ],
    ['an unknown field', { relatd: [] }, ['relatd: unknown field — did you mean "related"?']],
    ['an unquoted date', { updated: '2024-02-30' }, [expect.stringMatching(/^updated: is not a real calendar date/)]],
  ])('%s', (_name, change, expected) => expect(problems(change)).toEqual(expected));

  test('a javascript: link in any Markdown field is refused by name', () => {
    const out = problems({ inPractice: 'See [this](javascript:alert(1)).' });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^inPractice: .*javascript:/);
  });

  test('a field past the body limits reports its line and is not searched for links', () => {
    const out = problems({ inPractice: `Fine.\n${'>'.repeat(200)} [x](javascript:1)` });
    expect(out.some((l) => l.startsWith('inPractice: line 2 of the text: '))).toBe(true);
    expect(out.some((l) => l.includes('javascript:'))).toBe(false);
  });

  test('markdown() trims and names its field', () => {
    expect(markdown('x').parse('  a  ')).toBe('a');
    expect(markdown('faq[].answer').safeParse(3).error!.issues[0].message).toBe(
      'faq[].answer must be Markdown text (a string), not a list or a number',
    );
  });

  test('makeTermSchema with Astro-style references compares the ids they produce', () => {
    // Astro's reference() turns a slug into { id }: repeats must still be found through the id.
    const ref = z.string().transform((id) => ({ id }));
    const schema = makeTermSchema({ category: ref, term: ref });
    const data = schema.parse({ ...structuredClone(BASE), related: ['hardtanh', 'relu'] });
    expect(data.category).toEqual({ id: 'activation-functions' });
    expect(data.related).toEqual([{ id: 'hardtanh' }, { id: 'relu' }]);
    const twice = schema.safeParse({
      ...structuredClone(BASE),
      related: ['relu', 'relu'],
      comparisons: [
        { with: 'relu', summary: 'A.' },
        { with: 'relu', summary: 'B.' },
      ],
    });
    expect(twice.error!.issues.map((i) => i.message)).toEqual([
      'compares with "relu" again (already comparisons[0]): merge the two summaries into one',
      '"relu" is already related[0]: remove the repeat',
    ]);
  });
});
