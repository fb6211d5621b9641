import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidateGlossary, loadContentModel } from './model';
import { TERMS_DIR } from './source-files';
import { termsToBuild } from './build-scope';

/**
 * Astro content loader for content/terms/*.mdx. It reads the content model
 * (src/glossary/model.ts), which the content checks have already validated, so
 * files are not parsed or validated a second time and no Astro schema message
 * can come before the checks' list. Bodies are rendered by
 * src/markdown/render-body.ts with a cache, so Vite never bundles one module per term.
 */
export function termFiles(dir = TERMS_DIR): Loader {
  return {
    name: 'glossary-term-files',
    load: async ({ store, generateDigest, watcher, config }) => {
      const sync = () => {
        // The terms whose pages this build writes: all of them, or a shard's (src/glossary/shard.ts).
        const terms = termsToBuild(loadContentModel(fileURLToPath(config.root)));
        const ids = new Set(terms.map((t) => t.slug));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const t of terms) {
          const digest = generateDigest(`${JSON.stringify(t.data)}\0${t.body}`);
          if (store.get(t.slug)?.digest === digest) continue;
          store.set({
            id: t.slug,
            data: t.data as unknown as Record<string, unknown>,
            body: t.body,
            filePath: t.file,
            digest,
          });
        }
      };
      sync();
      // In `astro dev`, read the content again when a term changes.
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        const file = relative(fileURLToPath(config.root), path).split('\\').join('/');
        if (!file.startsWith(`${dir}/`)) return;
        invalidateGlossary();
        sync();
      });
    },
  };
}
