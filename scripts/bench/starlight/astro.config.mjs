// The Starlight side of `npm run bench -- --starlight`: Starlight's defaults (sidebar of every page,
// Pagefind search, table of contents) with the same math plugins as bare Astro, so the bodies parse.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  site: 'https://starlight.example.org',
  markdown: { processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) },
  integrations: [starlight({ title: 'Glossary benchmark', customCss: ['katex/dist/katex.min.css'] })],
});
