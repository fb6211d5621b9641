import { describe, expect, test } from 'vitest';
import { activations, erf, erfc, gatedActivations, normalCdf } from '../../src/kernel';

const ids = Object.keys(activations);

describe('NaN in, NaN out', () => {
  test.each(ids)('%s', (id) => {
    expect(activations[id].f(NaN)).toBeNaN();
    expect(activations[id].df(NaN)).toBeNaN();
  });
});

describe('infinite inputs give the mathematical limits', () => {
  // [f(−∞), f(+∞), f′(−∞), f′(+∞)]
  const LIMITS: Record<string, [number, number, number, number]> = {
    identity: [-Infinity, Infinity, 1, 1],
    relu: [0, Infinity, 0, 1],
    relu6: [0, 6, 0, 0],
    'leaky-relu': [-Infinity, Infinity, 0.01, 1],
    prelu: [-Infinity, Infinity, 0.25, 1],
    rrelu: [-Infinity, Infinity, 11 / 48, 1],
    'binary-step': [0, 1, 0, 0],
    elu: [-1, Infinity, 0, 1],
    selu: [-1.7580993408473766, Infinity, 0, 1.0507009873554805],
    celu: [-1, Infinity, 0, 1],
    gelu: [0, Infinity, 0, 1],
    'gelu-tanh': [0, Infinity, 0, 1],
    'gelu-sigmoid': [0, Infinity, 0, 1],
    sigmoid: [0, 1, 0, 0],
    'log-sigmoid': [-Infinity, 0, 1, 0],
    softplus: [0, Infinity, 0, 1],
    silu: [0, Infinity, 0, 1],
    mish: [0, Infinity, 0, 1],
    tanh: [-1, 1, 0, 0],
    softsign: [-1, 1, 0, 0],
    tanhshrink: [-Infinity, Infinity, 1, 1],
    hardsigmoid: [0, 1, 0, 0],
    hardtanh: [-1, 1, 0, 0],
    hardswish: [0, Infinity, 0, 1],
    softshrink: [-Infinity, Infinity, 1, 1],
    hardshrink: [-Infinity, Infinity, 1, 1],
    squareplus: [0, Infinity, 0, 1],
    'squared-relu': [0, Infinity, 0, Infinity],
    'swish-beta-4': [0, Infinity, 0, 1],
    // Snake′ = 1 + sin 2x oscillates for ever: no limit, so NaN.
    snake: [-Infinity, Infinity, NaN, NaN],
  };
  test.each(ids)('%s', (id) => {
    const a = activations[id];
    expect(LIMITS[id], `state the limits of ${id}`).toBeDefined();
    const [fm, fp, dm, dp] = LIMITS[id];
    const limit = (got: number, want: number) =>
      Number.isNaN(want) ? expect(got).toBeNaN() : expect(got).toBeCloseTo(want, 15);
    limit(a.f(-Infinity), fm);
    expect(a.f(Infinity)).toBe(fp);
    limit(a.df(-Infinity), dm);
    limit(a.df(Infinity), dp);
  });
});

describe('signed zero', () => {
  const ODD = [
    'identity',
    'gelu',
    'gelu-tanh',
    'gelu-sigmoid',
    'silu',
    'swish-beta-4',
    'snake',
    'mish',
    'tanh',
    'softsign',
    'tanhshrink',
    'leaky-relu',
    'prelu',
    'rrelu',
    'elu',
    'celu',
    'hardtanh',
  ];
  test.each(ODD)('%s(−0) is −0', (id) => {
    expect(Object.is(activations[id].f(-0), -0)).toBe(true);
  });
  test('relu(−0) is +0, as max(0, x) in PyTorch', () => {
    expect(Object.is(activations.relu.f(-0), 0)).toBe(true);
  });
  test('erf keeps the sign of zero; erfc(±0) = 1', () => {
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erfc(-0)).toBe(1);
  });
});

describe('new one-input functions at their edges', () => {
  test('squared ReLU overflows to +∞ exactly where x² does, and is +0 for x ≤ 0', () => {
    const f = activations['squared-relu'].f;
    // 2^512 squared is 2^1024, the first power of two above the largest double.
    expect(f(2 ** 511)).toBe(2 ** 1022);
    expect(f(2 ** 512)).toBe(Infinity);
    expect(Object.is(f(-0), 0)).toBe(true);
    expect(Object.is(f(-1e300), 0)).toBe(true);
  });
  test('Snake′ vanishes at −π/4 + kπ and nowhere is negative', () => {
    const { df } = activations.snake;
    for (const k of [-3, 0, 1, 1e6]) expect(df(-Math.PI / 4 + k * Math.PI)).toBeLessThan(1e-9);
    for (let x = -20; x <= 20; x += 0.001) expect(df(x)).toBeGreaterThanOrEqual(0);
  });
  test('Swish-β at β = 4 is SiLU at 4x, scaled: x·σ(4x) = SiLU(4x)/4', () => {
    for (const x of [-3, -0.3, 0.01, 2])
      expect(activations['swish-beta-4'].f(x)).toBeCloseTo(activations.silu.f(4 * x) / 4, 15);
  });
});

describe('error function family', () => {
  test('erf, erfc and Φ at ±∞ and NaN', () => {
    expect([erf(-Infinity), erf(Infinity), erfc(-Infinity), erfc(Infinity)]).toEqual([-1, 1, 2, 0]);
    expect([normalCdf(-Infinity), normalCdf(Infinity)]).toEqual([0, 1]);
    expect([erf(NaN), erfc(NaN), normalCdf(NaN)].every(Number.isNaN)).toBe(true);
  });
  test('GELU(−10) keeps its tiny negative value where the naive formula returns −0', () => {
    // True value from mpmath: −7.619853024160526e−23 (see ../shared/BRIEF.md).
    expect(activations.gelu.f(-10)).toBeCloseTo(-7.619853024160526e-23, 37);
    const naive = -10 * 0.5 * (1 + erf(-10 / Math.SQRT2));
    expect(naive).toBe(-0);
  });
  test('Φ underflows through the subnormals to 0, never NaN', () => {
    let previous = normalCdf(-37);
    for (let x = -37; x > -40; x -= 0.01) {
      const v = normalCdf(x);
      expect(v).not.toBeNaN();
      expect(v).toBeLessThanOrEqual(previous);
      previous = v;
    }
    expect(normalCdf(-39)).toBe(0);
  });
});

describe('gated family', () => {
  test.each(Object.values(gatedActivations))('$id: f(a, b) = g(a)·b with consistent partials', (g) => {
    for (const [a, b] of [
      [-2, 3],
      [0.5, -1],
      [1.5, 0.25],
    ]) {
      const h = 1e-6;
      expect(g.dfb(a, b)).toBeCloseTo(g.f(a, b) / b, 12);
      expect(g.dfa(a, b)).toBeCloseTo((g.f(a + h, b) - g.f(a - h, b)) / (2 * h), 6);
    }
  });
  test('SwiGLU(a, b) = SiLU(a)·b and GEGLU(a, b) = GELU(a)·b', () => {
    expect(gatedActivations.swiglu.f(1.3, 2)).toBe(activations.silu.f(1.3) * 2);
    expect(gatedActivations.geglu.f(-0.4, 3)).toBe(activations.gelu.f(-0.4) * 3);
    expect(gatedActivations.bilinear.f(3, 4)).toBe(12);
  });
});
