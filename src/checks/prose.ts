import type { Root } from 'mdast';
import type { TermSource } from '../glossary/source-files';
import { markdownFields, parseMarkdownField, type CheckContext } from './context';

/** One piece of rendered prose in a term file, parsed, with a function that names a place in it. */
export interface Prose {
  tree: Root;
  /** `faq[2].answer` for a field; `line 41` (file line) for a node of the body. */
  where(line: number | undefined): string;
}

/**
 * Every piece of prose a term file renders: its Markdown fields (including the plain-text
 * ones a reader sees: FAQ questions, step titles, SEO text) and its body.
 */
export function* proseOf(source: TermSource, ctx: Pick<CheckContext, 'body'>): Generator<Prose> {
  const data = source.frontmatter;
  const fields = markdownFields(data);
  const extra = (key: string, field: string) => {
    const arr = data[key];
    if (Array.isArray(arr))
      arr.forEach(
        (item, i) => typeof item?.[field] === 'string' && fields.push([`${key}[${i}].${field}`, item[field]]),
      );
  };
  extra('faq', 'question');
  extra('howItWorks', 'title');
  extra('implementations', 'note');
  const seo = data.seo as Record<string, unknown> | undefined;
  for (const k of ['title', 'description'])
    if (typeof seo?.[k] === 'string') fields.push([`seo.${k}`, seo[k] as string]);
  for (const [path, text] of fields) {
    let tree: Root;
    try {
      tree = parseMarkdownField(text);
    } catch {
      continue; // Unparseable Markdown is reported by the tex check.
    }
    yield { tree, where: () => path };
  }
  const body = ctx.body(source);
  // The model's body trees already carry file lines (src/glossary/model.ts).
  if (body) yield { tree: body, where: (line) => (line === undefined ? 'body' : `line ${line}`) };
}
