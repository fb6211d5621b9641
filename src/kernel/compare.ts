import type { Activation } from './types';

/**
 * Facts about two one-input functions side by side: where they differ most,
 * where they meet, and how each behaves at ±∞. Every number a compare page
 * shows comes from here; test/kernel/compare.test.ts checks them against
 * mpmath (test/fixtures/pairs/runner.py).
 */

type Fn = (x: number) => number;

/** A point where |f − g| (or |f′ − g′|) is largest on an interval. */
export interface LargestGap {
  x: number;
  /** Signed difference f(x) − g(x) there. */
  difference: number;
  /**
   * Stretches of grid points where |f − g| equals its maximum (to 1e−12), as
   * [from, to]; more than one point when the gap is flat (two lines of
   * different slopes), so the page says "for x ≤ −0.5", not one arbitrary x.
   */
  plateaus: [number, number][];
}

/** Where two curves meet: an isolated point (crossing or touching) or a stretch where they are equal. */
export type Meeting = { kind: 'cross' | 'touch'; x: number } | { kind: 'equal'; from: number; to: number };

/** How f behaves as x → ±∞: a finite limit, or a line s·x + c it approaches. */
export type Asymptote = { kind: 'limit'; value: number } | { kind: 'line'; slope: number; offset: number };

/** Grid cells per interval: at 8 units wide, 0.002 apart, finer than any two crossings of our pairs. */
const CELLS = 4096;

/** Points just either side of a kink or jump, where one-sided limits are read. */
const beside = (k: number) => [k - 1e-9 * Math.max(1, Math.abs(k)), k + 1e-9 * Math.max(1, Math.abs(k))];

/** Uniform grid on [lo, hi] plus the breakpoints inside it (and their sides, so one-sided values count). */
function grid(
  [lo, hi]: readonly [number, number],
  breaks: readonly number[],
  exclude: readonly number[] = [],
): number[] {
  const uniform = Array.from({ length: CELLS + 1 }, (_, i) => lo + ((hi - lo) * i) / CELLS);
  const extra = breaks.filter((b) => b > lo && b < hi).flatMap((b) => [...beside(b), b]);
  extra.sort((a, b) => a - b);
  // The uniform points are already in order: merge the few extra points in rather than sort all
  // 4,097 again (three grids per compare page). Equal values are kept once, the uniform one first.
  const xs: number[] = [];
  const keep = (x: number) => {
    if (xs.length && xs[xs.length - 1] === x) return;
    if (!exclude.includes(x)) xs.push(x);
  };
  let j = 0;
  for (const x of uniform) {
    while (j < extra.length && extra[j] < x) keep(extra[j++]);
    keep(x);
  }
  while (j < extra.length) keep(extra[j++]);
  return xs;
}

/**
 * Golden-section search for the maximum of h on [a, b], down to adjacent doubles.
 * h is unimodal there: the bracket spans two grid cells around the best sample.
 */
function goldenMax(h: Fn, a: number, b: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let hc = h(c);
  let hd = h(d);
  for (let i = 0; i < 200 && b - a > 4 * Number.EPSILON * Math.max(1, Math.abs(a)); i++) {
    if (hc >= hd) {
      [b, d, hd] = [d, c, hc];
      c = b - r * (b - a);
      hc = h(c);
    } else {
      [a, c, hc] = [c, d, hd];
      d = a + r * (b - a);
      hd = h(d);
    }
  }
  return hc >= hd ? c : d;
}

/**
 * Where |f − g| is largest on [lo, hi].
 * Method: a 4,097-point grid plus every breakpoint and its two sides, then
 * golden-section refinement between the best sample's neighbours. At a kink
 * the maximum is a grid point and refinement keeps it.
 */
export function largestGap(
  f: Fn,
  g: Fn,
  domain: readonly [number, number],
  breaks: readonly number[] = [],
  exclude: readonly number[] = [],
): LargestGap {
  const h = (x: number) => Math.abs(f(x) - g(x));
  const xs = grid(domain, breaks, exclude);
  // Each grid point evaluated once (the double-double kernels make f and g the cost: a compare page
  // asks for this twice, and evaluating per comparison made it three times the work).
  const hs = xs.map(h);
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (hs[i] > hs[best]) best = i;
  let x = xs[best];
  const lo = xs[Math.max(0, best - 1)];
  const hi = xs[Math.min(xs.length - 1, best + 1)];
  // Refining across a breakpoint would land on it; its sides are already on the grid.
  const inside = [...breaks, ...exclude].every((k) => !(k > lo && k < hi) || k === x);
  if (inside && hi > lo) {
    const y = goldenMax(h, lo, hi);
    if (h(y) > h(x)) x = y;
  }
  const top = h(x);
  const plateaus: [number, number][] = [];
  let run: [number, number] | undefined;
  for (let i = 0; i < xs.length; i++) {
    if (Math.abs(hs[i] - top) <= 1e-12 * Math.max(1, top)) {
      if (run) run[1] = xs[i];
      else plateaus.push((run = [xs[i], xs[i]]));
    } else run = undefined;
  }
  // A plateau edge on a point beside a breakpoint is the breakpoint itself.
  const snap = (e: number) => [...breaks, ...exclude].find((k) => beside(k).includes(e)) ?? tidy(e);
  return {
    x,
    difference: f(x) - g(x),
    plateaus: plateaus.filter(([a, b]) => b > a).map(([a, b]) => [snap(a), snap(b)]),
  };
}

