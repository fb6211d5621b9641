import remarkMath from 'remark-math';
import rehypeKatexMemo from './rehype-katex-memo';
import katex, { type KatexOptions } from 'katex';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeFailOnMathErrors from './rehype-fail-on-math-errors';
import remarkComputedValues from './remark-computed-values';
import rehypeSanitizeContent from './rehype-sanitize-content';

/** What each KaTeX command that needs trust would do, for the message. */
const UNTRUSTED_WHY: Record<string, string> = {
  '\\href': 'a link',
  '\\url': 'a link',
  '\\includegraphics': 'an image',
};

/**
 * KaTeX's trust hook, used to refuse rather than to trust: nothing is ever
 * trusted, and instead of rendering red error text (KaTeX's answer with
 * `trust: false`) the formula fails like any other TeX error, so `npm run check`
 * and the build both stop with the file and field.
 */
function refuseUntrusted(context: { command: string }): never {
  const what = UNTRUSTED_WHY[context.command] ?? 'HTML attributes';
  throw new katex.ParseError(
    `${context.command} is not allowed in formulas (it would add ${what}); put links in the Markdown around the math, e.g. [text](https://…), and drop HTML commands`,
  );
}
import rehypeMathSurfaces from './rehype-math-surfaces';
import rehypeScrollBoxes from './rehype-scroll-boxes';

/**
 * KaTeX settings shared by the MDX bodies, the Markdown in frontmatter fields
 * and the standalone formulas, so all math on a page renders the same way.
 * Trust stays off (see refuseUntrusted). `maxSize` caps any user-specified size
 * (\rule, \kern, \hspace) at 10 em, about a line of text wide; `maxExpand`
 * bounds macro expansion so a `\def` bomb fails fast.
 */
export const katexOptions: KatexOptions = {
  trust: refuseUntrusted,
  strict: 'ignore',
  output: 'htmlAndMathml',
  maxSize: 10,
  maxExpand: 1000,
};

/** One place defines the pipeline; astro.config.mjs and renderMarkdown() both use it. */
// Typed as Astro's plugin lists; unified accepts the same shapes.
// remarkComputedValues turns `=min(gelu)` inline code into the kernel's number everywhere Markdown is rendered.
export const remarkPlugins: RemarkPlugins = [remarkMath, remarkComputedValues];
/**
 * Sanitizing comes first, on the tree that content produced, so KaTeX's output
 * and our plot figures (trusted, inserted after) need not fit a sanitizer schema.
 */
export const rehypePlugins: RehypePlugins = [
  rehypeSanitizeContent,
  [rehypeKatexMemo, katexOptions],
  rehypeFailOnMathErrors,
  rehypeMathSurfaces,
  rehypeScrollBoxes,
];
