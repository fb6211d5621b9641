import { describe, expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import { limitOf, limitsOf, type Limit } from '../../src/kernel/facts';

const all = Object.values(activations);
const asNumber = (l: Limit) => (l.kind === 'finite' ? l.value : l.sign * Infinity);

describe('limits at ±∞', () => {
  // The range is a claim typed in each kernel file; the limits are read from f. For a monotone
  // function they must meet: the infimum and supremum of its image are its limits.
  test.each(all.filter((a) => a.monotonicity !== 'non-monotonic'))(
    '$id (monotone) tends to the ends of its claimed range',
    (a) => {
      const { minusInfinity, plusInfinity } = limitsOf(a);
      expect(asNumber(minusInfinity)).toBe(a.range.min);
      expect(asNumber(plusInfinity)).toBe(a.range.max);
    },
  );

  test.each(all.filter((a) => a.monotonicity === 'non-monotonic'))(
    '$id (non-monotonic) stays within its claimed range in both tails',
    (a) => {
      for (const l of Object.values(limitsOf(a))) {
        expect(asNumber(l)).toBeGreaterThanOrEqual(a.range.min);
        expect(asNumber(l)).toBeLessThanOrEqual(a.range.max);
      }
    },
  );

  test('linear tails have the slopes the parameters give them', () => {
    const slope = (id: string, sign: 1 | -1) => (limitOf(activations[id], sign) as { slope?: number }).slope;
    expect(slope('leaky-relu', -1)).toBe(activations['leaky-relu'].params.negativeSlope);
    expect(slope('prelu', -1)).toBe(activations.prelu.params.a);
    const { lower, upper } = activations.rrelu.params;
    expect(slope('rrelu', -1)).toBeCloseTo((lower + upper) / 2, 15);
    expect(slope('selu', 1)).toBeCloseTo(activations.selu.params.lambda, 15);
    for (const id of ['relu', 'gelu', 'silu', 'mish', 'softplus', 'squareplus', 'identity'])
      expect(slope(id, 1), id).toBe(1);
  });

  test('a tail still decaying at the far point is read as 0, and −0 is reported as 0', () => {
    expect(limitOf(activations.squareplus, -1)).toEqual({ kind: 'finite', value: 0 });
    expect(Object.is((limitOf(activations.gelu, -1) as { value: number }).value, 0)).toBe(true);
  });

  test('a tail that neither settles nor grows is refused, not guessed', () => {
    expect(() => limitOf({ id: 'wave', f: Math.sin }, 1)).toThrow(/wave: cannot classify/);
    expect(() => limitOf({ id: 'log', f: (x) => Math.log(Math.abs(x)) }, 1)).toThrow(/log: cannot classify/);
  });

  test('growth faster than linear has no slope', () => {
    expect(limitOf({ id: 'square', f: (x) => (x > 0 ? Math.min(x * x, Number.MAX_VALUE) : 0) }, 1)).toEqual({
      kind: 'infinite',
      sign: 1,
    });
  });
});
