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

// A helper process beside the build (the card process) uses a few entries of a bucket the build fills.
const helperDir = mkdtempSync(join(tmpdir(), 'glossary-cache-helper-'));
afterAll(() => rmSync(helperDir, { recursive: true, force: true }));
const helper = join(helperDir, 'use-cache.mts');
writeFileSync(
  helper,
  `import { diskCached, keepAllCacheEntries } from ${JSON.stringify(join(REPO, 'src', 'markdown', 'disk-cache.ts'))};
const [mode, ...inputs] = process.argv.slice(2);
if (mode === 'helper') keepAllCacheEntries();
// An entry's value names the run that computed it.
console.log(JSON.stringify(inputs.map((input) => diskCached('fields', input, () => 'computed in ' + mode))));
`,
);
const use = (mode: string, ...inputs: string[]) =>
  JSON.parse(
    spawnSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), helper, mode, ...inputs], {
      cwd: helperDir,
      encoding: 'utf8',
    }).stdout,
  ) as string[];

test("a helper process's flush keeps the build's entries; a build's flush keeps only what it used", () => {
  expect(use('build 1', 'a', 'b', 'c')).toEqual(['computed in build 1', 'computed in build 1', 'computed in build 1']);
  // The helper reads one entry and adds one: the build's other entries survive its flush.
  expect(use('helper', 'a', 'd')).toEqual(['computed in build 1', 'computed in helper']);
  expect(use('build 2', 'a', 'b', 'c', 'd')).toEqual([
    'computed in build 1',
    'computed in build 1',
    'computed in build 1',
    'computed in helper',
  ]);
  // A build prunes to what it used, so the cache never outgrows the content.
  expect(use('build 3', 'a')).toEqual(['computed in build 1']);
  expect(use('build 4', 'a', 'b')).toEqual(['computed in build 1', 'computed in build 4']);
});
