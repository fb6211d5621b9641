import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/** The island's entry module, relative to the project root. */
export const ISLAND_ENTRY = 'src/plot/island/main.ts';

/**
 * What several chunks share, bundled as one chunk: the kernel's small helpers most families import (define,
 * double-double arithmetic, constants, trig, which the sampler uses too) and the few plot helpers both of the
 * island's parts use (number formatting, escaping, the slider's value and text). Decimal parsing stays its own
 * chunk: only Leaky ReLU's family and Snake's import it, and in the shared chunk it would weigh on every page
 * (SiLU's would pass 10 KB).
 */
const SHARED = [
  /src[\\/]kernel[\\/](define|double-double|trig|generated[\\/]constants)\.ts$/,
  /src[\\/]plot[\\/](format|escape|parameter-controls)\.ts$/,
];

export interface IslandBundle {
  /** File name of the entry chunk (the loader imports it). */
  entry: string;
  /** Every chunk: the entry, its two parts (curves, temperature), the kernel's shared helpers and one per kernel family file, loaded as a figure needs them. */
  files: {
    fileName: string;
    /** The chunk's name: 'curves' and 'temperature' for the island's two parts, a family file's name for its chunk. */
    name: string;
    code: string;
    isEntry: boolean;
    imports: readonly string[];
    dynamicImports: readonly string[];
  }[];
}

/**
 * Bundles the parameter island with Vite (the bundler the site's build uses),
 * in memory: minified ES modules named by content hash, one chunk per kernel
 * family so a page loads only the families its figure draws. The content-checks
 * and plot modules are the build's own sources; nothing is re-implemented.
 */
export async function bundleIsland(root: string): Promise<IslandBundle> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      copyPublicDir: false,
      // Library mode: ES modules with their exports kept (the loader calls `start`) and without the app
      // build's module-preload helper (3 KB), which these chunks, with no CSS, never need.
      lib: { entry: resolve(root, ISLAND_ENTRY), formats: ['es'] },
      rollupOptions: {
        output: {
          entryFileNames: 'param-island-[hash].js',
          chunkFileNames: 'param-[name]-[hash].js',
          minify: true,
          // Each of these as its own file paid its own request and gzip header and compressed without the
          // others' context (before grouping: 6 kernel helpers, 1.8 KB gzipped as separate files).
          codeSplitting: { groups: [{ name: 'shared', test: (id: string) => SHARED.some((r) => r.test(id)) }] },
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
    .map((c) => ({
      fileName: c.fileName,
      name: c.name,
      code: c.code,
      isEntry: c.isEntry,
      imports: c.imports,
      dynamicImports: c.dynamicImports,
    }));
  const entry = files.find((f) => f.isEntry);
  if (!entry) throw new Error(`bundling ${ISLAND_ENTRY} produced no entry chunk`);
  return { entry: entry.fileName, files };
}
