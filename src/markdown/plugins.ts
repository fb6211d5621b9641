import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { KatexOptions } from 'katex';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeFailOnMathErrors from './rehype-fail-on-math-errors';
import remarkComputedValues from './remark-computed-values';

/**
 * KaTeX settings shared by the MDX bodies, the Markdown in frontmatter fields
 * and the standalone formulas, so all math on a page renders the same way.
 * `trust` stays off: content must never inject arbitrary HTML through \href or \htmlClass.
 */
export const katexOptions: KatexOptions = { trust: false, strict: 'ignore', output: 'htmlAndMathml' };

/** One place defines the pipeline; astro.config.mjs and renderMarkdown() both use it. */
// Typed as Astro's plugin lists; unified accepts the same shapes.
// remarkComputedValues turns `=min(gelu)` inline code into the kernel's number everywhere Markdown is rendered.
export const remarkPlugins: RemarkPlugins = [remarkMath, remarkComputedValues];
export const rehypePlugins: RehypePlugins = [[rehypeKatex, katexOptions], rehypeFailOnMathErrors];
