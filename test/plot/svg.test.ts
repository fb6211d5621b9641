import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as cheerio from 'cheerio';
import { activationFigure, drawActivationFigure, gatedFigure } from '../../src/plot';
import { activationPlotHtml } from '../../src/plot/figure-html';

const GOLDEN = join(import.meta.dirname, 'golden');

/** Rounds every number to an integer so golden files test shape, not float noise. */
const normalise = (svg: string) => svg.replace(/-?\d*\.?\d+(e[-+]?\d+)?/g, (n) => String(Math.round(Number(n)) + 0));

/**
 * Compares with test/plot/golden/<name>.svg. A missing golden is a failure, never
 * written silently; `npm run golden:plots` rewrites them after a deliberate change
 * (look at the new figures before committing them).
 */
function expectGolden(name: string, svg: string) {
  const file = join(GOLDEN, `${name}.svg`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${svg}\n`);
  if (!existsSync(file))
    throw new Error(
      `test/plot/golden/${name}.svg is missing: run npm run golden:plots, check the figure, and commit it`,
    );
  expect(normalise(svg)).toBe(normalise(readFileSync(file, 'utf8').trim()));
}

describe('golden figures', () => {
  test('GELU with derivative and two comparisons', () => {
    expectGolden('gelu-relu-silu', activationFigure({ fn: 'gelu', compare: ['relu', 'silu'], domain: [-4, 4] }).svg);
  });
  test('hardshrink (jumps) in the small gallery size', () => {
    expectGolden('hardshrink-small', activationFigure({ fn: 'hardshrink', domain: [-2, 2], size: 'small' }).svg);
  });
  test('SwiGLU level sets', () => {
    expectGolden('swiglu-levels', gatedFigure('swiglu', [-3, 3]).svg);
  });
});

describe('accessible, deterministic markup', () => {
  const { svg, description } = activationFigure({ fn: 'gelu', compare: ['relu'], domain: [-4, 4] });
  test('role="img" with a title and a desc that aria-labelledby points to', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    const ids = /aria-labelledby="([^"]+)"/.exec(svg)![1].split(' ');
    expect(svg).toContain(`<title id="${ids[0]}">GELU and its derivative, compared with ReLU</title>`);
    expect(svg).toContain(`<desc id="${ids[1]}">`);
  });
  test('the description states the shape in words', () => {
    expect(description).toContain('smooth');
    expect(description).toContain('dips to −0.17 at x = −0.75');
    expect(description).toContain('rises like x');
  });
  test('same input, same bytes (drawn twice, not memoised)', () => {
    const options = { fn: 'gelu', compare: ['relu'], domain: [-4, 4] as const };
    expect(drawActivationFigure(options).svg).toBe(drawActivationFigure(options).svg);
    expect(drawActivationFigure(options).svg).toBe(svg);
  });
  test('colours are CSS classes, not hard-coded', () => {
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b/i);
    expect(svg).toContain('class="fn"');
    expect(svg).toContain('class="df"');
    expect(svg).toContain('class="cmp cmp1"');
  });
  test('captions and id suffixes with markup come out as text, not elements', () => {
    const attack = '</figcaption><script>alert(1)</script><img src=x onerror=alert(2)> & "q"';
    const html = activationPlotHtml({ fn: 'relu', caption: attack, idSuffix: 'a"><img src=x onerror=alert(3)>' });
    const $ = cheerio.load(html);
    expect($('script, img').length).toBe(0);
    expect($('figcaption').text()).toBe(attack);
    expect($('[onerror]').length).toBe(0);
    expect($('svg').attr('aria-labelledby')).toMatch(/^[\w -]+$/);
  });
});
