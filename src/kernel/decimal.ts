import { twoProd, type DD } from './double-double';

/**
 * The decimal that `String(v)` prints, as a double-double. A parameter typed as
 * 0.01 (in a term file or by a slider, whose values are decimal strings) means
 * the decimal, not the double nearest it; its lo part restores the difference,
 * so slope·x rounds once from the exact decimal product.
 *
 * Method: v = n/10ᵏ with n an integer below 2⁵³ and k ≤ 22 (10ᵏ exact);
 * v·10ᵏ = h + l exactly (two-product), n − h is exact (Sterbenz), and
 * lo = (n − h − l)/10ᵏ is the residual to about 2⁻¹⁰⁶ relative.
 * Other values (exponent notation, 16+ digits) are taken as the double itself.
 * @example decimalDD(0.01) // [0.01, -2.0816681711721684e-19]
 */
export function decimalDD(v: number): DD {
  const m = /^-?(\d+)(?:\.(\d+))?$/.exec(String(v));
  if (!m) return [v, 0];
  const fraction = m[2] ?? '';
  const digits = (m[1] + fraction).replace(/^0+(?=\d)/, '');
  if (fraction.length === 0 || fraction.length > 22 || digits.length > 15) return [v, 0];
  const scale = 10 ** fraction.length;
  const n = Math.sign(v) * Number(digits);
  const [h, l] = twoProd(v, scale);
  return [v, (n - h - l) / scale];
}

/** A double-double divided by a double, to about 2⁻¹⁰⁴ relative. */
export function ddDivD(x: DD, b: number): DD {
  const q = x[0] / b;
  const [p, e] = twoProd(q, b);
  return [q, (x[0] - p - e + x[1]) / b];
}