/** Bisection of a sign change of d on [a, b] down to adjacent doubles; returns the endpoint with the smaller |d|. */
function bisect(d: Fn, a: number, b: number): number {
  let da = d(a);
  for (;;) {
    const m = a + (b - a) / 2;
    if (m === a || m === b) break;
    const dm = d(m);
    if (dm === 0) return m;
    if (Math.sign(dm) === Math.sign(da)) [a, da] = [m, dm];
    else b = m;
  }
  return Math.abs(d(a)) <= Math.abs(d(b)) ? a : b;
}

/** Bisection for the edge of a stretch where d = 0 exactly: `inside` is on it, `outside` is not. */
function zeroEdge(d: Fn, inside: number, outside: number): number {
  for (;;) {
    const m = inside + (outside - inside) / 2;
    if (m === inside || m === outside) return inside;
    if (d(m) === 0) inside = m;
    else outside = m;
  }
}

/** Rounds an edge found by bisection to 9 decimals when it is within a few ulps of that, so it reads as 0, 3, −0.5 (not a subnormal). */
function tidy(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Math.abs(r - x) <= 1e-12 * Math.max(1, Math.abs(x)) ? r + 0 : x;
}

/**
 * Where f and g meet on [lo, hi]: crossings (f − g changes sign), touching
 * points (f = g without a sign change) and stretches where f = g exactly,
 * extended to ±∞ when they reach the end of the domain and still hold at
 * 10³ and 10⁶ beyond it.
 * Method: the sign of f − g on the grid; each sign change is bisected to
 * adjacent doubles, and dropped if |f − g| stays large there (a jump, not a
 * meeting).
 */
export function meetings(f: Fn, g: Fn, [lo, hi]: readonly [number, number], breaks: readonly number[] = []): Meeting[] {
  const d = (x: number) => f(x) - g(x);
  const xs = grid([lo, hi], breaks);
  const ds = xs.map(d);
  const scale = Math.max(1e-300, ...ds.map(Math.abs));
  const out: Meeting[] = [];
  let i = 0;
  while (i < xs.length) {
    if (ds[i] === 0) {
      let j = i;
      while (j + 1 < xs.length && ds[j + 1] === 0) j++;
      if (j > i + 1) {
        const from = i === 0 ? (farEqual(d, -1, lo) ? -Infinity : lo) : tidy(zeroEdge(d, xs[i], xs[i - 1]));
        const to = j === xs.length - 1 ? (farEqual(d, 1, hi) ? Infinity : hi) : tidy(zeroEdge(d, xs[j], xs[j + 1]));
        out.push({ kind: 'equal', from, to });
      } else {
        const before = i > 0 ? Math.sign(ds[i - 1]) : 0;
        const after = j + 1 < xs.length ? Math.sign(ds[j + 1]) : 0;
        out.push({ kind: before && after && before !== after ? 'cross' : 'touch', x: tidy(xs[i]) });
      }
      i = j + 1;
      continue;
    }
    if (i + 1 < xs.length && ds[i + 1] !== 0 && Math.sign(ds[i + 1]) !== Math.sign(ds[i])) {
      const x = bisect(d, xs[i], xs[i + 1]);
      if (Math.abs(d(x)) <= 1e-9 * scale) out.push({ kind: 'cross', x: tidy(x) });
    }
    i++;
  }
  return out;
}

/** Whether f − g is still exactly 0 far beyond the end of the domain on one side. */
function farEqual(d: Fn, side: -1 | 1, edge: number): boolean {
  return [edge + side * 1e3, edge + side * 1e6].every((x) => d(x) === 0);
}

const FAR = 1e15;
const MID = 1e8;

/**
 * How f behaves as x → side·∞.
 * Method: the slope f(x)/x at 10¹⁵; if it is below 10⁻⁹ the function has a
 * finite limit, read at 10¹⁵; otherwise the offset f(x) − s·x is read at 10⁸,
 * where a rounding error of f costs ~10⁻⁸, and rounded to 6 decimals. Limits and
 * slopes are rounded to 9 digits, so softsign, approaching 1 like 1 − 1/x, reads as 1.
 */
export function asymptote(f: Fn, side: -1 | 1): Asymptote {
  const round = (v: number) => (Math.abs(v) < 1e-9 ? 0 : Number(v.toPrecision(9)));
  const slope = f(side * FAR) / (side * FAR);
  if (Math.abs(slope) < 1e-9) return { kind: 'limit', value: round(f(side * FAR)) };
  return {
    kind: 'line',
    slope: round(slope),
    offset: Math.round((f(side * MID) - slope * side * MID) * 1e6) / 1e6 + 0,
  };
}

/** The largest |f′ − g′| of two activations on a domain; one-sided values at kinks, never PyTorch's convention at the kink itself. */
export function largestSlopeGap(a: Activation, b: Activation, domain: readonly [number, number]): LargestGap {
  const kinks = [...new Set([...a.kinks, ...b.kinks])];
  return largestGap(a.df, b.df, domain, kinks, kinks);
}

/** The largest |f − g| of two activations on a domain. */
export function largestValueGap(a: Activation, b: Activation, domain: readonly [number, number]): LargestGap {
  return largestGap(a.f, b.f, domain, [...new Set([...a.kinks, ...b.kinks])]);
}

/** Where two activations meet on a domain. */
export function meetingsOf(a: Activation, b: Activation, domain: readonly [number, number]): Meeting[] {
  return meetings(a.f, b.f, domain, [...new Set([...a.kinks, ...b.kinks])]);
}
