import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { ALLOWED_IMAGE_SCHEMES, ALLOWED_LINK_SCHEMES, urlScheme } from '../markdown/url-schemes';

/** TeX commands that need KaTeX's trust (refused by src/markdown/plugins.ts), with what of them is text. */
const TEX_UNTRUSTED: [RegExp, string][] = [
  [/\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}/g, '$1'],
  [/\\html(?:Class|Id|Style|Data)\s*\{[^{}]*\}\s*\{([^{}]*)\}/g, '$1'],
  [/\\url\s*\{[^{}]*\}/g, ''],
  [/\\includegraphics\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}/g, ''],
];

/**
 * Another system's links that our checks refuse become their words before the importer's first check:
 * a Markdown link or image whose scheme is outside the allow-list (`javascript:`, `data:`…) keeps its
 * text or alt text, a link definition goes, and TeX commands that would need KaTeX's trust keep their
 * text. The reader loses nothing but the link; nothing executable is carried over, and the draft does
 * not spend its repair rounds on what is never allowed.
 * @example unsafeLinksToText('[run](javascript:alert(1)) and $\\href{javascript:x}{y}$') // 'run and $y$'
 */
export function unsafeLinksToText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkMath).parse(markdown) as Root;
  const cuts: { start: number; end: number; text: string }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const scheme = urlScheme(node.url);
    const allowed: readonly string[] = node.type === 'image' ? ALLOWED_IMAGE_SCHEMES : ALLOWED_LINK_SCHEMES;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (scheme === undefined || allowed.includes(scheme) || start === undefined || end === undefined) return;
    const text = node.type === 'link' ? toString(node) : node.type === 'image' ? (node.alt ?? '') : '';
    cuts.push({ start, end, text });
  });
  let out = markdown;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  for (const [pattern, by] of TEX_UNTRUSTED) out = out.replace(pattern, by);
  return out;
}
