/**
 * Softmax and its relatives on a vector of scores (logits) z ∈ ℝⁿ.
 * These are vector-valued, so they live beside the one-input activations
 * rather than in the registry; the plots show slices and the simplex.
 */

/** Index of the largest entry (the first on a tie); −1 for an empty vector. */
function argmax(z: readonly number[]): number {
  let k = -1;
  for (let i = 0; i < z.length; i++) if (k < 0 || z[i] > z[k]) k = i;
  return k;
}

/**
 * log Σᵢ exp(zᵢ), the smooth maximum.
 *
 * Method: with m = max zᵢ (at index k), LSE = m + log1p(Σ_{i≠k} exp(zᵢ − m)).
 * Every exponent is ≤ 0, so nothing overflows, and log1p keeps the small
 * correction exact when one entry dominates (LSE([x, 0]) = softplus(x)).
 * Special cases: [] → −∞; any NaN → NaN; a +∞ entry → +∞; all −∞ → −∞.
 * Error: a few ulp (the sum's roundings, then log1p and one addition).
 */
export function logSumExp(z: readonly number[]): number {
  if (z.some(Number.isNaN)) return NaN;
  const k = argmax(z);
  if (k < 0) return -Infinity;
  const m = z[k];
  if (!Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < z.length; i++) if (i !== k) s += Math.exp(z[i] - m);
  return m + Math.log1p(s);
}

/** The temperature softmax and log softmax use when none is given: plain softmax(z). */
export const DEFAULT_TEMPERATURE = 1;

/**
 * softmax(z/T)ᵢ = exp(zᵢ/T) / Σⱼ exp(zⱼ/T), a probability vector; T > 0 is the temperature (default 1).
 *
 * Method: shift by the maximum first, pᵢ = exp((zᵢ − m)/T) / Σⱼ exp((zⱼ − m)/T),
 * so the largest exponent is 0: no overflow, and the sum lies in [1, n].
 * Special cases: NaN anywhere → all NaN; several +∞ entries share the mass.
 * Error: a few ulp per entry relative to itself.
 */
export function softmax(z: readonly number[], temperature = DEFAULT_TEMPERATURE): number[] {
  if (z.some(Number.isNaN) || !(temperature > 0)) return z.map(() => NaN);
  const m = Math.max(...z);
  if (m === Infinity) {
    const top = z.filter((v) => v === Infinity).length;
    return z.map((v) => (v === Infinity ? 1 / top : 0));
  }
  const e = z.map((v) => Math.exp((v - m) / temperature));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/**
 * log softmax(z/T)ᵢ = zᵢ/T − LSE(z/T), computed as (zᵢ − m)/T − log1p(Σ_{j≠k} exp((zⱼ − m)/T)).
 *
 * Method: the subtraction is done before scaling, so an entry far below the
 * maximum gets a large negative log-probability instead of log(0) = −∞.
 * Special cases: as softmax; an entry of −∞ gets −∞.
 * Error: a few ulp, except where zᵢ/T − LSE cancels (log-probabilities near 0), where it is absolute, ~1e-16.
 */
export function logSoftmax(z: readonly number[], temperature = DEFAULT_TEMPERATURE): number[] {
  if (z.some(Number.isNaN) || !(temperature > 0)) return z.map(() => NaN);
  const k = argmax(z);
  const m = z[k];
  if (m === Infinity)
    return z.map((v) => (v === Infinity ? -Math.log(z.filter((w) => w === Infinity).length) : -Infinity));
  let s = 0;
  for (let i = 0; i < z.length; i++) if (i !== k) s += Math.exp((z[i] - m) / temperature);
  const l = Math.log1p(s);
  return z.map((v) => (v - m) / temperature - l);
}
