import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Rendered bodies embed figures and numbers computed by this code, so a change
// to it must invalidate them as surely as a change to the body text does.
const DIRS = [join('src', 'kernel'), join('src', 'plot')];

let version: string | undefined;

/** Every .ts file under dir, in a stable order. */
function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A hash of the kernel's and the plots' source, read once per process (paths
 * are relative to the repository root, where every build and check runs).
 */
export function figureCodeVersion(): string {
  if (version === undefined) {
    const h = createHash('sha256');
    for (const f of DIRS.flatMap(sources)) h.update(f).update('\0').update(readFileSync(f)).update('\0');
    version = h.digest('hex').slice(0, 16);
  }
  return version;
}
