import { escapeXml } from '../../plot/escape';
import { getActivation } from '../../plot/figure';
import { yExtent } from '../../plot/frame';
import { formatNumber } from '../../plot/format';
import { pathData } from '../../plot/path';
import { sampleCurve } from '../../plot/sample';
import { linearScale } from '../../plot/scale';

/** The preview's plot: a thumbnail, 128 × 56 CSS px on a desktop (1 px per viewBox unit), a little smaller on phones. */
export const PREVIEW_PLOT = { width: 128, height: 56, pad: 3, tolerance: 1 } as const;

/**
 * A thumbnail of an activation for a term preview: the curve and the zero axes, no ticks,
 * labels or derivative. Same kernel, scales and adaptive sampler as the page's figure, at
 * whole-pixel coordinates and 1 px tolerance (rounding included), which keeps it near 300 bytes.
 * The same function and domain give the same bytes.
 * @example previewPlotSvg('relu', [-4, 4]) // '<svg class="preview-plot" viewBox="0 0 128 56" …'
 */
export function previewPlotSvg(fn: string, domain: readonly [number, number] = [-4, 4]): string {
  const a = getActivation(fn);
  const { width, height, pad, tolerance } = PREVIEW_PLOT;
  const [lo, hi] = yExtent([a.f], domain, 3);
  const x = linearScale(domain, [pad, width - pad]);
  const y = linearScale([lo, hi], [height - pad, pad]);
  const { paths } = sampleCurve(a.f, { x, y, kinks: a.kinks, jumps: a.jumps, tolerance, decimals: 0 });
  const zero = [
    domain[0] <= 0 && domain[1] >= 0 ? `M${Math.round(x(0))} 0V${height}` : '',
    lo <= 0 && hi >= 0 ? `M0 ${Math.round(y(0))}H${width}` : '',
  ].join('');
  const label = `Plot of ${a.name} for x from ${formatNumber(domain[0], 3)} to ${formatNumber(domain[1], 3)}`;
  return (
    `<svg class="preview-plot" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">` +
    (zero ? `<path class="zero" d="${zero}"/>` : '') +
    `<path class="fn" d="${pathData(paths, 0)}"/></svg>`
  );
}
