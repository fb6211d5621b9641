// npm run build — builds the site atomically: into a fresh directory beside dist/,
// then swaps it in only when every step succeeded. A broken term, a failed
// check or a crash leaves the last good site in dist/ byte for byte.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { indexSite } from './search-index';

const require = createRequire(import.meta.url);
const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const outDir = process.env.GLOSSARY_OUT_DIR ?? 'dist';
const staging = `.dist-staging-${process.pid}`;
const cards = `.dist-cards-${process.pid}`;
const retired = `.dist-retired-${process.pid}`;

function fail(message: string): never {
  og.kill();
  rmSync(staging, { recursive: true, force: true });
  rmSync(cards, { recursive: true, force: true });
  console.error(`\n✗ ${message}\n  The previous site in ${outDir}/ was left untouched.`);
  process.exit(1);
}

const started = performance.now();
// Sharing cards are rendered by a second process on the other core while Astro builds the pages.
const og = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'og-images.ts'), cards], { stdio: ['ignore', 'ignore', 'pipe'] });
let ogErrors = '';
og.stderr.on('data', (d) => (ogErrors += d));
const ogDone = new Promise<number | null>((resolve) => og.on('close', resolve));

const build = spawn(process.execPath, [astroBin, 'build', '--outDir', staging, ...process.argv.slice(2)], { stdio: 'inherit' });
const status = await new Promise<number | null>((resolve) => build.on('close', resolve));
if (status !== 0) fail('Build failed (see the error above: it names the file and the field).');
if ((await ogDone) !== 0) fail(`Rendering the sharing cards failed:\n${ogErrors}`);
cpSync(join(cards, 'og'), join(staging, 'og'), { recursive: true });
rmSync(cards, { recursive: true, force: true });

try {
  await indexSite(staging);
} catch (error) {
  fail(`Search indexing failed: ${(error as Error).message}`);
}

if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`\n✓ Site built into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
