// npm run bench -- --terms 1000 [--starlight] [--only ours] [--json] [--keep] [--skip-unchanged]
// Builds N synthetic terms with our site (all features), with bare Astro 7 + MDX + KaTeX and, with
// --starlight, with Starlight, all from the same bodies in one run, and prints one table: cold build,
// rebuild after editing one body, peak RSS, term page HTML, dist/ size, ratios, and where our build's
// time goes (phase times from src/integrations/build-phases.ts). --only ours skips the others
// (a 10,000-term run of all three takes hours on two cores); --skip-unchanged skips our rebuild with
// nothing changed.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticTerms } from './synthetic';
import { measure } from '../lib/process-tree';
import { linkModules } from '../lib/link-modules';
import { cleanStarlightProject, makeStarlightProject } from './starlight-project';
import type { Phase } from '../../src/integrations/build-phases';

const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--terms') + 1] ?? 1000) || 1000;
const asJson = args.includes('--json');
const withStarlight = args.includes('--starlight');
const skipUnchanged = args.includes('--skip-unchanged');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const REPO = join(import.meta.dirname, '..', '..');
const log = (s: string) => !asJson && console.error(s);

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirSize(p) : s.size;
  }
  return total;
}

/** Sizes of the synthetic term pages (`<dir>/synthetic-…/index.html`), smallest first. */
function termPageSizes(dir: string): number[] {
  return (
    readdirSync(dir)
      // Only the page folders: beside them sit the per-term `.md` files (`/glossary/<slug>.md`).
      .filter((d) => d.startsWith('synthetic-') && statSync(join(dir, d)).isDirectory())
      .map((d) => statSync(join(dir, d, 'index.html')).size)
      .sort((a, b) => a - b)
  );
}

const node = process.execPath;
const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const ourAstro = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');

// --- projects ---
const sites = (['ours', 'bare', ...(withStarlight ? ['starlight'] : [])] as const).filter(
  (s) => !only || s === only,
) as readonly Site[];
type Site = 'ours' | 'bare' | 'starlight';
const dirs: Partial<Record<Site, string>> = {};
log(`Generating ${N} synthetic terms…`);
const terms = syntheticTerms(N, join(REPO, 'content'));
for (const site of sites) if (site !== 'starlight') dirs[site] = mkdtempSync(join(tmpdir(), `glossary-bench-${site}-`));
/** Where each site keeps the edited term's file. */
const termFile: Partial<Record<Site, string>> = {};
if (dirs.ours) {
  const ours = dirs.ours;
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(REPO, entry), join(ours, entry), { recursive: true });
  mkdirSync(join(ours, 'content', 'terms'), { recursive: true });
  cpSync(join(REPO, 'content', 'categories.yaml'), join(ours, 'content', 'categories.yaml'));
  for (const t of terms) writeFileSync(join(ours, 'content', 'terms', t.file), t.source);
  linkModules(ours);
  termFile.ours = join(ours, 'content', 'terms', terms[0].file);
}
if (dirs.bare) {
  const bare = dirs.bare;
  cpSync(join(REPO, 'scripts', 'bench', 'bare'), bare, { recursive: true });
  mkdirSync(join(bare, 'content', 'terms'), { recursive: true });
  for (const t of terms) writeFileSync(join(bare, 'content', 'terms', t.file), t.source);
  linkModules(bare);
  termFile.bare = join(bare, 'content', 'terms', terms[0].file);
}
if (sites.includes('starlight')) {
  dirs.starlight = makeStarlightProject(REPO, terms, log);
  termFile.starlight = join(dirs.starlight, 'src', 'content', 'docs', terms[0].file);
}

// --- runs ---
interface Run {
  seconds: number;
  /** User + system CPU seconds of the whole process tree (cards, Pagefind): the work done, whatever the load. */
  cpuSeconds: number;
  peakRss: number;
  phases?: Phase[];
  /** From the start of `astro build` to the end of its last hook. */
  astroSeconds?: number;
}
const results: Partial<Record<Site, Record<string, Run>>> = {};
const phasesFile = join(tmpdir(), `glossary-bench-phases-${process.pid}.json`);
async function run(site: Site, label: string) {
  log(`${site}: ${label}…`);
  const cmd = site === 'ours' ? [node, tsx, 'scripts/build.ts'] : [node, astroBin(site), 'build'];
  rmSync(phasesFile, { force: true });
  const env = { ...process.env, ...(site === 'ours' ? { GLOSSARY_PHASES_FILE: phasesFile } : {}) };
  // Sampled every 100 ms: a cold build's peak can be a short spike.
  const r = await measure(cmd, dirs[site]!, env, 100);
  if (!r.ok) {
    console.error(r.output.slice(-4000));
    throw new Error(`${site}: ${label} failed`);
  }
  const timing =
    site === 'ours' && existsSync(phasesFile)
      ? (JSON.parse(readFileSync(phasesFile, 'utf8')) as { phases: Phase[]; total: number })
      : undefined;
  (results[site] ??= {})[label] = {
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    peakRss: r.peakRss,
    phases: timing?.phases,
    astroSeconds: timing && timing.total / 1000,
  };
  log(`  ${r.seconds.toFixed(1)} s (${r.cpuSeconds.toFixed(1)} s CPU), peak ${(r.peakRss / 2 ** 30).toFixed(2)} GB`);
}
/** Starlight resolves its own Astro from the folder it was installed into; the others use ours. */
function astroBin(site: Site): string {
  return site === 'starlight' ? join(dirs.starlight!, 'node_modules', 'astro', 'bin', 'astro.mjs') : ourAstro;
}

