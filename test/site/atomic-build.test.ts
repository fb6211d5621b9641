import { readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { tempProject } from '../helpers/temp-project';
import { treeHash } from '../helpers/tree-hash';

const project = tempProject();
afterAll(() => project.remove());

test('a failed build leaves the previous dist/ byte-identical and names the broken file', () => {
  const first = project.run('scripts/build.ts');
  expect(first.status, first.stderr).toBe(0);
  const dist = join(project.root, 'dist');
  const before = treeHash(dist);

  // A broken term: bad TeX in the formula and a related term that does not exist.
  const gelu = readFileSync(join(project.root, 'content', 'terms', 'gelu.mdx'), 'utf8');
  writeFileSync(
    join(project.root, 'content', 'terms', 'broken.mdx'),
    gelu.replace('term: GELU', 'term: Broken unit').replace(/aliases: \[.*\]/, 'aliases: []').replace("formula: '", "formula: '\\frac{").replace('related: [relu', 'related: [relu, no-such-term'),
  );
  const second = project.run('scripts/build.ts');
  expect(second.status).not.toBe(0);
  const out = `${second.stdout}${second.stderr}`;
  expect(out).toContain('content/terms/broken.mdx  formula: invalid TeX');
  expect(out).toContain('content/terms/broken.mdx  related[1]: no term "no-such-term"');
  expect(out).toContain('The previous site in dist/ was left untouched.');

  expect(treeHash(dist)).toBe(before);
  expect(readdirSync(project.root).filter((n) => n.startsWith('.dist-'))).toEqual([]);
});
