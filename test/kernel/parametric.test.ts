import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import { PARAMETRIC } from '../../src/kernel/parameters';
import { loadActivation, loadFamily } from '../../src/kernel/lazy';
import { decimalDD } from '../../src/kernel/decimal';
import { LEAKY_SLOPE } from '../../src/kernel/generated/constants';
import type { Table } from '../../scripts/lib/kernel-fixtures';
import { MIN_NORMAL, ulpDistance } from '../../scripts/lib/ulp';

/**
 * The family functions behind the parameter sliders, at values other than the
 * defaults, against mpmath (test/fixtures/kernel/runner.py, PARAMETRIC). The
 * budgets are those of the registered activation (test/kernel/accuracy.test.ts)
 * plus what the parameter's own arithmetic adds: one rounding for α·expm1 or a
 * division by a parameter.
 */
const EXACT = 0;
const ONE_ROUNDING = 1;
const FEW = 3;
const TARGET = 4;

const BUDGETS: Record<string, { f: number; df: number }> = {
  'leaky-relu': { f: ONE_ROUNDING, df: ONE_ROUNDING },
  prelu: { f: ONE_ROUNDING, df: ONE_ROUNDING },
  rrelu: { f: ONE_ROUNDING, df: ONE_ROUNDING },
  elu: { f: FEW, df: FEW },
  celu: { f: FEW, df: FEW },
  softplus: { f: FEW, df: FEW },
  silu: { f: FEW, df: FEW },
  'swish-beta-4': { f: FEW, df: FEW },
  hardtanh: { f: EXACT, df: EXACT },
  softshrink: { f: ONE_ROUNDING, df: EXACT },
  hardshrink: { f: EXACT, df: EXACT },
  // b/2/(s·(s − x)) below −√b/2: hypot's error in s enters twice once √b is not exact (b = 4 stays within FEW).
  squareplus: { f: FEW, df: TARGET },
  snake: { f: FEW, df: FEW },
};

const DIR = join(import.meta.dirname, '..', 'fixtures', 'kernel', 'parametric');
interface ParametricFixture {
  id: string;
  params: Record<string, number>;
  f: Table;
  df: Table;
}
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ParametricFixture] as const);

/**
 * Snake_a′ = 1 + sin(2ax) for |ax| > 2⁵²: ax is then h + l with l ≥ 1, and near
 * a double root of 1 + sin its value depends on the phase to below 1e-18, which
 * no double-precision argument reduction of a sum gives. Measured: ≤ 20 ulp.
 */
const FAR_PHASE = 32;
const farPhase = (f: ParametricFixture, x: number) => f.id === 'snake' && Math.abs(x * f.params.a) > 2 ** 52;

function worst(fn: (x: number) => number, table: Table, skip: (x: number) => boolean = () => false) {
  let w = { ulps: 0, x: NaN, got: NaN, expected: NaN };
  for (const rows of Object.values(table))
    for (const [x, expected] of rows) {
      if (Math.abs(expected) < MIN_NORMAL || skip(x)) continue;
      const got = fn(x);
      const ulps = ulpDistance(got, expected);
      if (ulps > w.ulps) w = { ulps, x, got, expected };
    }
  return w;
}

describe('every parametric activation has a fixture away from its defaults', () => {
  test.each(Object.keys(PARAMETRIC))('%s', (id) => {
    expect(BUDGETS[id], `add a budget for ${id}`).toBeDefined();
    expect(fixtures.some(([, f]) => f.id === id)).toBe(true);
  });
});

describe.each(fixtures)('%s matches mpmath', (key, fixture) => {
  test.each(['f', 'df'] as const)(`${key} %s within its budget`, async (q) => {
    const make = await loadFamily[fixture.id]();
    const a = make(fixture.params);
    const w = worst(q === 'f' ? a.f : a.df, fixture[q], q === 'df' ? (x) => farPhase(fixture, x) : undefined);
    if (q === 'df' && fixture.id === 'snake') {
      const far = worst(a.df, fixture.df, (x) => !farPhase(fixture, x));
      expect(far.ulps, `${key} df far out: ${far.ulps} ulp at x = ${far.x}`).toBeLessThanOrEqual(FAR_PHASE);
    }
    expect(Object.values(fixture[q]).flat().length).toBeGreaterThan(400);
    expect(
      w.ulps,
      `${key} ${q}: ${w.ulps} ulp at x = ${w.x}: got ${w.got}, expected ${w.expected}`,
    ).toBeLessThanOrEqual(BUDGETS[fixture.id][q]);
  });
});

describe('the parameter table', () => {
  test.each(Object.entries(PARAMETRIC))(
    '%s: one control per registered parameter, defaults on the grid',
    (id, controls) => {
      const defaults = activations[id].params;
      expect(controls.map((c) => c.name).sort()).toEqual(Object.keys(defaults).sort());
      for (const c of controls) {
        const v = defaults[c.name];
        expect(c.min).toBeLessThan(c.max);
        expect(v).toBeGreaterThanOrEqual(c.min);
        expect(v).toBeLessThanOrEqual(c.max);
        if (c.step !== 'any') {
          const k = (v - c.min) / c.step;
          expect(Math.abs(k - Math.round(k)), `${id} ${c.name} = ${v} is not min + k·step`).toBeLessThan(1e-9);
        }
      }
    },
  );

  test('every parametric id has a family loader, no more', () => {
    expect(Object.keys(loadFamily).sort()).toEqual(Object.keys(PARAMETRIC).sort());
  });

  test.each(Object.keys(PARAMETRIC))('%s: the family at the defaults computes what the registry does', async (id) => {
    const a = (await loadFamily[id]())(activations[id].params);
    const r = activations[id];
    expect([a.id, a.name, a.tex, a.dtex, a.kinks, a.jumps, a.smoothness]).toEqual([
      r.id,
      r.name,
      r.tex,
      r.dtex,
      r.kinks,
      r.jumps,
      r.smoothness,
    ]);
    for (let x = -8; x <= 8; x += 0.37) {
      expect(Object.is(a.f(x), r.f(x)), `${id} f(${x})`).toBe(true);
      expect(Object.is(a.df(x), r.df(x)), `${id} df(${x})`).toBe(true);
    }
  });

  test('a decimal parameter is the decimal: 0.01 is the generated double-double of 1/100', () => {
    expect(decimalDD(0.01)).toEqual(LEAKY_SLOPE);
    expect(decimalDD(0.25)).toEqual([0.25, 0]);
    expect(decimalDD(3)).toEqual([3, 0]);
  });
});

describe('lazy loaders', () => {
  test('cover every registered id, no more', () => {
    expect(Object.keys(loadActivation).sort()).toEqual(Object.keys(activations).sort());
  });
  test.each(Object.keys(activations))('%s loads the registry’s own functions', async (id) => {
    const a = await loadActivation[id]();
    expect(a.f).toBe(activations[id].f);
    expect(a.df).toBe(activations[id].df);
    expect(a.name).toBe(activations[id].name);
  });
});
