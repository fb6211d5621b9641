import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { Options as KatexOptions } from 'katex';
import rehypeFailOnMathErrors from './rehype-fail-on-math-errors';

/**
 * KaTeX settings shared by the MDX bodies, the Markdown in frontmatter fields
 * and the standalone formulas, so all math on a page renders the same way.
 * `trust` stays off: content must never inject arbitrary HTML through \href or \htmlClass.
 */
export const katexOptions: KatexOptions = { trust: false, strict: 'ignore', output: 'htmlAndMathml' };

/** One place defines the pipeline; astro.config.mjs and renderMarkdown() both use it. */
export const remarkPlugins = [remarkMath];
export const rehypePlugins = [[rehypeKatex, katexOptions], rehypeFailOnMathErrors] as const;
