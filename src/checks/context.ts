import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { remarkPlugins } from '../markdown/plugins';
import type { PluggableList } from 'unified';
import type { Root } from 'mdast';
import type { TermSource } from '../glossary/source-files';
import type { GlossaryIndex, TermRecord } from '../glossary/records';
import type { Glossary } from '../glossary/model';
import type { ContentIssue } from '../schema';

/** What every check receives: the content model of the build. */
export interface CheckContext {
  /** Every term file whose frontmatter parsed, valid or not. */
  sources: readonly TermSource[];
  /** The valid terms and their categories: what the site publishes. */
  index: GlossaryIndex;
  /** Slugs of every term file that exists, valid or not: a reference to one is not to a missing term. */
  known: ReadonlySet<string>;
  /** The parsed MDX body of a file, with file line numbers; undefined if it does not parse (reported once by the model). */
  body(source: TermSource): Root | undefined;
  /** The valid terms of `sources`, in index order: the terms whose own fields the file-by-file checks look at. */
  terms: readonly TermRecord[];
  model: Glossary;
}

/** Parses an MDX body as the build does; throws on an MDX syntax error. */
export { parseMdxBody } from '../glossary/model';

export type Check = (ctx: CheckContext) => ContentIssue[];

// The same remark syntax extensions as the field renderer (src/markdown/render.ts), so checks see the
// tree the page renders. Parse only, like the model's body trees: transforms such as computed values
// must not run, or the number check would see the kernel's output as hand-typed text.
const mdParser = unified()
  .use(remarkParse)
  .use(remarkPlugins as PluggableList)
  .freeze();

/** Parses Markdown from a frontmatter field (no JSX). */
export function parseMarkdownField(text: string): Root {
  return mdParser.parse(text) as Root;
}

export function makeContext(model: Glossary, sources: readonly TermSource[] = model.sources): CheckContext {
  const files = new Set(sources.map((s) => s.file));
  const terms = sources === model.sources ? model.index.terms : model.index.terms.filter((t) => files.has(t.file));
  return { sources, index: model.index, known: model.known, body: model.body, terms, model };
}

/** The Markdown-bearing fields of a term, with their dotted paths, for checks that look inside text. */
export function markdownFields(data: Record<string, unknown>): [path: string, text: string][] {
  const out: [string, string][] = [];
  const str = (v: unknown): v is string => typeof v === 'string';
  if (str(data.shortDefinition)) out.push(['shortDefinition', data.shortDefinition]);
  if (str(data.inPractice)) out.push(['inPractice', data.inPractice]);
  const list = (key: string, field: string) => {
    const arr = data[key];
    if (Array.isArray(arr))
      arr.forEach((item, i) => str(item?.[field]) && out.push([`${key}[${i}].${field}`, item[field]]));
  };
  list('howItWorks', 'body');
  list('comparisons', 'summary');
  list('faq', 'answer');
  return out;
}
