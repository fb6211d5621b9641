import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import { mathToText } from './plain-text';

/**
 * Makes KaTeX's output work on every surface beside the typeset page, run after rehype-katex:
 * - search: Pagefind skips both of KaTeX's copies (the visual HTML is glyph soup, the MathML
 *   annotation raw TeX) and indexes a hidden plain-text reading instead (`x Φ(x)`, `√(2/π)`);
 * - phones: display math scrolls inside its own box, which is keyboard-focusable and named;
 * - line breaks: punctuation right after inline math stays on the math's line.
 */
export default function rehypeMathSurfaces() {
  return (tree: Root): void => decorateMath(tree);
}

function classes(e: Element): string[] {
  const c: unknown = e.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(' ') : [];
}
const has = (e: ElementContent | Root | undefined, name: string): boolean =>
  e?.type === 'element' && classes(e).includes(name);

/** Applies the decorations to a hast tree in place. */
export function decorateMath(tree: Root | Element): void {
  visit(tree, 'element', (node, index, parent) => {
    if (has(node, 'katex-display')) {
      node.properties.tabIndex = 0;
      // A named group, not a region: a page has many formulas, and landmarks must be few and unique.
      node.properties.role = 'group';
      node.properties.ariaLabel = 'Formula';
      return;
    }
    if (!has(node, 'katex')) return;
    const tex = annotation(node);
    for (const child of node.children)
      if (child.type === 'element' && (has(child, 'katex-html') || has(child, 'katex-mathml')))
        child.properties.dataPagefindIgnore = '';
    if (tex !== undefined)
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['math-text'], ariaHidden: 'true' },
        children: [{ type: 'text', value: safeText(tex) }],
      });
    // Inline math followed by punctuation: keep them on one line (no orphaned ":" or "," at a line start).
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    const inDisplay = has(parent as Element | undefined, 'katex-display');
    if (!inDisplay && parent && index !== undefined && next?.type === 'text') {
      const m = /^[.,;:!?)\]”’]+/.exec(next.value);
      if (m) {
        const punct: Text = { type: 'text', value: m[0] };
        next.value = next.value.slice(m[0].length);
        parent.children.splice(index, 1, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['math-nowrap'] },
          children: [node, punct],
        });
        return SKIP;
      }
    }
    return SKIP;
  });
}

function annotation(katexEl: Element): string | undefined {
  let tex: string | undefined;
  visit(katexEl, 'element', (e) => {
    if (e.tagName === 'annotation') {
      tex = e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      return false;
    }
  });
  return tex;
}

function safeText(tex: string): string {
  try {
    return mathToText(tex);
  } catch {
    return tex;
  }
}

/** decorateMath for an HTML string (KaTeX's own renderToString output). */
export function decorateMathHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  decorateMath(tree);
  return toHtml(tree);
}
