import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';

/**
 * Rows of the hostile-input review (shared reviews, November 2026) that are
 * content errors: each file below holds one hostile input, `npm run check`
 * runs once over all of them, and every row must come back as a message that
 * names the file and the field or file line — never a crash, a hang or a pass.
 */
const VALID = join(REPO, 'test', 'fixtures', 'content', 'valid', 'content');
const base = readFileSync(join(VALID, 'terms', 'softsign.mdx'), 'utf8');
const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(base)!;

/** softsign.mdx as a new term `slug`, with frontmatter lines replaced (key → line, '' removes) and a body. */
function term(slug: string, edits: Record<string, string>, newBody = body): string {
  let fm = frontmatter.replace(/^term: .*$/m, `term: Term ${slug}`).replace(/^aliases: .*$/m, 'aliases: []');
  for (const [key, line] of Object.entries(edits)) {
    const re = new RegExp(`^${key}:.*(\\n(?:[ -].*))*`, 'm');
    fm = re.test(fm) ? fm.replace(re, line) : `${fm}\n${line}`;
  }
  return `---\n${fm.replace(/\n{2,}/g, '\n')}\n---\n${newBody}`;
}

/** file → [hostile input, the message that must appear]. Lines are file lines (frontmatter is 23–24 lines). */
const FILES: Record<string, [row: string, content: string, expected: (string | RegExp)[]]> = {
  'inject-attr': [
    '1',
    term('inject-attr', {}, `\n<ActivationPlot fn="relu" idSuffix='x"><img src=x onerror=alert(1)><b class="' />\n`),
    [/inject-attr\.mdx {2}line \d+: <ActivationPlot idSuffix>: idSuffix must be a kebab-case word/],
  ],
  'inject-unknown-attr': [
    '1',
    term('inject-unknown-attr', {}, `\n<ActivationPlot fn="relu" onClick="alert(1)" />\n`),
    [/inject-unknown-attr\.mdx {2}line \d+: <ActivationPlot>: unknown attribute "onClick"/],
  ],
  'inject-math-pi': [
    '1',
    term('inject-math-pi', {}, `\n<ActivationPlot fn="relu" domain={[-Math.PI, 4]} />\n`),
    [/inject-math-pi\.mdx {2}line \d+: <ActivationPlot domain>: \{\[-Math\.PI, 4\]\} is not a literal value/],
  ],
  'inject-link-field': [
    '2',
    term('inject-link-field', { inPractice: "inPractice: 'Click [here](javascript:alert(1)) now.'" }),
    ['inject-link-field.mdx  inPractice: link "javascript:alert(1)" uses "javascript:"'],
  ],
  'inject-image-field': [
    '2',
    term('inject-image-field', { inPractice: "inPractice: 'See ![i](javascript:alert(1)) now.'" }),
    ['inject-image-field.mdx  inPractice: image source "javascript:alert(1)" uses "javascript:"'],
  ],
  'inject-link-body': [
    '2',
    term('inject-link-body', {}, `\nBody text [click](javascript:alert(1)).\n`),
    [/inject-link-body\.mdx {2}line \d+: link "javascript:alert\(1\)" uses "javascript:"/],
  ],
  'dup-comparisons': [
    '6',
    term('dup-comparisons', {
      comparisons: 'comparisons:\n  - { with: hardtanh, summary: One. }\n  - { with: hardtanh, summary: Two. }',
    }),
    ['dup-comparisons.mdx  comparisons[1]: compares with "hardtanh" again (already comparisons[0])'],
  ],
  'dup-related': [
    '6',
    term('dup-related', { related: 'related: [hardtanh, hardtanh]' }),
    ['dup-related.mdx  related[1]: "hardtanh" is already related[0]'],
  ],
  'dup-aliases': [
    '6',
    term('dup-aliases', { aliases: 'aliases: [Zeta activation, zeta activation]' }),
    ['dup-aliases.mdx  aliases[1]: "zeta activation" repeats aliases[0]'],
  ],
  'huge-domain': [
    '11',
    term('huge-domain', { plot: 'plot: { fn: relu, domain: [-1e308, 1e308] }' }),
    ['huge-domain.mdx  plot.domain: domain [-1e+308, 1e+308] is too wide to draw'],
  ],
  'tiny-domain': [
    '17',
    term('tiny-domain', { plot: 'plot: { fn: relu, domain: [0, 1e-300] }' }),
    ['tiny-domain.mdx  plot.domain: domain [0, 1e-300] is too narrow to draw'],
  ],
  'bad-date': [
    '12',
    term('bad-date', { updated: "updated: '2024-02-30'" }),
    ['bad-date.mdx  updated: is not a real calendar date'],
  ],
  'number-date': [
    '12',
    term('number-date', { updated: 'updated: 1' }),
    ['number-date.mdx  updated: must be a date in quotes'],
  ],
  'emphasis-bomb': [
    '13',
    term('emphasis-bomb', {}, `\n${'*a '.repeat(30000)}b${' a*'.repeat(30000)}\n`),
    [/emphasis-bomb\.mdx {2}line \d+: this paragraph has more than 500 \* or _ emphasis markers/],
  ],
  'list-bomb': [
    '14',
    term('list-bomb', {}, `\n${'- '.repeat(3000)}x\n`),
    [/list-bomb\.mdx {2}line \d+: nests 3000 levels of lists or quotes/],
  ],
  'quote-bomb': [
    '14',
    term('quote-bomb', {}, `\n${'> '.repeat(5000)}x\n`),
    [/quote-bomb\.mdx {2}line \d+: nests 5000 levels of lists or quotes/],
  ],
  'huge-alias': [
    '15',
    term('huge-alias', { aliases: `aliases: ['${'z'.repeat(1_000_000)}']` }),
    ['huge-alias.mdx  aliases[0]: an alias must be at most 100 characters'],
  ],
  'proto-plot': [
    '16',
    term('proto-plot', { plot: 'plot: { fn: constructor }', formula: '' }),
    ['proto-plot.mdx  plot.fn: no kernel function "constructor"'],
  ],
  'proto-body': [
    '16',
    term('proto-body', {}, `\n<ActivationPlot fn="__proto__" />\n`),
    [/proto-body\.mdx {2}line \d+: <ActivationPlot fn>: use the kebab-case kernel id/],
  ],
  'caption-number': [
    '17',
    term('caption-number', {}, `\n<ActivationPlot fn="relu" caption={42} compare="gelu" />\n`),
    [
      /caption-number\.mdx {2}line \d+: <ActivationPlot caption>: caption must be text in quotes/,
      /caption-number\.mdx {2}line \d+: <ActivationPlot compare>: compare must be a list of kernel ids/,
    ],
  ],
  'missing-field': [
    '26',
    term('missing-field', { inPractice: '' }),
    ['missing-field.mdx  inPractice: is missing: add `inPractice:`'],
  ],
  'js-source': [
    '26',
    term('js-source', { sources: "sources:\n  - { title: T, authors: A, year: 2000, url: 'javascript:alert(1)' }" }),
    ['js-source.mdx  sources[0].url: must be an http(s) address'],
  ],
  'typo-key': [
    '27',
    term('typo-key', { relatd: 'relatd: [hardtanh]' }),
    ['typo-key.mdx  relatd: unknown field — did you mean "related"?'],
  ],
  'gated-compare': [
    '27',
    term('gated-compare', { plot: 'plot: { fn: relu, compare: [swiglu] }', formula: '' }),
    ['gated-compare.mdx  plot.compare[0]: "swiglu" is a gated unit f(a, b) of two inputs'],
  ],
  'href-math': [
    '30',
    term('href-math', { inPractice: "inPractice: 'Link $\\href{javascript:alert(1)}{x}$ here.'" }),
    ['href-math.mdx  inPractice: invalid TeX', '\\href is not allowed in formulas'],
  ],
  prices: [
    '31',
    term('prices', {}, `\nIt costs $5 and later $10 to run.\n`),
    [/prices\.mdx {2}line \d+: "\$5 and later \$" reads like prices, not math/],
  ],
  'latex-display': [
    '31',
    term('latex-display', {}, `\nThe square \\[ x^2 \\] grows.\n`),
    [
      /latex-display\.mdx {2}line \d+: \\\[ … \\\] is LaTeX, which Markdown prints as text: write display math as \$\$ … \$\$/,
    ],
  ],
};

