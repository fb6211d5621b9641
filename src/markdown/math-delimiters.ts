import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/**
 * Math that is probably not math, and LaTeX delimiters Markdown does not read.
 *
 * We keep remark-math's single-dollar inline math (`$x$`: every term uses it),
 * so "costs $5 and later $10" parses as the formula "5 and later ". The check
 * refuses that shape (starts with a digit, and ends in a space or holds words)
 * with the fix `\$`. `\[ … \]` and `\( … \)` are LaTeX, not Markdown: Markdown
 * reads `\[` as an escaped bracket and prints the TeX as text, so they are refused
 * with the fix `$$ … $$` / `$ … $` (`npm run import` converts them already).
 */
export function mathDelimiterProblems(tree: Root, source: string): { line?: number; message: string }[] {
  const out: { line?: number; message: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'inlineMath') {
      const v = node.value;
      if (/^\d/.test(v) && (/\s$/.test(v) || /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(v)))
        out.push({
          line: node.position?.start.line,
          message: `"$${v.length > 30 ? `${v.slice(0, 27)}…` : v}$" reads like prices, not math: write a dollar sign as \\$ (e.g. \\$5)`,
        });
    }
    if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const raw = source.slice(node.position.start.offset, node.position.end.offset);
      if (/\\\[[\s\S]*?\\\]/.test(raw))
        out.push({
          line: node.position.start.line,
          message: '\\[ … \\] is LaTeX, which Markdown prints as text: write display math as $$ … $$',
        });
      else if (/\\\([\s\S]*?\\\)/.test(raw))
        out.push({
          line: node.position.start.line,
          message: '\\( … \\) is LaTeX, which Markdown prints as text: write inline math as $ … $',
        });
    }
  });
  return out;
}
