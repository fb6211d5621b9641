import { gzipSync } from 'node:zlib';

/** Where the shared previews of a page start (src/components/preview/TermPreviews.astro). */
const CONTAINER = '<div class="previews" data-pagefind-ignore>';

/** The end of the element whose start tag begins at `start`: the matching `</div>`. */
function endOfDiv(html: string, start: number): number {
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error('unclosed <div class="previews">');
}

/** The previews block of a built page (empty when the page previews nothing) and each preview's HTML. */
export function previewBlock(html: string): { block: string; previews: string[] } {
  const start = html.indexOf(CONTAINER);
  if (start < 0) return { block: '', previews: [] };
  const block = html.slice(start, endOfDiv(html, start));
  const previews: string[] = [];
  for (let i = block.indexOf('<div id="preview-'); i >= 0; i = block.indexOf('<div id="preview-', i + 1)) {
    const end = endOfDiv(block, i);
    previews.push(block.slice(i, end));
    i = end - 1;
  }
  return { block, previews };
}

/**
 * The page as it would be without term previews: no previews block, no preview button after a
 * mention, no `interestfor` or preview `aria-describedby` on the mention. What previews add to
 * a page is the difference.
 */
export function withoutPreviews(html: string): string {
  const { block } = previewBlock(html);
  return html
    .replace(block, '')
    .replace(/<button type="button" class="preview-button"[^>]*><\/button>/g, '')
    .replace(/ interestfor="preview-[a-z0-9-]+"/g, '')
    .replace(/ aria-describedby="preview-[a-z0-9-]+-d"/g, '');
}

export const gzipBytes = (s: string): number => gzipSync(s).length;
