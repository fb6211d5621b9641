/**
 * Pages carried over: a whole-site rebuild copies (hard-links) the term and compare pages whose inputs
 * did not change from the site it replaces, instead of rendering them again. Astro renders every page of
 * every build; at 10,000 terms that was most of a rebuild after a one-line edit.
 *
 * What a page's bytes depend on, and so what its inputs hash holds:
 *  - the code: every file of src/ and public/, the config and the lockfile (siteCodeFingerprint);
 *  - the site's URL, Node's version and time zone (dates are formatted);
 *  - every term's frontmatter and the categories: other pages show a term's name, definition, formula,
 *    plot, category, aliases, comparisons and relations (previews, related lists, auto-links, pair pages);
 *  - for a term's page and its Markdown copy, also its own body and its date (`updated:` or git).
 * No page shows another term's body or date, so editing one body renders that term's two pages (and the
 * site-wide pages, which are always rendered); editing any frontmatter renders everything. A page is
 * carried only if its files in the previous site are the ones the last build recorded (inode, size and
 * modification time), so a site edited or replaced by hand is rendered again.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Glossary } from './model';
import { pairPages } from './compare';
import { lastUpdated } from './history';
import { markdownUrl, reverseUrl, termUrl } from './urls';
import { siteCodeFingerprint } from '../markdown/code-fingerprint';

/** Set by scripts/build.ts for a whole-site build: the file where `astro build` writes its CarryFile. */
export const CARRY_ENV = 'GLOSSARY_CARRY_FILE';

/** What `astro build` tells scripts/build.ts: every item's inputs, and the items it carried over. */
export interface CarryFile {
  inputs: [key: string, inputs: string][];
  carried: string[];
}

/** What the last build into a folder wrote: each item's inputs and the stamps of its files. */
interface PageManifest {
  version: 1;
  items: Record<string, { inputs: string; files: [path: string, stamp: string][] }>;
}

/** An item of the site: `term:<slug>` (its page and its Markdown copy) or `pair:<url>` (a compare page and its reverse). */
export const termItem = (slug: string): string => `term:${slug}`;
export const pairItem = (url: string): string => `pair:${url}`;

/** A site path to the file Astro writes for it (`/glossary/gelu/` → `glossary/gelu/index.html`). */
const fileOf = (path: string): string => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

/** The files of an item, relative to the site folder. */
export function itemFiles(key: string): string[] {
  const [kind, id] = [key.slice(0, 5), key.slice(5)];
  if (kind === 'term:') return [fileOf(termUrl(id)), fileOf(markdownUrl(id))];
  if (kind === 'pair:') return [fileOf(id), fileOf(reverseUrl(id))];
  throw new Error(`Unknown page item "${key}"`);
}

const sha = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('base64url').slice(0, 32);
};

/** Every item's inputs (see the top of this file), by item key. `site` is the config's `site` URL. */
export function pageInputs(model: Glossary, site: string, root = process.cwd()): Map<string, string> {
  const shared = sha(
    siteCodeFingerprint(root),
    site,
    process.version,
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    JSON.stringify(model.sources.map((s) => [s.file, s.frontmatter])),
    JSON.stringify(model.declaredCategories),
  );
  const inputs = new Map<string, string>();
  for (const t of model.index.terms)
    inputs.set(termItem(t.slug), sha(shared, t.slug, t.body ?? '', lastUpdated(t.file, t.data.updated).toISOString()));
  for (const p of pairPages(model.index)) inputs.set(pairItem(p.url), sha(shared, p.url));
  return inputs;
}

/** Identifies one file on disk: a copy, a rewrite or a touch changes it; a hard link or a rename does not. */
function stamp(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch {
    return undefined;
  }
}

/** Where the manifest of the site in `outDir` lives (not in the site, which is published). */
export function manifestPath(outDir: string, root = process.cwd()): string {
  const id = createHash('sha256').update(resolve(root, outDir)).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.cache', 'glossary-pages', `${id}.json`);
}

function readManifest(path: string): PageManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as PageManifest;
    return m.version === 1 && m.items && typeof m.items === 'object' ? m : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The items whose pages can be taken from `previousSite`: same inputs as when the last build recorded
 * them, and every one of their files still the file it wrote.
 */
export function carriedItems(inputs: ReadonlyMap<string, string>, previousSite: string, manifest: string): string[] {
  const last = readManifest(manifest);
  if (!last || !existsSync(previousSite)) return [];
  const carried: string[] = [];
  for (const [key, value] of inputs) {
    const item = last.items[key];
    if (item?.inputs !== value) continue;
    const files = itemFiles(key);
    if (
      item.files.length === files.length &&
      item.files.every(([path, s], i) => path === files[i] && stamp(join(previousSite, path)) === s)
    )
      carried.push(key);
  }
  return carried;
}

/** Puts the carried items' files into `site`: hard links (no bytes copied), or copies where links fail. */
export function placeCarried(carried: readonly string[], previousSite: string, site: string): number {
  let placed = 0;
  for (const key of carried)
    for (const path of itemFiles(key)) {
      const [from, to] = [join(previousSite, path), join(site, path)];
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(from, to);
      } catch {
        // Another file system, or an immutable file (`chattr +i`): the bytes are the same either way.
        copyFileSync(from, to);
      }
      placed++;
    }
  return placed;
}

/** What `astro build` wrote into `carryFile`, or undefined if it wrote nothing (e.g. a merge build). */
export function readCarryFile(carryFile: string): CarryFile | undefined {
  return existsSync(carryFile) ? (JSON.parse(readFileSync(carryFile, 'utf8')) as CarryFile) : undefined;
}

/** Records the finished site in `outDir` for the next build: each item's inputs and its files' stamps. */
export function recordSite(outDir: string, { inputs }: CarryFile, root = process.cwd()): void {
  const manifest: PageManifest = { version: 1, items: {} };
  for (const [key, value] of inputs) {
    const files = itemFiles(key).map((path) => [path, stamp(join(outDir, path))] as const);
    if (files.every(([, s]) => s !== undefined))
      manifest.items[key] = { inputs: value, files: files as [string, string][] };
  }
  const path = manifestPath(outDir, root);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, path);
}

/** Forgets the site in `outDir` (a build that recorded nothing replaced it): the next build renders every page. */
export function forgetSite(outDir: string, root = process.cwd()): void {
  rmSync(manifestPath(outDir, root), { force: true });
}
