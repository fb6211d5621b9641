import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

/**
 * Links the repository's packages one by one into `root/node_modules`, leaving
 * out the caches (.astro, .cache, .vite): a linked node_modules folder would
 * make concurrent builds share, and corrupt, one Astro content store.
 */
export function linkModules(root: string): void {
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    if (name === '.astro' || name === '.cache' || name === '.vite') continue;
    symlinkSync(join(REPO, 'node_modules', name), join(root, 'node_modules', name));
  }
}
