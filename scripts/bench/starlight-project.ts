// The Starlight project of `npm run bench -- --starlight`. Starlight is not a dependency of the
// glossary: it is installed from the registry on first use and reused by later runs.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { termFileSource } from '../../src/editor/term-file';
import { splitTermSource } from '../../src/glossary/read-source';

/** Starlight's release line checked against Astro 7 (its peer range is astro ^7.2). */
export const STARLIGHT_VERSION = '0.42';

/** Packages the Starlight project needs, at the versions the glossary itself builds with where it has them. */
function packages(repo: string): string[] {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  const at = (name: string) => `${name}@${lock.packages[`node_modules/${name}`].version}`;
  return [
    `@astrojs/starlight@~${STARLIGHT_VERSION}`,
    at('astro'),
    at('@astrojs/markdown-remark'),
    at('katex'),
    at('remark-math'),
    at('rehype-katex'),
  ];
}

/**
 * The Starlight project of a run, in a folder under the system's temporary directory named for the
 * versions: the packages are installed there from the registry on first use and kept for later runs
 * (installed in place, not linked: Vite leaves packages that resolve outside the project unbundled,
 * and Starlight's virtual modules then fail to load). Each run replaces the site's sources and output:
 * each term file becomes src/content/docs/<slug>.mdx with the same body, its name as the title and
 * its definition as the description.
 */
export function makeStarlightProject(
  repo: string,
  terms: readonly { file: string; source: string }[],
  log: (s: string) => void,
): string {
  const wanted = packages(repo);
  const dir = join(tmpdir(), `glossary-bench-starlight-${wanted.join('_').replace(/[^\w.@-]+/g, '-')}`);
  if (!existsSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'))) {
    log(`Installing ${wanted.join(', ')} into ${dir} (once)…`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...wanted], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  for (const stale of ['src', 'dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')])
    rmSync(join(dir, stale), { recursive: true, force: true });
  cpSync(join(repo, 'scripts', 'bench', 'starlight'), dir, { recursive: true });
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  for (const t of terms) writeFileSync(join(dir, 'src', 'content', 'docs', t.file), starlightSource(t));
  return dir;
}

/** Removes a run's sources and output, keeping the installed packages for the next run. */
export function cleanStarlightProject(dir: string): void {
  for (const stale of ['src', 'dist', '.astro']) rmSync(join(dir, stale), { recursive: true, force: true });
}

/** A term file as a Starlight page: title and description frontmatter, the body unchanged. */
export function starlightSource(t: { file: string; source: string }): string {
  const split = splitTermSource(t.file, t.source);
  const fm = split.frontmatter as { term: string; shortDefinition: string };
  return termFileSource(
    { title: fm.term, description: fm.shortDefinition.replace(/\$[^$]*\$/g, '').trim() },
    split.body,
  );
}
