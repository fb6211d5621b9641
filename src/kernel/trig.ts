/**
 * sin and cos in plain double arithmetic, so that the build (Node) and the
 * parameter island (the reader's browser) compute the same bits. Engines
 * differ: Chromium's V8 takes Math.sin/Math.cos from glibc-derived code, Node's
 * from fdlibm, and one last bit apart is enough to move a rounded SVG
 * coordinate. This is fdlibm's method (Sun Microsystems, 1993): argument
 * reduction by π/2 with a three-part Cody–Waite constant, then the kernel
 * polynomials __kernel_sin and __kernel_cos on [−π/4, π/4], each < 1 ulp.
 * Reduction is exact for |x| < 2²⁰·π/2 (≈ 1.6e6); beyond it (never on a plot)
 * Math.sin/Math.cos are used.
 */

const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.0222662487111664558e-21;
const PIO2_3T = 8.47842766036889956997e-32;
const MEDIUM = 1647099.3291652855; // 2^20·π/2

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

/** sin(x + y) for |x| ≤ π/4 and a tail |y| < ulp(x)/2 (fdlibm __kernel_sin). */
function kernelSin(x: number, y: number): number {
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(x + y) for |x| ≤ π/4 (fdlibm __kernel_cos, its 2018 revision without the ix tests). */
function kernelCos(x: number, y: number): number {
  const z = x * x;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  const u = 1 - hz;
  return u + (1 - u - hz + (z * r - x * y));
}

/** x − n·π/2 as y0 + y1 with |y0| ≤ π/4, and n (fdlibm __ieee754_rem_pio2, medium case). */
function reduce(x: number): [n: number, y0: number, y1: number] {
  const n = Math.round(x * INV_PIO2);
  let r = x - n * PIO2_1;
  let w = n * PIO2_1T;
  let y0 = r - w;
  // A second and third iteration when cancellation ate the first correction's bits.
  const e = Math.abs(x) === 0 ? 0 : Math.floor(Math.log2(Math.abs(x)));
  const ey = y0 === 0 ? -1100 : Math.floor(Math.log2(Math.abs(y0)));
  if (e - ey > 16) {
    let t = r;
    w = n * PIO2_2;
    r = t - w;
    w = n * PIO2_2T - (t - r - w);
    y0 = r - w;
    const ey2 = y0 === 0 ? -1100 : Math.floor(Math.log2(Math.abs(y0)));
    if (e - ey2 > 49) {
      t = r;
      w = n * PIO2_3;
      r = t - w;
      w = n * PIO2_3T - (t - r - w);
      y0 = r - w;
    }
  }
  return [n, y0, r - y0 - w];
}

/** sin x, the same bits in every engine for |x| < 1.6e6. */
export function sin(x: number): number {
  if (Math.abs(x) <= Math.PI / 4) return x === 0 ? x : kernelSin(x, 0);
  if (!(Math.abs(x) < MEDIUM)) return Math.sin(x);
  const [n, y0, y1] = reduce(x);
  switch (((n % 4) + 4) % 4) {
    case 0:
      return kernelSin(y0, y1);
    case 1:
      return kernelCos(y0, y1);
    case 2:
      return -kernelSin(y0, y1);
    default:
      return -kernelCos(y0, y1);
  }
}

/** cos x, the same bits in every engine for |x| < 1.6e6. */
export function cos(x: number): number {
  if (Math.abs(x) <= Math.PI / 4) return kernelCos(x, 0);
  if (!(Math.abs(x) < MEDIUM)) return Math.cos(x);
  const [n, y0, y1] = reduce(x);
  switch (((n % 4) + 4) % 4) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1);
  }
}
