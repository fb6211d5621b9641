import type { Activation } from './types';

/**
 * How f behaves as x → ±∞: it settles at a finite value, or it grows without
 * bound, asymptotically like `slope`·x (slope undefined when the growth is not linear).
 */
export type Limit =
  | { readonly kind: 'finite'; readonly value: number }
  | { readonly kind: 'infinite'; readonly sign: 1 | -1; readonly slope?: number };

/**
 * Far points where the tails are read. 1e150 is past every activation's
 * transition (the widest, softsign, is within 1e-150 of its limit there)
 * while x² still fits in a double, so formulas such as squareplus's
 * √(x² + b) do not overflow. 1e100 is a second reading that must agree.
 */
const FAR = 1e150;
const NEAR = 1e100;

/**
 * The limit of f as x → sign·∞, read from f at two far points.
 * Finite when the two readings agree to 1e-12, or when both are tiny and
 * the tail is still shrinking toward 0 (squareplus decays like b/(4|x|), so
 * f(−1e150) is 1e-150, not 0: the limit is 0, not the reading);
 * infinite when |f| is astronomically large at both, with the slope f(x)/x
 * when that ratio agrees at both points (linear growth).
 * Throws when f does neither: a new activation whose tail this cannot
 * classify needs a human to look at it, not a guess printed on a page.
 * @example limitOf(activations.sigmoid, -1) // { kind: 'finite', value: 0 }
 */
export function limitOf(a: Pick<Activation, 'id' | 'f'>, sign: 1 | -1): Limit {
  const far = a.f(sign * FAR);
  const near = a.f(sign * NEAR);
  if (Math.abs(far) > 1e50 && Math.abs(near) > 1e30 && Math.sign(far) === Math.sign(near)) {
    const s1 = far / (sign * FAR);
    const s2 = near / (sign * NEAR);
    const linear = Number.isFinite(s1) && Math.abs(s1 - s2) <= 1e-12 * Math.abs(s1);
    return { kind: 'infinite', sign: far > 0 ? 1 : -1, ...(linear ? { slope: s1 } : {}) };
  }
  if (Math.abs(far) < 1e-30 && Math.abs(near) < 1e-30 && Math.abs(far) <= Math.abs(near))
    return { kind: 'finite', value: 0 };
  if (Number.isFinite(far) && Math.abs(far - near) <= 1e-12 * Math.max(1, Math.abs(far))) {
    return { kind: 'finite', value: far === 0 ? 0 : far }; // −0 reads as 0 on a page
  }
  throw new Error(
    `${a.id}: cannot classify f as x → ${sign > 0 ? '+' : '−'}∞ (f(${sign * NEAR}) = ${near}, f(${sign * FAR}) = ${far})`,
  );
}

/** Both tails of f. */
export function limitsOf(a: Pick<Activation, 'id' | 'f'>): {
  readonly minusInfinity: Limit;
  readonly plusInfinity: Limit;
} {
  return { minusInfinity: limitOf(a, -1), plusInfinity: limitOf(a, 1) };
}
