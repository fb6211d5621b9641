import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { type GlossaryIndex, type TermRecord } from '../glossary/records';
import { formulaOf } from '../glossary/formula';
import { pairLink, pairPageUrl, pairsOf } from '../glossary/compare';
import { nameAnchor, NAMES_URL } from '../glossary/implementations';
import { plainText } from '../glossary/text';
import { activations, gatedActivations } from '../kernel';
import { activationPropertyRows } from '../plot';
import { FRAMEWORK_LABELS, FRAMEWORKS } from '../schema';
import { markdownBody, markdownField, toMarkdown } from './clean-markdown';
import { figureMarkdown } from './figure-markdown';
import { absoluteUrl, isoDay } from './urls';
import { categoryUrl, termUrl, markdownUrl } from '../glossary/urls';
import { bodyTreeOf } from './body-tree';

/** What a term's Markdown needs beyond the content model. */
export interface TermMarkdownContext {
  /** The site's origin, `site` in astro.config.mjs. */
  site: string | URL;
  /** The date the page shows as "Last updated". */
  updated: Date;
  /** Added to every heading's depth: 0 for `/glossary/<slug>.md`, 1 inside `/llms-full.txt`. */
  headingOffset?: number;
  /**
   * Heading offsets another page of this build will ask for (llms-full.txt's, from the `.md` page): printed
   * now from the same tree, and kept until asked for.
   */
  printAlso?: readonly number[];
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: number, ...children: PhrasingContent[]): Heading => ({
  type: 'heading',
  depth: depth as Heading['depth'],
  children,
});
const table = (rows: PhrasingContent[][][]): Table => ({
  type: 'table',
  children: rows.map((cells) => ({
    type: 'tableRow',
    children: cells.map((children) => ({ type: 'tableCell', children })),
  })),
});

/** The children of a one-paragraph field, for use inside a line (a table cell, a list item). */
function inline(markdown: string, pageUrl: string): PhrasingContent[] {
  return markdownField(markdown, pageUrl).children.flatMap((n) => (n.type === 'paragraph' ? n.children : []));
}

/**
 * A term page as Markdown: the same sections, in the same order and with the same headings,
 * as its HTML page, with math as TeX, computed values as numbers, plots as their description
 * and table of values, and every link absolute.
 *
 * `/glossary/<slug>.md`, or (`headingOffset: 1`) the term's part of llms-full.txt. Both print the same
 * tree (plots sampled, values computed), which is built once when the first asks with `printAlso`;
 * the other's text is kept until it is asked for. Keeping each term's tree for llms-full.txt, which
 * is written after every page, held about 150 KB a term (1.5 GB at 10,000 terms).
 */
export function termMarkdown(record: TermRecord, index: GlossaryIndex, context: TermMarkdownContext): string {
  const key = `${String(context.site)} ${context.updated.getTime()}`;
  const offset = context.headingOffset ?? 0;
  const kept = printed.get(record);
  const text = kept?.key === key ? kept.texts.get(offset) : undefined;
  if (text !== undefined) {
    kept!.texts.delete(offset);
    return text;
  }
  const tree = buildTree(record, index, context);
  const others = (context.printAlso ?? []).filter((o) => o !== offset);
  if (others.length) printed.set(record, { key, texts: new Map(others.map((o) => [o, toMarkdown(shifted(tree, o))])) });
  return toMarkdown(shifted(tree, offset));
}

/** Texts printed for a later page of the build (TermMarkdownContext.printAlso), by term. */
const printed = new WeakMap<TermRecord, { key: string; texts: Map<number, string> }>();

function shifted(tree: Root, offset: number): Root {
  if (!offset) return tree;
  const copy = structuredClone(tree);
  for (const node of copy.children)
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + offset) as Heading['depth'];
  return copy;
}

