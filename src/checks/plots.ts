import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../schema';
import type { Check } from './context';
import { plotFunctionProblems } from '../plot/function-ids';
import { readActivationPlot } from '../markdown/activation-plot-attributes';

/**
 * Plot functions that the kernel cannot draw, in frontmatter `plot:` (its shape
 * and domain are the schema's job) and every problem of <ActivationPlot> in
 * bodies, read by the same function the render plugin uses.
 */
export const checkPlots: Check = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const s of ctx.sources) {
    const plot = s.frontmatter.plot as Record<string, unknown> | undefined;
    if (plot && typeof plot === 'object' && typeof plot.fn === 'string') {
      const compare =
        Array.isArray(plot.compare) && plot.compare.every((c) => typeof c === 'string')
          ? (plot.compare as string[])
          : [];
      for (const p of plotFunctionProblems(plot.fn, compare))
        issues.push({ file: s.file, where: `plot.${p.field}`, message: p.message });
    }
    const tree = ctx.body(s);
    if (!tree) continue;
    visit(tree, (node) => {
      if (
        (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') ||
        (node as { name?: string }).name !== 'ActivationPlot'
      )
        return;
      const where = `line ${node.position?.start.line ?? s.bodyLine}`;
      const reading = readActivationPlot(node as unknown as Parameters<typeof readActivationPlot>[0]);
      if (!reading.ok) for (const problem of reading.problems) issues.push({ file: s.file, where, message: problem });
    });
  }
  return issues;
};
