import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { activations, propertiesOf } from '../../src/kernel';
import { bracketedRoot, maxAbsDifference } from '../../src/kernel/queries';

interface Case {
  kind: 'minimum' | 'maxdiff';
  ids: string[];
  lo: number | null;
  hi: number | null;
  x: number;
  value: number;
}
// Written by test/fixtures/queries/runner.py (mpmath, 50 digits, its own root finder).
const cases = JSON.parse(readFileSync('test/fixtures/queries/queries.json', 'utf8')) as Case[];
const f = (id: string) => activations[id].f;
const df = (id: string) => activations[id].df;

// A maximum is flat: f(x*+δ) − f(x*) ~ δ², so the value is exact to ~1e-15 while the
// location is only determined to ~√ε relative. The budgets say so.
const VALUE_REL = 1e-12;
const X_ABS = 1e-6;

describe('maxAbsDifference finds the largest gap mpmath finds', () => {
  test.each(cases.filter((c) => c.kind === 'maxdiff'))('$ids on [$lo, $hi]', (c) => {
    const r = maxAbsDifference(f(c.ids[0]), f(c.ids[1]), c.lo!, c.hi!);
    expect(Math.abs(r.value - c.value) / c.value).toBeLessThan(VALUE_REL);
    // |f − g| can be symmetric (GELU and its approximations differ by an odd function): compare |x|.
    expect(Math.abs(Math.abs(r.x) - Math.abs(c.x))).toBeLessThan(X_ABS);
  });

  test('reports an end of the interval when the gap grows toward it', () => {
    const r = maxAbsDifference(
      (x) => x,
      () => 0,
      -1,
      2,
    );
    expect(r).toEqual({ x: 2, value: 2 });
  });

  test('refuses an empty or infinite interval', () => {
    expect(() => maxAbsDifference(Math.sin, Math.cos, 1, 1)).toThrow(/A < B/);
    expect(() => maxAbsDifference(Math.sin, Math.cos, 0, Infinity)).toThrow(/finite/);
  });
});

describe('bracketedRoot finds the zero of the derivative at each minimum', () => {
  test.each(cases.filter((c) => c.kind === 'minimum'))('$ids', (c) => {
    const x = bracketedRoot(df(c.ids[0]), -3, 0);
    // A simple root of f′ is well conditioned: bisection gets it to a few ulps.
    expect(Math.abs(x - c.x)).toBeLessThan(4 * Number.EPSILON * Math.abs(c.x) + 1e-15);
    expect(Math.abs(f(c.ids[0])(x) - c.value) / Math.abs(c.value)).toBeLessThan(VALUE_REL);
  });

  test('agrees with the registry minimum where one is declared', () => {
    for (const c of cases.filter((k) => k.kind === 'minimum' && activations[k.ids[0]].minimumBracket)) {
      expect(Math.abs(propertiesOf(c.ids[0]).minimum!.value - c.value) / Math.abs(c.value)).toBeLessThan(VALUE_REL);
    }
  });

  test('returns an end that is itself a root', () => {
    expect(bracketedRoot((x) => x - 1, 1, 2)).toBe(1);
  });

  test('names the values when there is no sign change', () => {
    expect(() => bracketedRoot((x) => x * x + 1, -1, 1)).toThrow(
      'no sign change on [-1, 1]: the function is 2.00 at -1 and 2.00 at 1',
    );
  });
});
