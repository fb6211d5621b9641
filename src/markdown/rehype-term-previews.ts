import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { LinkableTerm } from './rehype-autolink-terms';

/**
 * Ids of a term's preview on a page: the popover, its title and its definition. One preview per
 * term per page, whatever the number of mentions, so the id depends on the slug alone.
 * @example previewIds('gelu') // { popover: 'preview-gelu', title: 'preview-gelu-t', definition: 'preview-gelu-d' }
 */
export function previewIds(slug: string): { popover: string; title: string; definition: string } {
  const popover = `preview-${slug}`;
  return { popover, title: `${popover}-t`, definition: `${popover}-d` };
}

/**
 * Slugs of the terms previewed by a rendered body, in order of first mention, each once.
 * @example previewedSlugs('<a interestfor="preview-relu">…<a interestfor="preview-relu">') // ['relu']
 */
export function previewedSlugs(html: string): string[] {
  return [...new Set([...html.matchAll(/\binterestfor="preview-([a-z0-9-]+)"/g)].map((m) => m[1]))];
}

export interface TermPreviewOptions {
  terms: readonly LinkableTerm[];
  /** URL of a term page, the one the auto-linker wrote. */
  href: (slug: string) => string;
}

/**
 * rehype plugin, run after the auto-linker: each auto-linked mention of a term
 * gets the browser's native preview hooks, no script needed.
 * - The link stays a plain link (a click navigates), plus `interestfor`: where
 *   interest invokers exist, hover and keyboard focus open the preview popover,
 *   and Escape closes it.
 * - `aria-describedby` gives screen readers the term's short definition,
 *   wherever the popover cannot open.
 * - A small button after the link opens the same popover with `popovertarget`:
 *   for touch screens, where a tap on the link must still navigate, and for
 *   browsers without interest invokers. The stylesheet shows it only there.
 * The popovers themselves are written once per page (src/components/preview/).
 */
export default function rehypeTermPreviews(options: TermPreviewOptions) {
  const slugByHref = new Map(options.terms.map((t) => [options.href(t.slug), t.slug]));
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return;
      const cls = ([] as unknown[]).concat(node.properties.className ?? []).map(String);
      const slug = cls.includes('term-link') ? slugByHref.get(String(node.properties.href)) : undefined;
      if (!slug) return;
      const ids = previewIds(slug);
      // Not yet in property-information: the lower-case attribute name is written as is.
      node.properties.interestfor = ids.popover;
      node.properties.ariaDescribedBy = [ids.definition];
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const button: Element = {
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['preview-button'],
          popoverTarget: ids.popover,
          ariaLabel: `Preview: ${text}`,
        },
        children: [],
      };
      parent.children.splice(index + 1, 0, button);
      // Skip the button just inserted.
      return index + 2;
    });
  };
}
