import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint } from './code-fingerprint';

const ROOT = join('node_modules', '.cache', 'glossary');

interface Bucket {
  entries: Map<string, string>;
  used: Set<string>;
  dirty: boolean;
}
// Astro loads the config's integrations and the pages as separate module instances in one
// process: the buckets live on globalThis so both sides read and write one copy (and one flush).
const SHARED = Symbol.for('glossary.disk-cache');
const shared = ((globalThis as Record<symbol, unknown>)[SHARED] ??= {
  buckets: new Map<string, Bucket>(),
  flushRegistered: false,
}) as {
  buckets: Map<string, Bucket>;
  flushRegistered: boolean;
};
const buckets = shared.buckets;

function file(name: string): string {
  return join(ROOT, `${name}.ndjson`);
}

function open(name: string): Bucket {
  let bucket = buckets.get(name);
  if (bucket) return bucket;
  bucket = { entries: new Map(), used: new Set(), dirty: false };
  if (existsSync(file(name))) {
    for (const line of readFileSync(file(name), 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const [key, value] = JSON.parse(line) as [string, string];
        bucket.entries.set(key, value);
      } catch {
        // A torn line from an interrupted write: that entry is simply recomputed.
      }
    }
  }
  buckets.set(name, bucket);
  if (!shared.flushRegistered) {
    shared.flushRegistered = true;
    process.on('exit', flush);
  }
  return bucket;
}

/**
 * Writes each changed bucket once, keeping only the entries this run used, so
 * the cache never grows beyond the current content. One sequential write per
 * bucket instead of one small file per entry: on this project's machines
 * thousands of small synchronous writes cost more than the rendering they saved.
 */
function flush(): void {
  for (const [name, bucket] of buckets) {
    if (!bucket.dirty && bucket.used.size === bucket.entries.size) continue;
    mkdirSync(ROOT, { recursive: true });
    const lines: string[] = [];
    for (const key of bucket.used) lines.push(JSON.stringify([key, bucket.entries.get(key)]));
    const tmp = `${file(name)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, `${lines.join('\n')}\n`);
    renameSync(tmp, file(name));
  }
}

/**
 * A string computed from `input`, kept in node_modules/.cache so later builds
 * reuse it. Keys are content hashes, so a stale value is never served for
 * changed input; the bucket file is replaced by a rename, so a killed build
 * leaves the previous cache intact.
 */
export function diskCached(bucket: string, input: string, compute: () => string): string {
  const b = open(bucket);
  // Keyed by the input and by the code and dependency versions that turn it into output.
  const key = createHash('sha256')
    .update(codeFingerprint())
    .update('\0')
    .update(bucket)
    .update('\0')
    .update(input)
    .digest('base64url')
    .slice(0, 32);
  let value = b.entries.get(key);
  if (typeof value !== 'string') {
    // Marked used only once computed: an input that throws (bad content) must not be
    // flushed as [key, null] and come back from the next build as a "rendered" null.
    value = compute();
    b.entries.set(key, value);
    b.dirty = true;
  }
  b.used.add(key);
  return value;
}

/**
 * diskCached for a value that is not a string: kept as JSON, so what comes back is a copy
 * (undefined properties dropped, as JSON drops them).
 * @example const issues = diskCachedJson('checks', input, () => check(ctx));
 */
export function diskCachedJson<T>(bucket: string, input: string, compute: () => T): T {
  return JSON.parse(diskCached(bucket, input, () => JSON.stringify(compute()))) as T;
}
