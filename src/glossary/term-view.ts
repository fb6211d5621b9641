import { renderFormula, renderInlineMarkdown, renderMarkdown } from '../markdown/render';
import { linkableTerms, type GlossaryIndex, type TermRecord } from './records';
import { categoryUrl, termUrl } from './urls';
import { defaultTitle } from './titles';
import { formulaOf } from './formula';
import { renderBody } from '../markdown/render-body';
import { plainText } from './text';
import { termDescription } from '../seo/head';
import { lastUpdated } from './history';
import type { Source } from '../schema';
import { pairLink, pairPageUrl, pairsOf } from './compare';
import { categoryNeighbours } from './neighbours';

/** Everything a term page shows, with Markdown already rendered to HTML. */
export interface TermView {
  slug: string;
  url: string;
  term: string;
  h1: string;
  aliases: string[];
  title: string;
  description: string;
  category: { slug: string; name: string; url: string };
  shortDefinitionHtml: string;
  /** The MDX body rendered to HTML. */
  bodyHtml: string;
  shortDefinitionText: string;
  formulaHtml?: string;
  steps: { title: string; html: string }[];
  inPracticeHtml: string;
  comparisons: { name: string; url?: string; compareUrl?: string; html: string }[];
  /** Pairs where only the other term wrote a comparison: its compare page, or its own Comparisons section when the pair has no page. */
  alsoCompared: { name: string; url: string }[];
  previous?: { term: string; url: string };
  next?: { term: string; url: string };
  faq: { question: string; answerHtml: string; answerText: string }[];
  /** Related terms with their definitions as plain text: a list of links should not carry a page's worth of typeset math. */
  related: { term: string; url: string; definition: string }[];
  sources: Source[];
  updated: Date;
}

/** Renders a term's fields for its page. Pure apart from reading git history for the date. */
export function buildTermView(record: TermRecord, index: GlossaryIndex): TermView {
  const { slug, file, data } = record;
  const at = (field: string) => `${file} ${field}`;
  const category = index.categoryBySlug.get(data.category)!;
  const shortDefinitionText = plainText(data.shortDefinition);
  return {
    slug,
    url: termUrl(slug),
    term: data.term,
    h1: data.seo.h1 ?? data.term,
    aliases: data.aliases,
    title: defaultTitle(data, formulaOf(record) !== undefined),
    description: termDescription(shortDefinitionText, formulaOf(record) !== undefined, data.seo.description),
    category: { slug: category.slug, name: category.data.name, url: categoryUrl(category.slug) },
    shortDefinitionHtml: renderInlineMarkdown(data.shortDefinition, at('shortDefinition')),
    bodyHtml: renderBody(record.body ?? '', file, linkableTerms(index), record.bodyTree),
    shortDefinitionText,
    formulaHtml: formulaOf(record) ? renderFormula(formulaOf(record)!, at('formula')) : undefined,
    steps: data.howItWorks.map((s, i) => ({
      title: s.title,
      html: renderMarkdown(s.body, at(`howItWorks[${i}].body`)),
    })),
    inPracticeHtml: renderMarkdown(data.inPractice, at('inPractice')),
    comparisons: data.comparisons.map((c, i) => {
      const html = renderMarkdown(c.summary, at(`comparisons[${i}].summary`));
      if ('name' in c) return { name: c.name, html };
      const other = index.bySlug.get(c.with)!;
      return {
        name: other.data.term,
        url: termUrl(other.slug),
        compareUrl: pairPageUrl(index, slug, other.slug),
        html,
      };
    }),
    faq: data.faq.map((f, i) => ({
      question: f.question,
      answerHtml: renderMarkdown(f.answer, at(`faq[${i}].answer`)),
      answerText: plainText(f.answer),
    })),
    related: data.related.map((ref) => {
      const other = index.bySlug.get(ref)!;
      return { term: other.data.term, url: termUrl(other.slug), definition: plainText(other.data.shortDefinition) };
    }),
    sources: data.sources,
    updated: lastUpdated(file, data.updated),
    alsoCompared: pairsOf(index, slug)
      .filter((p) => (p.a.slug === slug && !p.aOnB) || (p.b.slug === slug && !p.bOnA))
      .map((p) => {
        const other = p.a.slug === slug ? p.b : p.a;
        return { name: other.data.term, url: pairLink(p, slug) };
      }),
    ...neighbourLinks(index, slug),
  };
}

function neighbourLinks(index: GlossaryIndex, slug: string): Pick<TermView, 'previous' | 'next'> {
  const { previous, next } = categoryNeighbours(index, slug);
  const link = (t?: TermRecord) => (t ? { term: t.data.term, url: termUrl(t.slug) } : undefined);
  return { previous: link(previous), next: link(next) };
}
