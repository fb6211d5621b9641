import { describe, expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import { PARAMETRIC } from '../../src/kernel/parameters';
import { loadFamily } from '../../src/kernel/lazy';
import { activationPlotHtml } from '../../src/plot/figure-html';
import { drawFigure } from '../../src/plot/activation-figure';
import { valuesTableRows } from '../../src/plot/values-table';
import { loaderScript } from '../../src/plot/island/loader';
import { needsParameterLoader } from '../../src/plot/island/page';
import type { ParameterPlotData } from '../../src/plot/parameter-controls';

/** The island's inputs, read back from the figure the build wrote. */
function islandData(html: string): ParameterPlotData {
  const attr = /data-param-plot="([^"]*)"/.exec(html)![1];
  return JSON.parse(
    attr
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

describe('the island draws what the build drew', () => {
  test.each(Object.keys(PARAMETRIC))('%s at its defaults: same SVG, table and description', async (fn) => {
    const compare = ['relu', 'gelu'].filter((c) => c !== fn);
    const html = activationPlotHtml({ fn, compare, domain: [-5, 3], idSuffix: 'lead' });
    const data = islandData(html);
    expect(data).toMatchObject({ fn, domain: [-5, 3], idSuffix: 'lead', caption: false });
    expect(data.compare.map((t) => t.name)).toEqual(compare.map((id) => activations[id].name));
    // What src/plot/island/main.ts does, in Node: the family function and the build's traced comparisons.
    const make = await loadFamily[fn]();
    const curves = data.compare.map((trace) => ({ name: trace.name, trace }));
    const drawn = drawFigure(make(activations[fn].params), curves, { ...data, compare: undefined });
    expect(html).toContain(drawn.svg);
    expect(html).toContain(`<tbody>${valuesTableRows(drawn.table)}</tbody>`);
    expect(html).toContain(`<figcaption>${drawn.description}</figcaption>`);
  });

  test('away from the defaults the description names the values', async () => {
    const make = await loadFamily.elu();
    const drawn = drawFigure(make({ alpha: 0.5 }), [], { domain: [-5, 3], parameters: 'α = 0.5' });
    expect(drawn.description).toMatch(/^ELU \(α = 0\.5\) on \[−5, 3\]/);
    // ELU with α = 0.5 levels off at −0.5.
    expect(drawn.description).toContain('levels off at −0.5');
  });

  test('a family that names its parameter is not named twice', async () => {
    const make = await loadFamily.silu();
    const drawn = drawFigure(make({ beta: 0.4 }), [], { domain: [-5, 4], parameters: 'β = 0.4' });
    expect(drawn.description).toMatch(/^Swish-β \(β = 0\.4\) on \[−5, 4\]/);
  });
});

describe('controls in the figure', () => {
  test('one labelled range input per parameter, each with its value shown', () => {
    const html = activationPlotHtml({ fn: 'hardtanh', idSuffix: 'x' });
    const inputs = [...html.matchAll(/<input type="range" id="([^"]+)"/g)].map((m) => m[1]);
    expect(inputs).toEqual(['plot-hardtanh-x-p-minVal', 'plot-hardtanh-x-p-maxVal']);
    for (const id of inputs) {
      expect(html).toContain(`<label for="${id}">`);
      expect(html).toContain(`<output for="${id}">`);
    }
  });

  test('params: false keeps a parametric figure static; other figures never get controls', () => {
    expect(activationPlotHtml({ fn: 'elu', params: false })).not.toContain('data-param-plot');
    expect(activationPlotHtml({ fn: 'gelu' })).not.toContain('<input');
    expect(activationPlotHtml({ fn: 'swiglu' })).not.toContain('<input');
    // Softmax's only control is the temperature of its bars figure, not a curve slider.
    expect(activationPlotHtml({ fn: 'softmax' })).not.toContain('data-param-plot');
    expect(activationPlotHtml({ fn: 'softmax', params: false })).not.toContain('<input');
  });

  test('an editor’s caption is kept (the island redraws only generated ones)', () => {
    expect(islandData(activationPlotHtml({ fn: 'elu', caption: 'Mine.' })).caption).toBe(true);
  });
});

describe('the loader', () => {
  test('is under 1 KB and imports the island once, on the first interaction inside the controls', () => {
    const code = loaderScript('/_astro/param-island-abc.js');
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(1024);
    expect(code).toContain('import("/_astro/param-island-abc.js")');
    for (const event of ['pointerdown', 'keydown', 'input']) expect(code).toContain(`"${event}"`);
    expect(code).toContain('.plot-params');
  });

  test('cannot be closed early by its URL', () => {
    expect(loaderScript('/x</script><script>alert(1)//')).not.toContain('</script>');
  });

  test('goes on pages whose lead plot or body has sliders, and on no other', () => {
    expect(needsParameterLoader({ fn: 'elu' })).toBe(true);
    expect(needsParameterLoader({ fn: 'elu', params: false })).toBe(false);
    expect(needsParameterLoader({ fn: 'gelu' }, '<p>text</p>')).toBe(false);
    expect(needsParameterLoader(undefined, activationPlotHtml({ fn: 'snake' }))).toBe(true);
    expect(needsParameterLoader(undefined, activationPlotHtml({ fn: 'snake', params: false }))).toBe(false);
    expect(needsParameterLoader({ fn: 'softmax' })).toBe(true);
    expect(needsParameterLoader(undefined, activationPlotHtml({ fn: 'softmax-temperature' }))).toBe(true);
    expect(needsParameterLoader(undefined, activationPlotHtml({ fn: 'softmax', params: false }))).toBe(false);
    expect(needsParameterLoader(undefined, activationPlotHtml({ fn: 'sparsemax' }))).toBe(false);
  });
});
