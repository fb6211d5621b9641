// npm run bench -- --terms 1000 [--json] [--keep]
// Builds N synthetic terms with our site (all features) and with bare Astro 7 + MDX + KaTeX on the
// same bodies, in one run, and prints one table: cold build, rebuilds, peak RSS, output sizes, ratios.
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticTerms } from './synthetic';
import { linkModules } from '../lib/link-modules';

const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--terms') + 1] ?? 1000) || 1000;
const asJson = args.includes('--json');
const REPO = join(import.meta.dirname, '..', '..');
const log = (s: string) => !asJson && console.error(s);

/** Sum of resident memory of a process and its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs a command, returning wall time and peak RSS of its process tree. */
function measure(
  cmd: string[],
  cwd: string,
): Promise<{ seconds: number; peakRss: number; ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd[0], cmd.slice(1), { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - t0) / 1000, peakRss: peak, ok: code === 0, output });
    });
  });
}

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirSize(p) : s.size;
  }
  return total;
}

function termPageSizes(dir: string): number[] {
  return readdirSync(dir)
    .filter((d) => d.startsWith('synthetic-'))
    .map((d) => statSync(join(dir, d, 'index.html')).size)
    .sort((a, b) => a - b);
}

const node = process.execPath;
const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const astroBin = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');

// --- projects ---
const ours = mkdtempSync(join(tmpdir(), 'glossary-bench-ours-'));
const bare = mkdtempSync(join(tmpdir(), 'glossary-bench-bare-'));
log(`Generating ${N} synthetic terms…`);
const terms = syntheticTerms(N, join(REPO, 'content'));
for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
  cpSync(join(REPO, entry), join(ours, entry), { recursive: true });
mkdirSync(join(ours, 'content', 'terms'), { recursive: true });
cpSync(join(REPO, 'content', 'categories.yaml'), join(ours, 'content', 'categories.yaml'));
cpSync(join(REPO, 'scripts', 'bench', 'bare'), bare, { recursive: true });
mkdirSync(join(bare, 'content', 'terms'), { recursive: true });
for (const t of terms) {
  writeFileSync(join(ours, 'content', 'terms', t.file), t.source);
  writeFileSync(join(bare, 'content', 'terms', t.file), t.source);
}
linkModules(ours);
linkModules(bare);

// --- runs ---
const results: Record<string, { seconds: number; peakRss: number }> = {};
async function run(label: string, cmd: string[], cwd: string) {
  log(`${label}…`);
  const r = await measure(cmd, cwd);
  if (!r.ok) {
    console.error(r.output.slice(-4000));
    throw new Error(`${label} failed`);
  }
  results[label] = { seconds: r.seconds, peakRss: r.peakRss };
  log(`  ${r.seconds.toFixed(1)} s, peak ${(r.peakRss / 2 ** 30).toFixed(2)} GB`);
}

await run('bare: cold build', [node, astroBin, 'build'], bare);
await run('bare: rebuild, nothing changed', [node, astroBin, 'build'], bare);
await run('ours: cold build', [node, tsx, 'scripts/build.ts'], ours);
await run('ours: rebuild, nothing changed', [node, tsx, 'scripts/build.ts'], ours);
appendFileSync(join(ours, 'content', 'terms', terms[0].file), '\nOne more sentence, edited for the benchmark.\n');
await run('ours: rebuild after editing one body', [node, tsx, 'scripts/build.ts'], ours);

const sizes = termPageSizes(join(ours, 'dist', 'glossary'));
const bareSizes = readdirSync(join(bare, 'dist'))
  .filter((d) => d.startsWith('synthetic-'))
  .map((d) => statSync(join(bare, 'dist', d, 'index.html')).size)
  .sort((a, b) => a - b);
const report = {
  terms: N,
  runs: results,
  ratios: {
    coldOursOverBare: results['ours: cold build'].seconds / results['bare: cold build'].seconds,
    rebuildAfterEditOverCold:
      results['ours: rebuild after editing one body'].seconds / results['ours: cold build'].seconds,
    rebuildUnchangedOverCold: results['ours: rebuild, nothing changed'].seconds / results['ours: cold build'].seconds,
  },
  perTermSeconds: results['ours: cold build'].seconds / N,
  output: {
    termPageMedianBytes: sizes[Math.floor(sizes.length / 2)],
    termPageMaxBytes: sizes[sizes.length - 1],
    distBytes: dirSize(join(ours, 'dist')),
    bareTermPageMedianBytes: bareSizes[Math.floor(bareSizes.length / 2)],
    bareDistBytes: dirSize(join(bare, 'dist')),
  },
};

if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const rows: [string, string][] = [
    ...Object.entries(results).map(([k, v]): [string, string] => [
      k,
      `${v.seconds.toFixed(1)} s   peak RSS ${(v.peakRss / 2 ** 30).toFixed(2)} GB`,
    ]),
    ['cold build, ours / bare', `${report.ratios.coldOursOverBare.toFixed(2)}×   (goal ≤ 1.1×)`],
    ['rebuild after one edit / cold', `${report.ratios.rebuildAfterEditOverCold.toFixed(2)}×   (goal ≤ 0.25×)`],
    ['rebuild unchanged / cold', `${report.ratios.rebuildUnchangedOverCold.toFixed(2)}×`],
    ['cold build per term', `${(report.perTermSeconds * 1000).toFixed(1)} ms`],
    [
      'term page HTML, median / max',
      `${kb(report.output.termPageMedianBytes)} / ${kb(report.output.termPageMaxBytes)}   (goal ≤ 40 KB)`,
    ],
    ['bare term page HTML, median', kb(report.output.bareTermPageMedianBytes)],
    [
      'dist/ total, ours / bare',
      `${(report.output.distBytes / 2 ** 20).toFixed(1)} MB / ${(report.output.bareDistBytes / 2 ** 20).toFixed(1)} MB`,
    ],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `\nBuild benchmark, ${N} synthetic terms (${new Date().toISOString().slice(0, 10)}, ${(await import('node:os')).cpus().length} cores)\n`,
  );
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}
if (!args.includes('--keep')) {
  rmSync(ours, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
} else log(`Kept ${ours} and ${bare}`);
