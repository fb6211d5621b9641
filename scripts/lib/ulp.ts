const view = new DataView(new ArrayBuffer(8));

/** Maps a double to an integer that increases with the double, so ±0 are both 0. */
function ordinal(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/**
 * Distance in units in the last place: how many doubles lie between a and b.
 * Works across zero and through the subnormals; NaN against anything is Infinity.
 * @example ulpDistance(1, 1 + Number.EPSILON) // 1
 */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

/** The smallest positive normal double. */
export const MIN_NORMAL = 2.2250738585072014e-308;
