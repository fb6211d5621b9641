import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';

/** `npm run new` and `npm run import` on the hostile inputs of the November 2026 review (rows 3, 24, 26, 28). */
const FIX = join(REPO, 'test', 'fixtures', 'import');
const project = tempProject();
afterAll(() => project.remove());
const terms = join(project.root, 'content', 'terms');
// The fixture payloads import a Snake page, which the glossary now has: start without it.
rmSync(join(terms, 'snake.mdx'));
const listTerms = () => readdirSync(terms).sort();
const out = (r: { stdout: string; stderr: string }) => `${r.stdout}${r.stderr}`;

describe('row 3: slugs are validated everywhere', () => {
  test.each(['../../src/pages/evil', 'Evil', 'a/b', 'x--y', 'x'.repeat(81)])(
    'import --slug %s is refused and writes nothing',
    (slug) => {
      const before = listTerms();
      const r = project.run('scripts/import.ts', [join(FIX, 'payload-snake.json'), '--slug', slug]);
      expect(r.status).toBe(1);
      expect(out(r)).toContain(`--slug "${slug}" is not a valid slug`);
      expect(listTerms()).toEqual(before);
      expect(existsSync(join(project.root, 'src', 'pages', 'evil.mdx'))).toBe(false);
    },
  );
  test('new --slug ../../etc/x is refused', () => {
    const r = project.run('scripts/new-term.ts', ['X', '--slug', '../../etc/x']);
    expect(r.status).toBe(1);
    expect(out(r)).toContain('--slug "../../etc/x" is not a valid slug');
  });
  test("a payload's own slug that is not ours is replaced by one made from the term", () => {
    const payload = JSON.parse(readFileSync(join(FIX, 'payload-snake.json'), 'utf8')) as unknown[];
    const text = JSON.stringify(payload).replace('"snake"', '"../../src/pages/evil"');
    expect(text).toContain('../../src/pages/evil');
    const file = join(project.root, 'evil-slug.json');
    writeFileSync(file, text);
    const r = project.run('scripts/import.ts', [file]);
    expect(out(r)).toContain('is not a valid slug: made one from the term name instead');
    expect(existsSync(join(project.root, 'src', 'pages', 'evil.mdx'))).toBe(false);
    expect(existsSync(join(terms, 'snake.mdx'))).toBe(true);
  });
});

describe('row 24: non-Latin names and articles with frontmatter', () => {
  test('new "日本語" gets a transliterated slug, never a hidden .mdx', () => {
    const r = project.run('scripts/new-term.ts', ['日本語']);
    expect(r.status, out(r)).toBe(0);
    expect(listTerms()).toContain('ribenyu.mdx');
    expect(listTerms().filter((f) => f.startsWith('.'))).toEqual([]);
  });
  test('an emoji-only name asks for --slug, and --slug works', () => {
    const refused = project.run('scripts/new-term.ts', ['🙂']);
    expect(refused.status).toBe(1);
    expect(out(refused)).toContain('pass --slug');
    const ok = project.run('scripts/new-term.ts', ['🙂', '--slug', 'smile-unit']);
    expect(ok.status, out(ok)).toBe(0);
    expect(readFileSync(join(terms, 'smile-unit.mdx'), 'utf8')).toMatch(/^---\nterm: 🙂\n/);
  });
  test("an article's own --- frontmatter names the term and stays out of the body", () => {
    const file = join(project.root, 'with-frontmatter.md');
    writeFileSync(
      file,
      '---\ntitle: Frontmatter unit\nauthor: Someone\ndate: 2020-01-01\n---\n\nThe body, with \\(x^2\\).\n',
    );
    const r = project.run('scripts/import.ts', [file]);
    expect(r.status, out(r)).toBe(0);
    expect(out(r)).toContain("the article's own frontmatter was not imported (author, date)");
    const mdx = readFileSync(join(terms, 'frontmatter-unit.mdx'), 'utf8');
    expect(mdx).toMatch(/^---\nterm: Frontmatter unit\n/);
    const body = mdx.split('\n---\n')[1];
    expect(body).not.toContain('author');
    expect(body.trim()).toBe('The body, with $x^2$.');
  });
});

