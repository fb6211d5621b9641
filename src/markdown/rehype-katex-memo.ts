import type { Element, ElementContent, Root } from 'hast';
import type { Parent } from 'unist';
import type { KatexOptions } from 'katex';
import rehypeKatex from 'rehype-katex';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';

/**
 * rehype-katex, remembering its output per formula. rehype-katex renders each formula to an HTML
 * string and parses that string back into a tree with parse5: at 1,000 terms the fields alone held
 * 14,000 formulas (1,054 distinct), and the parsing took 9.7 s against KaTeX's own 2.9 s. Here each
 * math element is handed to rehype-katex on its own, in a one-element tree, and the nodes it makes
 * are kept and cloned for the next element with the same tag, classes and text, which is all
 * rehype-katex reads (its options are this plugin's). Output and error messages are rehype-katex's
 * own; a formula it reported a problem for is not kept.
 */
export default function rehypeKatexMemo(options: Readonly<KatexOptions>) {
  const katexTree = rehypeKatex(options) as unknown as (tree: Root, file: VFile) => void;
  const made = new Map<string, ElementContent[]>();
  return (tree: Root, file: VFile): void => {
    // Every parent, not only elements: in an MDX body, math also sits inside components' JSX nodes.
    const visit = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i] as Parent | Element;
        const key = node.type === 'element' ? mathKey(node as Element) : undefined;
        if (key === undefined) {
          if ('children' in node && Array.isArray(node.children)) visit(node);
          continue;
        }
        // Later plugins decorate the nodes in place: every use gets its own copy.
        let nodes = made.get(key)?.map(copyNode);
        if (nodes === undefined) {
          const alone: Root = { type: 'root', children: [node as Element] };
          const before = file.messages.length;
          katexTree(alone, file);
          nodes = alone.children as ElementContent[];
          // Keep only what later formulas may reuse: no error output, and a bounded number of formulas.
          if (file.messages.length === before) {
            if (made.size >= MAX_KEPT) made.clear();
            made.set(key, nodes.map(copyNode));
          }
        }
        parent.children.splice(i, 1, ...nodes);
        i += nodes.length - 1;
      }
    };
    visit(tree);
  };
}

/**
 * A deep copy of KaTeX's nodes (elements and text; no positions, which point into KaTeX's HTML
 * string, not the source, and took most of a kept formula's memory). Three times as fast as
 * structuredClone on these trees.
 */
function copyNode(node: ElementContent): ElementContent {
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type !== 'element') return structuredClone(node);
  const properties: Element['properties'] = {};
  for (const [name, value] of Object.entries(node.properties))
    properties[name] = Array.isArray(value) ? [...value] : value;
  return { type: 'element', tagName: node.tagName, properties, children: node.children.map(copyNode) };
}

/**
 * Distinct formulas kept per pipeline. A kept formula takes ~20 KB of heap (measured with 2,000
 * formulas), so this bounds the memory at ~40 MB; a glossary repeats a few hundred formulas
 * (1,054 distinct in 1,000 terms' fields), and after a clear the common ones return on next use.
 */
const MAX_KEPT = 2_000;

const classNames = (e: Element): string[] =>
  Array.isArray(e.properties.className) ? e.properties.className.map(String) : [];

/**
 * What rehype-katex's output for `e` depends on, or undefined if it leaves `e` alone: the classes
 * remark-math gives inline and display math, or a `<pre>` holding ```math code.
 */
function mathKey(e: Element): string | undefined {
  const own = classNames(e);
  const isMath = own.includes('math-inline') || own.includes('math-display') || own.includes('language-math');
  // rehype-katex replaces a whole <pre> (in display mode) for ```math code inside it.
  const isMathBlock =
    e.tagName === 'pre' &&
    e.children.some((c) => c.type === 'element' && c.tagName === 'code' && classNames(c).includes('language-math'));
  if (!isMath && !isMathBlock) return undefined;
  const shape = isMathBlock ? 'pre' : `${e.tagName} ${own.join(' ')}`;
  return `${shape}\0${toText(e, { whitespace: 'pre' })}`;
}