const project = tempProject({ content: VALID });
let out = '';
let status: number | null = null;
beforeAll(() => {
  for (const [slug, [, content]] of Object.entries(FILES))
    writeFileSync(join(project.root, 'content', 'terms', `${slug}.mdx`), content);
  // Row 2 in a category description.
  appendFileSync(
    join(project.root, 'content', 'categories.yaml'),
    "link-probe:\n  name: Link probe\n  description: 'A category whose description links [here](javascript:alert(1)) on purpose.'\n",
  );
  // A new file claims an existing term's name as an alias (row 27: blame the alias, not the untouched owner).
  writeFileSync(
    join(project.root, 'content', 'terms', 'aardvark.mdx'),
    term('aardvark', { aliases: 'aliases: [Softsign]' }),
  );
  const result = project.run('scripts/check.ts', ['--content-only']);
  out = `${result.stdout}${result.stderr}`;
  status = result.status;
}, 240_000);
afterAll(() => project.remove());

describe('npm run check names every hostile input with file and field or line', () => {
  test('it exits 1, prints no stack trace and no crash', () => {
    expect(status).toBe(1);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(out).not.toMatch(/Maximum call stack|is not a function|RangeError|Invalid regular expression/);
  });
  test.each(Object.entries(FILES).map(([slug, [row, , expected]]) => [row, slug, expected] as const))(
    'row %s: %s',
    (_row, _slug, expected) => {
      for (const e of expected)
        expect(out).toMatch(typeof e === 'string' ? new RegExp(e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : e);
    },
  );
  test("row 27: an alias that is another term's name is blamed on the file holding the alias", () => {
    expect(out).toContain(
      'content/terms/aardvark.mdx  aliases[0]: "Softsign" is the term name of content/terms/softsign.mdx — remove this alias',
    );
    expect(out).not.toMatch(/softsign\.mdx {2}term:/);
  });
  test('row 2: a javascript: link in a category description', () => {
    expect(out).toContain(
      'content/categories.yaml  link-probe.description: link "javascript:alert(1)" uses "javascript:"',
    );
  });
  test('row 15: the 1 MB alias is not echoed back', () => {
    expect(out.length).toBeLessThan(100_000);
  });
});
