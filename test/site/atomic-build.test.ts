import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { seedWithRepoBuild, tempProject } from '../helpers/temp-project';
import { treeHash } from '../helpers/tree-hash';

const project = tempProject();
afterAll(() => project.remove());

test('a failed build leaves the previous dist/ byte-identical and names the broken file', () => {
  // The previous site: the repository's own build of the same content.
  seedWithRepoBuild(project.root, { dist: true });
  const dist = join(project.root, 'dist');
  const before = treeHash(dist);

  // A broken term: bad TeX in the formula and a related term that does not exist.
  writeFileSync(
    join(project.root, 'content', 'terms', 'broken.mdx'),
    [
      '---',
      'term: Broken unit',
      'shortDefinition: A term written only to break the build, with a formula that does not parse.',
      'category: concepts',
      "formula: '\\frac{x'",
      'howItWorks: [{ title: One, body: First. }, { title: Two, body: Second. }]',
      'inPractice: Nowhere.',
      'faq: [{ question: Why?, answer: To test the build. }]',
      'related: [relu, no-such-term]',
      "sources: [{ title: None, authors: Nobody, year: 2026, url: 'https://example.org/' }]",
      '---',
      'Body.',
    ].join('\n'),
  );
  const second = project.run('scripts/build.ts');
  expect(second.status).not.toBe(0);
  const out = `${second.stdout}${second.stderr}`;
  expect(out).toContain('content/terms/broken.mdx  formula: invalid TeX');
  expect(out).toContain('content/terms/broken.mdx  related[1]: no term "no-such-term"');
  expect(out).toContain('The previous site in dist/ was left untouched.');

  expect(treeHash(dist)).toBe(before);
  expect(readdirSync(project.root).filter((n) => n.startsWith('.dist-'))).toEqual([]);
}, 240_000); // a full build, possibly beside other build tests on two cores
