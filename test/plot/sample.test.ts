import { describe, expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import {
  clipPolyline,
  derivativeJumps,
  distanceToSegment,
  linearScale,
  maxDeviation,
  sampleCurve,
  simplify,
} from '../../src/plot';

const DOMAINS: [number, number][] = [
  [-4, 4],
  [-0.75, 0.75],
  [-12, 6],
];
const SIZES = [
  { w: 480, h: 300 },
  { w: 240, h: 170 },
  { w: 1200, h: 500 },
];

/** y range of a curve on a domain, as a figure would choose it. */
function yDomainOf(f: (x: number) => number, [lo, hi]: [number, number]): [number, number] {
  let min = 0;
  let max = 0;
  for (let i = 0; i <= 200; i++) {
    const v = f(lo + ((hi - lo) * i) / 200);
    if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  }
  return [min - 0.1 * (max - min || 1), max + 0.1 * (max - min || 1)];
}

describe('the drawn polyline stays within 0.25 px of the true curve', () => {
  const cases = Object.values(activations).flatMap((a) => (['f', 'df'] as const).map((q) => ({ id: a.id, q, a })));
  test.each(cases)('$id $q, every domain and size', ({ a, q }) => {
    const fn = q === 'f' ? a.f : a.df;
    const jumps = q === 'f' ? a.jumps : derivativeJumps(a);
    for (const domain of DOMAINS) {
      for (const { w, h } of SIZES) {
        const x = linearScale(domain, [30, w - 10]);
        // A y range cropped to 70% of the curve's extent, so clipping is exercised too.
        const [y0, y1] = yDomainOf(fn, domain);
        const y = linearScale([y0, y0 + 0.7 * (y1 - y0)], [h - 20, 10]);
        const { paths } = sampleCurve(fn, { x, y, kinks: a.kinks, jumps });
        const deviation = maxDeviation(fn, paths, { x, y }, { jumps, dense: 6000 });
        expect(deviation, `${a.id} ${q} on [${domain}] at ${w}×${h}`).toBeLessThanOrEqual(0.25);
      }
    }
  });
});

describe('discontinuities', () => {
  const x = linearScale([-2, 2], [0, 400]);
  const y = linearScale([-2, 2], [400, 0]);
  test.each(['hardshrink', 'binary-step'])('%s breaks into separate subpaths with no vertical line at a jump', (id) => {
    const a = activations[id];
    const { paths } = sampleCurve(a.f, { x, y, kinks: a.kinks, jumps: a.jumps });
    expect(paths.length).toBe(a.jumps.length + 1);
    for (const line of paths) {
      for (let i = 1; i < line.length; i++) {
        const vertical = line[i][0] === line[i - 1][0] && line[i][1] !== line[i - 1][1];
        expect(vertical).toBe(false);
      }
    }
    // Each jump lies between two subpaths, not inside one.
    for (const j of a.jumps) {
      const px = x(j);
      for (const line of paths) expect(line[0][0] >= px - 0.05 || line[line.length - 1][0] <= px + 0.05).toBe(true);
    }
  });
  test('kinks are exact vertices: ReLU is drawn with exactly three points', () => {
    const { paths } = sampleCurve(activations.relu.f, { x, y, kinks: [0] });
    expect(paths).toEqual([
      [
        [0, 200],
        [200, 200],
        [400, 0],
      ],
    ]);
  });
});

describe('geometry', () => {
  test('simplify keeps every dropped vertex within epsilon', () => {
    const line = Array.from({ length: 200 }, (_, i) => [i, Math.sin(i / 10) * 30] as const);
    const kept = simplify(line, 0.2);
    expect(kept.length).toBeLessThan(line.length / 2);
    for (const p of line) {
      const d = Math.min(...kept.slice(1).map((q, i) => distanceToSegment(p, kept[i], q)));
      expect(d).toBeLessThanOrEqual(0.2);
    }
    expect(kept[0]).toEqual(line[0]);
    expect(kept[kept.length - 1]).toEqual(line[199]);
  });
  test('clipPolyline splits where the line leaves the box and re-enters', () => {
    const line = [
      [0, 0],
      [10, 20],
      [20, 0],
      [30, 20],
    ] as const;
    const parts = clipPolyline([...line], { left: 0, right: 30, top: 0, bottom: 10 });
    expect(parts.length).toBe(2);
    for (const part of parts) for (const [, py] of part) expect(py).toBeLessThanOrEqual(10);
  });
});
