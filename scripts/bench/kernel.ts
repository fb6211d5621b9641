// npm run bench:kernel — evaluations per second over 10⁶ points and the max ulp error over the
// mpmath fixtures, for our kernel and for the naive formulas PyTorch's CPU kernels use.
import { activations, erf, erfc, normalCdf } from '../../src/kernel';
import { loadKernelFixture } from '../lib/kernel-fixtures';
import { MIN_NORMAL, ulpDistance } from '../lib/ulp';
import { NAIVE } from './naive-formulas';
import { printTable } from '../lib/table';

const N = 1_000_000;
const xs = new Float64Array(N);
for (let i = 0; i < N; i++) xs[i] = -10 + 20 * (i * 0.6180339887498949 - Math.floor(i * 0.6180339887498949));

function rate(fn: (x: number) => number): number {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += fn(xs[i]); // warm up the JIT
  const t0 = performance.now();
  for (let i = 0; i < N; i++) sink += fn(xs[i]);
  const ms = performance.now() - t0;
  if (sink === 0.123456789) console.log(''); // keep the loop observable
  return N / ms / 1000; // millions per second
}

function maxUlp(fn: (x: number) => number, table: Record<string, [number, number][]>): number {
  let worst = 0;
  for (const rows of Object.values(table))
    for (const [x, e] of rows) if (Math.abs(e) >= MIN_NORMAL) worst = Math.max(worst, ulpDistance(fn(x), e));
  return worst;
}

const fmtRate = (r: number) => `${r.toFixed(1)} M/s`;
const fmtUlp = (u: number) => (u >= 1e6 ? u.toExponential(1) : String(u));
const rows: string[][] = [];
const special: Record<string, (x: number) => number> = { erf, erfc, 'normal-cdf': normalCdf };
const ids = [...Object.keys(activations), ...Object.keys(special)];
for (const id of ids) {
  const fixture = loadKernelFixture(id);
  for (const q of ['f', 'df'] as const) {
    const table = fixture[q];
    if (!table) continue;
    const ours = special[id] ?? activations[id][q];
    const naive = NAIVE[id]?.[q];
    rows.push([
      `${id}${q === 'df' ? '′' : ''}`,
      fmtRate(rate(ours)),
      fmtUlp(maxUlp(ours, table)),
      naive ? fmtRate(rate(naive)) : '(same formula)',
      naive ? fmtUlp(maxUlp(naive, table)) : '',
    ]);
  }
}
const head = ['function', 'ours: speed', 'ours: max ulp', 'naive: speed', 'naive: max ulp'];
printTable(head, rows);
console.log(
  `\nSpeed: ${N.toLocaleString('en')} points in [−10, 10], one thread. Max ulp: over every fixture value whose true result is a normal double.`,
);
