import { describe, expect, test } from 'vitest';
import { activations, gatedActivations } from '../../src/kernel';
import { checkContent } from '../../src/checks';
import { plainText } from '../../src/content/text';

const report = checkContent('.');
const terms = report.index.terms;

describe('the published glossary', () => {
  test('passes every content check', () => {
    expect(report.issues).toEqual([]);
  });
  test('has at least 40 terms, and every category is populated', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    for (const c of report.index.categories) expect(terms.filter((t) => t.data.category === c.slug).length, c.slug).toBeGreaterThan(0);
  });
  test('every kernel activation and gated unit has a term page that plots it', () => {
    const plotted = new Set(terms.map((t) => t.data.plot?.fn).filter(Boolean));
    for (const id of [...Object.keys(activations), ...Object.keys(gatedActivations)]) expect(plotted.has(id), id).toBe(true);
  });
  test.each(terms.map((t) => [t.slug, t] as const))('%s has the substance a reader needs', (_slug, t) => {
    const d = t.data;
    expect(plainText(d.shortDefinition).split(/\s+/).length, 'definition').toBeGreaterThanOrEqual(12);
    expect(d.howItWorks.length, 'how-it-works steps').toBeGreaterThanOrEqual(2);
    expect(d.howItWorks.length).toBeLessThanOrEqual(5);
    expect(d.comparisons.length, 'comparisons').toBeGreaterThanOrEqual(2);
    expect(d.faq.length, 'FAQ entries').toBeGreaterThanOrEqual(3);
    expect(d.related.length, 'related terms').toBeGreaterThanOrEqual(3);
    expect(d.sources.length).toBeGreaterThanOrEqual(1);
    expect(d.sources.some((s) => /arxiv\.org|doi\.org|pytorch\.org|proceedings|papers\.nips|jax\.readthedocs|dlmf|github\.com|icml|aclanthology|openreview/.test(s.url)), 'a primary source').toBe(true);
  });
});
