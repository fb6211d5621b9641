import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { linkModules } from '../../scripts/lib/link-modules';
import { DIST, requireBuiltSite } from './site';

export const REPO = join(import.meta.dirname, '..', '..');

/**
 * A throwaway copy of the project (packages linked, not copied; caches private), so tests
 * can break content and build without touching the working tree.
 * `content` replaces content/ with another folder, e.g. a fixture.
 */
export function tempProject(options: { content?: string } = {}): {
  root: string;
  run: (script: string, args?: string[], env?: Record<string, string>) => SpawnSyncReturns<string>;
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'glossary-test-'));
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(REPO, entry), join(root, entry), { recursive: true });
  cpSync(options.content ?? join(REPO, 'content'), join(root, 'content'), { recursive: true });
  linkModules(root);
  const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return {
    root,
    run: (script, args = [], env = {}) =>
      spawnSync(process.execPath, [tsx, script, ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0', ...env },
        maxBuffer: 256 * 1024 * 1024,
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Gives a temp project of the repository's own content what the repository's build left (`npm test`
 * builds the site before the tests): its dist/, as the previous site, and its build caches, as after
 * one build. A test that needs "a site built once" saves a full build of it. Cache entries are keyed by
 * their input and by the code, so an entry from other code or content is only a miss.
 */
export function seedWithRepoBuild(root: string, parts: { dist?: boolean; caches?: boolean }): void {
  requireBuiltSite();
  if (parts.dist) cpSync(DIST, join(root, 'dist'), { recursive: true });
  if (parts.caches)
    for (const cache of ['glossary', 'glossary-og'])
      if (existsSync(join(REPO, 'node_modules', '.cache', cache)))
        cpSync(join(REPO, 'node_modules', '.cache', cache), join(root, 'node_modules', '.cache', cache), {
          recursive: true,
        });
}
