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
