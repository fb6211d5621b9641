/** A linear map from a data interval to a pixel interval. */
export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  (value: number): number;
  invert(pixel: number): number;
}

/**
 * Maps `domain` linearly onto `range` (which may be reversed, as for y in SVG).
 * @example linearScale([-4, 4], [0, 400])(0) // 200
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  Object.assign(scale, { domain, range, invert: (p: number) => d0 + (p - r0) / k });
  return scale;
}

/**
 * A "nice" step near span/count: 1, 2 or 5 times a power of ten.
 * @example tickStep(0, 8, 5) // 2
 */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  const nice = m >= 7.07 ? 10 : m >= 3.16 ? 5 : m >= 1.41 ? 2 : 1;
  return nice * power;
}

/**
 * Tick values: multiples of a nice step inside [lo, hi], exact decimals (no 0.30000000000000004).
 * @example ticks(-4, 4, 5) // [-4, -2, 0, 2, 4]
 */
export function ticks(lo: number, hi: number, count: number): number[] {
  const step = tickStep(lo, hi, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const out: number[] = [];
  for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9; i++) {
    out.push(Number((i * step).toFixed(decimals)) + 0); // + 0 turns −0 into 0
  }
  return out;
}

/**
 * Widens [lo, hi] outward to multiples of the nice step, so ticks land on the ends.
 * @example nice(-0.17, 3.9, 5) // [-1, 4]
 */
export function nice(lo: number, hi: number, count: number): [number, number] {
  if (lo === hi) return [lo - 1, hi + 1];
  const step = tickStep(lo, hi, count);
  return [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
}

/**
 * Formats a tick value compactly, with a true minus sign.
 * @example formatTick(-0.5) // '−0.5'
 */
export function formatTick(v: number): string {
  const s = String(Number(v.toPrecision(6)));
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}
