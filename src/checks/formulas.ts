import { activations, isActivationId } from '../kernel';
import type { ContentIssue } from '../schema';
import type { Check } from './context';

/** TeX compared as written, ignoring spacing commands and whitespace. */
export function normaliseTex(tex: string): string {
  return tex.replace(/\\[,;:!]|\\quad|\\qquad|\s+/g, '');
}

/**
 * A term that plots a kernel function must state that function's exact
 * definition as its formula, so the page never shows one formula and plots another.
 */
export const checkFormulas: Check = ({ terms }) => {
  const issues: ContentIssue[] = [];
  for (const t of terms) {
    const fn = t.data.plot?.fn;
    const kernel = fn && isActivationId(fn) ? activations[fn] : undefined;
    if (!kernel || t.data.formula === undefined) continue;
    if (normaliseTex(t.data.formula) !== normaliseTex(kernel.tex))
      issues.push({
        file: t.file,
        where: 'formula',
        message: `does not match the plotted kernel function "${fn}": use '${kernel.tex}' (or omit formula to show it)`,
      });
  }
  return issues;
};
