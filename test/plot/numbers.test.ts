import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/plot/format';
import { formatTick, linearScale, nice, ticks, tickStep } from '../../src/plot/scale';
import { compact, pathData } from '../../src/plot/path';

describe('formatNumber', () => {
  test.each([
    [0, 2, '0'],
    [-0, 2, '0'],
    [Infinity, 2, '∞'],
    [-Infinity, 2, '−∞'],
    [-0.16997, 2, '−0.17'],
    [0.16997, 3, '0.17'],
    [0.16997, 4, '0.17'],
    [1.23456, 3, '1.23'],
    [2.5, 1, '3'],
    // Exponents only for the very small and the very large, with ×10^.
    [1e-4, 2, '0.0001'],
    [9.9e-5, 2, '9.9×10^-5'],
    [-9.9e-5, 2, '−9.9×10^-5'],
    [999999, 2, '1000000'],
    [1e6, 2, '1.0×10^+6'],
    [-2.5e6, 3, '−2.50×10^+6'],
  ])('formatNumber(%d, %i) = %s', (v, digits, expected) => expect(formatNumber(v, digits)).toBe(expected));
  test('two significant digits by default', () => expect(formatNumber(Math.PI)).toBe('3.1'));
});

describe('linearScale', () => {
  test('maps the ends of the domain onto the ends of the range, and keeps both', () => {
    const x = linearScale([-4, 4], [0, 400]);
    expect([x(-4), x(0), x(4), x(6)]).toEqual([0, 200, 400, 500]);
    expect([x.invert(0), x.invert(100), x.invert(400)]).toEqual([-4, -2, 4]);
    expect(x.domain).toEqual([-4, 4]);
    expect(x.range).toEqual([0, 400]);
  });
  test('a domain not starting at zero is shifted, not only scaled', () => {
    const x = linearScale([2, 4], [10, 30]);
    expect(x(3)).toBe(20);
    expect(x.invert(20)).toBe(3);
  });
});

describe('tickStep, ticks, nice', () => {
  test.each([
    [0, 8, 5, 2], // raw 1.6: ≥ 1.41 → 2
    [0, 7, 5, 1], // raw 1.4: < 1.41 → 1
    [0, 15.8, 5, 5], // raw 3.16: ≥ 3.16 → 5
    [0, 15.7, 5, 2], // raw 3.14 → 2
    [0, 35.35, 5, 10], // raw 7.07 → 10
    [0, 35.3, 5, 5], // raw 7.06 → 5
    [0, 0.08, 4, 0.02],
    [0, 10, 0, 10], // a count of 0 is treated as 1
  ])('tickStep(%d, %d, %i) = %d', (lo, hi, count, step) => expect(tickStep(lo, hi, count)).toBeCloseTo(step, 12));
  test('ticks include both ends when they are multiples of the step, and nothing outside', () => {
    expect(ticks(-1, 1, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(ticks(-0.9, 0.9, 4)).toEqual([-0.5, 0, 0.5]);
    expect(ticks(0.1, 0.7, 6)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });
  test('ticks have no negative zero', () => {
    for (const t of ticks(-2, 2, 4)) expect(Object.is(t, -0)).toBe(false);
  });
  test('large steps need no decimals', () => expect(ticks(0, 2000, 2)).toEqual([0, 1000, 2000]));
  test('nice widens an empty interval by one on each side and rounds ends to whole steps', () => {
    expect(nice(3, 3, 5)).toEqual([2, 4]);
    expect(nice(-4, 4, 4)).toEqual([-4, 4]);
    expect(nice(-3.9, 3.9, 4)).toEqual([-4, 4]);
    expect(nice(0.1, 0.9, 4)).toEqual([0, 1]);
  });
  test.each([
    [0, '0'],
    [2, '2'],
    [-2, '−2'],
    [0.30000000000000004, '0.3'],
    [1234567, '1234570'],
    [-0.0001, '−0.0001'],
  ])('formatTick(%d) = %s', (v, s) => expect(formatTick(v)).toBe(s));
});

describe('compact and pathData', () => {
  test.each([
    [0, '0'],
    [-0, '0'],
    [0.5, '.5'],
    [-0.5, '-.5'],
    [10.5, '10.5'],
    [-10, '-10'],
  ])('compact(%d) = %s', (v, s) => expect(compact(v)).toBe(s));
  test('a move, then horizontal, vertical and diagonal steps, relative', () =>
    expect(
      pathData(
        [
          [
            [0, 0],
            [10, 0],
            [10, 5],
            [12, 7],
          ],
        ],
        1,
      ),
    ).toBe('M0 0h10v5l2 2'));
  test('repeated diagonal steps drop the repeated l; a minus sign or a second dot separates numbers', () => {
    expect(
      pathData(
        [
          [
            [0, 0],
            [1, 1],
            [2, 2],
            [3, 1],
            [3.5, 1.5],
            [4, 2],
          ],
        ],
        1,
      ),
    ).toBe('M0 0l1 1 1 1 1-1 .5.5.5.5');
  });
  test('a dot after an integer needs a space', () =>
    expect(
      pathData(
        [
          [
            [0, 0],
            [1, 0.5],
          ],
        ],
        1,
      ),
    ).toBe('M0 0l1 .5'));
  test('a leading dot after a step ending in a fraction joins without a space', () =>
    expect(
      pathData(
        [
          [
            [0, 0],
            [0.5, 0.5],
            [1, 1],
          ],
        ],
        1,
      ),
    ).toBe('M0 0l.5.5.5.5'));
  test('steps are rounded to the decimals, so rounding errors do not build up', () =>
    expect(
      pathData(
        [
          [
            [0, 0],
            [0.1, 0.2],
            [0.3, 0.5],
          ],
        ],
        1,
      ),
    ).toBe('M0 0l.1.2.2.3'));
  test('each polyline starts with its own absolute move', () =>
    expect(
      pathData(
        [
          [
            [0, 0],
            [1, 0],
          ],
          [
            [5, -5],
            [5, 0],
          ],
        ],
        0,
      ),
    ).toBe('M0 0h1M5-5v5'));
  test('a negative start joins its coordinates without a space', () =>
    expect(
      pathData(
        [
          [
            [-1, -2],
            [-1, -3],
          ],
        ],
        0,
      ),
    ).toBe('M-1-2v-1'));
});
