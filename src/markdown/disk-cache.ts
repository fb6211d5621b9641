import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint } from './code-fingerprint';
import { processAlive } from './process-alive';

const ROOT = join('node_modules', '.cache', 'glossary');
/**
 * Values up to this many characters stay in memory; longer ones stay on disk and are read back when
 * asked for. Holding every value (rendered bodies, fields, Markdown copies) took ~1.5 GB of heap at
 * 10,000 terms, most of it two-byte strings; a read of one value from the page cache costs microseconds.
 */
const IN_MEMORY_CHARS = 256;
/** This run's lines are written in batches of about this many bytes. */
const WRITE_BATCH = 1 << 20;

/** Where an entry's line is: in the bucket file as this run opened it, or in this run's additions. */
interface Entry {
  added: boolean;
  offset: number;
  /** Bytes of the line, without its newline. */
  length: number;
  /** A short value, kept in memory. */
  value?: string;
}

/** This run's new lines: a temporary file that becomes the next bucket file. */
interface Additions {
  path: string;
  fd: number;
  written: number;
  pending: Buffer[];
  pendingBytes: number;
}

interface Bucket {
  name: string;
  entries: Map<string, Entry>;
  used: Set<string>;
  /** The bucket file as opened; kept open, so another process renaming its own file over it leaves these bytes readable. */
  found?: number;
  additions?: Additions;
}

// Astro loads the config's integrations and the pages as separate module instances in one
// process: the buckets live on globalThis so both sides read and write one copy (and one flush).
const SHARED = Symbol.for('glossary.disk-cache');
const shared = ((globalThis as Record<symbol, unknown>)[SHARED] ??= {
  buckets: new Map<string, Bucket>(),
  flushRegistered: false,
  keepUnused: false,
}) as {
  buckets: Map<string, Bucket>;
  flushRegistered: boolean;
  keepUnused: boolean;
};
const buckets = shared.buckets;

function file(name: string): string {
  return join(ROOT, `${name}.ndjson`);
}

/** Every line is `["<32-character key>",<value>]`: keys are base64url, so they need no escaping. */
const KEY_LENGTH = 32;

