// npm run bench:plots — per activation: raw SVG bytes of a function + derivative + two
// comparisons figure, the max deviation from the exact curve (dense evaluation), and
// the time to generate every figure the site uses.
import { gzipSync } from 'node:zlib';
import { activations, gatedActivations } from '../../src/kernel';
import {
  activationFigure,
  derivativeJumps,
  gatedFigure,
  linearScale,
  maxDeviation,
  nice,
  sampleCurve,
} from '../../src/plot';
import { printTable } from '../lib/table';

const rows: string[][] = [];
let worstBytes = 0;
let worstDeviation = 0;
for (const a of Object.values(activations)) {
  const compare = ['relu', 'silu', 'gelu'].filter((c) => c !== a.id).slice(0, 2);
  const fig = activationFigure({ fn: a.id, compare, domain: [-4, 4] });
  const bytes = Buffer.byteLength(fig.svg);
  // Re-sample each curve on the figure's own scales and measure it independently.
  const x = linearScale([-4, 4], [34, 470]);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i <= 400; i++)
    for (const g of [a.f, a.df]) {
      const v = g(-4 + i / 50);
      if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    }
  const [y0, y1] = nice(lo, hi + 0.06 * (hi - lo), 6);
  const y = linearScale([y0, y1], [276, 12]);
  let dev = 0;
  for (const [fn, jumps] of [
    [a.f, a.jumps],
    [a.df, derivativeJumps(a)],
  ] as const) {
    const s = sampleCurve(fn, { x, y, kinks: a.kinks, jumps });
    dev = Math.max(dev, maxDeviation(fn, s.paths, { x, y }, { jumps }));
  }
  worstBytes = Math.max(worstBytes, bytes);
  worstDeviation = Math.max(worstDeviation, dev);
  rows.push([
    a.id,
    `+ ${compare.join(', ')}`,
    `${(bytes / 1024).toFixed(2)} KB`,
    `${(gzipSync(fig.svg).length / 1024).toFixed(2)} KB`,
    `${dev.toFixed(3)} px`,
    String(fig.evaluations),
  ]);
}
for (const g of Object.values(gatedActivations)) {
  const fig = gatedFigure(g.id, [-3, 3]);
  const bytes = Buffer.byteLength(fig.svg);
  rows.push([
    g.id,
    '(level sets)',
    `${(bytes / 1024).toFixed(2)} KB`,
    `${(gzipSync(fig.svg).length / 1024).toFixed(2)} KB`,
    '',
    String(fig.evaluations),
  ]);
}

const head = ['function', 'figure', 'raw SVG', 'gzip', 'max deviation', 'evaluations'];
printTable(head, rows, 2);

// Every figure the site draws: one per activation term page (with comparisons), the gallery's small multiples, and the gated plots.
const t0 = performance.now();
let figures = 0;
for (const a of Object.values(activations)) {
  activationFigure({ fn: a.id, compare: ['relu', 'silu'], domain: [-4, 4] });
  activationFigure({ fn: a.id, domain: [-4, 4], size: 'small' });
  figures += 2;
}
for (const g of Object.values(gatedActivations)) {
  gatedFigure(g.id, [-3, 3]);
  figures++;
}
const ms = performance.now() - t0;
console.log(
  `\nWorst figure: ${(worstBytes / 1024).toFixed(2)} KB raw (budget 4 KB); worst deviation ${worstDeviation.toFixed(3)} px (budget 0.25 px).`,
);
console.log(
  `All ${figures} site figures generated in ${ms.toFixed(0)} ms (one thread). PyTorch's docs: 640×480 PNGs of 21–32 KB, function only.`,
);
