/** One affine piece wᵢx + bᵢ of a maxout unit. */
export interface AffinePiece {
  readonly w: number;
  readonly b: number;
}

/**
 * A one-input maxout unit, maxᵢ (wᵢx + bᵢ) (Goodfellow et al. 2013,
 * "Maxout Networks", arXiv:1302.4389). In a network each piece is a learned
 * linear function of the whole input vector; with one input it is a convex,
 * piecewise-linear function of x, which is what the figures draw.
 * Special cases: NaN → NaN; no pieces → −∞ (the maximum of nothing).
 */
export function maxout(pieces: readonly AffinePiece[], x: number): number {
  let best = -Infinity;
  for (const { w, b } of pieces) best = Math.max(best, w * x + b);
  return best;
}

/**
 * Where a maxout unit switches pieces, in increasing x: the kinks of its graph.
 * Pieces that are never the maximum contribute none.
 */
export function maxoutKinks(pieces: readonly AffinePiece[]): number[] {
  const kinks: number[] = [];
  const byslope = [...pieces].sort((a, b) => a.w - b.w);
  for (let i = 0; i + 1 < byslope.length; i++)
    for (let j = i + 1; j < byslope.length; j++) {
      const p = byslope[i];
      const q = byslope[j];
      if (p.w === q.w) continue;
      const x = (p.b - q.b) / (q.w - p.w);
      const y = p.w * x + p.b;
      // A true kink only if no other piece lies above the crossing.
      if (pieces.every((r) => r.w * x + r.b <= y + 1e-12 * Math.max(1, Math.abs(y)))) kinks.push(x);
    }
  return [...new Set(kinks)].sort((a, b) => a - b);
}
