import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, expect, test } from 'vitest';
import { REPO } from '../helpers/temp-project';

// The cache lives under the working directory; each run is its own process, as builds are.
const dir = mkdtempSync(join(tmpdir(), 'glossary-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = join(dir, 'use-cache.mts');
writeFileSync(
  script,
  `import { diskCached } from ${JSON.stringify(join(REPO, 'src', 'markdown', 'disk-cache.ts'))};
const mode = process.argv[2];
try {
  const v = diskCached('bodies', 'the same input', () => { if (mode === 'throw') throw new Error('bad content'); return 'rendered'; });
  console.log(JSON.stringify(v));
} catch (e) { console.log('threw'); }
`,
);
const run = (mode: string) =>
  spawnSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, mode], {
    cwd: dir,
    encoding: 'utf8',
  }).stdout.trim();

test('an input whose rendering threw is computed again by the next run, not served as null', () => {
  expect(run('throw')).toBe('threw');
  expect(run('ok')).toBe('"rendered"');
  expect(run('throw')).toBe('"rendered"'); // now cached: compute is not called
});

// Each build is its own process, and flushes when it exits.
const pruneDir = mkdtempSync(join(tmpdir(), 'glossary-cache-prune-'));
afterAll(() => rmSync(pruneDir, { recursive: true, force: true }));
const builder = join(pruneDir, 'use-cache.mts');
writeFileSync(
  builder,
  `import { diskCached, keepUnusedEntries } from ${JSON.stringify(join(REPO, 'src', 'markdown', 'disk-cache.ts'))};
const [build, ...inputs] = process.argv.slice(2);
// A build that carries pages over (src/glossary/carry-over.ts) keeps what it did not use.
if (build.startsWith('carry')) keepUnusedEntries();
// An entry's value names the build that computed it.
console.log(JSON.stringify(inputs.map((input) => diskCached('fields', input, () => 'computed in ' + build))));
`,
);
const use = (build: string, ...inputs: string[]) =>
  JSON.parse(
    spawnSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), builder, build, ...inputs], {
      cwd: pruneDir,
      encoding: 'utf8',
    }).stdout,
  ) as string[];

test("a build's flush keeps only the entries it used, so the cache never outgrows the content", () => {
  expect(use('build 1', 'a', 'b', 'c')).toEqual(['computed in build 1', 'computed in build 1', 'computed in build 1']);
  expect(use('build 2', 'a', 'b', 'c', 'd')).toEqual([
    'computed in build 1',
    'computed in build 1',
    'computed in build 1',
    'computed in build 2',
  ]);
  expect(use('build 3', 'a')).toEqual(['computed in build 1']);
  expect(use('build 4', 'a', 'b')).toEqual(['computed in build 1', 'computed in build 4']);
  // A build that renders only some pages adds its entries and drops none…
  expect(use('carry 5', 'e')).toEqual(['computed in carry 5']);
  expect(use('build 6', 'a', 'b', 'e')).toEqual(['computed in build 1', 'computed in build 4', 'computed in carry 5']);
  // …and the next ordinary build prunes again.
  expect(use('build 7', 'a')).toEqual(['computed in build 1']);
  expect(use('build 8', 'b', 'e')).toEqual(['computed in build 8', 'computed in build 8']);
});

// Values longer than a few hundred characters stay on disk: a build reads each back when asked.
const bigDir = mkdtempSync(join(tmpdir(), 'glossary-cache-big-'));
afterAll(() => rmSync(bigDir, { recursive: true, force: true }));
const bigScript = join(bigDir, 'use-cache.mts');
writeFileSync(
  bigScript,
  `import { diskCached } from ${JSON.stringify(join(REPO, 'src', 'markdown', 'disk-cache.ts'))};
// This build computes values named \${build}; those it finds must be named \${expected}.
const [build, expected, count] = [process.argv[2], process.argv[3], Number(process.argv[4])];
// Two-byte text (KaTeX output is), ~18,000 characters a value.
const value = (name: string, i: number) => name + ' ' + i + ' ' + '−∑ x² '.repeat(3000) + i;
(globalThis as any).gc();
const before = process.memoryUsage().heapUsed;
let computed = 0;
for (let i = 0; i < count; i++) diskCached('bodies', 'input ' + i, () => (computed++, value(build, i)));
(globalThis as any).gc();
const heldMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
// Every value asked for again in the same build, read back from disk and compared whole.
let found = 0;
for (let i = 0; i < count; i++) {
  const v = diskCached('bodies', 'input ' + i, () => 'computed twice');
  if (v === value(expected, i) || v === value(build, i)) found++;
}
console.log(JSON.stringify({ computed, found, heldMB }));
`,
);
const big = (build: string, expected: string, count = 2000) => {
  const r = spawnSync(
    process.execPath,
    // tsx's loader in this process (its CLI would start another, without --expose-gc).
    [
      '--expose-gc',
      '--import',
      pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href,
      bigScript,
      build,
      expected,
      String(count),
    ],
    { cwd: bigDir, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { computed: number; found: number; heldMB: number };
};

test('long values are kept on disk, not in memory, and come back whole in the same build and the next', () => {
  // 2,000 values of ~18,000 two-byte characters: ~70 MB if they were held as strings.
  const first = big('one', 'one');
  expect(first).toMatchObject({ computed: 2000, found: 2000 });
  expect(first.heldMB).toBeLessThan(8);
  const second = big('two', 'one');
  expect(second).toMatchObject({ computed: 0, found: 2000 });
  expect(second.heldMB).toBeLessThan(8);
});

test('a torn line is computed again, and a killed build’s temporary file is removed by the next build', () => {
  const cache = join(bigDir, 'node_modules', '.cache', 'glossary');
  const bucket = join(cache, 'bodies.ndjson');
  const lines = readFileSync(bucket, 'utf8').split('\n');
  // One line cut short, as a crash mid-write would leave it.
  lines[2] = lines[2].slice(0, 500);
  writeFileSync(bucket, lines.join('\n'));
  // A temporary file of a process that no longer exists, and one of a live process (this one).
  const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
  const orphan = join(cache, `bodies.ndjson.${dead}.abc.tmp`);
  const live = join(cache, `bodies.ndjson.${process.pid}.def.tmp`);
  writeFileSync(orphan, 'x');
  writeFileSync(live, 'x');
  expect(big('three', 'one')).toMatchObject({ computed: 1, found: 2000 });
  expect(existsSync(orphan)).toBe(false);
  expect(existsSync(live)).toBe(true);
  rmSync(live);
  // The torn line was replaced: the next build computes nothing.
  expect(big('four', 'one').computed).toBe(0);
});