function readRange(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, offset + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/** The value of one line, or undefined for a line that is not this key's (a torn write, a foreign file). */
function parseLine(line: Buffer, key: string): string | undefined {
  try {
    const [k, v] = JSON.parse(line.toString('utf8')) as [unknown, unknown];
    return k === key && typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Indexes the bucket file's lines by key; only short values are parsed now. */
function indexFile(bucket: Bucket, fd: number): void {
  const data = readRange(fd, 0, fstatSync(fd).size);
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf(0x0a, start);
    if (end === -1) end = data.length;
    const length = end - start;
    // `["` key `",`: anything else is a torn or foreign line, and that entry is simply computed again.
    if (
      length > KEY_LENGTH + 5 &&
      data[start] === 0x5b &&
      data[start + 1] === 0x22 &&
      data[start + KEY_LENGTH + 2] === 0x22
    ) {
      const key = data.toString('latin1', start + 2, start + 2 + KEY_LENGTH);
      const entry: Entry = { added: false, offset: start, length };
      if (length <= IN_MEMORY_CHARS + KEY_LENGTH + 8) {
        entry.value = parseLine(data.subarray(start, end), key);
        if (entry.value !== undefined) bucket.entries.set(key, entry);
      } else bucket.entries.set(key, entry);
    }
    start = end + 1;
  }
}

/** Deletes temporary files left by builds that were killed before their flush (their process is gone). */
function removeOrphans(name: string): void {
  if (!existsSync(ROOT)) return;
  const prefix = `${name}.ndjson.`;
  for (const f of readdirSync(ROOT)) {
    if (!f.startsWith(prefix) || !f.endsWith('.tmp')) continue;
    const pid = Number(f.slice(prefix.length).split('.')[0]);
    if (pid === process.pid || processAlive(pid)) continue;
    rmSync(join(ROOT, f), { force: true });
  }
}

function open(name: string): Bucket {
  let bucket = buckets.get(name);
  if (bucket) return bucket;
  bucket = { name, entries: new Map(), used: new Set() };
  removeOrphans(name);
  if (existsSync(file(name))) {
    bucket.found = openSync(file(name), 'r');
    indexFile(bucket, bucket.found);
  }
  buckets.set(name, bucket);
  if (!shared.flushRegistered) {
    shared.flushRegistered = true;
    process.on('exit', flush);
  }
  return bucket;
}

function additionsOf(bucket: Bucket): Additions {
  if (!bucket.additions) {
    mkdirSync(ROOT, { recursive: true });
    const path = `${file(bucket.name)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    bucket.additions = { path, fd: openSync(path, 'w+'), written: 0, pending: [], pendingBytes: 0 };
  }
  return bucket.additions;
}

function writePending(a: Additions): void {
  if (!a.pendingBytes) return;
  const data = Buffer.concat(a.pending, a.pendingBytes);
  let done = 0;
  while (done < data.length) done += writeSync(a.fd, data, done, data.length - done, a.written + done);
  a.written += data.length;
  a.pending = [];
  a.pendingBytes = 0;
}

/** Appends one line to this run's additions; returns where it is. */
function append(a: Additions, line: Buffer): number {
  const offset = a.written + a.pendingBytes;
  a.pending.push(line, NEWLINE);
  a.pendingBytes += line.length + 1;
  if (a.pendingBytes >= WRITE_BATCH) writePending(a);
  return offset;
}
const NEWLINE = Buffer.from('\n');

function valueOf(bucket: Bucket, key: string, entry: Entry): string | undefined {
  if (entry.value !== undefined) return entry.value;
  if (entry.added) {
    const a = bucket.additions!;
    if (entry.offset >= a.written) writePending(a);
    return parseLine(readRange(a.fd, entry.offset, entry.length), key);
  }
  return parseLine(readRange(bucket.found!, entry.offset, entry.length), key);
}

/**
 * Writes each changed bucket once, keeping only the entries this run used, so the cache never grows
 * beyond the current content: the used lines of the old file are copied onto the end of this run's
 * additions, which then replace it by a rename. Lines are copied as bytes, a batch at a time, so a
 * bucket of any size is written without holding it in memory.
 */
function flush(): void {
  for (const bucket of buckets.values()) {
    const kept = (
      shared.keepUnused ? [...bucket.entries.values()] : [...bucket.used].map((k) => bucket.entries.get(k)!)
    ).filter((e) => !e.added);
    const found = [...bucket.entries.values()].filter((e) => !e.added).length;
    if (!bucket.additions && kept.length === found) continue;
    const a = additionsOf(bucket);
    for (const e of kept) append(a, readRange(bucket.found!, e.offset, e.length));
    writePending(a);
    closeSync(a.fd);
    renameSync(a.path, file(bucket.name));
  }
}

/**
 * Keeps every entry of the old buckets at this run's flush, used or not: a build that renders only some
 * pages (the others carried over, src/glossary/carry-over.ts) must not drop what the others' next
 * rendering needs. The next build that renders every page prunes the cache again.
 */
export function keepUnusedEntries(): void {
  shared.keepUnused = true;
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
    .slice(0, KEY_LENGTH);
  const entry = b.entries.get(key);
  let value = entry && valueOf(b, key, entry);
  if (typeof value !== 'string') {
    // Marked used only once computed: an input that throws (bad content) must not be
    // flushed as [key, null] and come back from the next build as a "rendered" null.
    value = compute();
    const line = Buffer.from(JSON.stringify([key, value]));
    const a = additionsOf(b);
    const offset = append(a, line);
    b.entries.set(key, {
      added: true,
      offset,
      length: line.length,
      ...(value.length <= IN_MEMORY_CHARS ? { value } : {}),
    });
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
