import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { KatexOptions } from 'katex';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeFailOnMathErrors from './rehype-fail-on-math-errors';
import rehypeMathSurfaces from './rehype-math-surfaces';
import rehypeScrollBoxes from './rehype-scroll-boxes';

/**
 * KaTeX settings shared by the MDX bodies, the Markdown in frontmatter fields
 * and the standalone formulas, so all math on a page renders the same way.
 * `trust` stays off: content must never inject arbitrary HTML through \href or \htmlClass.
 */
export const katexOptions: KatexOptions = { trust: false, strict: 'ignore', output: 'htmlAndMathml' };

/** One place defines the pipeline; astro.config.mjs and renderMarkdown() both use it. */
// Typed as Astro's plugin lists; unified accepts the same shapes.
export const remarkPlugins: RemarkPlugins = [remarkMath];
export const rehypePlugins: RehypePlugins = [[rehypeKatex, katexOptions], rehypeFailOnMathErrors, rehypeMathSurfaces, rehypeScrollBoxes];
