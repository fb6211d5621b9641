/**
 * A number for prose: `digits` significant digits, a true minus sign, no exponent for ordinary sizes.
 * @example formatNumber(-0.16997, 2) // '−0.17'
 */
export function formatNumber(v: number, digits = 2): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const s =
    Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6
      ? v.toExponential(digits - 1).replace('e', '×10^')
      : String(Number(v.toPrecision(digits)));
  return s.replace(/^-/, '−');
}
