import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toString as hastText } from 'hast-util-to-string';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { ForeignTerm, FormatReader } from './reader';

const DROP = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'svg']);

function find(nodes: readonly (RootContent | ElementContent)[], test: (e: Element) => boolean): Element | undefined {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    if (test(n)) return n;
    const inner = find(n.children, test);
    if (inner) return inner;
  }
  return undefined;
}

const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);

/**
 * Drops page chrome and turns typeset math back into TeX: KaTeX keeps its source in an
 * `annotation encoding="application/x-tex"`, MathJax in `<script type="math/tex">`.
 */
function clean(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const n of nodes) {
    if (n.type !== 'element') {
      if (n.type === 'text') out.push(n);
      continue;
    }
    const type = String(n.properties.type ?? '');
    if (n.tagName === 'script' && type.startsWith('math/tex')) {
      const tex = hastText(n).trim();
      out.push({ type: 'text', value: type.includes('mode=display') ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$` });
      continue;
    }
    if (DROP.has(n.tagName)) continue;
    if (classes(n).includes('katex') || classes(n).includes('katex-display')) {
      const annotation = find([n], (e) => e.tagName === 'annotation');
      const tex = annotation ? hastText(annotation).trim() : '';
      const display = classes(n).includes('katex-display');
      if (tex) out.push({ type: 'text', value: display ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$` });
      continue;
    }
    out.push({ ...n, children: clean(n.children) });
  }
  return out;
}

/** An HTML page: its `<h1>` (or `<title>`) names the term; `<main>`, `<article>` or `<body>` is the body. */
export function readHtml(html: string): ForeignTerm {
  const tree: Root = fromHtml(html);
  const h1 = find(tree.children, (e) => e.tagName === 'h1');
  const titleEl = find(tree.children, (e) => e.tagName === 'title');
  const name = (h1 ? hastText(h1) : titleEl ? hastText(titleEl).replace(/\s+[|–—-]\s+.*$/, '') : '')
    .replace(/\s+/g, ' ')
    .trim();
  const container =
    find(tree.children, (e) => e.tagName === 'main') ??
    find(tree.children, (e) => e.tagName === 'article') ??
    find(tree.children, (e) => e.tagName === 'body');
  const content = clean((container ?? tree).children as ElementContent[]).filter((n) => n !== h1);
  const withoutTitle = content.filter((n) => !(n.type === 'element' && n.tagName === 'h1'));
  const mdast = toMdast({ type: 'root', children: withoutTitle });
  // Math was put back as literal `$` text: unescape what the Markdown writer escaped in it.
  const markdown = toMarkdown(mdast, { extensions: [gfmToMarkdown()], bullet: '-', fences: true })
    .replace(/\\\$/g, '$')
    .replace(/\\([\\_*[\]])/g, '$1');
  return { name, explanation: markdown, article: true, notes: [] };
}

/** An HTML page or fragment (a saved glossary page). */
export const htmlPage: FormatReader = {
  id: 'html',
  label: 'an HTML page',
  detect(text, json) {
    if (json !== undefined) return false;
    const head = text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .slice(0, 1000)
      .toLowerCase();
    return (
      /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<main[\s>]|<article[\s>])/.test(head) ||
      (head.startsWith('<') && /<\/(p|div|h1|h2|li)>/.test(text.slice(0, 5000).toLowerCase()))
    );
  },
  read: (text) => [readHtml(text)],
};
