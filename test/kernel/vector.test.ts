import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  activations,
  entmax15,
  logSoftmax,
  logSumExp,
  maxout,
  maxoutKinks,
  sigmoid,
  softmax,
  sparsemax,
} from '../../src/kernel';
import { ulpDistance } from '../../scripts/lib/ulp';

const sum = (p: number[]) => p.reduce((a, b) => a + b, 0);
const scores = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 });

describe('log-sum-exp', () => {
  test('LSE([x, 0]) is softplus(x) (tested against mpmath) to within 2 ulp, through both tails', () => {
    for (const x of [-745, -700, -40, -3, -1e-9, 0, 1e-9, 0.5, 3, 19.9, 20.1, 40, 700, 1e300]) {
      expect(ulpDistance(logSumExp([x, 0]), activations.softplus.f(x)), `x = ${x}`).toBeLessThanOrEqual(2);
    }
  });
  test('it lies between max z and max z + log n, and shifts with z', () =>
    fc.assert(
      fc.property(scores, fc.double({ min: -100, max: 100, noNaN: true }), (z, c) => {
        const l = logSumExp(z);
        const m = Math.max(...z);
        const shifted = logSumExp(z.map((v) => v + c));
        return (
          l >= m &&
          l <= m + Math.log(z.length) + 1e-12 &&
          Math.abs(shifted - (l + c)) <= 1e-12 * Math.max(1, Math.abs(l + c))
        );
      }),
    ));
  test('no overflow where exp(z) overflows; special values', () => {
    expect(logSumExp([1000, 1000])).toBe(1000 + Math.LN2);
    expect(logSumExp([-1000, -1000])).toBe(-1000 + Math.LN2);
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([1, NaN])).toBeNaN();
    expect(logSumExp([1, Infinity])).toBe(Infinity);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([-Infinity, 2])).toBe(2);
  });
});

describe('softmax', () => {
  test('is a probability vector and ignores a common shift', () =>
    fc.assert(
      fc.property(scores, fc.double({ min: -100, max: 100, noNaN: true }), (z, c) => {
        const p = softmax(z);
        const q = softmax(z.map((v) => v + c));
        return (
          p.every((v) => v >= 0 && v <= 1) &&
          Math.abs(sum(p) - 1) <= 1e-14 &&
          p.every((v, i) => Math.abs(v - q[i]) <= 1e-12)
        );
      }),
    ));
  test('the two-class slice softmax([x, 0])₁ is σ(x) to within 2 ulp', () => {
    for (const x of [-700, -30, -2, -1e-8, 0, 0.7, 5, 36, 700])
      expect(ulpDistance(softmax([x, 0])[0], sigmoid(x)), `x = ${x}`).toBeLessThanOrEqual(2);
  });
  test('temperature: softmax(z, T) = softmax(z/T); T → 0 approaches one-hot, large T uniform', () => {
    const z = [1, 0.5, -0.5];
    const a = softmax(z, 0.25);
    const b = softmax(z.map((v) => v / 0.25));
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 15));
    const cold = softmax(z, 0.01);
    expect(cold[0]).toBe(1);
    expect(cold[1] / Math.exp(-50)).toBeCloseTo(1, 12);
    softmax(z, 1e6).forEach((v) => expect(v).toBeCloseTo(1 / 3, 5));
  });
  test('large logits do not overflow', () => {
    expect(softmax([1000, 0])).toEqual([1, 0]);
    expect(softmax([Infinity, Infinity, 0])).toEqual([0.5, 0.5, 0]);
    expect(softmax([1, NaN]).every(Number.isNaN)).toBe(true);
  });
});

describe('log-softmax', () => {
  test('log softmax([x, 0])₁ is log σ(x) (tested against mpmath) to within 2 ulp', () => {
    for (const x of [-1e300, -800, -40, -2, -1e-9, 0.3, 4, 30]) {
      expect(ulpDistance(logSoftmax([x, 0])[0], activations['log-sigmoid'].f(x)), `x = ${x}`).toBeLessThanOrEqual(2);
    }
  });
  test('stays finite where softmax underflows to 0 and log would give −∞', () => {
    expect(softmax([-1000, 0])[0]).toBe(0);
    expect(logSoftmax([-1000, 0])[0]).toBe(-1000);
  });
  test('exp(log-softmax) is softmax and its entries are ≤ 0', () =>
    fc.assert(
      fc.property(scores, (z) => {
        const l = logSoftmax(z);
        const p = softmax(z);
        return l.every((v, i) => v <= 0 && Math.abs(Math.exp(v) - p[i]) <= 1e-14);
      }),
    ));
});

