/**
 * Numerical questions about one-variable functions: where two functions differ most,
 * where a function crosses zero. Pure and generic (they take plain functions), so the
 * computed values in prose (src/markdown/computed-values.ts) and the tests share them.
 */

/** A point and the value there. */
export interface Located {
  readonly x: number;
  readonly value: number;
}

/** How many equal steps the dense scan of `maxAbsDifference` takes before refining. */
export const SCAN_STEPS = 4096;

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Maximises a function that is unimodal on [lo, hi] by golden-section search,
 * narrowing until the interval is a few doubles wide.
 */
function goldenMax(h: (x: number) => number, lo: number, hi: number): Located {
  let a = lo;
  let b = hi;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let hc = h(c);
  let hd = h(d);
  // 200 steps shrink any finite interval by 0.618^200 ≈ 1e-42: far below a double's spacing.
  for (let i = 0; i < 200 && c < d; i++) {
    if (hc >= hd) {
      b = d;
      d = c;
      hd = hc;
      c = b - GOLDEN * (b - a);
      hc = h(c);
    } else {
      a = c;
      c = d;
      hc = hd;
      d = a + GOLDEN * (b - a);
      hd = h(d);
    }
  }
  return hc >= hd ? { x: c, value: hc } : { x: d, value: hd };
}

/**
 * The largest |f(x) − g(x)| on [lo, hi] and where it is attained.
 *
 * Method: scan SCAN_STEPS + 1 equally spaced points (ends included), then refine around
 * the best sample by golden-section search over its two neighbouring steps. The scan
 * finds the right bump (a difference of smooth activations has few bumps, each much
 * wider than a step); the refinement gives the peak to near full precision. The ends
 * are candidates too, so a difference that grows toward an end is reported there. When the
 * largest gap is attained at several points (an even difference, e.g. GELU minus its
 * approximations, peaks at ±x*) the leftmost is returned; ask on [0, B] for the positive one.
 * @example maxAbsDifference(Math.sin, () => 0, 0, 3).x // ≈ π/2
 */
export function maxAbsDifference(f: (x: number) => number, g: (x: number) => number, lo: number, hi: number): Located {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi))
    throw new RangeError(`the interval [${lo}, ${hi}] must be finite with A < B`);
  const h = (x: number) => Math.abs(f(x) - g(x));
  const step = (hi - lo) / SCAN_STEPS;
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i <= SCAN_STEPS; i++) {
    const v = h(i === SCAN_STEPS ? hi : lo + i * step);
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  const at = (i: number) => Math.min(hi, Math.max(lo, lo + i * step));
  const refined = goldenMax(h, at(best - 1), at(best + 1));
  const sample = { x: at(best), value: bestValue };
  return refined.value > sample.value ? refined : sample;
}

/**
 * A root of f in [lo, hi], where f(lo) and f(hi) have opposite signs (or one is 0).
 *
 * Method: bisection down to adjacent doubles. Slower than Brent's method but it cannot
 * be misled by a flat or noisy function, and a few hundred evaluations cost nothing here.
 * Of the two final neighbours the one with the smaller |f| is returned.
 * @throws RangeError when f does not change sign on [lo, hi].
 */
export function bracketedRoot(f: (x: number) => number, lo: number, hi: number): number {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi))
    throw new RangeError(`the interval [${lo}, ${hi}] must be finite with A < B`);
  let flo = f(lo);
  const fhi = f(hi);
  if (flo === 0) return lo;
  if (fhi === 0) return hi;
  if (!(Math.sign(flo) * Math.sign(fhi) < 0)) {
    throw new RangeError(
      `no sign change on [${lo}, ${hi}]: the function is ${fmt(flo)} at ${lo} and ${fmt(fhi)} at ${hi}`,
    );
  }
  let a = lo;
  let b = hi;
  for (;;) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(flo)) {
      a = mid;
      flo = fm;
    } else b = mid;
  }
  return Math.abs(f(a)) <= Math.abs(f(b)) ? a : b;
}

function fmt(v: number): string {
  return Number.isFinite(v) ? v.toPrecision(3) : String(v);
}
