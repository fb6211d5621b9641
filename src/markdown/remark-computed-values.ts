import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { computeValue, ComputedValueError, isComputed } from './computed-values';

/**
 * remark plugin: replaces inline code that starts with `=` (`` `=min(gelu) ~3` ``) by the
 * number the kernel computes, as plain text. Registered in the shared `remarkPlugins`, so it
 * runs for MDX bodies, Markdown fields and the plain text derived from them.
 * A malformed query stops rendering with the line and the fix (`npm run check` reports it first).
 */
export default function remarkComputedValues() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'inlineCode', (node, index, parent) => {
      if (!parent || index === undefined || !isComputed(node.value)) return;
      try {
        parent.children[index] = { type: 'text', value: computeValue(node.value), position: node.position };
      } catch (error) {
        if (!(error instanceof ComputedValueError)) throw error;
        file.fail(`line ${node.position?.start.line ?? '?'}: ${error.message}`, node);
      }
    });
  };
}
