import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { activationPlotHtml } from '../plot/figure-html';
import { readActivationPlot } from './activation-plot-attributes';
import { trustHtml } from './rehype-sanitize-content';

/**
 * remark plugin for MDX term bodies: turns <ActivationPlot …/> into its static
 * figure HTML at build time. Term bodies are content, not code: any other JSX,
 * import or expression stops the build with the line (`{/* comments *\/}` are allowed),
 * and the plot's attributes must pass the same closed schema `npm run check` applies.
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
      if (type === 'mdxjsEsm')
        file.fail(`line ${line}: import/export is not allowed in term bodies; <ActivationPlot> needs no import`, node);
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return undefined;
      const el = node as unknown as { name: string | null; attributes: unknown[] };
      if (el.name !== 'ActivationPlot')
        file.fail(`line ${line}: <${el.name ?? ''}> is not available in term bodies (only <ActivationPlot>)`, node);
      const reading = readActivationPlot(el);
      if (!reading.ok) file.fail(`line ${line}: ${reading.problems.join('; ')}`, node);
      parent!.children.splice(index!, 1, { type: 'html', value: trustHtml(activationPlotHtml(reading.props)) });
      return [SKIP, index! + 1];
    });
  };
}
