import { describe, expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import { describeDerivative } from '../../src/plot/describe';

describe('describeDerivative states the true extremes, not the nearest grid values', () => {
  test('Snake′ = 1 + sin 2x touches 0 between grid points: the sentence says 0, not a grid residue', () => {
    expect(describeDerivative(activations.snake, [-6, 6])).toBe('between 0 and 2 on this range, 1 at x = 0');
  });
  test('GELU′ overshoot agrees with a 10⁶-point search to the three digits shown', () => {
    let max = -Infinity;
    for (let i = 0; i <= 1e6; i++) max = Math.max(max, activations.gelu.df(-4 + (8 * i) / 1e6));
    expect(describeDerivative(activations.gelu, [-4, 4])).toContain(
      `and ${String(Number(max.toPrecision(3)))} on this range`,
    );
  });
});

test('describeDerivative is remembered per function and range, not per function', () => {
  // Two ranges of one function, asked in turn: a cache keyed by the function alone would repeat the first answer.
  const wide = describeDerivative(activations.gelu, [-4, 4]);
  const right = describeDerivative(activations.gelu, [0, 4]);
  expect(right).not.toBe(wide);
  expect(right).not.toContain('at x = 0,');
  expect(describeDerivative(activations.gelu, [-4, 4])).toBe(wide);
  expect(describeDerivative(activations.relu, [-4, 4])).not.toBe(wide);
});
