import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import katex from 'katex';

const ROOT = join('node_modules', '.cache', 'glossary');
// Cached HTML depends on the KaTeX that rendered it; bump the suffix to invalidate everything else.
const VERSION = `katex-${katex.version}-v1`;

/**
 * A string computed from `input`, kept on disk under node_modules/.cache so
 * later builds reuse it. Keys are content hashes, so a stale entry can never
 * be served for changed input; writes go through a rename, so a killed build
 * never leaves a truncated entry.
 */
export function diskCached(bucket: string, input: string, compute: () => string): string {
  const key = createHash('sha256').update(VERSION).update('\0').update(input).digest('hex').slice(0, 40);
  const dir = join(ROOT, bucket, key.slice(0, 2));
  const file = join(dir, key);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const value = compute();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, value);
  renameSync(tmp, file);
  return value;
}
