import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Appends a sentence to one body (no other page shows a body: the other pages are carried over). */
function editBody(root: string): void {
  const gelu = join(root, 'content', 'terms', 'gelu.mdx');
  writeFileSync(gelu, `${readFileSync(gelu, 'utf8')}\nAn edited closing sentence about ReLU, written for this test.\n`);
  sameDates(root);
}

/** Changes one definition (shown on other pages: every page is rendered again). */
function editDefinition(root: string): void {
  const relu = join(root, 'content', 'terms', 'relu.mdx');
  const definition = 'is still the default in convolutional networks.';
  writeFileSync(relu, readFileSync(relu, 'utf8').replace(definition, `${definition} Edited for this test.`));
  sameDates(root);
}

/** The paths of the files that differ between two sites, after checking both have the same files. */
function differences(x: string, y: string): string[] {
  const [a, b] = [files(x), files(y)];
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  return [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
}

/** How many terms and pairs a build's log says it carried over from the previous site (0 if it says nothing). */
const carriedIn = (log: string): number =>
  Number(/(\d+) terms and pairs unchanged since the last build/.exec(log)?.[1] ?? 0);

describe('a rebuild with warm caches', () => {
  // Bodies, fields, formulas, plots, plain text, kernel findings, check results and cards are cached on
  // disk across builds, and pages whose inputs did not change are carried over from the previous site:
  // a stale entry or a wrongly carried page would publish an old page. The site rebuilt after an edit
  // must be the site built from nothing.
  test('after a body edit it carries every other term and pair over, and gives the site a cold build gives', () => {
    // Warm: the caches of the repository's own build (same content, dates from git, not these files'), then one build.
    seedWithRepoBuild(warm.root, { caches: true });
    sameDates(warm.root);
    const first = warm.run('scripts/build.ts');
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(carriedIn(first.stdout)).toBe(0);
    const site = join(warm.root, 'dist');
    const untouched = join('glossary', 'relu', 'index.html');
    const before = statSync(join(site, untouched)).ino;

    editBody(warm.root);
    editBody(cold.root);
    const rebuild = warm.run('scripts/build.ts');
    expect(rebuild.status, rebuild.stdout + rebuild.stderr).toBe(0);
    const fresh = cold.run('scripts/build.ts');
    expect(fresh.status, fresh.stdout + fresh.stderr).toBe(0);

    expect(differences(site, join(cold.root, 'dist'))).toEqual([]);
    // Every term and pair but the edited term was carried over: the same file, not a copy.
    const terms = readdirSync(join(site, 'glossary'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    const pairs = readdirSync(join(site, 'compare'), { withFileTypes: true }).filter((d) => d.isDirectory()).length / 2;
    expect(carriedIn(rebuild.stdout)).toBe(terms + Math.floor(pairs) - 1);
    expect(statSync(join(site, untouched)).ino).toBe(before);
    // The edit reached the page, its Markdown copy and llms-full.txt.
    expect(readFileSync(join(site, 'glossary', 'gelu', 'index.html'), 'utf8')).toContain(
      'An edited closing sentence about',
    );
    expect(readFileSync(join(site, 'glossary', 'gelu.md'), 'utf8')).toContain('An edited closing sentence about');
    expect(readFileSync(join(site, 'llms-full.txt'), 'utf8')).toContain('An edited closing sentence about');
  }, 900_000);

  test('after a definition edit it renders every page again, and gives the site a cold build gives', () => {
    editDefinition(warm.root);
    editDefinition(cold.root);
    const rebuild = warm.run('scripts/build.ts');
    expect(rebuild.status, rebuild.stdout + rebuild.stderr).toBe(0);
    expect(carriedIn(rebuild.stdout)).toBe(0);
    // The reference is built from nothing: no cache, no previous site.
    rmSync(join(cold.root, 'node_modules', '.cache'), { recursive: true, force: true });
    rmSync(join(cold.root, 'dist'), { recursive: true, force: true });
    const fresh = cold.run('scripts/build.ts');
    expect(fresh.status, fresh.stdout + fresh.stderr).toBe(0);

    const site = join(warm.root, 'dist');
    expect(differences(site, join(cold.root, 'dist'))).toEqual([]);
    expect(readFileSync(join(site, 'glossary', 'relu', 'index.html'), 'utf8')).toContain('Edited for this test.');
    // …and on the pages that list it (related terms, the A–Z index).
    expect(readFileSync(join(site, 'glossary', 'index.html'), 'utf8')).toContain('Edited for this test.');
  }, 900_000);
});
