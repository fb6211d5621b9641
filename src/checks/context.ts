import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';
import type { TermSource } from '../content/source-files';
import type { GlossaryIndex } from '../content/records';
import type { ContentIssue } from '../schema';

/** What every check receives: the raw files, and the index of those that passed the schema. */
export interface CheckContext {
  sources: readonly TermSource[];
  index: GlossaryIndex;
  /** Parsed MDX body of a file (cached); undefined if the MDX does not parse (reported by the tex check). */
  body(source: TermSource): Root | undefined;
}

export type Check = (ctx: CheckContext) => ContentIssue[];

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);
const mdParser = unified().use(remarkParse).use(remarkMath);

/** Parses an MDX body the way the build sees it (MDX syntax, `$math$`). Throws on MDX syntax errors. */
export function parseMdxBody(body: string): Root {
  return mdxParser.runSync(mdxParser.parse(body)) as Root;
}

/** Parses Markdown from a frontmatter field (no JSX). */
export function parseMarkdownField(text: string): Root {
  return mdParser.runSync(mdParser.parse(text)) as Root;
}

export function makeContext(sources: readonly TermSource[], index: GlossaryIndex): CheckContext {
  const cache = new Map<string, Root | undefined>();
  return {
    sources,
    index,
    body(source) {
      if (!cache.has(source.file)) {
        try {
          cache.set(source.file, parseMdxBody(source.body));
        } catch {
          cache.set(source.file, undefined);
        }
      }
      return cache.get(source.file);
    },
  };
}

/** The Markdown-bearing fields of a term, with their dotted paths, for checks that look inside text. */
export function markdownFields(data: Record<string, unknown>): [path: string, text: string][] {
  const out: [string, string][] = [];
  const str = (v: unknown): v is string => typeof v === 'string';
  if (str(data.shortDefinition)) out.push(['shortDefinition', data.shortDefinition]);
  if (str(data.inPractice)) out.push(['inPractice', data.inPractice]);
  const list = (key: string, field: string) => {
    const arr = data[key];
    if (Array.isArray(arr)) arr.forEach((item, i) => str(item?.[field]) && out.push([`${key}[${i}].${field}`, item[field]]));
  };
  list('howItWorks', 'body');
  list('comparisons', 'summary');
  list('faq', 'answer');
  return out;
}
