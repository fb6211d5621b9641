import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';
import { parseMdxBody } from '../../src/checks/context';
import { escapeMdxText, texDelimitersToDollars } from '../../src/editor/mdx-escape';

const FIX = join(REPO, 'test', 'fixtures', 'import');
const project = tempProject();
afterAll(() => project.remove());
const terms = join(project.root, 'content', 'terms');
// The payload fixture is a Snake page; the glossary has its own Snake, which the import must not meet.
rmSync(join(terms, 'snake.mdx'));

describe('importing a glossary payload', () => {
  test('maps every field, resolves references, and round-trips through the build', () => {
    const imported = project.run('scripts/import.ts', [join(FIX, 'payload-snake.json')]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('related term "SIREN" (siren) is not in the glossary: dropped');
    const mdx = readFileSync(join(terms, 'snake.mdx'), 'utf8');
    expect(mdx).toMatch(/^---\nterm: Snake\n/);
    expect(mdx).toContain('  - with: silu'); // "SiLU" resolved to our slug
    expect(mdx).toContain('  - name: Sine activation'); // no page: kept as free text
    expect(mdx).toContain('title: Add a periodic term'); // numbered steps became howItWorks
    const check = project.run('scripts/check.ts', ['--content-only']);
    expect(check.status, check.stdout).toBe(0);
    const build = project.run('scripts/build.ts');
    expect(build.status, build.stderr).toBe(0);
    const page = readFileSync(join(project.root, 'dist', 'glossary', 'snake', 'index.html'), 'utf8');
    expect(page).toContain('>Snake</h1>');
    expect(page).toContain('class="katex"');
  }, 240_000); // includes a full build

  test('never overwrites: importing onto an existing slug leaves that file byte-identical', () => {
    const before = readFileSync(join(terms, 'gelu.mdx'));
    const result = project.run('scripts/import.ts', [join(FIX, 'payload-snake.json'), '--slug', 'gelu']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/terms/gelu.mdx already exists; not overwriting it');
    expect(readFileSync(join(terms, 'gelu.mdx')).equals(before)).toBe(true);
  });

  test('filler that differs only in the name is never published twice: the second copy is set aside with the reason', () => {
    for (const f of ['payload-filler-alpha-unit.json', 'payload-filler-beta-unit.json'])
      expect(project.run('scripts/import.ts', [join(FIX, f)]).status).toBe(0);
    const beta = readFileSync(join(terms, 'beta-unit.mdx'), 'utf8');
    const [published, block] = beta.split('{/* TODO(import): generic filler set aside');
    expect(published).not.toContain('operating discipline');
    expect(block).toMatch(/refused by npm run check: reads like content\/terms\/alpha-unit\.mdx/);
    const out = project.run('scripts/check.ts', ['--content-only']).stdout;
    expect(out).toMatch(/beta-unit\.mdx {2}line \d+: generic filler set aside by the importer/);
    // The set-aside block is a comment: nothing in it is compared or published.
    expect(out).not.toMatch(/beta-unit\.mdx[^\n]*reads like/);
    expect(out).not.toMatch(/snake\.mdx[^\n]*reads like/);
  });
});

describe('importing a Markdown article with TeX', () => {
  test('converts delimiters, escapes MDX-hostile text, and leaves TODO fields for the editor', () => {
    const result = project.run('scripts/import.ts', [join(FIX, 'article.md'), '--term', 'Linear collapse']);
    expect(result.status, result.stderr).toBe(0);
    const mdx = readFileSync(join(terms, 'linear-collapse.mdx'), 'utf8');
    expect(mdx).toContain('$$\nW_2 (W_1 x + b_1) + b_2 = (W_2 W_1) x + (W_2 b_1 + b_2).\n$$');
    expect(mdx).toContain('where $d$ is the model width');
    expect(mdx).toContain('\\{almost\\}');
    expect(mdx).toContain('unlike a &lt;span> tag');
    expect(mdx).toContain('when x < y'); // a `<` that cannot open JSX stays as typed
    expect(mdx).toContain('# {not an expression}'); // code is left alone
    const body = mdx.split('\n---\n')[1];
    expect(() => parseMdxBody(body)).not.toThrow();
    const check = project.run('scripts/check.ts', ['--content-only']);
    expect(check.stdout).toContain('content/terms/linear-collapse.mdx  shortDefinition: still a placeholder');
  });
});

describe('npm run new', () => {
  test('scaffolds every field as a placeholder that check rejects, and refuses to overwrite', () => {
    const first = project.run('scripts/new-term.ts', ['Maxout unit']);
    expect(first.status).toBe(0);
    const file = join(terms, 'maxout-unit.mdx');
    const text = readFileSync(file, 'utf8');
    for (const key of [
      'term:',
      'aliases:',
      'shortDefinition:',
      'category:',
      'formula:',
      'howItWorks:',
      'inPractice:',
      'comparisons:',
      'faq:',
      'related:',
      'sources:',
    ])
      expect(text).toContain(key);
    const check = project.run('scripts/check.ts', ['--content-only']);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('content/terms/maxout-unit.mdx  shortDefinition: still a placeholder');
    const second = project.run('scripts/new-term.ts', ['Maxout unit']);
    expect(second.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('MDX escaping', () => {
  test.each([
    ['a {b} c', 'a \\{b\\} c'],
    ['x < y and <b>', 'x < y and &lt;b>'],
    ['`{code}` and $\\frac{a}{b}$', '`{code}` and $\\frac{a}{b}$'],
  ])('%s', (input, expected) => expect(escapeMdxText(input)).toBe(expected));
  test('\\( \\) and \\[ \\] become dollars', () => {
    expect(texDelimitersToDollars('a \\(x\\) b')).toBe('a $x$ b');
    expect(texDelimitersToDollars('a \\[x^2\\] b')).toBe('a\n\n$$\nx^2\n$$\n\nb');
  });
});

test('no temporary build directories are left behind', () => {
  expect(readdirSync(project.root).filter((n) => n.startsWith('.dist-'))).toEqual([]);
  expect(existsSync(join(project.root, 'dist'))).toBe(true);
});
