import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';

const FIXTURES = join(REPO, 'test', 'fixtures', 'content');
const projects: { remove: () => void }[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

/** Runs `npm run check -- --content-only` on the valid fixture with some files replaced. */
function checkWith(replacements: Record<string, string>, args: string[] = []) {
  const project = tempProject({ content: join(FIXTURES, 'valid', 'content') });
  projects.push(project);
  for (const [target, bad] of Object.entries(replacements))
    copyFileSync(join(FIXTURES, 'bad', bad), join(project.root, 'content', 'terms', target));
  const result = project.run('scripts/check.ts', ['--content-only', ...args]);
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run check', () => {
  test('passes valid content with exit code 0', () => {
    const { status, out } = checkWith({});
    expect(out).toContain('✓ 2 terms checked: no problems.');
    expect(status).toBe(0);
  });

  // `npm run check` also type-checks the project (astro check). It failed on a fresh checkout: it checked the
  // benchmark's Starlight project, whose packages are installed only when the benchmark runs.
  test('with the type check, passes a fresh copy of the repository with exit code 0', () => {
    const project = tempProject();
    projects.push(project);
    const result = project.run('scripts/check.ts');
    const out = `${result.stdout}${result.stderr}`;
    expect(out).toContain('0 errors');
    expect(result.status, out).toBe(0);
  }, 240_000);

  // [case, files to replace, messages that must appear (file and field first)]
  const CASES: [string, Record<string, string>, string[]][] = [
    [
      'schema: missing field, wrong type, empty FAQ answer (all at once)',
      { 'softsign.mdx': 'schema.mdx' },
      [
        'content/terms/softsign.mdx  category:',
        'content/terms/softsign.mdx  sources[0].year:',
        'content/terms/softsign.mdx  faq[0].answer: faq[].answer must not be empty',
      ],
    ],
    [
      'references: unknown related term, with a suggestion',
      { 'softsign.mdx': 'references.mdx' },
      ['content/terms/softsign.mdx  related[1]: no term "hardtnh" — did you mean "hardtanh"?'],
    ],
    [
      'references: a term related to itself',
      { 'softsign.mdx': 'self-reference.mdx' },
      ['content/terms/softsign.mdx  related[1]: a term cannot be related to itself'],
    ],
    [
      'references: unknown category',
      { 'softsign.mdx': 'category.mdx' },
      [
        'content/terms/softsign.mdx  category: no category "activation-functoins" — did you mean "activation-functions"?',
      ],
    ],
    [
      'duplicates: an alias that is another term, case-insensitively',
      { 'softsign.mdx': 'duplicates.mdx' },
      [
        'content/terms/softsign.mdx  aliases[1]: "HardTanh" is the term name of content/terms/hardtanh.mdx — remove this alias',
      ],
    ],
    [
      'TeX in the body, with its line',
      { 'softsign.mdx': 'tex-body.mdx' },
      ['content/terms/softsign.mdx  line 25: invalid TeX "\\tanh{"'],
    ],
    [
      'formula: a plotted term whose formula is not the kernel definition',
      { 'softsign.mdx': 'formula.mdx' },
      ['content/terms/softsign.mdx  formula: does not match the plotted kernel function "softsign"'],
    ],
    ['TeX in a field', { 'softsign.mdx': 'tex-field.mdx' }, ['content/terms/softsign.mdx  faq[0].answer: invalid TeX']],
    [
      'plot: unknown function and reversed domain',
      { 'softsign.mdx': 'plot.mdx' },
      [
        'content/terms/softsign.mdx  plot.fn: no kernel function "softsing" — did you mean "softsign"?',
        'content/terms/softsign.mdx  plot.domain:',
      ],
    ],
    [
      'plot: a vector-valued function as the lead plot',
      { 'softsign.mdx': 'plot-vector.mdx' },
      [
        'content/terms/softsign.mdx  plot.fn: "softmax" is vector-valued and has no single curve for the lead plot, cards and gallery: remove plot: and put <ActivationPlot fn="softmax" /> in the body',
      ],
    ],
    [
      'links: an internal link to no page',
      { 'softsign.mdx': 'links.mdx' },
      [
        'content/terms/softsign.mdx  line 26: link to /glossary/hard-tanh/ points to no page — did you mean /glossary/hardtanh/?',
      ],
    ],
    ['SEO: a title over budget', { 'softsign.mdx': 'seo.mdx' }, ['content/terms/softsign.mdx  seo.title:']],
    [
      'placeholders left from a scaffold',
      { 'softsign.mdx': 'placeholder.mdx' },
      ['content/terms/softsign.mdx  inPractice: still a placeholder'],
    ],
    [
      'boilerplate: the same filler with the noun swapped',
      { 'softsign.mdx': 'boilerplate.mdx', 'hardtanh.mdx': 'boilerplate-hardtanh.mdx' },
      ['with the term swapped'],
    ],
  ];
  test.each(CASES)('%s', (_name, replacements, messages) => {
    const { status, out } = checkWith(replacements);
    expect(status).toBe(1);
    for (const m of messages) expect(out).toContain(m);
  });

  test("--shard i/N checks one shard's files, with references across the whole glossary", () => {
    // Two terms: hardtanh is shard 1/2, softsign (here with bad TeX in its body) shard 2/2.
    const bad = { 'softsign.mdx': 'tex-body.mdx' };
    const first = checkWith(bad, ['--shard', '1/2']);
    expect(first.out).toContain('✓ 1 term checked: no problems.');
    expect(first.status).toBe(0);
    const second = checkWith(bad, ['--shard', '2/2']);
    expect(second.out).toContain('content/terms/softsign.mdx  line 25: invalid TeX');
    // Its one problem: softsign's related terms in the other shard (hardtanh) still resolve.
    expect(second.out).toContain('✗ 1 problem in 1 file(s).');
    expect(second.status).toBe(1);
  });
  test('a malformed --shard is refused with the fix', () => {
    const { status, out } = checkWith({}, ['--shard', '3/2']);
    expect(out).toContain('"3/2": i must be between 1 and N; write --shard i/N');
    expect(status).toBe(2);
  });
});
