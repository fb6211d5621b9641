import { activationPlotAttributesSchema, formatPath, type ActivationPlotAttributes } from '../schema';
import { plotFunctionProblems } from '../plot/function-ids';

/** The part of an mdast `mdxJsxFlowElement`/`mdxJsxTextElement` this module reads. */
export interface JsxElementLike {
  name?: string | null;
  attributes?: readonly unknown[];
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

type Literal = string | number | boolean | Literal[];

/**
 * The value of an attribute expression if it is a literal: a string, number or
 * boolean, `-`/`+` before a number, or an array of those. Anything else
 * (identifiers, calls, `Math.PI`, template strings) is code, and a term body is content.
 */
function literalOf(node: EstreeNode | null | undefined): Literal | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal') {
    const v = node.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
  }
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) {
    const arg = node.argument as EstreeNode;
    if (arg.type !== 'Literal' || typeof arg.value !== 'number') return undefined;
    return node.operator === '-' ? -arg.value : arg.value;
  }
  if (node.type === 'ArrayExpression') {
    const out: Literal[] = [];
    for (const el of node.elements as (EstreeNode | null)[]) {
      const v = literalOf(el);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  return undefined;
}

/** The single expression of an attribute value `{…}`, from the estree remark-mdx attaches. */
function expressionOf(value: { value?: string; data?: { estree?: { body?: EstreeNode[] } } }): EstreeNode | undefined {
  const body = value.data?.estree?.body;
  if (!body || body.length !== 1 || body[0].type !== 'ExpressionStatement') return undefined;
  return body[0].expression as EstreeNode;
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

export type ActivationPlotReading = { ok: true; props: ActivationPlotAttributes } | { ok: false; problems: string[] };

/**
 * Reads `<ActivationPlot …/>` against its closed schema: literal values only,
 * no unknown, repeated or spread attributes, kernel ids that exist. The render
 * plugin and the content check both call this, so what check accepts is exactly
 * what the build draws. Problems are phrased for an editor (`<ActivationPlot caption>: …`), without file or line.
 * @example readActivationPlot(node) // { ok: true, props: { fn: 'gelu', compare: ['relu'], domain: [-4, 4], derivative: true } }
 */
export function readActivationPlot(element: JsxElementLike): ActivationPlotReading {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const raw of element.attributes ?? []) {
    const a = raw as { type: string; name?: string; value?: unknown };
    if (a.type !== 'mdxJsxAttribute' || typeof a.name !== 'string') {
      problems.push(
        '<ActivationPlot {…}>: spread attributes are not allowed; write each attribute as name="value" or name={[…]}',
      );
      continue;
    }
    if (Object.hasOwn(values, a.name)) {
      problems.push(`<ActivationPlot ${a.name}>: the attribute is given twice; keep one`);
      continue;
    }
    if (a.value === null || a.value === undefined) values[a.name] = true;
    else if (typeof a.value === 'string') values[a.name] = a.value;
    else {
      const expression = a.value as { value?: string };
      const literal = literalOf(expressionOf(a.value as Parameters<typeof expressionOf>[0]));
      if (literal === undefined)
        problems.push(
          `<ActivationPlot ${a.name}>: {${short(expression.value ?? '')}} is not a literal value; write numbers, 'strings', true/false or lists of them, e.g. domain={[-3.14, 4]}`,
        );
      else values[a.name] = literal;
    }
  }
  // Keys are attribute names from content: a null prototype keeps "__proto__" an ordinary (unknown) key.
  const parsed = activationPlotAttributesSchema.safeParse(Object.assign(Object.create(null), values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      problems.push(`<ActivationPlot${path ? ` ${path}` : ''}>: ${issue.message}`);
    }
  } else {
    for (const p of plotFunctionProblems(parsed.data.fn, parsed.data.compare, 'body'))
      problems.push(`<ActivationPlot ${p.field}>: ${p.message}`);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, props: parsed.data! };
}
