import { parse as parseYaml } from 'yaml';
import { PLACEHOLDER } from '../checks/placeholders';
import { escapeMdxText, texDelimitersToDollars } from './mdx-escape';

/**
 * A Markdown article with TeX (\[ … \], \( … \), $ … $) becomes the body of a
 * new term. Its first line or heading names the term unless `term` is given;
 * the structured fields are left as TODO placeholders for the editor.
 */
export function articleToTerm(
  markdown: string,
  term?: string,
): { name: string; frontmatter: Record<string, unknown>; body: string; notes: string[] } {
  const notes: string[] = [];
  const { meta, text } = splitFrontmatter(markdown.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), notes);
  const lines = text.split('\n');
  const metaTitle =
    typeof meta.title === 'string' ? meta.title.trim() : typeof meta.term === 'string' ? meta.term.trim() : '';
  const first = metaTitle ? '' : (lines.find((l) => l.trim()) ?? '');
  const title =
    metaTitle ||
    first
      .replace(/^#+\s*/, '')
      .replace(/\s*\|.*$/, '')
      .trim();
  const name = term ?? title;
  if (!name) throw new Error('the article has no title line; pass --term "Name"');
  const rest = first ? lines.slice(lines.indexOf(first) + 1).join('\n') : text;
  const body = escapeMdxText(texDelimitersToDollars(rest))
    .replace(/^(Question|Answer):\s*$/gm, '')
    .trim();
  return {
    name,
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
      sources: [
        {
          title: `${PLACEHOLDER}: primary source`,
          authors: PLACEHOLDER,
          year: 2000,
          url: `https://arxiv.org/abs/${PLACEHOLDER}`,
        },
      ],
    },
    body: `${title && title !== name ? `## ${title}\n\n` : ''}${body}`,
    notes: [...notes, 'imported the body only: fill in the TODO fields, then run npm run check'],
  };
}

/**
 * Separates an article's own `---` YAML block from its text, so it never ends up
 * in the body. Only its title is used; the other keys are named in a note.
 */
function splitFrontmatter(markdown: string, notes: string[]): { meta: Record<string, unknown>; text: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(markdown);
  if (!m) return { meta: {}, text: markdown };
  let meta: unknown;
  try {
    meta = parseYaml(m[1]);
  } catch (error) {
    throw new Error(
      `the article starts with a --- block that is not valid YAML (${(error as Error).message.split('\n')[0]}); fix or remove it`,
      { cause: error },
    );
  }
  const record = meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {};
  const other = Object.keys(record).filter((k) => k !== 'title' && k !== 'term');
  if (other.length)
    notes.push(
      `the article's own frontmatter was not imported (${other.join(', ')}): copy what you need into the term's fields`,
    );
  return { meta: record, text: markdown.slice(m[0].length) };
}
