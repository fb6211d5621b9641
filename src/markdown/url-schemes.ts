import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/** URL schemes a link in content may use; relative links and #fragments need none. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;
/** Images may only load over the web (or relative to the site). */
export const ALLOWED_IMAGE_SCHEMES = ['http', 'https'] as const;

/**
 * The scheme of `url` if it has one, read the way hast-util-sanitize (and a
 * browser) reads it: the text before the first `:` unless a `/`, `?` or `#`
 * comes first. Lower-cased.
 * @example urlScheme('JavaScript:alert(1)') // 'javascript'
 * @example urlScheme('/glossary/gelu/') // undefined
 */
export function urlScheme(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  for (const c of ['/', '?', '#']) {
    const at = url.indexOf(c);
    if (at >= 0 && at < colon) return undefined;
  }
  return url.slice(0, colon).trim().toLowerCase();
}

/** Links and images in a Markdown tree whose scheme is not allowed, with their lines. */
export function disallowedUrls(tree: Root): { url: string; scheme: string; image: boolean; line?: number }[] {
  const out: { url: string; scheme: string; image: boolean; line?: number }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const scheme = urlScheme(node.url);
    const image = node.type === 'image';
    const allowed: readonly string[] = image ? ALLOWED_IMAGE_SCHEMES : ALLOWED_LINK_SCHEMES;
    if (scheme !== undefined && !allowed.includes(scheme))
      out.push({ url: node.url, scheme, image, line: node.position?.start.line });
  });
  return out;
}

/** The editor-facing message for one disallowed URL. */
export function disallowedUrlMessage(u: { url: string; scheme: string; image: boolean }): string {
  const shown = u.url.length > 40 ? `${u.url.slice(0, 37)}…` : u.url;
  return u.image
    ? `image source "${shown}" uses "${u.scheme}:"; images must be https:// (or relative) URLs`
    : `link "${shown}" uses "${u.scheme}:", which is not allowed; link with https://, mailto: or a relative path such as /glossary/gelu/`;
}

const fieldParser = unified().use(remarkParse).use(remarkMath);

/**
 * Editor-facing messages for every disallowed link or image in one Markdown
 * field (math is skipped, as remark-math reads it). For schema refinements.
 */
export function markdownFieldUrlProblems(markdown: string): string[] {
  if (!markdown.includes(':')) return [];
  return disallowedUrls(fieldParser.parse(markdown) as Root).map(disallowedUrlMessage);
}
