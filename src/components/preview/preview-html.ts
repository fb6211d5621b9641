import { gzipSync } from 'node:zlib';
import { escapeXml } from '../../plot/escape';
import { isActivationId } from '../../kernel';
import { renderFormula, renderInlineMarkdown } from '../../markdown/render';
import { previewIds } from '../../markdown/rehype-term-previews';
import { formulaOf } from '../../glossary/formula';
import { type GlossaryIndex, type TermRecord } from '../../glossary/records';
import { termUrl } from '../../glossary/urls';
import { plainText } from '../../glossary/text';
import { compactMath } from './compact-math';
import { previewPlotSvg } from './preview-plot';

/**
 * Most bytes one preview may add to a page, gzipped (the way pages travel). A preview whose
 * richest form is larger loses its formula, then its typeset definition (plain text instead):
 * a page with many mentions stays light. `npm run bench:previews` measures what pages pay.
 */
export const PREVIEW_BUDGET_GZIP = 2048;

/** What a preview shows, richest first; `previewHtml` keeps the first that fits the budget. */
export type PreviewLevel = 'full' | 'no-formula' | 'plain';

export interface Preview {
  slug: string;
  html: string;
  level: PreviewLevel;
  /** Bytes of `html`, raw and gzipped on its own (an upper bound of what it adds to a gzipped page). */
  raw: number;
  gzip: number;
}

/**
 * One term's preview: a native popover (`popover="auto"`: Escape and a tap elsewhere close it)
 * holding the term's name as a link to its page, its short definition, its formula as typeset
 * math and a thumbnail of its plot. Named by the title, so a screen reader announces the term;
 * the definition's id is the mention's `aria-describedby`. Pure: the same term gives the same bytes.
 */
export function buildPreview(record: TermRecord): Preview {
  const { slug, file, data } = record;
  const ids = previewIds(slug);
  const where = (field: string) => `${file} ${field}`;
  const tex = formulaOf(record);
  const plot = data.plot && isActivationId(data.plot.fn) ? previewPlotSvg(data.plot.fn, data.plot.domain) : '';
  const typeset = compactMath(renderInlineMarkdown(data.shortDefinition, where('shortDefinition')));
  const formula = tex ? `<div class="preview-formula">${compactMath(renderFormula(tex, where('formula')))}</div>` : '';
  const write = (definition: string, withFormula: boolean) =>
    `<div id="${ids.popover}" class="preview" popover role="group" aria-labelledby="${ids.title}">` +
    `<p class="preview-title"><a id="${ids.title}" href="${termUrl(slug)}">${escapeXml(data.term)}</a></p>` +
    `<p id="${ids.definition}" class="preview-definition">${definition}</p>` +
    // Formula and thumbnail side by side where they fit (most formulas are short), stacked otherwise.
    (withFormula || plot ? `<div class="preview-figures">${withFormula ? formula : ''}${plot}</div>` : '') +
    `<button type="button" class="preview-close" popovertarget="${ids.popover}" popovertargetaction="hide" aria-label="Close the preview of ${escapeXml(data.term)}"></button>` +
    `</div>`;
  const levels: [PreviewLevel, string][] = [
    ['full', write(typeset, true)],
    ['no-formula', write(typeset, false)],
    ['plain', write(escapeXml(plainText(data.shortDefinition)), false)],
  ];
  const sized = levels.map(([level, html]) => ({
    slug,
    html,
    level,
    raw: Buffer.byteLength(html),
    gzip: gzipSync(html).length,
  }));
  return sized.find((p) => p.gzip <= PREVIEW_BUDGET_GZIP) ?? sized[sized.length - 1];
}

const built = new WeakMap<TermRecord, Preview>();

/** The previews of the given terms, each built once per build (many pages preview the same term). */
export function previewsOf(slugs: readonly string[], index: GlossaryIndex): Preview[] {
  return slugs.flatMap((slug) => {
    const record = index.bySlug.get(slug);
    if (!record) return [];
    let preview = built.get(record);
    if (!preview) {
      preview = buildPreview(record);
      built.set(record, preview);
    }
    return [preview];
  });
}
