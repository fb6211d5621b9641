import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  `import { diskCached } from ${JSON.stringify(join(REPO, 'src', 'markdown', 'disk-cache.ts'))};
const [build, ...inputs] = process.argv.slice(2);
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
});
