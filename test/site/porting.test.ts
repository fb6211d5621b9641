import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checks';
import { activations, gatedActivations, propertiesOf } from '../../src/kernel';
import { limitsOf, type Limit } from '../../src/kernel/facts';
import { ACTIVATION_FAMILIES } from '../../src/kernel/families';
import { FRAMEWORK_LABELS } from '../../src/schema';
import { DIST, loadPage, requireBuiltSite } from '../helpers/site';

beforeAll(requireBuiltSite);

const terms = checkContent('.').index.terms;
const isFunction = (fn?: string) => fn !== undefined && (fn in activations || fn in gatedActivations);
const functionPages = terms.filter((t) => isFunction(t.data.plot?.fn) || t.data.implementations.length > 0);
const published = terms.flatMap((t) => t.data.implementations.map((i) => ({ slug: t.slug, ...i })));

/** A number as formatNumber prints it: a true minus, `×10^` for exponents, ∞. */
function parseNumber(text: string): number {
  const t = text.trim().replace(/−/g, '-').replace('×10^', 'e');
  if (t === '∞') return Infinity;
  if (t === '-∞') return -Infinity;
  const v = Number(t);
  if (Number.isNaN(v)) throw new Error(`not a number: "${text}"`);
  return v;
}
/** Equal to `digits` significant digits, the precision the page prints. */
const close = (shown: number, exact: number, digits: number) =>
  shown === exact ||
  Math.abs(shown - exact) <= 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(exact))) - digits + 1) * 1.0000001;

describe('term pages: framework names', () => {
  test.each(functionPages.map((t) => [t.slug, t] as const))(
    '%s has an "In code" section listing exactly its frontmatter names',
    (slug, t) => {
      const $ = loadPage(`/glossary/${slug}/`);
      const section = $('#implementations').parent();
      expect(section.length, 'no #implementations section').toBe(1);
      const rows = section
        .find('tbody tr')
        .toArray()
        .map((tr) => [$(tr).find('th').text().trim(), $(tr).find('td code').first().text()]);
      const expected = t.data.implementations.map((i) => [FRAMEWORK_LABELS[i.framework], i.api]);
      expect([...rows].sort()).toEqual([...expected].sort());
      if (expected.length === 0)
        expect(section.text()).toMatch(/None of PyTorch, JAX, TensorFlow, Keras or Hugging Face Transformers has/);
      else {
        // The table scrolls in its own labelled, focusable box rather than widening a phone's page.
        const box = section.find('table').parent();
        expect(box.is('section[aria-labelledby]'), 'the box is a named region').toBe(true);
        expect(box.attr('tabindex')).toBe('0');
        expect(section.find(`#${box.attr('aria-labelledby')}`).text()).toBe(`${t.data.term} in each library`);
      }
    },
  );

  test.each(
    terms.filter((t) => t.data.plot && t.data.plot.fn in activations).map((t) => [t.slug, t.data.plot!.fn] as const),
  )("%s shows the kernel's computed properties of %s", (slug, fn) => {
    const $ = loadPage(`/glossary/${slug}/`);
    const cell = (label: string) =>
      $('#properties')
        .parent()
        .find('tr')
        .filter((_, tr) => $(tr).find('th').text() === label)
        .find('td')
        .text();
    const p = propertiesOf(fn);
    expect(close(parseNumber(cell('f(0)')), p.f0, 6), `f(0) = ${cell('f(0)')} vs ${p.f0}`).toBe(true);
    expect(close(parseNumber(cell('f′(0)')), p.df0, 6), `f′(0) = ${cell('f′(0)')} vs ${p.df0}`).toBe(true);
    for (const label of ['Range', 'Minimum', 'Monotonicity', 'Smoothness', 'As x → −∞', 'As x → +∞'])
      expect(cell(label), label).not.toBe('');
  });
});

describe('the names page', () => {
  const $ = loadPage('/activations/names/');
  test('lists every published name once, under its framework, linking to every term that publishes it', () => {
    const keys = new Set(published.map((p) => `${p.framework} ${p.api}`));
    const listed = $('table.names th[scope="row"] code')
      .toArray()
      .map((c) => `${$(c).closest('table').attr('data-framework')} ${$(c).text()}`);
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(keys);
    for (const p of published) {
      const row = $('table.names tr').filter(
        (_, tr) =>
          $(tr).closest('table').attr('data-framework') === p.framework && $(tr).find('th code').text() === p.api,
      );
      expect(row.length, `${p.framework} ${p.api}`).toBe(1);
      // The row (and any rowspan continuation rows) link to the publishing term.
      const span = Number(row.find('th').attr('rowspan') ?? 1);
      const links = [
        row,
        ...row
          .nextAll('tr')
          .toArray()
          .slice(0, span - 1)
          .map((r) => $(r)),
      ].map((r) => r.find('td a').attr('href'));
      expect(links, `${p.framework} ${p.api}`).toContain(`/glossary/${p.slug}/`);
    }
  });

  test('names are sorted within each framework, and every name link on a term page lands on its anchor', () => {
    $('table.names').each((_, table) => {
      const names = $(table)
        .find('th[scope="row"] code')
        .toArray()
        .map((c) => $(c).text());
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });
    for (const t of functionPages) {
      const page = loadPage(`/glossary/${t.slug}/`);
      page('#implementations')
        .parent()
        .find('td a[href^="/activations/names/#"]')
        .each((_, a) => {
          const anchor = page(a).attr('href')!.split('#')[1];
          const target = $(`[id="${anchor}"]`);
          expect(target.length, `${t.slug}: #${anchor}`).toBe(1);
          expect(target.find('th code').text()).toBe(page(a).text());
        });
    }
  });

  test('is linked from the home page and the gallery, and listed in the sitemap', () => {
    expect(loadPage('/')('a[href="/activations/names/"]').length).toBeGreaterThan(0);
    expect(loadPage('/activations/')('a[href="/activations/names/"]').length).toBeGreaterThan(0);
    expect(loadPage('/activations/')('a[href="/activations/properties/"]').length).toBeGreaterThan(0);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>[^<]*\/activations\/names\/<\/loc>/);
    expect(sitemap).toMatch(/<loc>[^<]*\/activations\/properties\/<\/loc>/);
  });
});

