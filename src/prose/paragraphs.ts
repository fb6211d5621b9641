import type { Root, RootContent, PhrasingContent } from 'mdast';

/** One paragraph of rendered prose, flattened to text, with the file line it starts on. */
export interface ProseParagraph {
  /** 1-based line in the tree's source (file lines for a body from the content model). */
  line: number;
  /** Last line of the paragraph. */
  endLine: number;
  /** The text a reader sees; inline math is `MATHSPAN` and inline code `CODESPAN`, so both count as content. */
  text: string;
}

/** Stand-ins for inline math and code in flattened text: one word each, never an English word. */
export const MATH_WORD = 'MATHSPAN';
export const CODE_WORD = 'CODESPAN';

function phrasing(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'inlineMath') out += ` ${MATH_WORD} `;
    else if (n.type === 'inlineCode') out += ` ${CODE_WORD} `;
    else if (n.type === 'break') out += '\n';
    else if ('children' in n) out += phrasing(n.children as PhrasingContent[]);
  }
  return out;
}

/**
 * The prose paragraphs of a Markdown tree (paragraphs, also inside lists and quotes), with
 * their lines. Headings, code, display math, tables, components and MDX comments are not
 * prose: they are skipped, so a comment block an editor keeps for later is never judged.
 */
export function proseParagraphs(tree: Root): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'paragraph') {
        const text = phrasing(n.children)
          .replace(/[ \t]+/g, ' ')
          .trim();
        if (text) out.push({ line: n.position?.start.line ?? 1, endLine: n.position?.end.line ?? 1, text });
      } else if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote')
        walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}

/**
 * Markdown source of one paragraph as judged text, with a map back to the source: inline math
 * and code become MATH_WORD and CODE_WORD, so a sentence found in the text can be cut out of the
 * source (`source.slice(map[start], map[end - 1] + 1)`).
 */
export function flattenSource(source: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  const span = /\$\$[\s\S]+?\$\$|\$[^$\n]+\$|`[^`\n]+`/g;
  let from = 0;
  const copy = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      text += source[i];
      map.push(i);
    }
  };
  for (const m of source.matchAll(span)) {
    copy(from, m.index);
    const token = m[0].startsWith('`') ? CODE_WORD : MATH_WORD;
    for (const ch of token) {
      text += ch;
      map.push(m.index);
    }
    map[map.length - 1] = m.index + m[0].length - 1;
    from = m.index + m[0].length;
  }
  copy(from, source.length);
  return { text, map };
}
