import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { activations, propertiesOf, sigmoid } from '../../src/kernel';

const all = Object.values(activations);
const grid = (lo: number, hi: number, n: number) => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
const GRID = [-1e6, -1e3, ...grid(-60, 60, 24_000), 1e3, 1e6];

describe('claimed range holds', () => {
  test.each(all)('$id stays within its range', (a) => {
    const values = GRID.map(a.f);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    expect(lo).toBeGreaterThanOrEqual(a.range.min);
    expect(hi).toBeLessThanOrEqual(a.range.max);
    // Closed ends are attained somewhere on the grid (or at the computed minimum); finite open ends are approached.
    const minPoint = propertiesOf(a.id).minimum;
    if (a.range.closed[0]) expect(minPoint ? a.f(minPoint.x) : lo).toBe(a.range.min);
    else if (Number.isFinite(a.range.min)) expect(lo - a.range.min).toBeLessThan(1e-6);
    if (a.range.closed[1]) expect(hi).toBe(a.range.max);
    else if (Number.isFinite(a.range.max)) expect(a.range.max - hi).toBeLessThan(1e-6);
    else expect(hi).toBeGreaterThan(100);
  });
});

describe('claimed monotonicity holds', () => {
  test.each(all)('$id is $monotonicity', (a) => {
    const slopes = GRID.map(a.df);
    const diffs = GRID.slice(1).map((x, i) => a.f(x) - a.f(GRID[i]));
    switch (a.monotonicity) {
      case 'increasing':
        expect(diffs.every((d) => d >= 0)).toBe(true);
        expect(slopes.filter((s) => s > 0).length).toBeGreaterThan(GRID.length / 2);
        break;
      case 'non-decreasing':
        expect(diffs.every((d) => d >= 0)).toBe(true);
        expect(slopes.every((s) => s >= 0)).toBe(true);
        // Not strictly increasing: flat somewhere.
        expect(slopes.some((s) => s === 0)).toBe(true);
        break;
      case 'non-monotonic':
        expect(diffs.some((d) => d < 0)).toBe(true);
        expect(diffs.some((d) => d > 0)).toBe(true);
        break;
      default:
        throw new Error(`untested claim ${a.monotonicity}`);
    }
  });
});

describe('claimed smoothness holds', () => {
  const h = 1e-9;
  test.each(all)('$id is $smoothness', (a) => {
    expect(a.jumps.every((j) => a.kinks.includes(j))).toBe(true);
    const continuousAt = (g: (x: number) => number, x: number) => Math.abs(g(x + h) - g(x - h)) < 1e-6;
    if (a.smoothness === 'C^-1') {
      expect(a.jumps.length).toBeGreaterThan(0);
      for (const j of a.jumps) expect(continuousAt(a.f, j)).toBe(false);
      return;
    }
    expect(a.jumps).toEqual([]);
    for (const k of a.kinks) expect(continuousAt(a.f, k), `f continuous at ${k}`).toBe(true);
    if (a.smoothness === 'C^0') {
      // The claim is tight: f′ jumps at some kink.
      expect(a.kinks.some((k) => !continuousAt(a.df, k))).toBe(true);
    } else {
      for (const k of a.kinks) expect(continuousAt(a.df, k), `f′ continuous at ${k}`).toBe(true);
    }
    if (a.smoothness === 'C^inf') expect(a.kinks).toEqual([]);
    // Away from kinks f′ has no jumps: neighbouring grid slopes stay close.
    const fine = grid(-8, 8, 16_000).filter((x) => a.kinks.every((k) => Math.abs(x - k) > 2e-3));
    for (let i = 1; i < fine.length; i++) {
      if (fine[i] - fine[i - 1] > 2e-3) continue;
      expect(Math.abs(a.df(fine[i]) - a.df(fine[i - 1])), `f′ jumps near ${fine[i]}`).toBeLessThan(0.05);
    }
  });
});

