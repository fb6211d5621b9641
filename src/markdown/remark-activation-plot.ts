import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { activationPlotHtml, type ActivationPlotProps } from '../plot/figure-html';

export interface JsxAttribute {
  type: string;
  name: string;
  value?: string | null | { type: string; value: string };
}

/** An attribute's value: a string, `true` for a bare attribute, or a JSON-like expression such as {[-4, 4]}. */
export function attributeValue(a: JsxAttribute): unknown {
  if (a.value === null || a.value === undefined) return true;
  if (typeof a.value === 'string') return a.value;
  try {
    return JSON.parse(a.value.value);
  } catch {
    return undefined;
  }
}

/**
 * remark plugin for MDX term bodies: turns <ActivationPlot …/> into its static
 * figure HTML at build time. Term bodies are content, not code: any other JSX,
 * import or expression stops the build with the line (`{/* comments *\/}` are allowed).
 */
export default function remarkActivationPlot() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node, index, parent) => {
      const type = node.type as string;
      const line = node.position?.start.line;
      if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
        const value = (node as unknown as { value: string }).value.trim();
        if (/^\/\*[\s\S]*\*\/$/.test(value) || value === '') {
          parent!.children.splice(index!, 1);
          return [SKIP, index!];
        }
        file.fail(`line ${line}: expressions are not allowed in term bodies; write the value as text`, node);
      }
      if (type === 'mdxjsEsm') file.fail(`line ${line}: import/export is not allowed in term bodies; <ActivationPlot> needs no import`, node);
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return undefined;
      const el = node as unknown as { name: string; attributes: JsxAttribute[] };
      if (el.name !== 'ActivationPlot') file.fail(`line ${line}: <${el.name}> is not available in term bodies (only <ActivationPlot>)`, node);
      const props = Object.fromEntries(el.attributes.map((a) => [a.name, attributeValue(a)])) as unknown as ActivationPlotProps;
      parent!.children.splice(index!, 1, { type: 'html', value: activationPlotHtml(props) });
      return [SKIP, index! + 1];
    });
  };
}
