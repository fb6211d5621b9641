import { describe, expect, test } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeKatex from 'rehype-katex';
import { VFile } from 'vfile';
import { katexOptions, rehypePlugins, remarkPlugins } from '../../src/markdown/plugins';
import rehypeKatexMemo from '../../src/markdown/rehype-katex-memo';

/** The site's field pipeline, with rehype-katex itself or with the memo in its place. */
const pipeline = (katex: 'plain' | 'memo') =>
  unified()
    .use(remarkParse)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(
      (rehypePlugins as PluggableList).map((p) =>
        Array.isArray(p) && p[0] === rehypeKatexMemo
          ? [katex === 'memo' ? rehypeKatexMemo : rehypeKatex, katexOptions]
          : p,
      ) as PluggableList,
    )
    .use(rehypeStringify)
    .freeze();

const texts = [
  'Inline $x^2$ and again $x^2$, then $\\sigma(x)$.',
  'The same $x^2$: in another field.',
  '$$\n\\operatorname{GELU}(x) = x\\,\\Phi(x)\n$$\n\nand $x^2$.',
  '```math\n\\int_0^1 x\\,dx\n```',
  '```math\n\\int_0^1 x\\,dx\n```\n\nthen $\\int_0^1 x\\,dx$ inline.',
  '- $a$\n- $a$, $b$.\n\n| h |\n| - |\n| $a$ |',
];

describe('rehype-katex-memo', () => {
  test('writes what rehype-katex writes, for repeated, display, inline and ```math formulas', () => {
    const plain = pipeline('plain');
    const memo = pipeline('memo');
    // Twice through one memo pipeline: the second pass is served from its memory.
    for (let round = 0; round < 2; round++)
      for (const text of texts)
        expect(String(memo.processSync(new VFile(text)))).toBe(String(plain.processSync(new VFile(text))));
  });

  test('every use of a remembered formula is its own copy: decorating one does not change the next', () => {
    // rehype-math-surfaces wraps math followed by punctuation in a span; a shared node would carry the wrap along.
    const html = String(pipeline('memo').processSync(new VFile('First $y_1$, then $y_1$ alone and $y_1$.')));
    expect(html.match(/class="math-nowrap"/g)).toHaveLength(2);
    expect(html.match(/class="math-text"/g)).toHaveLength(3);
  });

  test('bad TeX is reported on every use, with its line, and never remembered', () => {
    const memo = pipeline('memo');
    for (const line of [1, 3]) {
      const file = new VFile('\n'.repeat(line - 1) + 'Broken $\\frac{1}{$ here.');
      expect(() => memo.processSync(file)).toThrow(new RegExp(`line ${line}: invalid TeX`));
    }
  });
});
