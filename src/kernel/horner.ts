/**
 * Evaluates a polynomial by Horner's rule; coefficients highest degree first.
 * @example horner([1, 0, -1], 3) // 8
 */
export function horner(c: readonly number[], t: number): number {
  let s = c[0];
  for (let i = 1; i < c.length; i++) s = s * t + c[i];
  return s;
}