describe('row 26: unusable inputs get a clear message', () => {
  test('a folder', () => {
    const dir = join(project.root, 'a-folder');
    mkdirSync(dir);
    const r = project.run('scripts/import.ts', [dir]);
    expect(r.status).toBe(1);
    expect(out(r)).toContain('a folder with no files to import in it');
  });
  test('a missing file', () => {
    const r = project.run('scripts/import.ts', ['missing.json']);
    expect(r.status).toBe(1);
    expect(out(r)).toContain('missing.json → (nothing): no such file; check the path');
  });
  test('a 300-character file name', () => {
    const r = project.run('scripts/import.ts', [`${'a'.repeat(300)}.md`]);
    expect(r.status).toBe(1);
    expect(out(r)).toMatch(/the path is too long \(303 characters\)|no such file/);
    expect(out(r)).not.toContain('ENAMETOOLONG');
  });
  test('a 300-character term name for new', () => {
    const r = project.run('scripts/new-term.ts', ['a '.repeat(150)]);
    expect(r.status).toBe(1);
    expect(out(r)).toContain('a term name has at most 60');
  });
});

describe('row 28: --slug and --force as documented', () => {
  test('new --slug sets the file name (no "-slug-" in it)', () => {
    const r = project.run('scripts/new-term.ts', ['ReLU', '--slug', 'relu-two']);
    expect(r.status, out(r)).toBe(0);
    expect(listTerms()).toContain('relu-two.mdx');
    expect(listTerms().filter((f) => f.includes('slug'))).toEqual([]);
  });
  test('--force before the file is an option, and keeps a backup outside content/', () => {
    const before = readFileSync(join(terms, 'gelu.mdx'), 'utf8');
    // --term renames it: the glossary has a Snake page already, and a second term of one name is refused.
    const r = project.run('scripts/import.ts', [
      '--force',
      join(FIX, 'payload-snake.json'),
      '--slug',
      'gelu',
      '--term',
      'Snake unit',
    ]);
    expect(r.status, out(r)).toBe(0);
    const backup = /kept as (\.backup\/content\/terms\/gelu\.[^ )]+\.mdx)/.exec(out(r))?.[1];
    expect(backup).toBeDefined();
    expect(readFileSync(join(project.root, backup!), 'utf8')).toBe(before);
    expect(readFileSync(join(terms, 'gelu.mdx'), 'utf8')).toMatch(/^---\nterm: Snake unit\n/);
    // The backup is not a term: content/ holds no copy of it.
    expect(listTerms().filter((f) => !f.endsWith('.mdx'))).toEqual([]);
  });
  test('without --force an existing file is refused and the hint names --slug and --force', () => {
    const r = project.run('scripts/new-term.ts', ['ReLU']);
    expect(r.status).toBe(1);
    expect(out(r)).toContain('pass --slug <another-slug>, or --force to replace it');
  });
  test('several input files import in one run', () => {
    const r = project.run('scripts/import.ts', [
      join(FIX, 'payload-filler-alpha-unit.json'),
      join(FIX, 'payload-filler-beta-unit.json'),
    ]);
    expect(r.status, out(r)).toBe(0);
    expect(listTerms()).toEqual(expect.arrayContaining(['alpha-unit.mdx', 'beta-unit.mdx']));
  });
  test('several files with one bad one: the good one is written, the bad one is skipped with its reason', () => {
    const before = listTerms();
    const r = project.run('scripts/import.ts', [join(FIX, 'article.md'), 'missing.json', '--dry-run']);
    expect(r.status).toBe(1);
    expect(out(r)).toMatch(/missing\.json\s+\?\s+skipped/);
    expect(out(r)).toContain('missing.json → (nothing): no such file; check the path');
    expect(out(r)).toContain('1 would be imported (dry run: nothing was written), 1 skipped.');
    expect(listTerms()).toEqual(before);
  });
  test('--slug with several files is refused, not applied to one of them', () => {
    const r = project.run('scripts/import.ts', [
      join(FIX, 'article.md'),
      join(FIX, 'payload-snake.json'),
      '--slug',
      'x',
    ]);
    expect(r.status).toBe(2);
    expect(out(r)).toContain('--slug and --term name one term, but 2 files were given');
  });
});