function buildTree(record: TermRecord, index: GlossaryIndex, context: TermMarkdownContext): Root {
  const { slug, data } = record;
  const site = context.site;
  const pageUrl = absoluteUrl(site, termUrl(slug));
  const abs = (path: string) => absoluteUrl(site, path);
  const field = (markdown: string) => markdownField(markdown, pageUrl).children;
  const category = index.categoryBySlug.get(data.category)!;
  const nodes: RootContent[] = [heading(1, text(data.seo.h1 ?? data.term))];

  nodes.push(
    paragraph(
      text('Category: '),
      link(abs(categoryUrl(category.slug)), [text(category.data.name)]),
      text(' · Web page: '),
      link(pageUrl, [text(pageUrl)]),
    ),
  );
  if (data.aliases.length) nodes.push(paragraph(text(`Also known as ${data.aliases.join(', ')}`)));
  nodes.push(...field(data.shortDefinition));
  const formula = formulaOf(record);
  if (formula) nodes.push({ type: 'math', value: formula });
  if (data.plot) nodes.push(...figureMarkdown(data.plot, pageUrl));
  const body = bodyTreeOf(record);
  if (body) nodes.push(...markdownBody(body, pageUrl, (attributes) => figureMarkdown(attributes, pageUrl)).children);

  nodes.push(heading(2, text('How it works')));
  for (const step of data.howItWorks) nodes.push(heading(3, text(step.title)), ...field(step.body));

  nodes.push(heading(2, text('In practice')), ...field(data.inPractice));
  nodes.push(...codeSections(record, pageUrl, abs));

  const alsoCompared = pairsOf(index, slug).filter(
    (p) => (p.a.slug === slug && !p.aOnB) || (p.b.slug === slug && !p.bOnA),
  );
  if (data.comparisons.length || alsoCompared.length) {
    nodes.push(heading(2, text('Comparisons')));
    for (const c of data.comparisons) {
      if ('name' in c) {
        nodes.push(heading(3, text(`${data.term} vs ${c.name}`)), ...field(c.summary));
        continue;
      }
      const other = index.bySlug.get(c.with)!;
      nodes.push(
        heading(3, text(`${data.term} vs `), link(abs(termUrl(other.slug)), [text(other.data.term)])),
        ...field(c.summary),
      );
      const page = pairPageUrl(index, slug, other.slug);
      if (page) nodes.push(paragraph(link(abs(page), [text(`${data.term} and ${other.data.term} side by side`)])));
    }
    if (alsoCompared.length)
      nodes.push(
        paragraph(
          text('Also compared: '),
          ...alsoCompared.flatMap((p, i) => {
            const other = p.a.slug === slug ? p.b : p.a;
            const a = link(abs(pairLink(p, slug)), [text(`${data.term} and ${other.data.term}`)]);
            return i ? [text(', '), a] : [a];
          }),
        ),
      );
  }

  nodes.push(heading(2, text('FAQ')));
  // The page shows questions as disclosure summaries, not headings: a bold line here.
  for (const f of data.faq) nodes.push(paragraph({ type: 'strong', children: [text(f.question)] }), ...field(f.answer));

  if (data.related.length) {
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: data.related.map((ref) => {
        const other = index.bySlug.get(ref)!;
        return {
          type: 'listItem',
          spread: false,
          children: [
            paragraph(
              link(abs(termUrl(other.slug)), [text(other.data.term)]),
              text(`: ${plainText(other.data.shortDefinition)}`),
            ),
          ],
        };
      }),
    };
    nodes.push(heading(2, text('Related terms')), list);
  }

  nodes.push(heading(2, text('Sources')), {
    type: 'list',
    ordered: true,
    spread: false,
    children: data.sources.map((s) => ({
      type: 'listItem',
      spread: false,
      children: [
        paragraph(text(`${s.authors} (${s.year}). `), link(s.url, [{ type: 'emphasis', children: [text(s.title)] }])),
      ],
    })),
  });
  nodes.push(paragraph(text(`Last updated ${isoDay(context.updated)}.`)));

  return { type: 'root', children: nodes };
}

/** "In code" and "Properties, computed", shown when the page shows them. */
function codeSections(record: TermRecord, pageUrl: string, abs: (path: string) => string): RootContent[] {
  const { data } = record;
  const fn = data.plot?.fn;
  const isFunction = fn !== undefined && (fn in activations || fn in gatedActivations);
  const out: RootContent[] = [];
  if (isFunction || data.implementations.length) {
    out.push(heading(2, text('In code')));
    if (data.implementations.length) {
      // The page's order (implementationRows): framework order, then as written.
      const ordered = data.implementations
        .map((impl, i) => ({ impl, i }))
        .sort((a, b) => FRAMEWORKS.indexOf(a.impl.framework) - FRAMEWORKS.indexOf(b.impl.framework) || a.i - b.i);
      out.push(
        table([
          [[text('Library')], [text('Call or config string')], [text('Note')]],
          ...ordered.map(({ impl }) => [
            [text(FRAMEWORK_LABELS[impl.framework])],
            [
              link(abs(`${NAMES_URL}#${nameAnchor(impl.framework, impl.api)}`), [
                { type: 'inlineCode', value: impl.api },
              ]),
            ],
            impl.note ? inline(impl.note, pageUrl) : [],
          ]),
        ]),
      );
    } else
      out.push(
        paragraph(
          text(
            `None of PyTorch, JAX, TensorFlow, Keras or Hugging Face Transformers has ${data.term} built in: write it from its definition. The `,
          ),
          link(abs(NAMES_URL), [text('page of framework names')]),
          text(' lists what they do have.'),
        ),
      );
  }
  if (fn !== undefined && fn in activations) {
    out.push(
      heading(2, text('Properties, computed')),
      table([
        [[text('Property')], [text('Value')]],
        ...activationPropertyRows(activations[fn]).map((c) => [[text(c.label)], [text(c.text)]]),
      ]),
    );
  }
  return out;
}

export { markdownUrl };
