import { visit } from 'unist-util-visit';
import { activations, gatedActivations } from '../kernel';
import type { ContentIssue } from '../schema';
import { suggest } from './references';
import type { Check } from './context';
import { attributeValue, type JsxAttribute } from '../markdown/remark-activation-plot';
import { vectorFigures } from '../plot/vector-figures';

const knownFn = (id: string) => id in activations || id in gatedActivations;
/** In a body, <ActivationPlot> also draws the figures of vector-valued functions (softmax, sparsemax, …). */
const knownInBody = (id: string) => knownFn(id) || id in vectorFigures;

function unknown(id: string, gatedAllowed: boolean, vectorAllowed = false): string {
  const known = gatedAllowed ? [...Object.keys(activations), ...Object.keys(gatedActivations)] : Object.keys(activations);
  if (vectorAllowed) known.push(...Object.keys(vectorFigures));
  const hint = suggest(id, known);
  return `no kernel function "${id}"${hint ? ` — did you mean "${hint}"?` : ` (known: ${known.join(', ')})`}`;
}

/** Checks a domain as written: two finite numbers, min < max. */
function domainProblem(domain: unknown): string | undefined {
  if (!Array.isArray(domain) || domain.length !== 2 || !domain.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return 'domain must be two finite numbers, e.g. [-4, 4]';
  if (!(domain[0] < domain[1])) return `domain [${domain[0]}, ${domain[1]}] is ${domain[0] === domain[1] ? 'empty' : 'reversed'}: write [min, max] with min < max`;
  return undefined;
}

/** Unknown plot functions and bad domains, in frontmatter `plot:` and in <ActivationPlot> in bodies. */
export const checkPlots: Check = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const s of ctx.sources) {
    const plot = s.frontmatter.plot as Record<string, unknown> | undefined;
    if (plot && typeof plot === 'object') {
      if (typeof plot.fn === 'string' && plot.fn in vectorFigures)
        issues.push({ file: s.file, where: 'plot.fn', message: `"${plot.fn}" is vector-valued and has no single curve for the lead plot, cards and gallery: remove plot: and put <ActivationPlot fn="${plot.fn}" /> in the body` });
      else if (typeof plot.fn === 'string' && !knownFn(plot.fn)) issues.push({ file: s.file, where: 'plot.fn', message: unknown(plot.fn, true) });
      if (Array.isArray(plot.compare))
        plot.compare.forEach((c, i) => {
          if (typeof c === 'string' && !(c in activations)) issues.push({ file: s.file, where: `plot.compare[${i}]`, message: unknown(c, false) });
        });
      if (plot.domain !== undefined) {
        const problem = domainProblem(plot.domain);
        if (problem) issues.push({ file: s.file, where: 'plot.domain', message: problem });
      }
    }
    const tree = ctx.body(s);
    if (!tree) continue;
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || (node as { name?: string }).name !== 'ActivationPlot') return;
      const where = `line ${(node.position?.start.line ?? 1) + s.bodyLine - 1}`;
      const attributes = (node as unknown as { attributes?: JsxAttribute[] }).attributes ?? [];
      const attrs = new Map(attributes.map((a) => [a.name, attributeValue(a)]));
      const fn = attrs.get('fn');
      if (typeof fn !== 'string') issues.push({ file: s.file, where, message: '<ActivationPlot> needs fn="<kernel id>"' });
      else if (!knownInBody(fn)) issues.push({ file: s.file, where, message: `<ActivationPlot>: ${unknown(fn, true, true)}` });
      const compare = attrs.get('compare');
      if (Array.isArray(compare))
        for (const c of compare) if (typeof c === 'string' && !(c in activations)) issues.push({ file: s.file, where, message: `<ActivationPlot> compare: ${unknown(c, false)}` });
      if (attrs.has('domain')) {
        const problem = domainProblem(attrs.get('domain'));
        if (problem) issues.push({ file: s.file, where, message: `<ActivationPlot> ${problem}` });
      }
    });
  }
  return issues;
};
