import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Code and tables keep their shape on a phone: they scroll sideways inside their own box
 * instead of widening the page (code never breaks mid-token). A box that scrolls must be
 * reachable by keyboard and named, so each gets tabindex=0, role=group and a label (a group, not a
 * region: regions are landmarks, which must be few and uniquely named).
 */
export default function rehypeScrollBoxes() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'pre') {
        Object.assign(node.properties, { tabIndex: 0, role: 'group', ariaLabel: 'Code' });
        return SKIP;
      }
      if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: 'Table' },
          children: [node],
        };
        return SKIP;
      }
    });
  };
}
