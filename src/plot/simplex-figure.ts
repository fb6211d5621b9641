import { distanceToSegment, simplify, type Point, type Polyline } from './geometry';
import { pathData } from './path';
import { escapeXml } from './escape';

/** A path on the simplex traced by a probability map of three classes as a parameter t runs over [t0, t1]. */
export interface SimplexPath {
  label: string;
  /** Style slot: 'fn' for the main map, or a comparison colour 1–4. */
  kind: 'fn' | 'cmp';
  slot?: number;
  /** t ↦ a probability vector of length 3. */
  p: (t: number) => readonly number[];
  /** Parameter values to mark with a ring and a label such as "T = 1". */
  marks?: readonly { t: number; label: string }[];
}

export interface SimplexFigureOptions {
  paths: readonly SimplexPath[];
  /** The parameter range, sampled uniformly in log t (t is a temperature). */
  range: readonly [number, number];
  title: string;
  desc: string;
  idPrefix: string;
}

const W = 300;
const H = 280;
// Vertices: class 1 bottom left, class 2 bottom right, class 3 at the top; side 236 px.
const V: readonly Point[] = [
  [32, 246],
  [268, 246],
  [150, 246 - 236 * (Math.sqrt(3) / 2)],
];
const TOLERANCE = 0.25;
const ROUNDING = Math.SQRT2 * 0.05; // one decimal

/** A probability vector (p₁, p₂, p₃) as a point of the triangle: barycentric coordinates. */
export function simplexPoint(p: readonly number[]): Point {
  return [p[0] * V[0][0] + p[1] * V[1][0] + p[2] * V[2][0], p[0] * V[0][1] + p[1] * V[1][1] + p[2] * V[2][1]];
}

/**
 * Samples u ↦ g(u) adaptively until every chord is within ε of the curve at
 * three interior test points, then thins the result with Ramer–Douglas–Peucker.
 * The tolerance is split as in sampleCurve: rounding, then 40% sampling, 60% thinning.
 */
export function sampleParametric(
  g: (u: number) => Point,
  u0: number,
  u1: number,
): { line: Polyline; evaluations: number } {
  const budget = TOLERANCE - ROUNDING;
  const eps = 0.4 * budget;
  let evaluations = 0;
  const at = (u: number) => {
    evaluations++;
    return g(u);
  };
  const line: Point[] = [];
  const refine = (ua: number, pa: Point, ub: number, pb: Point, depth: number) => {
    const tests = [0.25, 0.5, 0.75].map((s) => at(ua + s * (ub - ua)));
    if (depth >= 24 || tests.every((q) => distanceToSegment(q, pa, pb) <= eps)) {
      line.push(pb);
      return;
    }
    const um = (ua + ub) / 2;
    refine(ua, pa, um, tests[1], depth + 1);
    refine(um, tests[1], ub, pb, depth + 1);
  };
  const n = 32;
  let prev = at(u0);
  line.push(prev);
  for (let i = 1; i <= n; i++) {
    const u = u0 + ((u1 - u0) * i) / n;
    const next = at(u);
    refine(u0 + ((u1 - u0) * (i - 1)) / n, prev, u, next, 0);
    prev = next;
  }
  const r = (v: number) => Math.round(v * 10) / 10;
  return { line: simplify(line, 0.6 * budget).map(([x, y]) => [r(x), r(y)] as Point), evaluations };
}

const pathClass = (p: SimplexPath) => (p.kind === 'fn' ? 'fn' : `cmp cmp${p.slot ?? 1}`);

/**
 * The probability simplex of three classes as a triangle, with the paths that
 * probability maps (softmax, sparsemax, …) trace as their temperature varies.
 * Deterministic; colours from the same CSS classes as the other plots.
 */
export function simplexFigure(o: SimplexFigureOptions): { svg: string; evaluations: number } {
  const r = (v: number) => Math.round(v * 10) / 10;
  const [t0, t1] = o.range;
  let evaluations = 0;
  const curves = o.paths.map((path) => {
    const s = sampleParametric((u) => simplexPoint(path.p(Math.exp(u))), Math.log(t0), Math.log(t1));
    evaluations += s.evaluations;
    return `<path class="${pathClass(path)}" d="${pathData([s.line], 1)}"/>`;
  });
  const marks = o.paths.flatMap((path) =>
    (path.marks ?? []).map((m) => {
      const [x, y] = simplexPoint(path.p(m.t));
      const ring = `<circle class="${pathClass(path)}" cx="${r(x)}" cy="${r(y)}" r="3.5"/>`;
      // Labels sit up and to the left of their ring: the paths run from the lower left to the upper right.
      return m.label ? `${ring}<text class="al" x="${r(x - 7)}" y="${r(y - 5)}">${escapeXml(m.label)}</text>` : ring;
    }),
  );
  const [cx, cy] = simplexPoint([1 / 3, 1 / 3, 1 / 3]);
  const outline = `M${V[0][0]} ${V[0][1]}L${V[1][0]} ${V[1][1]}L${r(V[2][0])} ${r(V[2][1])}Z`;
  const legend = o.paths
    .map(
      (path, i) =>
        `<path class="${pathClass(path)}" d="M8 ${18 + i * 16}h20"/><text x="34" y="${22 + i * 16}">${escapeXml(path.label)}</text>`,
    )
    .join('');
  const t = `${o.idPrefix}-t`;
  const d = `${o.idPrefix}-d`;
  const svg =
    `<svg class="plot-svg gated" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${t} ${d}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${t}">${escapeXml(o.title)}</title><desc id="${d}">${escapeXml(o.desc)}</desc>` +
    `<path class="zero" d="${outline}"/>` +
    `<text x="${V[0][0]}" y="${V[0][1] + 18}">class 1</text><text class="al" x="${V[1][0]}" y="${V[1][1] + 18}">class 2</text>` +
    `<text x="${r(V[2][0] + 8)}" y="${r(V[2][1] + 4)}">class 3</text>` +
    `<text x="${r(cx + 6)}" y="${r(cy + 4)}">uniform</text>` +
    `<circle class="zero" cx="${r(cx)}" cy="${r(cy)}" r="2"/>` +
    curves.join('') +
    marks.join('') +
    `<g class="lg">${legend}</g>` +
    `</svg>`;
  return { svg, evaluations };
}
