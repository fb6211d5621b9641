import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose code decides what a cached check result, body HTML or card contains. */
const PIPELINE_DIRS = [
  'src/checks',
  'src/export',
  'src/glossary',
  'src/kernel',
  'src/markdown',
  'src/plot',
  'src/prose',
  'src/schema',
  'src/seo',
];
/** Exact dependency versions (KaTeX, remark, satori…) live in the lockfile. */
const DEPENDENCY_FILES = ['package-lock.json', 'package.json'];

let cached: string | undefined;

function* files(dir: string, only = /\.(ts|mjs|js|json)$/): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, only);
    else if (only.test(entry.name)) yield path;
  }
}

/**
 * A hash of the source of the content pipeline and of the dependency lockfile,
 * read from disk under the project root (the working directory). `npm run check`
 * (tsx) and the build (Vite) compute the same value, so they share cache
 * entries; renaming a kernel id or upgrading KaTeX changes it, so no cached
 * result outlives the code that produced it. Function source text
 * (`fn.toString()`) would differ between the two transpilers and miss
 * changes in imported modules.
 */
export function codeFingerprint(root = process.cwd()): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const dir of PIPELINE_DIRS)
    for (const path of files(join(root, dir)))
      hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
  for (const name of DEPENDENCY_FILES)
    if (existsSync(join(root, name))) hash.update(name).update(readFileSync(join(root, name)));
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

/** Everything besides the content that decides a page's bytes: all of src/ (pages, layouts, styles), public/, the config. */
const SITE_CODE = ['src', 'public'];
const SITE_FILES = ['astro.config.mjs', ...DEPENDENCY_FILES];
let siteCached: string | undefined;

/**
 * A hash of every file that turns content into pages: src/ (components, layouts and styles as well as the
 * pipeline), public/, astro.config.mjs and the lockfile. A page carried over from the previous build
 * (src/glossary/carry-over.ts) must have been built by this exact code.
 */
export function siteCodeFingerprint(root = process.cwd()): string {
  if (siteCached) return siteCached;
  const hash = createHash('sha256');
  for (const dir of SITE_CODE)
    for (const path of files(join(root, dir), /./))
      hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
  for (const name of SITE_FILES)
    if (existsSync(join(root, name)))
      hash
        .update(name)
        .update('\0')
        .update(readFileSync(join(root, name)));
  siteCached = hash.digest('hex').slice(0, 16);
  return siteCached;
}
