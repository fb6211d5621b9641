/** A point in pixel space. */
export type Point = readonly [x: number, y: number];
/** A connected run of points; a curve with breaks is several polylines. */
export type Polyline = Point[];

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** An axis-aligned box in pixel space. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Clips the segment a–b to the box (Liang–Barsky); undefined when it misses.
 * @example clipSegment([0, 0], [10, 0], { left: 2, right: 5, top: -1, bottom: 1 }) // [[2, 0], [5, 0]]
 */
export function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box.left],
    [dx, box.right - a[0]],
    [-dy, a[1] - box.top],
    [dy, box.bottom - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return undefined;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return undefined;
        if (r < t1) t1 = r;
      }
    }
  }
  const at = (t: number): Point => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/** Clips a polyline to the box, splitting it where it leaves and re-enters. */
export function clipPolyline(line: Polyline, box: Box): Polyline[] {
  const out: Polyline[] = [];
  let current: Polyline | undefined;
  for (let i = 1; i < line.length; i++) {
    const clipped = clipSegment(line[i - 1], line[i], box);
    if (!clipped) {
      current = undefined;
      continue;
    }
    const [p, q] = clipped;
    const last = current?.[current.length - 1];
    if (!current || !last || last[0] !== p[0] || last[1] !== p[1]) {
      current = [p];
      out.push(current);
    }
    current.push(q);
  }
  return out.filter((l) => l.length > 1);
}

/**
 * Ramer–Douglas–Peucker: drops vertices while every dropped vertex stays
 * within `epsilon` of the kept polyline, a true distance bound (unlike
 * Visvalingam's area threshold). Iterative, so deep curves cannot overflow the stack.
 */
export function simplify(line: Polyline, epsilon: number): Polyline {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = distanceToSegment(line[k], line[i], line[j]);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > epsilon) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return line.filter((_, k) => keep[k]);
}
