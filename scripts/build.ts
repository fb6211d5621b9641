// npm run build — `astro build` (which checks the content, writes the pages and the sharing cards)
// into a fresh staging folder beside dist/, then the search index once astro has exited, then swaps
// the folder in only when all of it succeeded. A broken term, a failed check or a crash leaves the
// last good site in dist/ byte for byte.
// Usage: npm run build [-- --allow-shrink]   (--allow-shrink: publish even if most terms are gone)
//        npm run build -- --shard i/N   (one slice of the pages, into dist-shards/i-of-N/)
//        npm run build -- --merge       (the site-wide pages plus every shard's, into dist/; see README, Sharded builds)
//        npm run build -- --outDir site (the same atomic build into site/ instead of dist/)
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync } from 'node:fs';
import { makeStaging, removeLeftovers, swapIn } from './lib/staging';
import { buildPlan, CARRY_FILE, type BuildPlan } from './lib/shard-build';
import { forgetSite, readCarryFile, recordSite } from '../src/glossary/carry-over';
import { SEARCH_JOB_ENV } from '../src/integrations/build-parts';
import { appendPhaseAfterAstro } from '../src/integrations/build-phases';

const { values } = parseArgs({
  options: {
    'allow-shrink': { type: 'boolean', default: false },
    shard: { type: 'string' },
    merge: { type: 'boolean', default: false },
    'shards-dir': { type: 'string' },
    outDir: { type: 'string' },
  },
  allowPositionals: true,
  strict: false,
});
// Every other argument goes to `astro build` as before.
// `--outDir` is ours too: astro writes into the staging folder, which is then swapped in as that folder.
const ours = new Set(['--allow-shrink', '--merge', '--shard', '--shards-dir', '--outDir']);
const withValue = ['--shard', '--shards-dir', '--outDir'];
const astroArgs = process.argv
  .slice(2)
  .filter((a, i, all) => !ours.has(a.split('=')[0]) && !withValue.includes(all[i - 1]));
const require = createRequire(import.meta.url);
const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const started = performance.now();
let plan: BuildPlan;
try {
  if (values.outDir !== undefined && values.shard !== undefined)
    throw new Error(
      '--outDir is for the whole site or the merge; a shard goes into --shards-dir (default dist-shards/).',
    );
  plan = buildPlan({
    outDir: (values.outDir as string | undefined) ?? process.env.GLOSSARY_OUT_DIR ?? 'dist',
    shard: values.shard as string | undefined,
    merge: values.merge as boolean,
    shardsDir: values['shards-dir'] as string | undefined,
  });
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exit(1);
}
const { outDir } = plan;
mkdirSync(dirname(outDir) || '.', { recursive: true });

// Folders of builds that were killed (their owner process is gone) are removed first.
for (const removed of removeLeftovers(dirname(outDir) || '.'))
  console.log(`Removed ${removed}, left behind by a build that was stopped.`);
const staging = makeStaging(dirname(outDir) || '.');
// The staging folder beside the staged site, removed with it.
const scratch = dirname(staging.path);
// `astro build` leaves its search job here (see below).
const searchJob = join(scratch, 'search-job.json');

let astro: ReturnType<typeof spawn> | undefined;
function quit(code: number, message?: string): never {
  astro?.kill('SIGTERM');
  staging.remove();
  if (message) console.error(`\n✗ ${message}\n  The previous site in ${outDir}/ was left untouched.`);
  process.exit(code);
}
// Clean up on every way out: Ctrl-C, a terminated CI job, a closed terminal.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => quit(130, `Build interrupted (${signal}).`));

astro = spawn(process.execPath, [astroBin, 'build', '--outDir', staging.path, ...astroArgs], {
  stdio: 'inherit',
  env: {
    ...process.env,
    // The content model compares the new site with the one it replaces, not with the empty staging folder.
    GLOSSARY_PREVIOUS_SITE: outDir,
    GLOSSARY_ALLOW_SHRINK: values['allow-shrink'] ? '1' : (process.env.GLOSSARY_ALLOW_SHRINK ?? ''),
    GLOSSARY_PARENT_PID: String(process.pid),
    [SEARCH_JOB_ENV]: searchJob,
    ...plan.env(scratch),
  },
});
const status = await new Promise<number | null>((resolve) => astro!.on('close', resolve));
astro = undefined;
if (status !== 0) quit(1, 'Build failed (see the problems above: each names the file and the field or line).');
// The search index is built once astro has exited, so its heap and Pagefind's are never held at once
// (at 10,000 terms they were 3.3 and 4.2 GB side by side). The merge build leaves no job: its shards
// brought their indexes.
if (existsSync(searchJob)) {
  const start = performance.now();
  try {
    // Loaded only now: the search index code and Pagefind need not sit in memory while astro builds.
    const { runSearchJob } = await import('../src/integrations/search-index');
    const pages = await runSearchJob(staging.path, searchJob);
    const ms = performance.now() - start;
    appendPhaseAfterAstro('search index', ms);
    console.log(`Search index: ${pages} pages in ${(ms / 1000).toFixed(1)} s`);
  } catch (error) {
    quit(1, `Building the search index failed: ${(error as Error).message}`);
  }
}
try {
  plan.complete?.(staging.path);
} catch (error) {
  quit(1, (error as Error).message);
}

// Read before the swap, which removes the scratch folder.
const carry = readCarryFile(join(scratch, CARRY_FILE));
const swap = swapIn(staging, outDir);
if (!swap.deployed) {
  staging.remove();
  console.error(
    `\n✗ The new site was built but could not replace ${outDir}/: ${swap.error}\n  The previous site in ${outDir}/ was left untouched. Make ${outDir}/ writable (e.g. \`chattr -i\`, or its owner) and build again.`,
  );
  process.exit(1);
}
if (swap.warning) console.warn(`\n! ${swap.warning}`);
// What the next build may carry over from this site. Written only now that the site is in place: its
// files' stamps are the deployed files'.
// A failure here costs only the next build's speed.
try {
  if (carry) recordSite(outDir, carry);
  else forgetSite(outDir);
} catch (error) {
  console.warn(`\n! The next build will render every page: recording this site failed (${(error as Error).message}).`);
}
console.log(`\n✓ ${plan.done} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
