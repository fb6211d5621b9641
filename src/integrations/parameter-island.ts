import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleIsland, ISLAND_ENTRY, type IslandBundle } from '../plot/island/bundle';

/** The module pages import for the island's URL (src/components/ParameterLoader.astro). */
const VIRTUAL_ID = 'virtual:glossary/parameter-island';

/**
 * The parameter island's part of the build. Astro's client directives hydrate
 * framework components when the browser is idle or an element is visible; the
 * sliders need a module loaded only on the first interaction, by a loader small
 * enough to inline. So the island is bundled here with Vite (library mode, in
 * memory) before the pages render, its entry's hashed URL is handed to the
 * pages through a virtual module, and its chunks are written to `_astro/` once
 * the pages are. Under `astro dev` the URL is the source module, which Vite serves.
 */
export default function parameterIsland(): AstroIntegration {
  let bundle: IslandBundle | undefined;
  let assetsDir = '_astro';
  return {
    name: 'glossary:parameter-island',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command === 'sync' || command === 'preview') return;
        assetsDir = config.build.assets;
        let url = `/${ISLAND_ENTRY}`;
        if (command === 'build') {
          bundle = await bundleIsland(fileURLToPath(config.root));
          url = `${config.base.replace(/\/$/, '')}/${assetsDir}/${bundle.entry}`;
        }
        const resolved = `\0${VIRTUAL_ID}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'glossary:parameter-island-url',
                resolveId: (id) => (id === VIRTUAL_ID ? resolved : undefined),
                load: (id) => (id === resolved ? `export default ${JSON.stringify(url)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (!bundle) return;
        const out = join(fileURLToPath(dir), assetsDir);
        await mkdir(out, { recursive: true });
        await Promise.all(bundle.files.map((f) => writeFile(join(out, f.fileName), f.code)));
      },
    },
  };
}
