// npm run bench:shards -- --terms 100000 --shards 50 [--run 1,2] [--parallel 2] [--dir DIR] [--json]
// Builds N synthetic terms as shards (`npm run build -- --shard i/N`), `--parallel` at a time, then
// merges them if every shard was built. Prints each shard's wall time and peak RSS, the merge, the
// total, and (when only some shards ran) the total for all shards extrapolated from the measured ones.
// --dir reuses (or keeps) a project folder with its generated terms; without it a temp folder is used.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticTerms } from './synthetic';
import { measure, type Measured } from '../lib/process-tree';
import type { Phase } from '../../src/integrations/build-phases';

const { values } = parseArgs({
  options: {
    terms: { type: 'string', default: '100000' },
    shards: { type: 'string', default: '50' },
    run: { type: 'string' },
    parallel: { type: 'string', default: '2' },
    dir: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(values.terms);
const count = Number(values.shards);
const parallel = Math.max(1, Number(values.parallel));
const run = values.run ? values.run.split(',').map(Number) : Array.from({ length: count }, (_, i) => i + 1);
const REPO = join(import.meta.dirname, '..', '..');
const log = (s: string) => !values.json && console.error(s);

// --- project: the repository's code, N synthetic terms, packages linked (caches private) ---
const root = values.dir ?? mkdtempSync(join(tmpdir(), 'glossary-shards-'));
mkdirSync(root, { recursive: true });
for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
  cpSync(join(REPO, entry), join(root, entry), { recursive: true });
const termsDir = join(root, 'content', 'terms');
if (!existsSync(termsDir) || readdirSync(termsDir).length !== N) {
  log(`Generating ${N} synthetic terms…`);
  rmSync(termsDir, { recursive: true, force: true });
  mkdirSync(termsDir, { recursive: true });
  for (const t of syntheticTerms(N, join(REPO, 'content'))) writeFileSync(join(termsDir, t.file), t.source);
}
cpSync(join(REPO, 'content', 'categories.yaml'), join(root, 'content', 'categories.yaml'));
// Packages linked one by one, without Astro's and Vite's caches (a shared cache would be shared by concurrent builds).
if (!existsSync(join(root, 'node_modules'))) {
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(REPO, 'node_modules')))
    if (!['.astro', '.cache', '.vite'].includes(name))
      symlinkSync(join(REPO, 'node_modules', name), join(root, 'node_modules', name));
}

const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const build = (args: string[]) => [process.execPath, tsx, 'scripts/build.ts', ...args];
const results: { label: string; result: Measured }[] = [];
const phasesDir = mkdtempSync(join(tmpdir(), 'glossary-shard-phases-'));
async function step(label: string, args: string[]) {
  log(`${label}…`);
  const phasesFile = join(phasesDir, `${label.replace(/\W+/g, '-')}.json`);
  const result = await measure(build(args), root, { ...process.env, GLOSSARY_PHASES_FILE: phasesFile });
  if (!result.ok) {
    console.error(result.output.slice(-4000));
    throw new Error(`${label} failed`);
  }
  results.push({ label, result });
  log(
    `  ${label}: ${result.seconds.toFixed(0)} s wall, ${result.cpuSeconds.toFixed(0)} s CPU, peak ${(result.peakRss / 2 ** 30).toFixed(2)} GB`,
  );
  // Where the shard's time went (the build's own phase line), longest first.
  if (existsSync(phasesFile)) {
    const { phases } = JSON.parse(readFileSync(phasesFile, 'utf8')) as { phases: Phase[] };
    log(
      `    ${[...phases]
        .sort((a, b) => b.end - b.start - (a.end - a.start))
        .map((p) => `${p.name} ${((p.end - p.start) / 1000).toFixed(1)} s`)
        .join(', ')}`,
    );
  }
}

const started = performance.now();
const queue = [...run];
await Promise.all(
  Array.from({ length: parallel }, async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift())
      await step(`shard ${i}/${count}`, ['--shard', `${i}/${count}`]);
  }),
);
const built = readdirSync(join(root, 'dist-shards')).filter((d) => d.endsWith(`-of-${count}`)).length;
if (built === count) await step('merge', ['--merge']);
const wall = (performance.now() - started) / 1000;

const shardRuns = results.filter((r) => r.label.startsWith('shard'));
const meanShard = shardRuns.reduce((s, r) => s + r.result.seconds, 0) / shardRuns.length;
const meanShardCpu = shardRuns.reduce((s, r) => s + r.result.cpuSeconds, 0) / shardRuns.length;
const report = {
  terms: N,
  shards: count,
  parallel,
  cores: cpus().length,
  runs: results.map((r) => ({
    label: r.label,
    seconds: r.result.seconds,
    cpuSeconds: r.result.cpuSeconds,
    peakRss: r.result.peakRss,
  })),
  measuredWallSeconds: wall,
  ...(built === count
    ? {}
    : {
        extrapolatedShardsWallSeconds: (meanShard * count) / parallel,
        // A shard keeps about one core busy: on `parallel` idle cores, all shards take their CPU time ÷ parallel.
        extrapolatedShardsCpuSeconds: meanShardCpu * count,
        shardsBuilt: built,
        note: 'extrapolated: mean measured shard wall (CPU) time × shards (÷ parallel for wall); merge not run',
      }),
};
if (values.json) console.log(JSON.stringify(report, null, 2));
else {
  const gb = (b: number) => `${(b / 2 ** 30).toFixed(2)} GB`;
  console.log(
    `\nSharded build, ${N} synthetic terms in ${count} shards, ${parallel} at a time (${report.cores} cores)\n`,
  );
  for (const r of report.runs)
    console.log(
      `${r.label.padEnd(14)} ${r.seconds.toFixed(0).padStart(6)} s wall ${r.cpuSeconds.toFixed(0).padStart(6)} s CPU   peak RSS ${gb(r.peakRss)}`,
    );
  console.log(`${'measured wall'.padEnd(14)} ${wall.toFixed(0).padStart(6)} s`);
  if (report.extrapolatedShardsWallSeconds)
    console.log(
      `${'all shards'.padEnd(14)} ${report.extrapolatedShardsWallSeconds.toFixed(0).padStart(6)} s wall ${report.extrapolatedShardsCpuSeconds!.toFixed(0).padStart(6)} s CPU   EXTRAPOLATED from ${shardRuns.length} measured shard(s); ${built}/${count} built, merge not run`,
    );
}
if (!values.dir) rmSync(root, { recursive: true, force: true });
