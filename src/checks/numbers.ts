import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../schema';
import type { TermSource } from '../glossary/source-files';
import type { Check, CheckContext } from './context';
import { proseOf } from './prose';

/**
 * Hand-typed numbers drift: a value typed once (hardsigmoid's "0.05") stays while the
 * function or the text around it changes. So every decimal with SIGNIFICANT_DIGITS or more
 * significant digits in a term's prose, math included, must be either
 *   - a computed value, `` `=maxdiff(hardsigmoid, sigmoid, 0, 3) ~3` ``, which the kernel computes, or
 *   - quoted from a source and listed in the term's `constants:` (`{ value: '0.044715', source: 1 }`).
 * Not counted, by rule:
 *   - integers (years, layer widths such as 1600 and 6400, counts, citation numbers): the kernel
 *     computes values of functions, which are not integers in prose, so integers cannot drift that way;
 *   - version numbers (two or more dots, or a `v` in front: 0.16.2, v1.13);
 *   - code (inline code and code blocks): there numbers are arguments of an API, not claims.
 */
export const SIGNIFICANT_DIGITS = 3;

/** A number in prose that is neither computed nor attributed. */
export interface HandTypedNumber {
  file: string;
  where: string;
  text: string;
}

const TOKEN = /(?<![\d.])(v?)(\d+(?:\.\d+)*)/g;

/**
 * Significant digits of a decimal as written; 0 for integers and version numbers (never counted).
 * @example significantDigits('0.0692') // 3
 * @example significantDigits('1600') // 0
 */
export function significantDigits(token: string): number {
  const dots = token.split('.').length - 1;
  if (dots !== 1) return 0;
  return token.replace('.', '').replace(/^0+/, '').length;
}

/** The decimals of a text that need computing or attributing. */
export function countedNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) if (!m[1] && significantDigits(m[2]) >= SIGNIFICANT_DIGITS) out.push(m[2]);
  return out;
}

/** Every number in a term's prose that the rule above counts, with its place. */
function countedIn(source: TermSource, ctx: Pick<CheckContext, 'body'>): HandTypedNumber[] {
  const found: HandTypedNumber[] = [];
  for (const prose of proseOf(source, ctx))
    visit(prose.tree, (node) => {
      const type = node.type as string;
      if (type !== 'text' && type !== 'inlineMath' && type !== 'math') return;
      for (const text of countedNumbers((node as { value: string }).value))
        found.push({ file: source.file, where: prose.where(node.position?.start.line), text });
    });
  return found;
}

function constantsOf(source: TermSource): { value: unknown; source: unknown }[] {
  const list = source.frontmatter.constants;
  return Array.isArray(list) ? list : [];
}

/** Every counted number in a term's prose that is not attributed under `constants:`. */
export function handTypedNumbers(source: TermSource, ctx: Pick<CheckContext, 'body'>): HandTypedNumber[] {
  const attributed = new Set(constantsOf(source).map((c) => String(c.value)));
  return countedIn(source, ctx).filter((n) => !attributed.has(n.text));
}

/** Hand-typed numbers, and `constants:` entries that name no source or appear nowhere. */
export const checkNumbers: Check = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const source of ctx.sources) {
    const counted = countedIn(source, ctx);
    const attributed = new Set(constantsOf(source).map((c) => String(c.value)));
    for (const n of counted.filter((c) => !attributed.has(c.text)))
      issues.push({
        file: n.file,
        where: n.where,
        message: `the number ${n.text} is typed by hand: write it as a computed value (e.g. \`=min(gelu) ~3\`) if the kernel can compute it, otherwise quote it from a source and list it under constants: [{ value: '${n.text}', source: <its number in sources> }]`,
      });
    const sources = Array.isArray(source.frontmatter.sources) ? source.frontmatter.sources.length : 0;
    const used = new Set(counted.map((n) => n.text));
    constantsOf(source).forEach((c, i) => {
      if (typeof c.source === 'number' && c.source > sources)
        issues.push({
          file: source.file,
          where: `constants[${i}].source`,
          message: `there is no source ${c.source}: the file lists ${sources}; use 1 to ${sources}`,
        });
      if (typeof c.value === 'string' && !used.has(c.value))
        issues.push({
          file: source.file,
          where: `constants[${i}].value`,
          message: `${c.value} appears nowhere in the text (numbers with fewer than ${SIGNIFICANT_DIGITS} significant digits need no entry): remove the entry`,
        });
    });
  }
  return issues;
};
