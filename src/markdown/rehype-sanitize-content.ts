import type { Root, RootContent } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { ALLOWED_IMAGE_SCHEMES, ALLOWED_LINK_SCHEMES } from './url-schemes';

/**
 * What content-derived HTML may contain: GitHub's allow-list, links only to
 * http(s), mailto or relative URLs, images only from http(s), and the classes
 * remark-math puts on math so rehype-katex (which runs after) still finds it.
 */
export const contentSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: [...ALLOWED_LINK_SCHEMES],
    src: [...ALLOWED_IMAGE_SCHEMES],
    cite: ['http', 'https'],
  },
};

/** HTML that our own plugins produced in this process (plot figures), keyed by its exact text. */
const trustedRaw = new Set<string>();

/** Registers HTML produced by our code (not by content) so the sanitizer passes it through unchanged. */
export function trustHtml(html: string): string {
  trustedRaw.add(html);
  return html;
}

/**
 * rehype plugin: sanitizes the content-derived tree before KaTeX and the plot
 * figures are expanded, so their trusted output never has to fit a sanitizer
 * schema. A `raw` node survives only if our code registered its exact text with
 * trustHtml (the <ActivationPlot> figures); any other raw HTML is dropped.
 */
export default function rehypeSanitizeContent() {
  return (tree: Root): Root => {
    const kept = new Map<string, string>();
    const nonce = `plot-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
    const swap = (nodes: RootContent[]) => {
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i] as RootContent | { type: 'raw'; value: string };
        if (n.type === 'raw') {
          if (trustedRaw.has(n.value)) {
            const token = `\u2063${nonce}-${kept.size}\u2063`;
            kept.set(token, n.value);
            nodes[i] = { type: 'text', value: token };
          } else nodes.splice(i--, 1);
        } else if ('children' in n) swap(n.children as RootContent[]);
      }
    };
    swap(tree.children);
    const clean = sanitize(tree, contentSchema) as Root;
    if (kept.size) {
      const restore = (nodes: RootContent[]) => {
        for (let i = 0; i < nodes.length; i++) {
          const n = nodes[i];
          if (n.type === 'text' && kept.has(n.value))
            nodes[i] = { type: 'raw', value: kept.get(n.value)! } as unknown as RootContent;
          else if ('children' in n) restore(n.children as RootContent[]);
        }
      };
      restore(clean.children);
    }
    return clean;
  };
}
