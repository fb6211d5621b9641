import { describe, expect, test } from 'vitest';
import { cos, sin } from '../../src/kernel/trig';
import { ulpDistance } from '../../scripts/lib/ulp';

// Our sin/cos must be as good as the engine's (both within 1 ulp of the exact value, so at most 2 apart); the point
// of having them is that they are plain arithmetic, the same bits in Node and in every browser.
describe('sin and cos in plain arithmetic', () => {
  const xs: number[] = [];
  let seed = 1;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (const scale of [1e-300, 1e-8, 0.5, 1, 3, 10, 1e3, 1e5, 1.5e6])
    for (let i = 0; i < 2000; i++) xs.push(next() * scale);
  // Near multiples of π/2, where reduction cancels.
  for (let k = -2000; k <= 2000; k++) for (const d of [0, 1e-12, -1e-9]) xs.push((k * Math.PI) / 2 + d);

  test.each([
    ['sin', sin, Math.sin],
    ['cos', cos, Math.cos],
  ] as const)('%s is within 2 ulp of the engine’s', (_name, ours, engine) => {
    let worst = 0;
    for (const x of xs) {
      const a = ours(x);
      const b = engine(x);
      // Near a zero both are accurate in absolute terms; compare relative to the argument's own scale there.
      const u = Math.abs(b) < 1e-8 ? Math.abs(a - b) / (Number.EPSILON * Math.max(1, Math.abs(x))) : ulpDistance(a, b);
      worst = Math.max(worst, u);
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  test('special values', () => {
    expect(Object.is(sin(-0), -0)).toBe(true);
    expect(cos(0)).toBe(1);
    expect(sin(NaN)).toBeNaN();
    expect(sin(Infinity)).toBeNaN();
    expect(sin(1e300)).toBe(Math.sin(1e300));
  });
});
