import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../schema';
import { computeValue, ComputedValueError, isComputed } from '../markdown/computed-values';
import type { Check } from './context';
import { proseOf } from './prose';

/**
 * Every computed value (`` `=min(gelu) ~3` ``) in a term's fields and body must parse and
 * have an answer, so the build never meets one it cannot render.
 */
export const checkComputed: Check = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const source of ctx.sources) {
    for (const prose of proseOf(source, ctx)) {
      visit(prose.tree, 'inlineCode', (node) => {
        if (!isComputed(node.value)) return;
        try {
          computeValue(node.value);
        } catch (error) {
          if (!(error instanceof ComputedValueError)) throw error;
          issues.push({ file: source.file, where: prose.where(node.position?.start.line), message: error.message });
        }
      });
    }
  }
  return issues;
};
