import { describe, expect, test } from 'vitest';
import { loadContentModel } from '../../src/glossary/model';
import { llmsFullTxt, llmsTxt } from '../../src/export/llms-txt';
import { termMarkdown } from '../../src/export/term-markdown';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

const SITE = 'https://glossary.test';
const { index } = loadContentModel('.');
const updatedOf = () => new Date('2026-03-04T00:00:00Z');
const map = llmsTxt(index, { site: SITE, updatedOf });
const full = llmsFullTxt(index, { site: SITE, updatedOf });

/**
 * The llms.txt structure (llmstxt.org): an H1, a blockquote, notes without headings, then H2
 * sections whose lines are `- [name](url)` with optional `: notes`. Read the way the reference
 * parser reads it: split on H2 headings, then match each list line.
 */
function readLlmsTxt(text: string) {
  const [head, ...sections] = text.split(/^## /m);
  const title = /^# (.+)\n\n> (.+)\n/.exec(head);
  return {
    title: title?.[1],
    summary: title?.[2],
    headHasHeadings: /^#{2,} /m.test(head.slice(head.indexOf('\n'))),
    sections: sections.map((s) => {
      const [name, ...lines] = s.trim().split('\n');
      const items = lines.filter((l) => l.trim());
      return {
        name,
        links: items.map((l) => /^- \[([^\]]+)\]\(([^)\s]+)\)(?:: (.+))?$/.exec(l)),
      };
    }),
  };
}

describe('llms.txt', () => {
  const parsed = readLlmsTxt(map);

  test('opens with the H1 and a blockquote summary, with no heading before the sections', () => {
    expect(parsed.title).toBe('Glossary');
    expect(parsed.summary!.length).toBeGreaterThan(40);
    expect(parsed.headHasHeadings).toBe(false);
  });

  test('every section line is a link with notes, and every term is linked once, to its Markdown page', () => {
    const links = parsed.sections.flatMap((s) => s.links);
    expect(links.every((l) => l !== null)).toBe(true);
    const termLinks = links.filter((l) => /\/glossary\/[a-z0-9-]+\.md$/.test(l![2])).map((l) => l![2]);
    expect(termLinks.sort()).toEqual(index.terms.map((t) => `${SITE}/glossary/${t.slug}.md`).sort());
    expect(parsed.sections.at(-1)!.name).toBe('Optional');
  });

  test('sections are the categories, in their order', () => {
    expect(parsed.sections.slice(0, -1).map((s) => s.name)).toEqual(
      index.categories.map((c) => c.data.name).filter((name) => parsed.sections.some((s) => s.name === name)),
    );
  });
});

describe('llms-full.txt', () => {
  const headings = (text: string) => {
    const out: { depth: number; text: string }[] = [];
    visit(
      unified().use(remarkParse).parse(text),
      'heading',
      (h) => void out.push({ depth: h.depth, text: toString(h) }),
    );
    return out;
  };
  const all = headings(full);

  test('holds every term page under one H1, each page one heading level down, in the order of llms.txt', () => {
    expect(all.filter((h) => h.depth === 1).map((h) => h.text)).toEqual(['Glossary']);
    const order = index.categories.flatMap((c) => index.terms.filter((t) => t.data.category === c.slug));
    expect(all.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(order.map((t) => t.data.seo.h1 ?? t.data.term));
    // Each page's own headings follow its H2, one level down.
    const pages = order.map((t) => headings(termMarkdown(t, index, { site: SITE, updated: updatedOf() })));
    expect(all.slice(1)).toEqual(pages.flat().map((h) => ({ ...h, depth: h.depth + 1 })));
  });
});
