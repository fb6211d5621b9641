import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

let cache: Map<string, Date> | undefined;

/**
 * Date of the last commit touching each file under `dir`, from one `git log`
 * call per build. Search engines trust `lastmod` only when it reflects real
 * edits, so the build time is never used.
 */
export function commitDates(dir = 'content'): Map<string, Date> {
  if (cache) return cache;
  cache = new Map();
  try {
    const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = new Date(line.slice(1));
      else if (line && current && !cache.has(line)) cache.set(line, current);
    }
  } catch {
    // Not a git checkout (e.g. an exported tarball): fall back per file below.
  }
  return cache;
}

/**
 * When a content file last changed: its `updated:` field, else its last
 * commit, else (uncommitted drafts) its modification time, else (a file not on disk
 * here: `npm run import` checks its drafts in a staged copy before writing them) now.
 * @example lastUpdated('content/terms/gelu.mdx')
 */
export function lastUpdated(file: string, updated?: Date): Date {
  if (updated) return updated;
  const committed = commitDates().get(file);
  if (committed) return committed;
  try {
    return statSync(file).mtime;
  } catch {
    return new Date();
  }
}
