import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

function classes(e: Element): string[] {
  const c: unknown = e.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(' ') : [];
}
const isClass = (c: ElementContent, name: string): c is Element => c.type === 'element' && classes(c).includes(name);
const textOf = (e: Element): string =>
  e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

/**
 * The page's rendered math, made small enough for a preview: each formula keeps KaTeX's
 * typeset HTML (same glyphs, same fonts as the page) and drops its two other copies, the
 * MathML and the plain-text reading for search. The plain text becomes the formula's
 * accessible name instead (`role="img"`), so a screen reader still reads `x Φ(x)`.
 * MathML is half of KaTeX's output; the term's own page keeps it.
 * Display math keeps its focusable, named scroll box, for a formula wider than the card.
 * @example compactMath('<span class="katex"><span class="katex-mathml">…</span><span class="katex-html" aria-hidden="true">…</span><span class="math-text" aria-hidden="true">x²</span></span>')
 * // '<span class="katex" role="img" aria-label="x²"><span class="katex-html" aria-hidden="true">…</span></span>'
 */
export function compactMath(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    if (!classes(node).includes('katex')) return undefined;
    const reading = node.children.find((c) => isClass(c, 'math-text'));
    node.children = node.children.filter((c) => !isClass(c, 'katex-mathml') && !isClass(c, 'math-text'));
    for (const c of node.children) if (c.type === 'element') delete c.properties.dataPagefindIgnore;
    node.properties.role = 'img';
    node.properties.ariaLabel = reading ? textOf(reading as Element) : textOf(node);
    return SKIP;
  });
  return toHtml(tree);
}
