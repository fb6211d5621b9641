import { slugify } from '../schema';
import { PLACEHOLDER } from '../checks/placeholders';
import { escapeMdxText, texDelimitersToDollars } from './mdx-escape';

/**
 * A Markdown article with TeX (\[ … \], \( … \), $ … $) becomes the body of a
 * new term. Its first line or heading names the term unless `term` is given;
 * the structured fields are left as TODO placeholders for the editor.
 */
export function articleToTerm(markdown: string, term?: string): { slug: string; frontmatter: Record<string, unknown>; body: string; notes: string[] } {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const first = lines.find((l) => l.trim()) ?? '';
  const title = first.replace(/^#+\s*/, '').replace(/\s*\|.*$/, '').trim();
  const name = term ?? title;
  if (!name) throw new Error('the article has no title line; pass --term "Name"');
  const rest = lines.slice(lines.indexOf(first) + 1).join('\n');
  const body = escapeMdxText(texDelimitersToDollars(rest)).replace(/^(Question|Answer):\s*$/gm, '').trim();
  return {
    slug: slugify(name),
    frontmatter: {
      term: name,
      aliases: [],
      shortDefinition: `${PLACEHOLDER}: one or two sentences that answer "what is ${name}".`,
      category: PLACEHOLDER,
      howItWorks: [{ title: `${PLACEHOLDER}: first step`, body: PLACEHOLDER }],
      inPractice: `${PLACEHOLDER}: where it is used.`,
      comparisons: [],
      faq: [{ question: `${PLACEHOLDER}?`, answer: PLACEHOLDER }],
      related: [],
      sources: [{ title: `${PLACEHOLDER}: primary source`, authors: PLACEHOLDER, year: 2000, url: `https://arxiv.org/abs/${PLACEHOLDER}` }],
    },
    body: `${title && title !== name ? `## ${title}\n\n` : ''}${body}`,
    notes: ['imported the body only: fill in the TODO fields, then run npm run check'],
  };
}
