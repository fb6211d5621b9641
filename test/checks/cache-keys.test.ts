import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';

// Architecture review: the check cache was keyed on `check.toString()`, so after renaming a
// kernel id a warm `npm run check` still said "no problems". Its key now holds a fingerprint
// of the pipeline's code and the lockfile.
const project = tempProject({ content: join(REPO, 'test', 'fixtures', 'content', 'valid', 'content') });
afterAll(() => project.remove());

test('a warm check reports a plot whose kernel id was renamed in the code', () => {
  const cold = project.run('scripts/check.ts', ['--content-only']);
  expect(cold.stdout, cold.stderr).toContain('✓ 2 terms checked: no problems.');
  const warm = project.run('scripts/check.ts', ['--content-only']);
  expect(warm.stdout, warm.stderr).toContain('✓ 2 terms checked: no problems.');

  const family = join(project.root, 'src', 'kernel', 'tanh-family.ts');
  writeFileSync(family, readFileSync(family, 'utf8').replace("id: 'softsign'", "id: 'soft-sign'"));
  const renamed = project.run('scripts/check.ts', ['--content-only']);
  expect(renamed.status).toBe(1);
  expect(renamed.stdout).toContain(
    'content/terms/softsign.mdx  plot.fn: no kernel function "softsign" — did you mean "soft-sign"?',
  );
}, 120_000);

// The boilerplate check keeps each file's paragraph shingles, and the relations check each page's
// mention counts, in the disk cache: a warm check must say what a cold one says, and an edit must
// reach both.
test('a warm check reports the same copied paragraph and mentions as a cold one, and not once they are edited away', () => {
  const file = join(project.root, 'content', 'terms', 'hardtanh.mdx');
  const original = readFileSync(file, 'utf8');
  const copied =
    'Hardtanh has the same range as $\\tanh$ but its tails are polynomial, so a unit saturates more gradually as its input grows and grows.';
  const softsign =
    'Softsign has the same range as $\\tanh$ but its tails are polynomial, so a unit saturates more gradually as its input grows and grows.';
  const soft = join(project.root, 'content', 'terms', 'softsign.mdx');
  const softOriginal = readFileSync(soft, 'utf8');
  writeFileSync(soft, `${softOriginal}\n${softsign}\n`);
  writeFileSync(file, `${original}\n${copied}\n`);
  const lines = (out: string) => out.split('\n').filter((l) => /reads like|mentions .* times/.test(l));
  const cold = project.run('scripts/check.ts', ['--content-only']);
  expect(lines(cold.stdout), cold.stdout + cold.stderr).toContainEqual(expect.stringContaining('reads like'));
  const warm = project.run('scripts/check.ts', ['--content-only']);
  expect(lines(warm.stdout)).toEqual(lines(cold.stdout));

  writeFileSync(
    file,
    `${original}\nHardtanh clips: inside the interval it is the identity and outside it is flat, so its gradient there is zero.\n`,
  );
  const edited = project.run('scripts/check.ts', ['--content-only']);
  expect(lines(edited.stdout).filter((l) => l.includes('reads like'))).toEqual([]);
  writeFileSync(file, original);
  writeFileSync(soft, softOriginal);
}, 120_000);
