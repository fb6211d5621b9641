import { describe, expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import { PARAMETRIC } from '../../src/kernel/parameters';
import { loadFamily } from '../../src/kernel/lazy';
import { compareTraces } from '../../src/plot/figure';
import { SIZES, yExtent } from '../../src/plot/frame';
import { distanceToSegment, type Point } from '../../src/plot/geometry';
import { linearScale } from '../../src/plot/scale';
import { drawTrace } from '../../src/plot/trace';
import { loadContentModel } from '../../src/glossary/model';

/**
 * A comparison curve traced once by the build (src/plot/trace.ts) and redrawn
 * by the parameter island on the axes of other parameter values stays within
 * the sampler's 0.25 px of the true curve, computed here by the kernel.
 */
const TOLERANCE = 0.25;

/** Distance from p to the true curve, sampled every 0.02 px in x around p. */
function distanceToCurve(
  p: Point,
  f: (x: number) => number,
  x: ReturnType<typeof linearScale>,
  y: ReturnType<typeof linearScale>,
) {
  let best = Infinity;
  let prev: Point | undefined;
  for (let px = p[0] - 3; px <= p[0] + 3; px += 0.02) {
    const q: Point = [px, y(f(x.invert(px)))];
    if (prev) best = Math.min(best, distanceToSegment(p, prev, q));
    prev = q;
  }
  return best;
}

describe('traced comparison curves', () => {
  const cases = [...loadContentModel(process.cwd()).index.bySlug.values()]
    .map((term) => term.data.plot)
    .filter((p) => p !== undefined && p.params !== false && Object.hasOwn(PARAMETRIC, p.fn) && p.compare.length > 0)
    .map((p) => p!);
  test('every parametric page with comparisons is covered', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  test.each(cases.map((c) => [c.fn, c] as const))(
    '%s: at the slider ends the traces stay on the kernel’s curves',
    async (_, plot) => {
      const domain = plot.domain ?? [-4, 4];
      const traces = compareTraces(plot);
      const make = await loadFamily[plot.fn]();
      const ends = PARAMETRIC[plot.fn].flatMap((c) =>
        [c.min, c.max].map((v) => ({ ...activations[plot.fn].params, [c.name]: v })),
      );
      for (const values of ends) {
        const a = make(values);
        const yDomain = yExtent(plot.derivative === false ? [a.f] : [a.f, a.df], domain, SIZES.full.yTicks);
        const x = linearScale(domain, [60, 470]);
        const y = linearScale(yDomain, [270, 20]);
        traces.forEach((trace, i) => {
          const f = activations[plot.compare[i]].f;
          for (const line of drawTrace(trace, x, y)) {
            // Vertices and chord midpoints away from the box's edges, where clipping moved them.
            const inside = (p: Point) => p[1] > 20.5 && p[1] < 269.5;
            const points = line.flatMap((p, k): Point[] => {
              const q = line[k - 1];
              const mid: Point[] = q && inside(q) && inside(p) ? [[(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]] : [];
              return inside(p) ? [...mid, p] : mid;
            });
            for (const p of points)
              expect(
                distanceToCurve(p, f, x, y),
                `${trace.name} at ${JSON.stringify(values)}, ${p}`,
              ).toBeLessThanOrEqual(TOLERANCE);
          }
        });
      }
    },
  );
});
