import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { readInput } from '../../src/editor/formats';
import { fenceCode, joinListMarkers, questionsAndAnswers, separateBlocks } from '../../src/editor/article-structure';
import { SEED_ARTICLE, SEED_PAYLOAD } from './seeds';

const payload = readFileSync(SEED_PAYLOAD, 'utf8');
const article = readFileSync(SEED_ARTICLE, 'utf8');

describe('the format is chosen by content, never by file name', () => {
  test.each([
    ['seed 000 (a Nuxt payload in a .txt)', payload, 'nuxt-payload'],
    ['seed 001 (a Markdown Q&A in a .txt)', article, 'markdown'],
    ['one JSON term object', JSON.stringify({ term: 'Mish', shortDefinition: 'x' }), 'json-term'],
    ['a list of term objects', JSON.stringify([{ term: 'A' }, { term: 'B' }]), 'json-term'],
    ['{"terms": [...]}', JSON.stringify({ terms: [{ term: 'A' }] }), 'json-term'],
    [
      'an HTML page',
      '<!doctype html><html><head><title>Mish | Site</title></head><body><h1>Mish</h1><p>A smooth unit.</p></body></html>',
      'html',
    ],
    [
      'Markdown that starts with a bracket',
      '[GELU](https://arxiv.org/abs/1606.08415) is a smooth activation used in BERT.',
      'markdown',
    ],
  ])('%s', (_, text, id) => expect(readInput(text).reader.id).toBe(id));

  test('the payload yields its term with every field', () => {
    const [t] = readInput(payload).terms;
    expect(t.name).toBe('GELU');
    expect(t.category).toBe('deep-learning');
    expect(t.faq).toHaveLength(3);
    expect(t.comparisons?.map((c) => c.term)).toEqual(['ReLU', 'Swish', 'SwiGLU']);
  });

  test('an HTML page gives its title and its math back as TeX', () => {
    const html = `<html><body><nav>menu</nav><main><h1>Softsign</h1><p>It is <span class="katex"><span class="katex-mathml"><math><semantics><mrow></mrow><annotation encoding="application/x-tex">x/(1+|x|)</annotation></semantics></math></span></span> for all inputs.</p><script>alert(1)</script></main></body></html>`;
    const [t] = readInput(html).terms;
    expect(t.name).toBe('Softsign');
    expect(t.explanation).toContain('It is $x/(1+|x|)$ for all inputs.');
    expect(t.explanation).not.toContain('menu');
    expect(t.explanation).not.toContain('alert');
  });

  test.each([
    ['an empty file', '  \n', 'the file is empty'],
    ['JSON of another shape', '{"name": "x"}', 'JSON, but not in a shape any reader knows'],
    ['binary data', '\u0000\u0001\u0002abc', 'not a format any reader knows'],
    ['a list of numbers', '1,2,3\n4,5,6', 'not a format any reader knows'],
  ])('%s is refused with what is readable', (_, text, message) => {
    expect(() => readInput(text)).toThrow(message);
    expect(() => readInput(text)).toThrow(
      /Readable: a Nuxt\/devalue page payload; plain JSON term objects; an HTML page; a Markdown article|the file is empty/,
    );
  });
});

const tree = (md: string) => unified().use(remarkParse).parse(md) as Root;

describe('article structure (seed 001)', () => {
  const repaired = fenceCode(joinListMarkers(article));
  test('unfenced Python is fenced with its language; its comments are not headings', () => {
    const code: { lang?: string | null; value: string }[] = [];
    const headings: string[] = [];
    visit(tree(repaired), (n) => {
      if (n.type === 'code') code.push(n);
      if (n.type === 'heading') headings.push(JSON.stringify(n));
    });
    const python = code.find((c) => c.value.includes('import torch'));
    expect(python?.lang).toBe('python');
    expect(python?.value).toContain('# GELU is strictly smoother at the origin');
    expect(headings).toEqual([]);
  });
  test('bare list markers are joined with their text: no empty items', () => {
    const items: string[] = [];
    visit(tree(separateBlocks(repaired)), 'listItem', (n) => {
      items.push(JSON.stringify(n.children.length));
    });
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items).not.toContain('0');
  });
  test('its questions and answers are found', () => {
    const qa = questionsAndAnswers(separateBlocks(repaired));
    expect(qa.map((q) => q.question)).toEqual([
      'Why is GELU necessary in the FFN layer of nanoGPT?',
      'Why GELU over ReLU?',
    ]);
    expect(qa[1].answer).toContain('```python');
  });
  test('hard-wrapped Markdown keeps its paragraphs', () => {
    const md = 'A paragraph that wraps\nonto a second line.\n\nAnother one.\n';
    expect(separateBlocks(md)).toBe(md);
  });
  test('prose with an equals sign is not code', () => {
    const md = 'The output is f(x) = x times the probability that a normal variable is smaller.\nIt is smooth.';
    expect(fenceCode(md)).toBe(md);
  });
});
