import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { seedWithRepoBuild, tempProject } from '../helpers/temp-project';

/** Every file under `dir` with its bytes, by path; Pagefind's hashed bundle names are compared by content below. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

const warm = tempProject();
const cold = tempProject();
afterAll(() => {
  warm.remove();
  cold.remove();
});

/**
 * Outside git, a page's date is its file's modification time: both projects get the same one,
 * so dates cannot tell the two sites apart.
 */
function sameDates(root: string): void {
  const dir = join(root, 'content', 'terms');
  const when = new Date('2026-01-15T12:00:00Z');
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), when, when);
}

/** Appends to one body and changes one definition, in a project's content. */
function edit(root: string): void {
  const gelu = join(root, 'content', 'terms', 'gelu.mdx');
  writeFileSync(gelu, `${readFileSync(gelu, 'utf8')}\nAn edited closing sentence about ReLU, written for this test.\n`);
  const relu = join(root, 'content', 'terms', 'relu.mdx');
  const definition = 'is still the default in convolutional networks.';
  writeFileSync(relu, readFileSync(relu, 'utf8').replace(definition, `${definition} Edited for this test.`));
  sameDates(root);
}

describe('a rebuild with warm caches', () => {
  // Bodies, fields, formulas, plots, plain text, kernel findings, check results and cards are cached on
  // disk across builds: a stale entry would publish an old page. The site built from warm caches after an
  // edit must be the site built from nothing.
  test('after an edit gives the same site, byte for byte, as a cold build of the edited content', () => {
    // Warm: the caches and site of the repository's own build (same content, dates from git, not these files').
    seedWithRepoBuild(warm.root, { dist: true, caches: true });
    edit(warm.root);
    edit(cold.root);
    const rebuild = warm.run('scripts/build.ts');
    expect(rebuild.status, rebuild.stdout + rebuild.stderr).toBe(0);
    const fresh = cold.run('scripts/build.ts');
    expect(fresh.status, fresh.stdout + fresh.stderr).toBe(0);

    const [a, b] = [files(join(warm.root, 'dist')), files(join(cold.root, 'dist'))];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    // The edit reached the pages: the new sentence on its page, the new definition where it is listed.
    expect(a.get('glossary/gelu/index.html')!.toString()).toContain('An edited closing sentence about');
    expect(a.get('glossary/relu/index.html')!.toString()).toContain('Edited for this test.');
    // …and on the pages that list it (related terms, the A–Z index).
    expect(a.get('glossary/index.html')!.toString()).toContain('Edited for this test.');
  }, 900_000);
});
