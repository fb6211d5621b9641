import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { activationFigure, drawActivationFigure, gatedFigure } from '../../src/plot';

const GOLDEN = join(import.meta.dirname, 'golden');

/** Rounds every number to an integer so golden files test shape, not float noise. */
const normalise = (svg: string) => svg.replace(/-?\d*\.?\d+(e[-+]?\d+)?/g, (n) => String(Math.round(Number(n)) + 0));

/** Compares with test/plot/golden/<name>.svg; UPDATE_GOLDEN=1 rewrites the file after a deliberate change. */
function expectGolden(name: string, svg: string) {
  const file = join(GOLDEN, `${name}.svg`);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, `${svg}\n`);
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
  test('captions and labels are escaped', () => {
    const g = gatedFigure('glu', [-3, 3]);
    expect(g.svg).not.toContain('<script');
    expect(g.description).toContain('GLU(a, b) = Sigmoid(a)·b');
  });
});
