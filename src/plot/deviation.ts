import type { LinearScale } from './scale';
import { clipPolyline, distanceToSegment, type Box, type Point, type Polyline } from './geometry';

/** Index of the last vertex with x ≤ px in an x-sorted polyline (binary search). */
function floorIndex(line: Polyline, px: number): number {
  let lo = 0;
  let hi = line.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (line[mid][0] <= px) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Distance from p to the nearest segment among x-sorted polylines, looking at a window around p's x. */
function distanceToLines(p: Point, lines: Polyline[], window: number): number {
  let best = Infinity;
  for (const line of lines) {
    if (p[0] < line[0][0] - window || p[0] > line[line.length - 1][0] + window) continue;
    const i = floorIndex(line, p[0] - window);
    for (let k = i; k < line.length - 1 && line[k][0] <= p[0] + window; k++) {
      best = Math.min(best, distanceToSegment(p, line[k], line[k + 1]));
    }
  }
  return best;
}

/**
 * The symmetric (Hausdorff) distance in px between the drawn polylines and
 * the true curve inside the plot box, the curve taken as a polyline of
 * `dense` exact evaluations (jumps excluded, each side kept separate).
 * Measures the sampler's 0.25 px promise independently of the sampler.
 */
export function maxDeviation(
  f: (x: number) => number,
  drawn: Polyline[],
  scales: { x: LinearScale; y: LinearScale },
  options: { jumps?: readonly number[]; dense?: number } = {},
): number {
  const { x, y } = scales;
  const dense = options.dense ?? 20_000;
  const [d0, d1] = x.domain;
  const box: Box = {
    left: Math.min(...x.range),
    right: Math.max(...x.range),
    top: Math.min(...y.range),
    bottom: Math.max(...y.range),
  };
  const cuts = [d0, ...(options.jumps ?? []).filter((j) => j > d0 && j < d1).sort((a, b) => a - b), d1];
  const truth: Polyline[] = [];
  for (let s = 0; s < cuts.length - 1; s++) {
    const line: Polyline = [];
    for (let i = 0; i <= dense; i++) {
      // Stay strictly inside each side of a jump.
      const t = s > 0 && i === 0 ? 1e-12 : s < cuts.length - 2 && i === dense ? 1 - 1e-12 : i / dense;
      const xv = cuts[s] + (cuts[s + 1] - cuts[s]) * t;
      const yv = f(xv);
      if (Number.isFinite(yv)) line.push([x(xv), y(yv)]);
    }
    truth.push(...clipPolyline(line, box));
  }
  let worst = 0;
  // Drawn → truth: every drawn vertex and points every 0.5 px along each drawn segment.
  for (const line of drawn) {
    for (let k = 0; k < line.length - 1; k++) {
      const [a, b] = [line[k], line[k + 1]];
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.5));
      for (let i = 0; i <= steps; i++) {
        const p: Point = [a[0] + ((b[0] - a[0]) * i) / steps, a[1] + ((b[1] - a[1]) * i) / steps];
        worst = Math.max(worst, distanceToLines(p, truth, 2));
      }
    }
  }
  // Truth → drawn: every exact evaluation.
  for (const line of truth) for (const p of line) worst = Math.max(worst, distanceToLines(p, drawn, 2));
  return worst;
}
