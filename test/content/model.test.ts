import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readGlossary } from '../../src/glossary/model';
import { checkGlossary } from '../../src/checks';
import { formatIssue, isError } from '../../src/schema';
import { REPO } from '../helpers/temp-project';

// Each case copies the two-term valid fixture, changes it, and reads it with the build's own model and checks.
const VALID = join(REPO, 'test', 'fixtures', 'content', 'valid', 'content');
const SOFTSIGN = readFileSync(join(VALID, 'terms', 'softsign.mdx'), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(edit: (content: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'glossary-model-'));
  dirs.push(root);
  cpSync(VALID, join(root, 'content'), { recursive: true });
  edit(join(root, 'content'));
  return root;
}

/** The printed problem list of `npm run check` for a changed fixture. */
function problems(edit: (content: string) => void): string[] {
  return checkGlossary(readGlossary(project(edit))).issues.filter(isError).map(formatIssue);
}

/** Softsign with its body replaced: a blank line after the closing `---`, then the body from line BODY_LINE. */
const withBody = (body: string) => SOFTSIGN.replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${body}\n`);
const BODY_LINE = SOFTSIGN.split('\n').indexOf('---', 1) + 3;

describe('the content model', () => {
  test('reads the valid fixture with no problem, and counts each term once', () => {
    const model = readGlossary(project(() => {}));
    expect(checkGlossary(model).issues.filter(isError)).toEqual([]);
    expect(model.index.terms.map((t) => t.slug)).toEqual(['hardtanh', 'softsign']);
  });

  test('gives body nodes the line of the file, not of the body', () => {
    const model = readGlossary(project((c) => writeFileSync(join(c, 'terms', 'softsign.mdx'), withBody('One.\n\nTwo $x$.'))));
    const source = model.sources.find((s) => s.slug === 'softsign')!;
    const tree = model.body(source)!;
    expect(tree.children.map((n) => n.position?.start.line)).toEqual([BODY_LINE, BODY_LINE + 2]);
    expect(SOFTSIGN.split('\n')[BODY_LINE - 1]).toMatch(/^Softsign has/);
  });

  // Row 9: terms in a subfolder, with another extension or upper-case .MDX were silently not published.
  test.each([
    ['a subfolder', (c: string) => (mkdirSync(join(c, 'terms', 'sub')), writeFileSync(join(c, 'terms', 'sub', 'x.mdx'), SOFTSIGN)), 'content/terms/sub'],
    ['a .md file', (c: string) => writeFileSync(join(c, 'terms', 'x.md'), SOFTSIGN), 'content/terms/x.md  (file name): term files end in lower-case .mdx: rename it to x.mdx'],
    ['an upper-case .MDX', (c: string) => writeFileSync(join(c, 'terms', 'x.MDX'), SOFTSIGN), 'content/terms/x.MDX  (file name): term files end in lower-case .mdx'],
  ])('row 9: %s is an error, not silently skipped', (_name, edit, expected) => {
    const out = problems(edit);
    expect(out.some((line) => line.startsWith(expected)), out.join('\n')).toBe(true);
  });

  // Row 10: a Latin-1 byte was published as U+FFFD.
  test('row 10: invalid UTF-8 is an error with the file and its line', () => {
    const out = problems((c) => {
      const bytes = Buffer.from(SOFTSIGN.replace('term: Softsign', 'term: Softsign Un\u0000t'), 'utf8');
      bytes[bytes.indexOf(0)] = 0xe9; // "é" in Latin-1: not valid UTF-8 on its own
      writeFileSync(join(c, 'terms', 'softsign.mdx'), bytes);
    });
    expect(out).toEqual(['content/terms/softsign.mdx  line 2: the file is not valid UTF-8 (a byte from another encoding, e.g. Latin-1): save it as UTF-8']);
  });

  // Row 23: a BOM was reported as "the file must start with a --- YAML block".
  test('row 23: a UTF-8 byte-order mark is accepted', () => {
    expect(problems((c) => writeFileSync(join(c, 'terms', 'softsign.mdx'), `\uFEFF${SOFTSIGN}`))).toEqual([]);
  });

  // Row 22: YAML errors were one line short and ended with a dangling colon.
  test.each([
    ['broken YAML', 'aliases: [soft sign]\n', 'aliases: [soft sign\n', 4],
    ['a tab for indentation', 'howItWorks:\n  - title:', 'howItWorks:\n\t- title:', 8],
    ['a duplicate key', 'category: activation-functions\n', 'category: activation-functions\ncategory: concepts\n', 6],
  ])('row 22: %s is reported at its file line (where the parser stops)', (_name, from, to, line) => {
    const out = problems((c) => writeFileSync(join(c, 'terms', 'softsign.mdx'), SOFTSIGN.replace(from, to)));
    expect(out.length, out.join('\n')).toBeGreaterThan(0);
    expect(out[0]).toMatch(new RegExp(`^content/terms/softsign\\.mdx  line ${line}: invalid YAML: .*[^:]$`));
  });

  // Row 21: these passed `npm run check` and then failed the build, with a line counted from the body.
  test.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror="alert(1)" />'],
    ['Values in {a, b}.'],
    ['Two is {1+1}.'],
    ["import X from './x.js'"],
    ['export const y = 1'],
    ['<div onClick={() => 1}>x</div>'],
    ['H<sub>2</sub>O'],
    ['<Aside>Note</Aside>'],
  ])('row 21: a body with %s fails check at its file line', (body) => {
    const out = problems((c) => writeFileSync(join(c, 'terms', 'softsign.mdx'), withBody(`First paragraph.\n\n${body}`)));
    expect(out.length, `check passed a body the build rejects: ${body}`).toBeGreaterThan(0);
    expect(out.every((line) => !line.includes('\n    at ')), out.join('\n')).toBe(true);
    expect(out[0]).toMatch(new RegExp(`^content/terms/softsign\\.mdx  line ${BODY_LINE + 2}: `));
  });

  test('a term with frontmatter problems still has its body checked: every problem at once', () => {
    const out = problems((c) => writeFileSync(join(c, 'terms', 'softsign.mdx'), withBody('First.\n\n<script>alert(1)</script>').replace('related:', 'relatd:')));
    expect(out.some((l) => l.startsWith('content/terms/softsign.mdx  ') && l.includes('relatd')), out.join('\n')).toBe(true);
    expect(out.some((l) => l.startsWith(`content/terms/softsign.mdx  line ${BODY_LINE + 2}: `))).toBe(true);
  });

  // Row 18: a key that is no slug passed check and crashed the build in getStaticPaths.
  test("row 18: a categories.yaml key that is not a slug names content/categories.yaml", () => {
    const out = problems((c) => writeFileSync(join(c, 'categories.yaml'), `${readFileSync(join(VALID, 'categories.yaml'), 'utf8')}'Bad Key/../x':\n  name: Bad\n  description: A category whose key is not a slug at all.\n`));
    expect(out).toEqual(['content/categories.yaml  "Bad Key/../x": "Bad Key/../x" is not a valid category key: use a kebab-case slug, e.g. "leaky-relu" (lowercase letters, digits, single hyphens)']);
  });

  // Row 25: a malformed categories.yaml did not name the file.
  test('row 25: malformed categories.yaml names the file and line', () => {
    const out = problems((c) => writeFileSync(join(c, 'categories.yaml'), 'activation-functions:\n  name: [unclosed\n'));
    expect(out[0]).toMatch(/^content\/categories\.yaml {2}line \d+: invalid YAML: /);
  });

  // Row 33: an empty category got a page and a link from the home page and the sitemap.
  test('row 33: a category with no term is not published, and a link to it is reported', () => {
    const root = project((c) => {
      writeFileSync(join(c, 'categories.yaml'), `${readFileSync(join(VALID, 'categories.yaml'), 'utf8')}empty:\n  name: Empty\n  description: A category that no term uses, so it has no page.\n`);
      writeFileSync(join(c, 'terms', 'softsign.mdx'), withBody('See [the empty category](/categories/empty/).'));
    });
    const model = readGlossary(root);
    expect(model.declaredCategories.map((c) => c.slug)).toContain('empty');
    expect(model.index.categories.map((c) => c.slug)).toEqual(['activation-functions']);
    expect(checkGlossary(model).issues.filter(isError).map(formatIssue)).toEqual([`content/terms/softsign.mdx  line ${BODY_LINE}: link to /categories/empty/ points to no page`]);
  });

  // Architecture review: one reversed domain gave 5 messages, two telling the editor to add a file that exists.
  test('one mistake gives one message: a reversed domain does not cascade into other files', () => {
    const out = problems((c) => writeFileSync(join(c, 'terms', 'hardtanh.mdx'), readFileSync(join(VALID, 'terms', 'hardtanh.mdx'), 'utf8').replace(/domain: \[[^\]]*\]/, 'domain: [3, -3]')));
    expect(out).toEqual(['content/terms/hardtanh.mdx  plot.domain: domain [3, -3] is reversed: write [min, max] with min < max']);
  });

  test('one mistake gives one message: bad TeX in the body is named at its line, not again as "(body)"', () => {
    const out = problems((c) => writeFileSync(join(c, 'terms', 'softsign.mdx'), withBody('Fine text, then $\\tanh{$ here.')));
    expect(out).toEqual([expect.stringMatching(new RegExp(`^content/terms/softsign\\.mdx  line ${BODY_LINE}: invalid TeX`))]);
  });
});
