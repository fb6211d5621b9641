import type { Activation } from '../kernel/types';
import type { Box, Point, Polyline } from './geometry';
import { finishPaths, sampleCurve } from './sample';
import { linearScale, type LinearScale } from './scale';

/**
 * A comparison curve sampled once, at build time, by the kernel and the
 * build's sampler, for a figure whose main curve moves with sliders: the
 * comparison does not move, so the parameter island redraws it from these
 * points instead of loading its kernel family (GELU's erf tables are 4 KB
 * gzipped). The build draws the same figure from the same trace, so the
 * island's SVG at the default values is still the build's, byte for byte.
 *
 * The points live in a virtual frame: x from the domain onto [0, TRACE_WIDTH],
 * y from `y` onto [height, 0], `height` being TRACE_ZOOM times the figure's
 * plot height per unit of the default figure's y-range. Sampled there to
 * 0.25 px, the trace stays within 0.25 / TRACE_ZOOM px of the true curve on
 * any redrawn figure whose y-range is at least 1 / TRACE_ZOOM of the default's.
 */
export interface Trace {
  name: string;
  y: [number, number];
  height: number;
  /** Polylines as flat [x0, y0, x1, y1, …] lists in the virtual frame, 2 decimals. */
  lines: number[][];
}

/** Wider than any figure's plot area (480 viewBox units). */
const TRACE_WIDTH = 480;
const TRACE_ZOOM = 8;
const TRACE_DECIMALS = 2;

/** Traces `c` on `domain` for a figure whose default y-range is `yDomain`, drawn `plotHeight` px tall. */
export function traceCurve(
  c: Pick<Activation, 'name' | 'f' | 'kinks' | 'jumps'>,
  domain: readonly [number, number],
  yDomain: readonly [number, number],
  plotHeight: number,
  ownExtent: readonly [number, number],
): Trace {
  // The whole curve, never clipped: a redrawn figure may show more of it than the default does.
  const y: [number, number] = [Math.min(yDomain[0], ownExtent[0]), Math.max(yDomain[1], ownExtent[1])];
  const height = Math.ceil((plotHeight * TRACE_ZOOM * (y[1] - y[0])) / (yDomain[1] - yDomain[0]));
  const { paths } = sampleCurve(c.f, {
    x: linearScale(domain, [0, TRACE_WIDTH]),
    y: linearScale(y, [height, 0]),
    kinks: c.kinks,
    jumps: c.jumps,
    decimals: TRACE_DECIMALS,
  });
  return { name: c.name, y, height, lines: paths.map((line) => line.flat()) };
}

/** Rounding of the final coordinates (1 decimal) and the trace's own error, in screen px. */
const TRACE_ERROR = 0.25 / TRACE_ZOOM + Math.SQRT2 * 0.5 * 10 ** -TRACE_DECIMALS;
const EPS_SIMPLIFY = 0.25 - Math.SQRT2 * 0.05 - TRACE_ERROR - 1e-9;

/** The trace's polylines on a figure's scales, clipped to its plot box and rounded as sampleCurve rounds. */
export function drawTrace(t: Trace, x: LinearScale, y: LinearScale): Polyline[] {
  const vx = linearScale(x.domain, [0, TRACE_WIDTH]);
  const vy = linearScale(t.y, [t.height, 0]);
  const raw = t.lines.map((flat) => {
    const line: Point[] = [];
    for (let i = 0; i < flat.length; i += 2) line.push([x(vx.invert(flat[i])), y(vy.invert(flat[i + 1]))]);
    return line;
  });
  const box: Box = {
    left: Math.min(...x.range),
    right: Math.max(...x.range),
    top: Math.min(...y.range),
    bottom: Math.max(...y.range),
  };
  return finishPaths(raw, box, EPS_SIMPLIFY, 1);
}
