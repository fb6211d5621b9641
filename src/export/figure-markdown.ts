import type { RootContent, Table, TableRow } from 'mdast';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { activationPlotHtml } from '../plot/figure-html';
import type { ActivationPlotAttributes } from '../schema';

/**
 * A plot in Markdown: the figure's own caption (the generated description of the curves, or
 * the editor's caption), a link to the drawn figure on the web page, and the same table of
 * values the page offers to readers who cannot see the plot. Everything is read from the
 * figure HTML the page renders, so the Markdown says what the page shows.
 * @example figureMarkdown({ fn: 'relu', compare: [], domain: [-4, 4], derivative: true }, 'https://g.org/glossary/relu/')
 */
export function figureMarkdown(attributes: ActivationPlotAttributes, pageUrl: string): RootContent[] {
  const figure = fromHtml(activationPlotHtml(attributes), { fragment: true });
  const [caption] = elements(figure, 'figcaption');
  const out: RootContent[] = [
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: 'Figure:' }] },
        { type: 'text', value: ` ${caption ? toText(caption).trim() : attributes.fn} ` },
        { type: 'link', url: pageUrl, children: [{ type: 'text', value: '(plot on the web page)' }] },
      ],
    },
  ];
  const rows = elements(figure, 'tr');
  if (rows.length > 1) out.push(tableOf(rows));
  return out;
}

/** Elements named `names` under `root`, in document order. */
function elements(root: Parameters<typeof visit>[0], ...names: string[]): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (el: Element) => void (names.includes(el.tagName) && found.push(el)));
  return found;
}

function tableOf(rows: Element[]): Table {
  const row = (tr: Element): TableRow => ({
    type: 'tableRow',
    children: elements(tr, 'th', 'td').map((cell) => ({
      type: 'tableCell',
      children: [{ type: 'text', value: toText(cell).trim() }],
    })),
  });
  return { type: 'table', align: ['right', 'right', 'right'], children: rows.map(row) };
}
