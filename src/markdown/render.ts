import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import katex from 'katex';
import { VFile } from 'vfile';
import { katexOptions, rehypePlugins, remarkPlugins } from './plugins';
import { diskCached } from './disk-cache';
import { bodyLimitProblems } from './body-limits';
import { decorateMathHtml } from './rehype-math-surfaces';

// Built once per process: frontmatter fields of every term go through it.
const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins as PluggableList)
  .use(remarkRehype)
  .use(rehypePlugins as PluggableList)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders a Markdown field (with `$…$` and `$$…$$` math) to HTML.
 * Raw HTML in the Markdown is dropped, not passed through: fields are escaped content.
 * `where` names the file and field in error messages.
 * @example renderMarkdown('Uses $x^2$.', 'gelu.mdx faq[0].answer')
 */
export function renderMarkdown(markdown: string, where: string): string {
  const limits = bodyLimitProblems(markdown);
  if (limits.length)
    throw new Error(limits.map((p) => `${where}: line ${p.line} of the text: ${p.message}`).join('\n'));
  // A definition is rendered on its own page, in related lists, indexes and
  // compare pages: render each distinct text once per build (disk cache), and keep
  // the short ones, which lists repeat, in memory too.
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = diskCached('fields', markdown, () =>
      String(processor.processSync(new VFile({ value: markdown, path: where }))).trim(),
    );
    if (html.length <= MEMO_CHARS) rendered.set(markdown, html);
  }
  return html;
}

const rendered = new Map<string, string>();
/** Longer HTML (FAQ answers, steps) is read once or twice a build: holding it all took hundreds of MB at 10,000 terms. */
const MEMO_CHARS = 4096;

/** Like renderMarkdown, but for one-paragraph fields: drops the wrapping `<p>`. */
export function renderInlineMarkdown(markdown: string, where: string): string {
  const html = renderMarkdown(markdown, where);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1].includes('<p>') ? single[1] : html;
}

const formulas = new Map<string, string>();

/** Renders one standalone TeX formula as display math; throws with `where` on bad TeX. */
export function renderFormula(tex: string, where: string): string {
  // The formula of a kernel function appears on its term page, every page that plots it, and in the checks.
  let html = formulas.get(tex);
  if (html !== undefined) return html;
  try {
    html = diskCached('formulas', tex, () =>
      decorateMathHtml(katex.renderToString(tex, { ...katexOptions, displayMode: true, throwOnError: true })),
    );
    formulas.set(tex, html);
    return html;
  } catch (error) {
    throw new Error(`${where}: invalid TeX: ${(error as Error).message}. Fix the formula so KaTeX can render it.`, {
      cause: error,
    });
  }
}