describe('the properties page', () => {
  const $ = loadPage('/activations/properties/');
  const labels = $('table.properties-all thead th')
    .toArray()
    .map((th) => $(th).text())
    .slice(1);
  const rows = $('table.properties-all tr[data-fn]').toArray();
  const cell = (tr: (typeof rows)[number], label: string) => $(tr).find('td').eq(labels.indexOf(label)).text();

  test('has one row per kernel activation, grouped by family in order and sorted by name within each', () => {
    expect(rows.map((r) => $(r).attr('data-fn')).sort()).toEqual(Object.keys(activations).sort());
    const groups = $('table.properties-all tbody')
      .toArray()
      .map((tb) => ({
        family: $(tb).find('tr.family th').text(),
        names: $(tb)
          .find('tr[data-fn] th')
          .toArray()
          .map((th) => $(th).text()),
      }));
    expect(groups.map((g) => g.family)).toEqual(ACTIVATION_FAMILIES.map((f) => f.name));
    for (const g of groups)
      expect(g.names).toEqual([...g.names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  test.each(Object.values(activations).map((a) => [a.id, a] as const))("%s: the values are the kernel's", (id, a) => {
    const tr = rows.find((r) => $(r).attr('data-fn') === id)!;
    const p = propertiesOf(id);
    expect(close(parseNumber(cell(tr, 'f(0)')), p.f0, 6)).toBe(true);
    expect(close(parseNumber(cell(tr, 'f′(0)')), p.df0, 6)).toBe(true);
    const minimum = cell(tr, 'Minimum');
    if (p.minimum) {
      const m = /^(\S+) at x = (\S+)$/.exec(minimum);
      expect(m, minimum).not.toBeNull();
      expect(close(parseNumber(m![1]), p.minimum.value, 4), minimum).toBe(true);
      expect(close(parseNumber(m![2]), p.minimum.x, 4), minimum).toBe(true);
    } else expect(minimum).not.toMatch(/ at x = /);
    const range = /^([[(])(\S+), (\S+)([\])])$/.exec(cell(tr, 'Range'))!;
    expect(close(parseNumber(range[2]), a.range.min, 4) && close(parseNumber(range[3]), a.range.max, 4)).toBe(true);
    expect([range[1] === '[', range[4] === ']']).toEqual(a.range.closed);
    const limit = (text: string, l: Limit) => {
      if (l.kind === 'finite') return close(parseNumber(text), l.value, 4);
      // "∞, like 2·x" for linear growth; "∞, faster than linearly" when no slope exists (squared ReLU).
      const superlinear = text.endsWith(', faster than linearly');
      const [end, like] = text.replace(/, faster than linearly$/, '').split(', like ');
      if (l.slope === undefined) return parseNumber(end) === l.sign * Infinity && superlinear;
      return (
        parseNumber(end) === l.sign * Infinity &&
        close(like === 'x' ? 1 : parseNumber(like.replace('·x', '')), l.slope, 4)
      );
    };
    const { minusInfinity, plusInfinity } = limitsOf(a);
    expect(limit(cell(tr, 'As x → −∞'), minusInfinity), cell(tr, 'As x → −∞')).toBe(true);
    expect(limit(cell(tr, 'As x → +∞'), plusInfinity), cell(tr, 'As x → +∞')).toBe(true);
    // Each function links to the term page that plots it.
    const page = terms.find((t) => t.data.plot?.fn === id);
    if (page) expect($(tr).find('th a').attr('href')).toBe(`/glossary/${page.slug}/`);
  });

  test('the table scrolls in its own labelled, focusable box', () => {
    const box = $('table.properties-all').parent();
    expect(box.is('section[aria-labelledby]'), 'the box is a named region').toBe(true);
    expect(box.attr('tabindex')).toBe('0');
    expect($(`#${box.attr('aria-labelledby')}`).text()).toMatch(/Computed properties of \d+/);
  });
});