for (const site of sites) {
  await run(site, 'cold');
  if (site === 'ours' && !skipUnchanged) await run(site, 'rebuild, nothing changed');
  appendFileSync(termFile[site]!, '\nOne more sentence, edited for the benchmark.\n');
  await run(site, 'rebuild after one edit');
}

const pagesDir: Record<Site, string> = { ours: join('dist', 'glossary'), bare: 'dist', starlight: 'dist' };
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
const report = {
  terms: N,
  machine: { cores: cpus().length, loadAverage: loadavg() },
  sites: Object.fromEntries(
    sites.map((site) => {
      const sizes = termPageSizes(join(dirs[site]!, pagesDir[site]));
      const runs = results[site]!;
      return [
        site,
        {
          runs,
          coldSeconds: runs.cold.seconds,
          rebuildAfterEditSeconds: runs['rebuild after one edit'].seconds,
          peakRss: Math.max(...Object.values(runs).map((r) => r.peakRss)),
          perTermMs: (runs.cold.seconds / N) * 1000,
          termPageMedianBytes: median(sizes),
          termPageMaxBytes: sizes[sizes.length - 1],
          distBytes: dirSize(join(dirs[site]!, 'dist')),
        },
      ];
    }),
  ) as Partial<Record<Site, SiteReport>>,
};
type SiteReport = {
  runs: Record<string, Run>;
  coldSeconds: number;
  rebuildAfterEditSeconds: number;
  peakRss: number;
  perTermMs: number;
  termPageMedianBytes: number;
  termPageMaxBytes: number;
  distBytes: number;
};

if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const s = (x: number) => `${x.toFixed(1)} s`;
  const r = report.sites;
  const rows: string[][] = [
    ['', ...sites],
    ['cold build', ...sites.map((k) => s(r[k]!.coldSeconds))],
    ['cold build, CPU (user + sys)', ...sites.map((k) => s(r[k]!.runs.cold.cpuSeconds))],
    ['rebuild after one edit', ...sites.map((k) => s(r[k]!.rebuildAfterEditSeconds))],
    [
      'rebuild, nothing changed',
      ...sites.map((k) => {
        const unchanged = k === 'ours' ? r.ours!.runs['rebuild, nothing changed'] : undefined;
        return unchanged ? s(unchanged.seconds) : '–';
      }),
    ],
    ['peak RSS', ...sites.map((k) => `${(r[k]!.peakRss / 2 ** 30).toFixed(2)} GB`)],
    ['cold build per term', ...sites.map((k) => `${r[k]!.perTermMs.toFixed(1)} ms`)],
    ['term page HTML, median', ...sites.map((k) => kb(r[k]!.termPageMedianBytes))],
    ['term page HTML, max', ...sites.map((k) => kb(r[k]!.termPageMaxBytes))],
    ['dist/ size', ...sites.map((k) => `${(r[k]!.distBytes / 2 ** 20).toFixed(1)} MB`)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log(
    `\nBuild benchmark, ${N} synthetic terms (${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})\n`,
  );
  for (const row of rows) console.log(row.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('   '));
  if (r.ours && r.bare) {
    console.log(`\ncold build, ours / bare: ${(r.ours.coldSeconds / r.bare.coldSeconds).toFixed(2)}×   (goal ≤ 1.1×)`);
    if (r.starlight)
      console.log(`cold build, starlight / bare: ${(r.starlight.coldSeconds / r.bare.coldSeconds).toFixed(2)}×`);
  }
  if (r.ours) {
    console.log(
      `rebuild after one edit / cold, ours: ${(r.ours.rebuildAfterEditSeconds / r.ours.coldSeconds).toFixed(2)}×   (goal ≤ 0.15×)`,
    );
    for (const label of ['cold', 'rebuild after one edit']) {
      const phases = r.ours.runs[label].phases;
      if (!phases) continue;
      console.log(`\nWhere our ${label === 'cold' ? 'cold build' : 'rebuild after one edit'} spends its time:`);
      const inAstro = r.ours.runs[label].astroSeconds ?? 0;
      for (const p of phases) console.log(`  ${((p.end - p.start) / 1000).toFixed(1).padStart(7)} s  ${p.name}`);
      console.log(
        `  ${(r.ours.runs[label].seconds - inAstro).toFixed(1).padStart(7)} s  outside astro build (tsx start, staging swap)`,
      );
      console.log(`  (phases that ran in parallel overlap: the card process draws while the checks and Astro run)`);
    }
  }
}
if (!args.includes('--keep'))
  for (const site of sites)
    if (site === 'starlight') cleanStarlightProject(dirs[site]!);
    else rmSync(dirs[site]!, { recursive: true, force: true });
else log(`Kept ${sites.map((k) => dirs[k]).join(' and ')}`);
