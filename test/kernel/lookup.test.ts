import { describe, expect, test } from 'vitest';
import { activations, gatedActivations, isActivationId, isGatedId } from '../../src/kernel';
import { activationFigure, gatedFigure } from '../../src/plot';
import { plotFunctionProblems } from '../../src/plot/function-ids';

/** Row 16 of the hostile-input review: ids from content are looked up as own keys only. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('kernel ids are own keys', () => {
  test.each(PROTOTYPE_NAMES)('"%s" is neither an activation nor a gated unit', (id) => {
    expect(isActivationId(id)).toBe(false);
    expect(isGatedId(id)).toBe(false);
    expect(id in activations).toBe(false);
    expect(id in gatedActivations).toBe(false);
  });
  test.each(PROTOTYPE_NAMES)('drawing "%s" fails with "unknown", not "is not a function"', (id) => {
    expect(() => activationFigure({ fn: id })).toThrow(/unknown activation/);
    expect(() => gatedFigure(id)).toThrow(/unknown gated unit/);
  });
  test('real ids still resolve', () => {
    expect(isActivationId('gelu')).toBe(true);
    expect(isGatedId('swiglu')).toBe(true);
  });
});

describe('plot function problems (row 27)', () => {
  test('a gated unit in compare says it cannot be overlaid, not "did you mean"', () => {
    const [p] = plotFunctionProblems('relu', ['swiglu']);
    expect(p.field).toBe('compare[0]');
    expect(p.message).toContain('"swiglu" is a gated unit f(a, b) of two inputs');
    expect(p.message).not.toContain('did you mean');
  });
  test('a typo still gets a suggestion', () => {
    expect(plotFunctionProblems('gelo', [])[0].message).toContain('did you mean "gelu"?');
  });
});
