import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';
import { countedNumbers, significantDigits } from '../../src/checks/numbers';

const FIXTURES = join(REPO, 'test', 'fixtures', 'content');
const projects: { remove: () => void }[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

/** `npm run check -- --content-only` on the valid fixture with softsign.mdx replaced. */
function checkWith(bad: string | undefined) {
  const project = tempProject({ content: join(FIXTURES, 'valid', 'content') });
  projects.push(project);
  if (bad) copyFileSync(join(FIXTURES, 'bad', bad), join(project.root, 'content', 'terms', 'softsign.mdx'));
  const result = project.run('scripts/check.ts', ['--content-only']);
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('which numbers count', () => {
  test.each([
    ['0.0692', 3],
    ['0.17', 2],
    ['1.702', 4],
    ['84.67', 4],
    ['1.50', 3],
    ['1600', 0],
    ['2.1.0', 0],
  ])('%s has %i counted significant digits', (token, digits) => {
    expect(significantDigits(token)).toBe(digits);
  });
  test('decimals of three or more digits count, in prose and TeX alike; integers and versions do not', () => {
    expect(countedNumbers('dips to -0.170 at x = -0.752, in 2016, widths 1600 → 6400, v1.13, 2.1.0, 0.17')).toEqual([
      '0.170',
      '0.752',
    ]);
    expect(countedNumbers('\\sigma(1.702x) \\approx 10^{-3}')).toEqual(['1.702']);
  });
});

describe('npm run check on numbers and computed values', () => {
  test('flags hand-typed numbers with file and place, and bad constants entries', () => {
    const { status, out } = checkWith('numbers.mdx');
    expect(status).toBe(1);
    expect(out).toContain('content/terms/softsign.mdx  faq[0].answer: the number 0.0278 is typed by hand');
    expect(out).toMatch(/content\/terms\/softsign\.mdx {2}line \d+: the number 0\.7616 is typed by hand/);
    expect(out).toContain('constants[0].source: there is no source 2: the file lists 1');
    expect(out).toContain('constants[1].value: 0.5772 appears nowhere in the text');
    // Attributed (1.7159), integers (2010, 1600, 6400) and versions (2.1.0, v1.13) pass.
    expect(out).not.toMatch(/the number (1\.7159|2010|1600|6400|2\.1|1\.13)\b/);
  });

  test('names every broken computed value with its place and fix', () => {
    const { status, out } = checkWith('computed.mdx');
    expect(status).toBe(1);
    expect(out).toContain('content/terms/softsign.mdx  faq[0].answer: malformed computed value `=min softsign`');
    expect(out).toMatch(/softsign\.mdx {2}line \d+: zero\(softsign, 1, 2\): no sign change on \[1, 2\]/);
    expect(out).toMatch(/softsign\.mdx {2}line \d+: `=zero\(tanhh, -1, 1\)`: no activation "tanhh"/);
    // The good one in the same answer is not reported.
    expect(out).not.toContain('=df(softsign, 5)');
  });

  test('catches a YAML key indented into a folded field', () => {
    const { status, out } = checkWith('folded.mdx');
    expect(status).toBe(1);
    expect(out).toContain(
      'content/terms/softsign.mdx  inPractice: the text ends a line with the YAML header "…studies of saturation. PyTorch: >-"',
    );
  });

  test('editorial and relation warnings are printed apart and do not fail the check', () => {
    const { status, out } = checkWith(undefined);
    expect(status).toBe(0);
    expect(out).toMatch(/^warning: content\/terms\/softsign\.mdx {2}faq: 1 question\(s\): answer at least 3/m);
    expect(out).toMatch(/✓ 2 terms checked: no problems\. \d+ warnings \(not failing\)\./);
  });
});
