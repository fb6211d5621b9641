import type { ContentIssue } from '../schema';
import { renderBody } from '../markdown/render-body';
import { renderFormula, renderMarkdown } from '../markdown/render';
import { activationPlotHtml } from '../plot/figure-html';
import { linkableTerms } from '../glossary/records';
import { buildTermView } from '../glossary/term-view';
import { formulaOf } from '../glossary/formula';
import { CATEGORIES_FILE } from '../glossary/source-files';
import { termCard } from '../seo/og-cards';
import { markdownFields, type Check } from './context';
import { bodyIssueOf } from './cache';

/** An error thrown by the render pipeline as an issue: unified's messages carry a line and a reason, anything else only its message. */
function asIssue(file: string, where: string, error: unknown): ContentIssue {
  const e = error as { line?: number; reason?: string; message?: string };
  const reason = String(e.reason ?? e.message ?? error)
    // Plugins that prefix their own position (`line 19: …`, `content/terms/x.mdx  line 19: …`): we print it once.
    .replace(/^(?:\S+\s+)?line \d+: /, '')
    .split('\n')[0];
  return { file, where: e.line ? `line ${e.line}` : where, message: reason };
}

/**
 * Renders every term exactly as its page does (body, fields, formula, plot,
 * sharing card, then the whole view), so anything the build would reject is reported by
 * `npm run check` first, all at once, each with its file and field or line.
 * Results are cached on disk with the build's own cache: the build then reuses them.
 */
export const checkRendering: Check = ({ index, model, sources }) => {
  const issues: ContentIssue[] = [];
  const terms = linkableTerms(index);
  for (const source of sources) {
    const { file } = source;
    // A term with frontmatter problems is still rendered where it can be (body, Markdown fields), so its
    // editor sees every problem at once; the rest of the page needs valid data.
    const record = index.bySlug.get(source.slug)?.file === file ? index.bySlug.get(source.slug) : undefined;
    const before = issues.length;
    const attempt = (where: string, render: () => unknown) => {
      try {
        render();
      } catch (error) {
        issues.push(asIssue(file, where, error));
      }
    };
    // A body that does not parse is reported by the content model itself.
    const bodyParses = !bodyIssueOf(model, source);
    if (bodyParses) attempt('(body)', () => renderBody(source.body, file, terms, () => model.body(source)));
    for (const [path, text] of markdownFields(source.frontmatter))
      attempt(path, () => renderMarkdown(text, `${file} ${path}`));
    if (!record) continue;
    const { data } = record;
    const formula = formulaOf(record);
    if (formula) attempt('formula', () => renderFormula(formula, `${file} formula`));
    if (data.plot) attempt('plot', () => activationPlotHtml({ ...data.plot!, idSuffix: 'lead' }));
    // The card's text and plot (drawing it to PNG is left to the build: it cannot fail on content).
    if (issues.length === before) attempt('(sharing card)', () => termCard(record, index));
    // Everything else the page computes, once the parts above render and every term it names is published
    // (a reference to a missing or invalid term is reported by the references check or by that term's file).
    const named = [...data.related, ...data.comparisons.flatMap((c) => ('with' in c ? [c.with] : []))];
    const complete = named.every((slug) => index.bySlug.has(slug)) && index.categoryBySlug.has(data.category);
    if (complete && issues.length === before && bodyParses) attempt('(page)', () => buildTermView(record, index));
  }
  for (const c of index.categories)
    try {
      renderMarkdown(c.data.description, `${CATEGORIES_FILE} ${c.slug}.description`);
    } catch (error) {
      issues.push(asIssue(CATEGORIES_FILE, `${c.slug}.description`, error));
    }
  return issues;
};
