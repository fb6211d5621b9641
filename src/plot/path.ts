import type { Polyline } from './geometry';

/**
 * A compact number for path data: no leading zero, no trailing zeros.
 * @example compact(-0.5) // '-.5'
 */
export function compact(v: number): string {
  const s = String(v === 0 ? 0 : v);
  return s.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers the shortest valid way: a minus sign or a leading dot after a fraction is its own separator. */
function joinNumbers(nums: number[]): string {
  let out = '';
  let prevHasDot = false;
  for (const n of nums) {
    const s = compact(n);
    const needsSpace = out !== '' && !s.startsWith('-') && !(s.startsWith('.') && prevHasDot);
    out += (needsSpace ? ' ' : '') + s;
    prevHasDot = s.includes('.');
  }
  return out;
}

/**
 * SVG path data for polylines whose points are already rounded to `decimals`:
 * an absolute move, then relative steps. Differences of rounded values are
 * rounded again to the same decimals, so no error accumulates along the path.
 * @example pathData([[[0, 0], [10, 0], [10, 5]]], 1) // 'M0 0h10v5'
 */
export function pathData(lines: readonly Polyline[], decimals: number): string {
  const scale = 10 ** decimals;
  const r = (v: number) => Math.round(v * scale) / scale;
  let d = '';
  for (const line of lines) {
    d += `M${joinNumbers([line[0][0], line[0][1]])}`;
    let cmd = '';
    for (let i = 1; i < line.length; i++) {
      const dx = r(line[i][0] - line[i - 1][0]);
      const dy = r(line[i][1] - line[i - 1][1]);
      if (dy === 0) {
        d += `h${compact(dx)}`;
        cmd = 'h';
      } else if (dx === 0) {
        d += `v${compact(dy)}`;
        cmd = 'v';
      } else {
        // Repeated 'l' commands can be implicit.
        const nums = joinNumbers([dx, dy]);
        d +=
          cmd === 'l'
            ? nums.startsWith('-') || (nums.startsWith('.') && d.match(/\.\d*$/))
              ? nums
              : ` ${nums}`
            : `l${nums}`;
        cmd = 'l';
      }
    }
  }
  return d;
}