describe('computed minimum', () => {
  const withMinimum = all.filter((a) => a.minimumBracket);
  test.each(withMinimum)('$id: f′ vanishes there and no grid point is lower', (a) => {
    const m = propertiesOf(a.id).minimum!;
    expect(Math.abs(a.df(m.x))).toBeLessThan(1e-15);
    for (const x of GRID) expect(a.f(x)).toBeGreaterThanOrEqual(m.value);
    expect(a.range.min).toBe(m.value);
  });
  test('GELU, SiLU and Mish minima agree with mpmath to full precision', () => {
    // mpmath, 50 digits: GELU min at x = −0.75179152469356…, value −0.16997120747990…;
    // SiLU at x = −1.27846454276107…, value −0.27846454276107…; Mish at x = −1.19243121951…, value −0.30884030…
    expect(propertiesOf('gelu').minimum!.x).toBeCloseTo(-0.7517915246935645, 14);
    expect(propertiesOf('gelu').minimum!.value).toBeCloseTo(-0.16997120747990366, 15);
    expect(propertiesOf('silu').minimum!.value).toBeCloseTo(-0.2784645427610738, 15);
    expect(propertiesOf('silu').minimum!.x - propertiesOf('silu').minimum!.value).toBeCloseTo(-1, 14);
    expect(propertiesOf('mish').minimum!.x).toBeCloseTo(-1.1924312, 6);
  });
});

describe('derivatives agree with a high-order finite difference away from kinks', () => {
  test.each(all)('$id', (a) => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
        const h = 1e-3;
        if (a.kinks.some((k) => Math.abs(x - k) < 5 * h)) return true;
        // Five-point stencil: error O(h⁴·f⁽⁵⁾).
        const fd = (-a.f(x + 2 * h) + 8 * a.f(x + h) - 8 * a.f(x - h) + a.f(x - 2 * h)) / (12 * h);
        return Math.abs(fd - a.df(x)) <= 1e-8 * Math.max(1, Math.abs(a.df(x)));
      }),
      { numRuns: 400, seed: 20261121 },
    );
  });
});

describe('identities', () => {
  const xs = fc.double({ min: -700, max: 700, noNaN: true });
  const close = (a: number, b: number, scale: number) =>
    Math.abs(a - b) <= 4 * Number.EPSILON * Math.max(scale, 1e-300);
  test('σ(x) + σ(−x) = 1', () => fc.assert(fc.property(xs, (x) => close(sigmoid(x) + sigmoid(-x), 1, 1))));
  test('SiLU(x) − SiLU(−x) = x', () =>
    fc.assert(fc.property(xs, (x) => close(activations.silu.f(x) - activations.silu.f(-x), x, Math.abs(x)))));
  test('GELU(x) − GELU(−x) = x', () =>
    fc.assert(fc.property(xs, (x) => close(activations.gelu.f(x) - activations.gelu.f(-x), x, Math.abs(x)))));
  test('softplus(x) − softplus(−x) = x', () =>
    fc.assert(
      fc.property(xs, (x) =>
        close(
          activations.softplus.f(x) - activations.softplus.f(-x),
          x,
          Math.max(Math.abs(x), activations.softplus.f(x)),
        ),
      ),
    ));
  test('log σ(x) = −softplus(−x)', () =>
    fc.assert(
      fc.property(xs, (x) =>
        close(activations['log-sigmoid'].f(x), -activations.softplus.f(-x), Math.abs(activations.softplus.f(-x))),
      ),
    ));
  test('tanh and tanhshrink are odd', () =>
    fc.assert(
      fc.property(
        xs,
        (x) =>
          activations.tanh.f(-x) === -activations.tanh.f(x) &&
          activations.tanhshrink.f(-x) === -activations.tanhshrink.f(x),
      ),
    ));
});

describe('finite inputs give finite outputs', () => {
  // Up to 1e300, where every true result is finite (SELU at 1.7e308 truly overflows),
  // except squared ReLU, whose x² truly overflows above √MAX_VALUE ≈ 1.34e154.
  const finiteUpTo: Record<string, number> = { 'squared-relu': Math.sqrt(Number.MAX_VALUE) };
  test.each(all)('$id', (a) =>
    fc.assert(
      fc.property(
        fc.double({ min: -1e300, max: finiteUpTo[a.id] ?? 1e300, noNaN: true }),
        (x) => Number.isFinite(a.f(x)) && Number.isFinite(a.df(x)),
      ),
      { numRuns: 2000, seed: 7 },
    ),
  );
  test.each(all)('$id never returns NaN for a non-NaN input, up to ±MAX_VALUE and ±∞', (a) => {
    // Snake′ = 1 + sin 2x has no limit at ±∞, so NaN is its right answer there (and only there).
    const noLimit = (x: number) => a.id === 'snake' && !Number.isFinite(x);
    for (const x of [Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1e308, Infinity, -Infinity, 5e-324, -5e-324]) {
      expect(a.f(x), `f(${x})`).not.toBeNaN();
      if (!noLimit(x)) expect(a.df(x), `f′(${x})`).not.toBeNaN();
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => !Number.isNaN(a.f(x)) && (noLimit(x) || !Number.isNaN(a.df(x)))),
      { numRuns: 2000, seed: 11 },
    );
  });
});
