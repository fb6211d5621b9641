import type { ContentIssue } from '../schema';
import { formulaOf } from '../glossary/formula';
import { defaultTitle, DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX } from '../glossary/titles';
import { termDescription } from '../seo/head';
import { plainText } from '../glossary/text';
import { cutMidSentence } from '../seo/description-rules';
import type { Check } from './context';

/** Search results cut titles near 600 px (~60 characters) and descriptions near 160 characters. */
export const TITLE_BUDGET = TITLE_MAX;
export const DESCRIPTION_BUDGET = DESCRIPTION_MAX;

/** Titles and descriptions over their length budget, whether written or derived. */
export const checkSeo: Check = ({ terms }) => {
  const issues: ContentIssue[] = [];
  for (const t of terms) {
    const title = defaultTitle(t.data, formulaOf(t) !== undefined);
    if (title.length > TITLE_BUDGET)
      issues.push({
        file: t.file,
        where: t.data.seo.title ? 'seo.title' : 'term',
        message: `the page title "${title}" is ${title.length} characters (budget ${TITLE_BUDGET})${t.data.seo.title ? '' : ' — set a shorter seo.title'}`,
      });
    if (t.data.seo.description && t.data.seo.description.length > DESCRIPTION_BUDGET)
      issues.push({
        file: t.file,
        where: 'seo.description',
        message: `${t.data.seo.description.length} characters (budget ${DESCRIPTION_BUDGET})`,
      });
    const description = buildDescription(t);
    if (description.length < DESCRIPTION_MIN || description.length > DESCRIPTION_MAX || cutMidSentence(description))
      issues.push({
        file: t.file,
        where: t.data.seo.description ? 'seo.description' : 'shortDefinition',
        message: `the meta description "${description}" must be ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters of whole sentences — ${t.data.seo.description ? 'rewrite seo.description' : 'make the first sentence shorter or set seo.description'}`,
      });
  }
  return issues;
};

function buildDescription(t: Parameters<typeof formulaOf>[0]): string {
  return termDescription(plainText(t.data.shortDefinition), formulaOf(t) !== undefined, t.data.seo.description);
}
