// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/plugins.ts';
import sitemap from '@astrojs/sitemap';
import contentChecks from './src/integrations/content-checks.ts';
import { pageLastModified } from './src/seo/lastmod.ts';

const lastModified = pageLastModified();

export default defineConfig({
  // Canonical URLs, the sitemap and OpenGraph need an absolute origin.
  site: process.env.SITE_URL ?? 'https://glossary.example.org',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default processor (Sätteri) ignores remark/rehype plugins, so
  // math would silently render as code. MDX inherits this processor.
  // No syntax highlighting: snippets are one or two lines, and plain text in our own colours
  // meets contrast in both schemes (Shiki's themes' comment colours do not).
  markdown: { processor: unified({ remarkPlugins, rehypePlugins }) },
  integrations: [
    contentChecks(),
    // Term bodies are rendered by src/markdown/render-body.ts (cached, no JS
    // bundling per term); the integration serves any .mdx pages with the same
    // unified processor. No syntax highlighting: snippets are a line or two, and
    // plain text in our colours meets contrast where Shiki's comment colours do not.
    mdx({ syntaxHighlight: false }),
    sitemap({
      // Not-found and search results are noindex pages: they stay out of the sitemap.
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/search/'),
      serialize(item) {
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
  ],
  // No prefetch script: term pages ship zero JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
});
