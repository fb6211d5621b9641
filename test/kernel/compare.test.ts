import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activations } from '../../src/kernel';
import {
  asymptote,
  largestGap,
  largestSlopeGap,
  largestValueGap,
  meetings,
  meetingsOf,
} from '../../src/kernel/compare';

interface Row {
  a: string;
  b: string;
  domain: [number, number];
  gap: { x: number; difference: number };
  slopeGap: { x: number; difference: number };
  sign_changes: number[];
}
// Written by test/fixtures/pairs/runner.py (mpmath, 40 digits); never edited by hand.
const rows: Row[] = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/pairs/pairs.json'), 'utf8'));

describe('pair facts agree with mpmath', () => {
  test.each(rows)('$a vs $b: largest |f − g|', ({ a, b, domain, gap }) => {
    const ours = largestValueGap(activations[a], activations[b], domain);
    // The value is fixed to ~1e−12 relative. A maximum's position is only fixed to ~ε^½, or to ε^¼ where
    // the gap is flat to fourth order (the slope and curvature of Softplus − Squareplus both vanish at 0).
    expect(
      Math.abs(Math.abs(ours.difference) - Math.abs(gap.difference)),
      `ours ${ours.difference} at ${ours.x}`,
    ).toBeLessThan(1e-10 * Math.abs(gap.difference) + 1e-15);
    expect(Math.abs(Math.abs(ours.x) - Math.abs(gap.x))).toBeLessThan(1e-3);
  });
  test.each(rows)('$a vs $b: largest |f′ − g′|', ({ a, b, domain, slopeGap }) => {
    const ours = largestSlopeGap(activations[a], activations[b], domain);
    expect(
      Math.abs(Math.abs(ours.difference) - Math.abs(slopeGap.difference)),
      `ours ${ours.difference} at ${ours.x}`,
    ).toBeLessThan(1e-9 * Math.abs(slopeGap.difference) + 1e-14);
    expect(Math.abs(Math.abs(ours.x) - Math.abs(slopeGap.x))).toBeLessThan(1e-4);
  });
  test.each(rows)('$a vs $b: where the curves meet', ({ a, b, domain, sign_changes }) => {
    const ours = meetingsOf(activations[a], activations[b], domain).map((m) => (m.kind === 'equal' ? NaN : m.x));
    expect(ours.length).toBe(sign_changes.length);
    ours.forEach((x, i) =>
      expect(Math.abs(x - sign_changes[i]), `meeting ${i}: ${x} vs ${sign_changes[i]}`).toBeLessThan(1e-12),
    );
  });
});

describe('largest gap', () => {
  test('lands on a kink when the maximum is there', () => {
    // |Hardswish − SiLU| peaks at the kink x = −3, where Hardswish is 0 and SiLU(−3) = −3σ(−3).
    const g = largestValueGap(activations.hardswish, activations.silu, [-5, 4]);
    expect(g.x).toBe(-3);
    expect(g.difference).toBe(-activations.silu.f(-3));
  });
  test('reports a flat maximum as a stretch, not one arbitrary point', () => {
    // |1 − 0| on x < 0 for Identity′ vs ReLU′.
    const g = largestSlopeGap(activations.identity, activations.relu, [-4, 4]);
    expect(g.plateaus).toHaveLength(1);
    expect(g.plateaus[0][0]).toBe(-4);
    expect(g.plateaus[0][1]).toBeCloseTo(0, 8);
  });
  test('reads slopes beside a kink, never PyTorch’s value at the kink itself', () => {
    // Hardswish′(3) is 1.5 by PyTorch's convention, but the one-sided slopes are 1.5 (left) and 1 (right).
    const g = largestGap(activations.hardswish.df, (x) => (x > 3 ? 1 : 0), [2, 4], [3], [3]);
    expect(g.x).not.toBe(3);
  });
});

describe('meetings', () => {
  test('a touch without a sign change is not a crossing', () => {
    expect(meetingsOf(activations.gelu, activations.relu, [-4, 4])).toEqual([{ kind: 'touch', x: 0 }]);
  });
  test('stretches of equality reaching the end of the plot extend to infinity when they hold far beyond', () => {
    expect(meetingsOf(activations['leaky-relu'], activations.relu, [-4, 4])).toEqual([
      { kind: 'equal', from: 0, to: Infinity },
    ]);
    expect(meetingsOf(activations.hardshrink, activations.softshrink, [-2, 2])).toEqual([
      { kind: 'equal', from: -0.5, to: 0.5 },
    ]);
  });
  test('a jump across the other curve is not a meeting', () => {
    // The binary step jumps from 0 to 1 at 0, past σ(0) = 0.5, without ever equalling it.
    expect(meetingsOf(activations['binary-step'], activations.sigmoid, [-6, 6])).toEqual([]);
  });
  test('finds a crossing of two lines exactly', () => {
    expect(
      meetings(
        (x) => 2 * x - 1,
        (x) => x,
        [-3, 3],
      ),
    ).toEqual([{ kind: 'cross', x: 1 }]);
  });
});

describe('asymptotes', () => {
  test.each([
    ['tanhshrink', -1, { kind: 'line', slope: 1, offset: 1 }],
    ['tanhshrink', 1, { kind: 'line', slope: 1, offset: -1 }],
    ['softsign', 1, { kind: 'limit', value: 1 }],
    ['leaky-relu', -1, { kind: 'line', slope: 0.01, offset: 0 }],
    ['relu6', 1, { kind: 'limit', value: 6 }],
    ['softshrink', -1, { kind: 'line', slope: 1, offset: 0.5 }],
  ] as const)('%s at %i·∞', (id, side, expected) => {
    expect(asymptote(activations[id].f, side)).toEqual(expected);
  });
  test('SELU: the limit and slope come from its constants, λ and −λα', () => {
    const { alpha, lambda } = { alpha: 1.6732632423543772, lambda: 1.0507009873554805 };
    expect(asymptote(activations.selu.f, -1)).toEqual({
      kind: 'limit',
      value: Number((-lambda * alpha).toPrecision(9)),
    });
    expect(asymptote(activations.selu.f, 1)).toEqual({ kind: 'line', slope: Number(lambda.toPrecision(9)), offset: 0 });
  });
});

describe('plateau edges', () => {
  test('end on the kink, not on the point read beside it', () => {
    // |ReLU′ − Softshrink′| = 1 for x < −0.5 and on (0, 0.5).
    const g = largestSlopeGap(activations.relu, activations.softshrink, [-3, 3]);
    expect(g.plateaus).toEqual([
      [-3, -0.5],
      [0, 0.5],
    ]);
  });
});

describe('declared approximations', () => {
  const approximations = Object.values(activations).filter((a) => a.approximates);
  test('are the four the sources name', () => {
    expect(Object.fromEntries(approximations.map((a) => [a.id, a.approximates]))).toEqual({
      'gelu-tanh': 'gelu',
      'gelu-sigmoid': 'gelu',
      hardsigmoid: 'sigmoid',
      hardswish: 'silu',
    });
  });
  test.each(approximations)('$id stays close to $approximates and shares both asymptotes', (a) => {
    const exact = activations[a.approximates!];
    // Within 0.15 everywhere on [−50, 50], and the same behaviour at ±∞.
    const { difference } = largestValueGap(a, exact, [-50, 50]);
    expect(Math.abs(difference)).toBeLessThan(0.15);
    for (const side of [-1, 1] as const) expect(asymptote(a.f, side)).toEqual(asymptote(exact.f, side));
  });
});
