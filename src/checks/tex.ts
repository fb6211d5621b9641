import katex from 'katex';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { katexOptions } from '../markdown/plugins';
import type { ContentIssue } from '../schema';
import { markdownFields, parseMarkdownField, type Check } from './context';
import { bodyLimitProblems } from '../markdown/body-limits';
import { mathDelimiterProblems } from '../markdown/math-delimiters';

/** KaTeX's complaint about one formula, or undefined when it renders. */
export function texError(tex: string, displayMode: boolean): string | undefined {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  if (checked.has(key)) return checked.get(key);
  let error: string | undefined;
  try {
    katex.renderToString(tex, { ...katexOptions, displayMode, throwOnError: true });
  } catch (e) {
    error = (e as Error).message.replace(/^KaTeX parse error: /, '');
  }
  checked.set(key, error);
  return error;
}

// Formulas repeat across terms (σ(x), the same definitions in related fields): check each once.
const checked = new Map<string, string | undefined>();

function mathIn(tree: Root, report: (line: number | undefined, tex: string, error: string) => void): void {
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    const value = (node as { value: string }).value;
    const error = texError(value, node.type === 'math');
    if (error) report(node.position?.start.line, value, error);
  });
}

const short = (tex: string) => (tex.length > 40 ? `${tex.slice(0, 37)}…` : tex);

/** Every formula KaTeX rejects, in the MDX body (with its file line) and in every field. */
export const checkTex: Check = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const s of ctx.sources) {
    // A body that does not parse, or exceeds the body limits, is reported once, by the content model.
    const tree = ctx.body(s);
    if (tree) {
      mathIn(tree, (line, tex, error) =>
        issues.push({
          file: s.file,
          where: `line ${line ?? s.bodyLine}`,
          message: `invalid TeX "${short(tex)}": ${error}`,
        }),
      );
      // The tree's positions are file lines and offsets: pad the body the way the model parsed it.
      for (const p of mathDelimiterProblems(tree, '\n'.repeat(s.bodyLine - 1) + s.body))
        issues.push({ file: s.file, where: `line ${p.line ?? s.bodyLine}`, message: p.message });
    }
    for (const [path, text] of markdownFields(s.frontmatter).filter(([, t]) => !bodyLimitProblems(t).length)) {
      const fieldTree = parseMarkdownField(text);
      mathIn(fieldTree, (_line, tex, error) =>
        issues.push({ file: s.file, where: path, message: `invalid TeX "${short(tex)}": ${error}` }),
      );
      for (const p of mathDelimiterProblems(fieldTree, text))
        issues.push({ file: s.file, where: path, message: p.message });
    }
    const formula = s.frontmatter.formula;
    if (typeof formula === 'string') {
      const error = texError(formula, true);
      if (error) issues.push({ file: s.file, where: 'formula', message: `invalid TeX: ${error}` });
    }
  }
  return issues;
};
