import type { ContentIssue } from '../schema';
import { defaultTitle } from '../content/term-view';
import type { Check } from './context';

/** Search results cut titles near 600 px (~60–70 characters) and descriptions near 160 characters. */
export const TITLE_BUDGET = 70;
export const DESCRIPTION_BUDGET = 160;

/** Titles and descriptions over their length budget, whether written or derived. */
export const checkSeo: Check = ({ index }) => {
  const issues: ContentIssue[] = [];
  for (const t of index.terms) {
    const title = t.data.seo.title ?? defaultTitle(t.data.term);
    if (title.length > TITLE_BUDGET)
      issues.push({
        file: t.file,
        where: t.data.seo.title ? 'seo.title' : 'term',
        message: `the page title "${title}" is ${title.length} characters (budget ${TITLE_BUDGET})${t.data.seo.title ? '' : ' — set a shorter seo.title'}`,
      });
    if (t.data.seo.description && t.data.seo.description.length > DESCRIPTION_BUDGET)
      issues.push({ file: t.file, where: 'seo.description', message: `${t.data.seo.description.length} characters (budget ${DESCRIPTION_BUDGET})` });
  }
  return issues;
};
