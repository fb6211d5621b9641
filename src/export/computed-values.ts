import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { evaluateQuery, formatSignificant, isComputed, parseQuery } from '../markdown/computed-values';
import type { TermRecord } from '../glossary/records';
import { bodyTreeOf } from './body-tree';

/** One computed value a term's text asks for, answered by the kernel. */
export interface ComputedValue {
  /** The inline code exactly as written, without the backticks, e.g. `=min(gelu) ~3`. */
  query: string;
  /** The kernel's float64 answer; null when it is not finite (JSON has no ∞). */
  value: number | null;
  /** The number as the pages print it (significant digits, Unicode minus), e.g. `−0.170`. */
  text: string;
}

const fieldParser = unified().use(remarkParse).use(remarkMath).freeze();

function queriesIn(tree: Root, into: Set<string>): void {
  visit(tree, 'inlineCode', (node) => void (isComputed(node.value) && into.add(node.value)));
}

/** Every Markdown text of a term: the fields that may hold computed values, in file order. */
export function markdownFieldsOf({ data }: TermRecord): string[] {
  return [
    data.shortDefinition,
    ...data.howItWorks.map((s) => s.body),
    data.inPractice,
    ...data.comparisons.map((c) => c.summary),
    ...data.faq.map((f) => f.answer),
    ...data.implementations.flatMap((i) => (i.note ? [i.note] : [])),
  ];
}

/**
 * The distinct computed values of a term (fields, then body), in order of first use, each
 * with the number it stands for. Parsed with the site's Markdown syntax, so code inside
 * math or a code block is not mistaken for a query.
 * @example computedValuesOf(gelu) // [{ query: '=dzero(gelu, -2, 0) ~2', value: -0.7517916243, text: '−0.75' }, …]
 */
export function computedValuesOf(record: TermRecord): ComputedValue[] {
  const queries = new Set<string>();
  for (const text of markdownFieldsOf(record)) queriesIn(fieldParser.parse(text), queries);
  const body = bodyTreeOf(record);
  if (body) queriesIn(body, queries);
  return [...queries].map((query) => {
    const q = parseQuery(query);
    const value = evaluateQuery(q);
    return { query, value: Number.isFinite(value) ? value : null, text: formatSignificant(value, q.digits) };
  });
}
