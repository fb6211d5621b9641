import type { Loader } from 'astro/loaders';
import { parseTermSource, readTermSources, TERMS_DIR } from './source-files';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The source of the term schema, part of every digest: a schema change (say, a
 * new field with a default) must re-parse files whose text did not change, or
 * the data store keeps serving their old shape.
 */
function schemaSource(dir = join('src', 'schema')): string {
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\0');
}

/**
 * Astro content loader for content/terms/*.mdx. It parses frontmatter with the
 * same code as `npm run check`, validates it with the collection schema, and
 * stores the body as text. Unlike glob(), it does not register each file as
 * an MDX module: bodies are rendered by src/markdown/render-body.ts with a
 * cache, so Vite never bundles one module per term.
 */
export function termFiles(dir = TERMS_DIR): Loader {
  return {
    name: 'glossary-term-files',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const schema = schemaSource();
      const put = async (source: ReturnType<typeof parseTermSource>) => {
        const digest = generateDigest(`${schema}\0${JSON.stringify(source.frontmatter)}\0${source.body}`);
        if (store.get(source.slug)?.digest === digest) return;
        const data = await parseData({ id: source.slug, data: source.frontmatter, filePath: source.file });
        store.set({ id: source.slug, data, body: source.body, filePath: source.file, digest });
      };
      const sources = readTermSources('.', dir);
      const ids = new Set(sources.map((s) => s.slug));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const s of sources) await put(s);

      // In `astro dev`, reload a term when its file changes.
      watcher?.add(dir);
      watcher?.on('all', async (event, path) => {
        const file = relative(process.cwd(), path).split('\\').join('/');
        if (!file.startsWith(`${dir}/`) || !file.endsWith('.mdx')) return;
        const slug = file.slice(dir.length + 1, -4);
        try {
          if (event === 'unlink') store.delete(slug);
          else await put(parseTermSource(file, readFileSync(path, 'utf8')));
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
