import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { loadContentModel } from '../../src/glossary/model';
import { termMarkdown } from '../../src/export/term-markdown';
import { markdownFieldsOf } from '../../src/export/computed-values';
import { computeValue } from '../../src/markdown/computed-values';
import { markdownField, toMarkdown } from '../../src/export/clean-markdown';

const SITE = 'https://glossary.test';
const { index } = loadContentModel('.');
const updated = new Date('2026-03-04T00:00:00Z');
const md = (slug: string) => termMarkdown(index.bySlug.get(slug)!, index, { site: SITE, updated });
const parse = (text: string, mdx = false): Root =>
  (mdx ? unified().use(remarkParse).use(remarkMdx).use(remarkMath) : unified().use(remarkParse).use(remarkMath)).parse(
    text,
  ) as Root;

function nodesOf(tree: Root, type: string): { value?: string; url?: string; depth?: number; children?: unknown[] }[] {
  const out: { value?: string; url?: string }[] = [];
  visit(tree, type, (n) => void out.push(n as { value?: string; url?: string }));
  return out;
}

describe('a term page as Markdown', () => {
  test.each(index.terms.map((t) => t.slug))('%s keeps every formula of its source as TeX', (slug) => {
    const record = index.bySlug.get(slug)!;
    const out = parse(md(slug));
    const math = new Set([...nodesOf(out, 'inlineMath'), ...nodesOf(out, 'math')].map((n) => n.value));
    const source = [...markdownFieldsOf(record).map((f) => parse(f)), parse(record.body ?? '', true)];
    for (const tree of source)
      for (const n of [...nodesOf(tree, 'inlineMath'), ...nodesOf(tree, 'math')]) expect(math, slug).toContain(n.value);
  });

  test.each(index.terms.map((t) => t.slug))(
    '%s has no computed-value code, no MDX component and only absolute links',
    (slug) => {
      const text = md(slug);
      expect(text).not.toMatch(/`=/);
      expect(text).not.toContain('<ActivationPlot');
      for (const l of nodesOf(parse(text), 'link')) expect(l.url, slug).toMatch(/^(https?|mailto):/);
    },
  );

  test('computed values become the numbers the page prints', () => {
    const text = md('gelu');
    expect(text).toContain(`dips to ${computeValue('=min(gelu) ~2')} there`);
  });

  test('headings follow the page: H1 name, then the sections in page order', () => {
    const h2 = nodesOf(parse(md('gelu')), 'heading')
      .filter((h) => h.depth === 2)
      .map((h) =>
        toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: h.children as never }] }).trim(),
      );
    const sections = h2.filter((h) =>
      [
        'How it works',
        'In practice',
        'Properties, computed',
        'Comparisons',
        'FAQ',
        'Related terms',
        'Sources',
      ].includes(h),
    );
    expect(sections).toEqual([
      'How it works',
      'In practice',
      'Properties, computed',
      'Comparisons',
      'FAQ',
      'Related terms',
      'Sources',
    ]);
    expect(md('gelu')).toMatch(/^# GELU\n/);
  });

  test('a plot becomes its description, a link to the drawn figure and its table of values', () => {
    const text = md('gelu');
    expect(text).toMatch(
      /\*\*Figure:\*\* GELU on .*\[\(plot on the web page\)\]\(https:\/\/glossary\.test\/glossary\/gelu\/\)/,
    );
    expect(text).toMatch(/\| +x \| +f\(x\) \| +f′\(x\) \|/);
  });

  test('relative links in content become absolute against the page, and raw HTML is dropped', () => {
    const tree = markdownField('See [ReLU](../relu/) and [top](#faq). <b>bold</b>', `${SITE}/glossary/gelu/`);
    expect(toMarkdown(tree).trim()).toBe(
      `See [ReLU](${SITE}/glossary/relu/) and [top](${SITE}/glossary/gelu/#faq). bold`,
    );
  });
});

test('the llms-full.txt text the .md page prints beside its own equals the one printed alone', () => {
  const record = index.bySlug.get('gelu')!;
  const own = termMarkdown(record, index, { site: SITE, updated, printAlso: [1] });
  const kept = termMarkdown(record, index, { site: SITE, updated, headingOffset: 1 });
  // Asked again: the kept text was handed out once, so this one is printed from a new tree.
  const alone = termMarkdown(record, index, { site: SITE, updated, headingOffset: 1 });
  expect(kept).toBe(alone);
  expect(own).toBe(md('gelu'));
  expect(own.startsWith('# GELU\n')).toBe(true);
  expect(kept.startsWith('## GELU\n')).toBe(true);
});
