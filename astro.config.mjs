// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import contentChecks from './src/integrations/content-checks.ts';
import { pageLastModified } from './src/seo/lastmod.ts';
import pairOverlap from './src/integrations/pair-overlap.ts';
import { isReversePairPath } from './src/glossary/urls.ts';
import parameterIsland from './src/integrations/parameter-island.ts';
import buildPhases from './src/integrations/build-phases.ts';
import { pagesNotRendered } from './src/glossary/build-scope.ts';

// Read on first use (when the sitemap is written, after the content checks), never while this file loads:
// a content error must come out as the checks' list, not as "Unable to load your Astro config".
/** @type {Map<string, Date> | undefined} */
let lastModified;
const site = process.env.SITE_URL ?? 'https://glossary.example.org';

export default defineConfig({
  // Canonical URLs, the sitemap and OpenGraph need an absolute origin.
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No `markdown.processor` and no @astrojs/mdx: Astro renders no Markdown or MDX of ours. Term bodies
  // and fields go through src/markdown/ (one unified pipeline, cached, shared with `npm run check`);
  // building with and without the two gave a byte-identical dist/.
  integrations: [
    // Checks the content model before anything renders; writes the sharing cards and the search index after.
    contentChecks(),
    pairOverlap(),
    // Bundles the island that redraws parametric figures on first interaction (src/plot/island/).
    parameterIsland(),
    sitemap({
      // Pages written without being rendered: the shards' in a merge build (npm run build -- --merge), the ones
      // carried over from the previous site in a rebuild (src/glossary/carry-over.ts).
      customPages: pagesNotRendered(site),
      // Not-found and search results are noindex pages, and reverse-order pair addresses only point to the real page:
      // they stay out of the sitemap.
      filter: (page) =>
        !page.endsWith('/404/') && !page.endsWith('/search/') && !isReversePairPath(new URL(page).pathname),
      serialize(item) {
        lastModified ??= pageLastModified();
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    // Last: times the build's phases once every other integration has run.
    buildPhases(),
  ],
  // No prefetch script: term pages ship no JavaScript, except the ≤ 1 KB inline loader of pages with sliders.
  prefetch: false,
  devToolbar: { enabled: false },
});