/** The projection's optimality conditions: p on the simplex, zᵢ − pᵢ = τ on the support, zᵢ ≤ τ off it. */
function isProjection(z: number[], p: number[]): boolean {
  if (Math.abs(sum(p) - 1) > 1e-12 || p.some((v) => v < 0)) return false;
  const support = p.map((v, i) => [v, i] as const).filter(([v]) => v > 0);
  const tau = z[support[0][1]] - support[0][0];
  const tol = 1e-12 * Math.max(1, ...z.map(Math.abs));
  return support.every(([v, i]) => Math.abs(z[i] - v - tau) <= tol) && p.every((v, i) => v > 0 || z[i] <= tau + tol);
}

describe('sparsemax', () => {
  test('is the Euclidean projection onto the simplex (its optimality conditions hold)', () =>
    fc.assert(fc.property(scores, (z) => isProjection(z, sparsemax(z)))));
  test('the two-class slice is clip((x + 1)/2, 0, 1)', () => {
    for (const x of [-5, -1, -0.999, -0.3, 0, 0.25, 0.999, 1, 7])
      expect(sparsemax([x, 0])[0]).toBeCloseTo(Math.min(Math.max((x + 1) / 2, 0), 1), 15);
  });
  test('gives exact zeros: z = (1, 0.5, −0.5) → (0.75, 0.25, 0)', () => {
    expect(sparsemax([1, 0.5, -0.5])).toEqual([0.75, 0.25, 0]);
    expect(sparsemax([3, 0, 0])).toEqual([1, 0, 0]);
    expect(sparsemax([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  test('a masked score (−∞) gets 0; NaN or +∞ give NaN', () => {
    const p = sparsemax([-Infinity, 0.2, 0]);
    expect(p[0]).toBe(0);
    expect(p[1]).toBeCloseTo(0.6, 15);
    expect(p[2]).toBeCloseTo(0.4, 15);
    expect(sparsemax([NaN, 0]).every(Number.isNaN)).toBe(true);
    expect(sparsemax([Infinity, 0]).every(Number.isNaN)).toBe(true);
  });
});

describe('1.5-entmax', () => {
  test('is a probability vector of the form max(z/2 − τ, 0)² with one τ', () =>
    fc.assert(
      fc.property(scores, (z) => {
        const p = entmax15(z);
        if (Math.abs(sum(p) - 1) > 1e-12) return false;
        const i = p.indexOf(Math.max(...p));
        const tau = z[i] / 2 - Math.sqrt(p[i]);
        const tol = 1e-9 * Math.max(1, ...z.map(Math.abs));
        return p.every((v, j) => (v > 0 ? Math.abs(z[j] / 2 - Math.sqrt(v) - tau) <= tol : z[j] / 2 <= tau + tol));
      }),
    ));
  test('sits between softmax and sparsemax on a three-class example', () => {
    const z = [1, 0.5, -0.5];
    const e = entmax15(z);
    expect(e[2]).toBeGreaterThan(0);
    expect(e[2]).toBeLessThan(softmax(z)[2]);
    expect(e[0]).toBeGreaterThan(softmax(z)[0]);
    expect(e[0]).toBeLessThan(sparsemax(z)[0]);
    expect(entmax15([4, 0, 0])).toEqual([1, 0, 0]);
  });
});

describe('maxout', () => {
  test('two pieces 0 and x make ReLU; x and −x make |x| (Goodfellow et al., Figure 1)', () => {
    const relu = [
      { w: 0, b: 0 },
      { w: 1, b: 0 },
    ];
    const abs = [
      { w: -1, b: 0 },
      { w: 1, b: 0 },
    ];
    for (const x of [-3, -0.5, 0, 2]) {
      expect(maxout(relu, x)).toBe(activations.relu.f(x));
      expect(maxout(abs, x)).toBe(Math.abs(x));
    }
    expect(maxoutKinks(relu)).toEqual([0]);
  });
  test('kinks are where the active piece changes; dominated pieces add none', () => {
    const pieces = [
      { w: -1, b: -1 },
      { w: 0, b: 0 },
      { w: 1, b: -1 },
      { w: 0, b: -5 },
    ];
    expect(maxoutKinks(pieces)).toEqual([-1, 1]);
    expect(maxout([], 1)).toBe(-Infinity);
  });
});
