import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { termNameMatcher, type LinkableTerm } from './term-name-matcher';

export type { LinkableTerm };

export interface AutolinkOptions {
  terms: readonly LinkableTerm[];
  /** URL of a term page. */
  href: (slug: string) => string;
}

// Never link inside these: the reader is already reading a name, code or math there.
const SKIP_TAGS = new Set([
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'svg',
  'script',
  'style',
  'math',
]);
const SKIP_CLASSES = ['katex', 'katex-display', 'plot'];

/** Names claimed by more than one term (compared case-insensitively). They are never linked; `npm run check` reports them. */
export function ambiguousNames(terms: readonly LinkableTerm[]): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const t of terms)
    for (const n of t.names) owners.set(n.toLowerCase(), (owners.get(n.toLowerCase()) ?? new Set()).add(t.slug));
  return new Set([...owners].filter(([, s]) => s.size > 1).map(([n]) => n));
}

/**
 * rehype plugin: the first mention of another term in a body, by name or
 * alias, becomes a link to it. Longest names win ("Leaky ReLU" before
 * "ReLU"); acronyms match case-sensitively, phrases case-insensitively; a term
 * never links to itself (its slug comes from the file name).
 */
export default function rehypeAutolinkTerms(options: AutolinkOptions) {
  const matcher = termNameMatcher(options.terms, ambiguousNames(options.terms));

  return (tree: Root, file: VFile): void => {
    const self = (file.path ?? '').replace(/^.*\//, '').replace(/\.mdx?$/, '');
    const linked = new Set<string>([self]);
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') {
        const el = node as Element;
        const cls = ([] as unknown[]).concat(el.properties?.className ?? []).map(String);
        if (SKIP_TAGS.has(el.tagName) || cls.some((c) => SKIP_CLASSES.includes(c))) return SKIP;
        return undefined;
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const text = (node as Text).value;
      const m = matcher.firstMention(text, linked);
      if (!m) return undefined;
      linked.add(m.slug);
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: options.href(m.slug), className: ['term-link'] },
        children: [{ type: 'text', value: text.slice(m.index, m.index + m.length) }],
      };
      const parts: ElementContent[] = [];
      if (m.index > 0) parts.push({ type: 'text', value: text.slice(0, m.index) });
      parts.push(link);
      if (m.index + m.length < text.length) parts.push({ type: 'text', value: text.slice(m.index + m.length) });
      (parent as Element).children.splice(index, 1, ...parts);
      // Continue after the link, so the rest of this text can link other terms.
      return index + parts.length - (m.index + m.length < text.length ? 1 : 0);
    });
  };
}
