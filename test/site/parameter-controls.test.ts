import { describe, expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import { PARAMETRIC } from '../../src/kernel/parameters';
import { loadContentModel } from '../../src/glossary/model';
import { htmlPages, loadPage, readPage, REPO_ROOT, requireBuiltSite, resolves, termSlugs } from '../helpers/site';

requireBuiltSite();
const terms = loadContentModel(REPO_ROOT).index.bySlug;
/** Executable scripts: everything but JSON-LD data blocks. */
const scriptsOf = (path: string) =>
  loadPage(path)('script')
    .toArray()
    .filter((s) => s.attribs.type !== 'application/ld+json');

/** A page with a figure that sliders redraw: an activation's curves or softmax's temperature bars. */
const hasSliders = (html: string) => html.includes('data-param-plot=') || html.includes('data-param-bars=');

describe('parametric figures in the built site', () => {
  const parametricTerms = [...terms].filter(([, t]) => t.data.plot && Object.hasOwn(PARAMETRIC, t.data.plot.fn));

  test('the glossary has parametric lead plots to test', () => {
    expect(parametricTerms.length).toBeGreaterThanOrEqual(10);
  });

  test.each(parametricTerms.map(([slug]) => slug))('%s: one labelled slider per parameter, at the default', (slug) => {
    const $ = loadPage(`/glossary/${slug}/`);
    const fn = terms.get(slug)!.data.plot!.fn;
    const figure = $('figure[data-param-plot]').first();
    const inputs = figure.find('input[type=range]').toArray();
    expect(inputs.map((i) => i.attribs['data-param'])).toEqual(PARAMETRIC[fn].map((c) => c.name));
    for (const input of inputs) {
      const control = PARAMETRIC[fn].find((c) => c.name === input.attribs['data-param'])!;
      expect(Number(input.attribs.value)).toBe(activations[fn].params[control.name]);
      expect([input.attribs.min, input.attribs.max, input.attribs.step]).toEqual([
        String(control.min),
        String(control.max),
        String(control.step),
      ]);
      expect(figure.find(`label[for="${input.attribs.id}"]`).text()).toBe(control.label);
      expect(figure.find(`output[for="${input.attribs.id}"]`).text()).toBe(input.attribs['aria-valuetext']);
    }
    expect(JSON.parse(figure.attr('data-param-plot')!).fn).toBe(fn);
  });

  test.each(parametricTerms.map(([slug]) => slug))('%s: one inline loader under 1 KB and no other script', (slug) => {
    const scripts = scriptsOf(`/glossary/${slug}/`);
    expect(scripts).toHaveLength(1);
    const [loader] = scripts;
    expect(loader.attribs.src).toBeUndefined();
    const code = loadPage(`/glossary/${slug}/`)(loader).text();
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(1024);
    const url = /import\("([^"]+)"\)/.exec(code)?.[1];
    expect(url && resolves(url), `the loader imports ${url}`).toBe(true);
  });

  test('term pages without sliders carry no script at all', () => {
    const without = termSlugs().filter((slug) => !hasSliders(readPage(`/glossary/${slug}/`)));
    expect(without.length).toBeGreaterThan(20);
    for (const slug of without) expect(scriptsOf(`/glossary/${slug}/`), slug).toEqual([]);
  });

  test('no other page loads the island or its loader', () => {
    for (const page of htmlPages()) {
      if (page.startsWith('/glossary/') && hasSliders(readPage(page))) continue;
      expect(readPage(page), page).not.toContain('param-island');
    }
  });
});
