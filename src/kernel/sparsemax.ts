/**
 * Sparse alternatives to softmax: each maps scores z ∈ ℝⁿ to a probability
 * vector that can contain exact zeros.
 */

/** No NaN or +∞, and at least one finite entry; −∞ (a masked score) is allowed and gets probability 0. */
const valid = (z: readonly number[]) => z.every((v) => !Number.isNaN(v) && v !== Infinity) && z.some(Number.isFinite);

/** The entries sorted in decreasing order, as a new array. */
const sortedDown = (z: readonly number[]) => [...z].sort((a, b) => b - a);

/**
 * sparsemax(z) = argmin over the probability simplex Δ of ‖p − z‖², the
 * Euclidean projection of z onto Δ (Martins & Astudillo 2016, arXiv:1602.02068).
 * The solution is pᵢ = max(zᵢ − τ, 0) with the threshold τ chosen so Σ p = 1.
 *
 * Method: sort z decreasingly into z₍₁₎ ≥ … ≥ z₍ₙ₎; the support size is the
 * largest k with 1 + k·z₍ₖ₎ > Σ_{j≤k} z₍ⱼ₎, and τ = (Σ_{j≤k} z₍ⱼ₎ − 1)/k
 * (the paper's Algorithm 1). O(n log n).
 * Special cases: NaN or +∞ anywhere, or no finite entry → all NaN; −∞ entries get 0.
 * Error: exact support; each entry within a few ulp of the sum's scale.
 */
export function sparsemax(z: readonly number[]): number[] {
  if (!valid(z)) return z.map(() => NaN);
  const s = sortedDown(z);
  let sum = 0;
  let k = 0;
  let kSum = 0;
  for (let i = 0; i < s.length; i++) {
    sum += s[i];
    if (1 + (i + 1) * s[i] > sum) {
      k = i + 1;
      kSum = sum;
    }
  }
  const tau = (kSum - 1) / k;
  return z.map((v) => Math.max(v - tau, 0));
}

/**
 * 1.5-entmax (Peters, Niculae & Martins 2019, "Sparse Sequence-to-Sequence
 * Models", arXiv:1905.05702): pᵢ = max(zᵢ/2 − τ, 0)², with τ such that Σ p = 1.
 * It sits between softmax (α = 1) and sparsemax (α = 2) in the α-entmax family.
 *
 * Method: the exact sort-based threshold of the paper: with x = z/2 sorted
 * decreasingly, for each k the candidate τₖ = μₖ − √((1 − k·σ²ₖ)/k), where μₖ and
 * σ²ₖ are the mean and variance of the top k; the support is the largest k with
 * τₖ ≤ x₍ₖ₎. Entries are shifted by the maximum first.
 * Special cases: as sparsemax.
 * Error: exact support; entries within a few ulp of 1.
 */
export function entmax15(z: readonly number[]): number[] {
  if (!valid(z)) return z.map(() => NaN);
  const m = Math.max(...z);
  const x = z.map((v) => (v - m) / 2);
  const s = sortedDown(x);
  let sum = 0;
  let sumSq = 0;
  let tau = 0;
  for (let i = 0; i < s.length; i++) {
    const k = i + 1;
    sum += s[i];
    sumSq += s[i] * s[i];
    const mean = sum / k;
    const variance = sumSq / k - mean * mean;
    const t = mean - Math.sqrt(Math.max((1 - k * variance) / k, 0));
    if (t <= s[i]) tau = t;
  }
  return x.map((v) => Math.max(v - tau, 0) ** 2);
}
