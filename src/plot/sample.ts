import type { LinearScale } from './scale';
// The jitter must be the same bits in Node (the build) and every browser (the parameter island).
import { sin } from '../kernel/trig';
import { clipPolyline, distanceToSegment, simplify, type Box, type Point, type Polyline } from './geometry';

export interface SampleOptions {
  x: LinearScale;
  y: LinearScale;
  /** Where f or f′ is not smooth: sampled exactly. */
  kinks?: readonly number[];
  /** Where f jumps: the curve breaks there, with no vertical line. */
  jumps?: readonly number[];
  /** Max distance in px between the drawn polyline and the true curve, rounding included. Default 0.25. */
  tolerance?: number;
  /** Decimals the SVG writer keeps; their rounding is counted inside the tolerance. Default 1. */
  decimals?: number;
}

export interface SampledCurve {
  /** Polylines in pixel space, clipped to the plot box, rounded to `decimals`. */
  paths: Polyline[];
  /** Function evaluations spent. */
  evaluations: number;
}

const MAX_DEPTH = 30;

/** The adjacent double towards +∞ or −∞. */
function nextDouble(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigInt64(0);
  buf.setBigInt64(0, bits + BigInt((x > 0 ? 1 : -1) * direction));
  return buf.getFloat64(0);
}

/** Deterministic jitter in [−1, 1] from a position: splits never align with a periodic feature. */
function jitter(x: number): number {
  const s = sin(x * 12.9898 + 78.233) * 43758.5453;
  return 2 * (s - Math.floor(s)) - 1;
}

/**
 * Samples y = f(x) adaptively in pixel space.
 *
 * Budget: the tolerance is split three ways. Coordinate rounding costs at
 * most √2·½·10^−decimals; the rest goes 40% to sampling (every accepted
 * chord is within ε of f at three interior test points) and 60% to the final
 * Ramer–Douglas–Peucker pass (every dropped vertex within ε′ of the kept
 * line). By convexity of the distance to a segment, the three add up.
 *
 * Kinks and domain ends are exact samples; a jump ends one polyline and
 * starts the next, each evaluated one double inside its side. Chords wholly
 * above or below the plot box are not refined, and the result is clipped to it.
 */
export function sampleCurve(f: (x: number) => number, options: SampleOptions): SampledCurve {
  const { x: xs, y: ys } = options;
  const tolerance = options.tolerance ?? 0.25;
  const decimals = options.decimals ?? 1;
  const rounding = Math.SQRT2 * 0.5 * 10 ** -decimals;
  const budget = tolerance - rounding;
  if (budget <= 0) throw new Error(`tolerance ${tolerance} px is below the rounding error ${rounding.toFixed(3)} px`);
  const epsSample = 0.4 * budget;
  const epsSimplify = 0.6 * budget - 1e-9;

  const [d0, d1] = xs.domain;
  const [top, bottom] = [Math.min(...ys.range), Math.max(...ys.range)];
  const box: Box = { left: Math.min(...xs.range), right: Math.max(...xs.range), top, bottom };
  let evaluations = 0;
  const point = (x: number): Point => {
    evaluations++;
    return [xs(x), ys(f(x))];
  };
  const finite = (p: Point) => Number.isFinite(p[1]);
  const above = (p: Point) => p[1] < top - 1;
  const below = (p: Point) => p[1] > bottom + 1;

  const jumps = [...new Set(options.jumps ?? [])].filter((j) => j > d0 && j < d1).sort((a, b) => a - b);
  const kinks = [...new Set(options.kinks ?? [])].filter((k) => k > d0 && k < d1);
  const segmentEnds = [d0, ...jumps, d1];
  const raw: Polyline[] = [];

  for (let s = 0; s < segmentEnds.length - 1; s++) {
    const a = s === 0 ? d0 : nextDouble(segmentEnds[s], 1);
    const b = s === segmentEnds.length - 2 ? d1 : nextDouble(segmentEnds[s + 1], -1);
    const breaks = [a, ...kinks.filter((k) => k > a && k < b).sort((p, q) => p - q), b];
    let line: Polyline = [];
    const flush = () => {
      if (line.length > 1) raw.push(line);
      line = [];
    };
    const emit = (p: Point) => {
      if (!finite(p)) return flush();
      line.push(p);
    };

    const refine = (x0: number, p0: Point, x1: number, p1: Point, depth: number): void => {
      const w = x1 - x0;
      const tests = [0.25, 0.5 + 0.05 * jitter(x0 + x1), 0.75].map((t) => x0 + t * w);
      const pts = tests.map(point);
      const outside = (above(p0) && above(p1) && pts.every(above)) || (below(p0) && below(p1) && pts.every(below));
      const ok =
        outside ||
        (finite(p0) && finite(p1) && pts.every((p) => finite(p) && distanceToSegment(p, p0, p1) <= epsSample));
      if (ok || depth >= MAX_DEPTH || !(tests[0] > x0 && tests[2] < x1)) {
        if (!ok && !(finite(p0) && finite(p1))) flush();
        emit(p1);
        return;
      }
      // Split at the jittered middle test point, reusing its evaluation.
      refine(x0, p0, tests[1], pts[1], depth + 1);
      refine(tests[1], pts[1], x1, p1, depth + 1);
    };

    emit(point(breaks[0]));
    for (let i = 0; i < breaks.length - 1; i++) {
      const lo = breaks[i];
      const hi = breaks[i + 1];
      const pieces = Math.max(2, Math.ceil(Math.abs(xs(hi) - xs(lo)) / 24));
      let x0 = lo;
      let p0 = line.length ? line[line.length - 1] : point(lo);
      for (let k = 1; k <= pieces; k++) {
        const x1 = k === pieces ? hi : lo + ((hi - lo) * (k + 0.1 * jitter(lo + k))) / pieces;
        const p1 = point(x1);
        refine(x0, p0, x1, p1, 0);
        x0 = x1;
        p0 = p1;
      }
    }
    flush();
  }

  return { paths: finishPaths(raw, box, epsSimplify, decimals), evaluations };
}

/**
 * The last steps of drawing a curve from its sampled polylines: clip to the
 * plot box, drop vertices within `epsSimplify` px of the kept line, round to
 * `decimals` and drop repeated points. Shared by sampleCurve and by curves
 * traced once at build time (trace.ts).
 */
export function finishPaths(raw: Polyline[], box: Box, epsSimplify: number, decimals: number): Polyline[] {
  const scale = 10 ** decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  return raw
    .flatMap((line) => clipPolyline(line, box))
    .map((line) => simplify(line, epsSimplify).map(([px, py]): Point => [round(px), round(py)]))
    .map((line) => line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]))
    .filter((line) => line.length > 1);
}
