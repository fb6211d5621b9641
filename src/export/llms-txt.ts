import type { Blockquote, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { GlossaryIndex, TermRecord } from '../glossary/records';
import { plainText } from '../glossary/text';
import { toMarkdown } from './clean-markdown';
import { termMarkdown } from './term-markdown';
import { absoluteUrl } from './urls';
import { DATA_FILES, markdownUrl } from '../glossary/urls';
import { GLOSSARY_DESCRIPTION, GLOSSARY_NAME } from './site-info';

/**
 * `/llms.txt` and `/llms-full.txt`, after the llms.txt proposal (llmstxt.org): an H1 with the
 * name, a blockquote summary, notes without headings, then H2 sections whose lists are
 * `- [name](url): notes`; a section named "Optional" may be skipped by a reader short of context.
 * One section per category, linking each term's Markdown page; llms-full.txt holds those pages
 * themselves, one level down under the same H1.
 */

export interface LlmsContext {
  site: string | URL;
  updatedOf: (record: TermRecord) => Date;
  /**
   * Where llms-full.txt gets a term's text: `print` makes it (from the text the term's `.md` page kept,
   * else from its tree); a build that did not render that page reads it from its cache instead.
   */
  termText?: (record: TermRecord, print: () => string) => string;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, label: string): PhrasingContent => ({ type: 'link', url, children: [text(label)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const h = (depth: 1 | 2, label: string): RootContent => ({ type: 'heading', depth, children: [text(label)] });
const list = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
});

/** The H1, the summary and the notes both files open with. */
function preamble(site: string | URL): RootContent[] {
  const abs = (path: string) => absoluteUrl(site, path);
  const summary: Blockquote = { type: 'blockquote', children: [paragraph(text(GLOSSARY_DESCRIPTION))] };
  return [
    h(1, GLOSSARY_NAME),
    summary,
    paragraph(
      text('Every term page is also Markdown: math is TeX ('),
      { type: 'inlineCode', value: '$…$' },
      text(' inline, '),
      { type: 'inlineCode', value: '$$…$$' },
      text(
        ' display), and the numbers in the text are computed from the site’s float64 kernel, not typed. Plots are described in words with a table of values. The whole glossary is in ',
      ),
      link(abs(DATA_FILES.llmsFull), 'llms-full.txt'),
      text(', as typed JSON in '),
      link(abs(DATA_FILES.json), 'glossary.json'),
      text(' (JSON Schema: '),
      link(abs(DATA_FILES.jsonSchema), 'glossary.schema.json'),
      text(') and as a SKOS concept scheme in '),
      link(abs(DATA_FILES.skos), 'glossary.ttl'),
      text('.'),
    ),
  ];
}

/** Terms grouped by category, in the categories' order and A–Z inside each. */
function byCategory(index: GlossaryIndex): { name: string; terms: TermRecord[] }[] {
  return index.categories
    .map((c) => ({ name: c.data.name, terms: index.terms.filter((t) => t.data.category === c.slug) }))
    .filter((g) => g.terms.length);
}

/** `/llms.txt`: the map of the glossary. */
export function llmsTxt(index: GlossaryIndex, context: LlmsContext): string {
  const abs = (path: string) => absoluteUrl(context.site, path);
  const nodes: RootContent[] = preamble(context.site);
  for (const group of byCategory(index)) {
    nodes.push(h(2, group.name));
    nodes.push(
      list(
        group.terms.map((t) => [
          link(abs(markdownUrl(t.slug)), t.data.term),
          text(`: ${plainText(t.data.shortDefinition)}`),
        ]),
      ),
    );
  }
  nodes.push(
    h(2, 'Optional'),
    list([
      [link(abs(DATA_FILES.llmsFull), 'All terms in one file'), text(': every term page above, as Markdown')],
      [link(abs(DATA_FILES.json), 'glossary.json'), text(': every term as typed data, with its source Markdown')],
      [link(abs(DATA_FILES.jsonSchema), 'glossary.schema.json'), text(': the JSON Schema of glossary.json')],
      [link(abs(DATA_FILES.skos), 'glossary.ttl'), text(': the glossary as a SKOS concept scheme (Turtle)')],
      [
        link(abs('/activations/properties/'), 'Properties of every activation'),
        text(': ranges, minima, smoothness and limits, computed'),
      ],
      [
        link(abs('/activations/names/'), 'Framework names'),
        text(': how PyTorch, JAX, TensorFlow, Keras and Hugging Face spell each activation'),
      ],
    ]),
  );
  return toMarkdown({ type: 'root', children: nodes });
}

/** Each term's headings in llms-full.txt sit one level below their page's, under the file's H1. */
export const LLMS_FULL_HEADING_OFFSET = 1;

/** `/llms-full.txt`: every term page, in the order of llms.txt, under one H1. */
export function* llmsFullTxtPieces(index: GlossaryIndex, context: LlmsContext): Generator<string> {
  // Serialised term by term (each kept in the disk cache, src/export/clean-markdown.ts), so an edit
  // re-serialises one term, not the whole file. Every term ends in a paragraph and starts with a
  // heading, so the pieces join with one blank line, as one tree would print them.
  yield toMarkdown({ type: 'root', children: preamble(context.site) });
  const termText = context.termText ?? ((_, print) => print());
  for (const group of byCategory(index))
    for (const t of group.terms)
      yield `\n${termText(t, () =>
        termMarkdown(t, index, {
          site: context.site,
          updated: context.updatedOf(t),
          headingOffset: LLMS_FULL_HEADING_OFFSET,
        }),
      )}`;
}

/** `/llms-full.txt` as one string (a small glossary's; the endpoint streams llmsFullTxtPieces). */
export function llmsFullTxt(index: GlossaryIndex, context: LlmsContext): string {
  return [...llmsFullTxtPieces(index, context)].join('');
}
