import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeAutolinkTerms, { ambiguousNames } from '../../src/markdown/rehype-autolink-terms';

const TERMS = [
  { slug: 'relu', names: ['ReLU', 'rectifier'] },
  { slug: 'leaky-relu', names: ['Leaky ReLU'] },
  { slug: 'gelu', names: ['GELU', 'Gaussian Error Linear Unit'] },
  { slug: 'activation-function', names: ['Activation function'] },
];

function render(markdown: string, self = 'gelu'): string {
  const file = new VFile({ value: markdown, path: `content/terms/${self}.mdx` });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex)
      .use(rehypeAutolinkTerms, { terms: TERMS, href: (s: string) => `/glossary/${s}/` })
      .use(rehypeStringify)
      .processSync(file),
  );
}
const links = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" class="term-link">([^<]+)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('auto-linking terms in bodies', () => {
  test('links the first mention only, by name or alias, case-insensitively for phrases', () => {
    expect(links(render('Every activation function, like ReLU, is an activation function. ReLU again.'))).toEqual([
      'activation function→/glossary/activation-function/',
      'ReLU→/glossary/relu/',
    ]);
  });
  test('prefers the longest name: "Leaky ReLU" is not a mention of ReLU', () => {
    expect(links(render('Leaky ReLU fixes dying units.'))).toEqual(['Leaky ReLU→/glossary/leaky-relu/']);
  });
  test('never links a term to itself', () => {
    expect(links(render('GELU is smooth, unlike ReLU.'))).toEqual(['ReLU→/glossary/relu/']);
  });
  test('skips headings, code, math and existing links', () => {
    const html = render(
      '# ReLU heading\n\n`ReLU` in code and $\\mathrm{ReLU}(x)$ in math and [the ReLU page](/x/).\n\n```\nReLU\n```\n\nFinally a rectifier.',
    );
    expect(links(html)).toEqual(['rectifier→/glossary/relu/']);
    expect(html).toContain('<h1>ReLU heading</h1>');
  });
  test('acronyms match case-sensitively: "relu" in prose is not the term', () => {
    expect(links(render('the word relu in lower case'))).toEqual([]);
  });
  test('names shared by two terms are ambiguous and never linked', () => {
    const shared = [...TERMS, { slug: 'other', names: ['Rectifier'] }];
    expect(ambiguousNames(shared)).toEqual(new Set(['rectifier']));
    const file = new VFile({ value: 'A rectifier.', path: 'content/terms/x.mdx' });
    const html = String(
      unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeAutolinkTerms, { terms: shared, href: (s: string) => `/g/${s}/` })
        .use(rehypeStringify)
        .processSync(file),
    );
    expect(html).not.toContain('<a ');
  });
});
