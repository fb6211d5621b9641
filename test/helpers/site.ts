import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
/** The built site; `npm test` builds it first. */
export const DIST = join(REPO_ROOT, 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
}

/** Every file under dist/, as site paths like `/glossary/gelu/index.html`. */
export function siteFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? siteFiles(full) : [`/${relative(DIST, full).split('\\').join('/')}`];
  });
}

export const htmlPages = (): string[] => siteFiles().filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'));

/** The built HTML of a URL path such as `/glossary/gelu/`. */
export function readPage(urlPath: string): string {
  const file = urlPath.endsWith('.html') ? urlPath : join(urlPath, 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}

export function loadPage(urlPath: string): cheerio.CheerioAPI {
  return cheerio.load(readPage(urlPath));
}

/** Slugs of the built term pages. */
export function termSlugs(): string[] {
  return readdirSync(join(DIST, 'glossary')).filter((d) => statSync(join(DIST, 'glossary', d)).isDirectory());
}

/** Does a site-relative URL path resolve to a built file? */
export function resolves(urlPath: string): boolean {
  const clean = decodeURI(urlPath.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/')
    ? [join(clean, 'index.html')]
    : [clean, `${clean}.html`, join(clean, 'index.html')];
  return candidates.some((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}
