import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../../src/markdown/process-alive';

/** Folders a build makes beside dist/: `.dist-staging-XXXXXX`, `.dist-retired-XXXXXX` (mkdtemp names, never a PID). */
const PREFIX = '.dist-';
const OWNER = '.owner-pid';

/**
 * Removes `.dist-*` folders in `parent` whose build process is gone (killed with
 * `kill -9`, a crashed CI runner…). Folders of builds still running are kept, so
 * concurrent builds do not break each other. Returns the removed names.
 */
export function removeLeftovers(parent: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(PREFIX)) continue;
    const owner = join(parent, name, OWNER);
    const pid = existsSync(owner) ? Number(readFileSync(owner, 'utf8')) : NaN;
    if (pid && processAlive(pid)) continue;
    try {
      rmSync(join(parent, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Not removable (permissions): reported by the next swap if it matters, never fatal here.
    }
  }
  return removed;
}

export interface Staging {
  /** Where the new site is built: `<folder>/site` (Astro empties its outDir, so the owner mark sits beside it). */
  path: string;
  remove(): void;
}

/** A fresh, uniquely named staging folder owned by this process. */
export function makeStaging(parent: string): Staging {
  const folder = mkdtempSync(join(parent, `${PREFIX}staging-`));
  writeFileSync(join(folder, OWNER), String(process.pid));
  return { path: join(folder, 'site'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Replaces `outDir` with the staging folder. The site is deployed once the
 * second rename succeeds; failing to delete the old site afterwards is only a warning.
 */
export function swapIn(staging: Staging, outDir: string): { deployed: boolean; error?: string; warning?: string } {
  let retired: string | undefined;
  try {
    if (existsSync(outDir)) {
      retired = mkdtempSync(join(join(outDir, '..'), `${PREFIX}retired-`));
      writeFileSync(join(retired, OWNER), String(process.pid));
      renameSync(outDir, join(retired, 'site'));
    }
  } catch (error) {
    if (retired) rmSync(retired, { recursive: true, force: true });
    return { deployed: false, error: (error as Error).message };
  }
  try {
    renameSync(staging.path, outDir);
  } catch (error) {
    // Put the old site back so dist/ is never missing.
    if (retired) renameSync(join(retired, 'site'), outDir);
    if (retired) rmSync(retired, { recursive: true, force: true });
    return { deployed: false, error: (error as Error).message };
  }
  staging.remove();
  if (!retired) return { deployed: true };
  try {
    rmSync(retired, { recursive: true, force: true });
    return { deployed: true };
  } catch (error) {
    return {
      deployed: true,
      warning: `The new site is deployed, but the previous one could not be deleted (${(error as Error).message}). It is in ${retired}/; the next build removes it once it is writable.`,
    };
  }
}
