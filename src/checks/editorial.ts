import { RULES, type ContentIssue } from '../schema';
import { plainText } from '../glossary/text';
import type { Check } from './context';

/**
 * How much substance a term page must have; the numbers live in src/schema/rules.ts.
 * A definition too short to stand on its own is an error. Too few steps, comparisons, FAQ
 * entries or related terms are warnings: a draft may build, but the published glossary's
 * test (test/content/glossary.test.ts) demands none of them.
 */
export const checkEditorial: Check = ({ terms }) => {
  const issues: ContentIssue[] = [];
  for (const t of terms) {
    const d = t.data;
    const error = (where: string, message: string) => issues.push({ file: t.file, where, message });
    const at = (where: string, message: string) => issues.push({ file: t.file, where, message, severity: 'warning' });
    const words = plainText(d.shortDefinition).split(/\s+/).filter(Boolean).length;
    if (words < RULES.definition.minWords)
      error(
        'shortDefinition',
        `${words} words is too short to answer "what is it" on its own: write one or two full sentences (at least ${RULES.definition.minWords} words)`,
      );
    if (d.howItWorks.length < RULES.howItWorks.minSteps)
      at(
        'howItWorks',
        `${d.howItWorks.length} step(s): explain the mechanism in at least ${RULES.howItWorks.minSteps} steps`,
      );
    if (d.comparisons.length < RULES.comparisons.min)
      at(
        'comparisons',
        `${d.comparisons.length} comparison(s): compare with at least ${RULES.comparisons.min} neighbouring terms`,
      );
    if (d.faq.length < RULES.faq.min)
      at('faq', `${d.faq.length} question(s): answer at least ${RULES.faq.min} questions readers ask`);
    if (d.related.length < RULES.related.min)
      at('related', `${d.related.length} related term(s): list at least ${RULES.related.min}`);
  }
  return issues;
};
