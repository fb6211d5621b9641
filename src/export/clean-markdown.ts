import type { Root, RootContent } from 'mdast';
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkStringify from 'remark-stringify';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { SKIP, visit } from 'unist-util-visit';
import { computeValue, isComputed } from '../markdown/computed-values';
import { readActivationPlot } from '../markdown/activation-plot-attributes';
import type { ActivationPlotAttributes } from '../schema';
import { diskCached, diskCachedJson } from '../markdown/disk-cache';

/**
 * Clean Markdown from our content: what a reader of `/glossary/<slug>.md` or `/llms-full.txt`
 * gets. Math stays TeX (`$…$`, `$$…$$`), computed values (`` `=min(gelu)` ``) become the
 * kernel's numbers exactly as the HTML page prints them, relative links become absolute, and
 * `<ActivationPlot>` becomes whatever `figure` makes of it (a description, a link, its values).
 * Raw HTML, which the site's sanitizer drops, is dropped here too.
 */

// The site parses fields without GFM, so this parser does not either: the same text means the same tree.
const fieldParser = unified().use(remarkParse).use(remarkMath).freeze();

/** Lets remark-stringify write GFM tables (the "In code" and "Properties" sections are tables). */
const gfmTables: Plugin<[], Root> = function () {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
};

const printer = unified()
  .use(remarkMath)
  .use(gfmTables)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-', listItemIndent: 'one' })
  .freeze();

/** Turns one `<ActivationPlot>` into Markdown nodes. */
export type FigureToMarkdown = (attributes: ActivationPlotAttributes) => RootContent[];

/** `url` resolved against the page; a URL that does not parse is left as written (the page's link is as broken). */
function absolute(url: string, pageUrl: string): string {
  return URL.canParse(url, pageUrl) ? new URL(url, pageUrl).href : url;
}

/** Replaces computed values, makes links absolute against `pageUrl` and drops raw HTML, in place. */
function clean(tree: Root, pageUrl: string): Root {
  visit(tree, (node, index, parent) => {
    if (node.type === 'inlineCode' && isComputed(node.value) && parent && index !== undefined) {
      parent.children[index] = { type: 'text', value: computeValue(node.value) };
      return SKIP;
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url)
      node.url = absolute(node.url, pageUrl);
    if (node.type === 'html' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return tree;
}

/**
 * A Markdown field (definition, step, FAQ answer…) as a clean tree.
 * @example markdownField('Dips to `=min(gelu) ~2`.', 'https://g.org/glossary/gelu/') // paragraph "Dips to −0.17."
 */
export function markdownField(markdown: string, pageUrl: string): Root {
  // Kept on disk: every term's Markdown (page and llms-full.txt) parses ten or so fields each build.
  return diskCachedJson('markdown-fields', `${pageUrl}\0${markdown}`, () =>
    clean(fieldParser.parse(markdown), pageUrl),
  );
}

/**
 * A term body as a clean Markdown tree; each plot goes through `figure`. Takes the body's tree from
 * the content model (parsed once per build, MDX syntax and math), and leaves it untouched.
 */
export function markdownBody(bodyTree: Root, pageUrl: string, figure: FigureToMarkdown): Root {
  const tree = structuredClone(bodyTree);
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const type = node.type as string;
    // `{/* comments */}`: the only expressions a body may hold (the content checks refuse any other).
    if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const reading = readActivationPlot(node as unknown as Parameters<typeof readActivationPlot>[0]);
      if (!reading.ok) throw new Error(reading.problems.join('; '));
      const nodes = figure(reading.props);
      // A plot written inside a paragraph cannot hold block nodes: its text stands in its place.
      const replacement =
        type === 'mdxJsxTextElement'
          ? nodes.flatMap((n) => (n.type === 'paragraph' ? n.children : []))
          : (nodes as typeof parent.children);
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    }
    return undefined;
  });
  return clean(tree, pageUrl);
}

/** Serialises a tree as Markdown (CommonMark with `$` math and GFM tables), ending in one newline. */
export function toMarkdown(tree: Root): string {
  // Serialising is the slow half of a term's Markdown (8 s of a 1,000-term rebuild): kept on disk by the tree.
  return diskCached('markdown', JSON.stringify(tree), () => printer.stringify(tree));
}
