import { describe, expect, test } from 'vitest';
import { formatTick, linearScale, nice, ticks, tickStep } from '../../src/plot';

describe('linearScale', () => {
  test('maps the domain onto a reversed pixel range and back', () => {
    const y = linearScale([-1, 4], [300, 0]);
    expect(y(-1)).toBe(300);
    expect(y(4)).toBe(0);
    expect(y(1.5)).toBe(150);
    expect(y.invert(150)).toBe(1.5);
  });
});

describe('ticks', () => {
  test.each([
    [-4, 4, 8, [-4, -3, -2, -1, 0, 1, 2, 3, 4]],
    [-4, 4, 4, [-4, -2, 0, 2, 4]],
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [-0.3, 0.3, 6, [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]],
    [-40, 5, 5, [-40, -30, -20, -10, 0]],
  ])('ticks(%d, %d, %d) lands on exact decimals', (lo, hi, count, expected) => {
    expect(ticks(lo, hi, count)).toEqual(expected);
  });
  test('steps are 1, 2 or 5 times a power of ten', () => {
    for (const [lo, hi] of [
      [0, 7],
      [0, 0.013],
      [-1234, 5678],
      [0, 3],
    ]) {
      const step = tickStep(lo, hi, 5);
      const m = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5]).toContain(Number(m.toPrecision(6)));
    }
  });
  test('nice widens outward to whole steps', () => {
    expect(nice(-0.17, 3.9, 5)).toEqual([-1, 4]);
    expect(nice(0, 0.97, 5)).toEqual([0, 1]);
  });
  test('formatTick uses a true minus sign and no float noise', () => {
    expect(formatTick(-0.5)).toBe('−0.5');
    expect(formatTick(0.1 + 0.2)).toBe('0.3');
  });
});
