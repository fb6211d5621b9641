import { describe, expect, test } from 'vitest';
import { vectorFigures, SIMPLEX_SCORES } from '../../src/plot/vector-figures';
import { sampleParametric, simplexPoint } from '../../src/plot/simplex-figure';
import { activationPlotHtml } from '../../src/plot/figure-html';
import { distanceToSegment, type Point } from '../../src/plot/geometry';
import { sigmoid, softmax, sparsemax } from '../../src/kernel';

const ids = Object.keys(vectorFigures);
/** The polylines of every `<path class="…">` whose class starts with `cls`, decoded from pathData's absolute M and relative h/v/l steps. */
function pathsOf(svg: string, cls: string): Point[][] {
  const out: Point[][] = [];
  for (const m of svg.matchAll(/<path class="([^"]+)" d="([^"]+)"/g)) {
    if (!m[1].startsWith(cls)) continue;
    const tokens = m[2].match(/[MLhvl]|-?(\d+\.?\d*|\.\d+)/g)!;
    let cmd = '';
    let line: Point[] = [];
    for (let i = 0; i < tokens.length;) {
      if (/[MLhvl]/.test(tokens[i])) cmd = tokens[i++];
      const num = () => Number(tokens[i++]);
      const [x, y] = line.length ? line[line.length - 1] : [0, 0];
      if (cmd === 'M') {
        if (line.length) out.push(line);
        line = [[num(), num()]];
      } else if (cmd === 'L') line.push([num(), num()]);
      else if (cmd === 'h') line.push([x + num(), y]);
      else if (cmd === 'v') line.push([x, y + num()]);
      else line.push([x + num(), y + num()]);
    }
    out.push(line);
  }
  return out;
}
const distanceToPolyline = (p: Point, line: Point[]) =>
  Math.min(...line.slice(1).map((q, i) => distanceToSegment(p, line[i], q)));

describe('figures of vector-valued functions', () => {
  test.each(ids)('%s: accessible SVGs (title and desc tied by aria-labelledby), each under 3 KB', (id) => {
    const f = vectorFigures[id]('');
    expect(f.svgs.length).toBeGreaterThan(0);
    for (const svg of f.svgs) {
      const [t, d] = /aria-labelledby="([^"]+)"/.exec(svg)![1].split(' ');
      expect(svg).toMatch(new RegExp(`<title id="${t}">[^<]{10,}</title><desc id="${d}">[^<]{40,}</desc>`));
      expect(svg.length).toBeLessThan(3000);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(f.description.length).toBeGreaterThan(40);
  });

  test.each(ids)('%s: deterministic, and ids differ by suffix so one page can show it twice', (id) => {
    expect(vectorFigures[id]('').svgs).toEqual(vectorFigures[id]('').svgs);
    const a = vectorFigures[id]('-a').svgs.join('');
    const b = vectorFigures[id]('-b').svgs.join('');
    const idsOf = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(idsOf(a).filter((x) => idsOf(b).includes(x))).toEqual([]);
  });

  test('the simplex paths pass through softmax(z) and sparsemax(z) at T = 1; sparsemax runs along the edge p₃ = 0 into the corner', () => {
    const svg = vectorFigures.softmax('').svgs[1];
    const [soft] = pathsOf(svg, 'fn');
    const [sparse] = pathsOf(svg, 'cmp');
    expect(distanceToPolyline(simplexPoint(softmax(SIMPLEX_SCORES)), soft)).toBeLessThan(0.3);
    expect(distanceToPolyline(simplexPoint(sparsemax(SIMPLEX_SCORES)), sparse)).toBeLessThan(0.3);
    // Class 1's corner is (32, 246) and the edge p₃ = 0 is y = 246. For z = (1, 0.5, −0.5), sparsemax(z/T) is the corner
    // for T ≤ 1/2, runs straight along the edge until class 3 enters the support at T = 5/2, then heads for the centre.
    expect(sparse[0]).toEqual([32, 246]);
    const leaves = simplexPoint(sparsemax(SIMPLEX_SCORES.map((v) => v / 2.5)));
    expect(leaves[1]).toBeCloseTo(246, 9);
    expect(Math.min(...sparse.map((q) => Math.hypot(q[0] - leaves[0], q[1] - leaves[1])))).toBeLessThan(0.3);
    // Softmax keeps every class above 0 over the whole temperature range drawn.
    for (const t of [0.02, 0.1, 1, 50]) expect(Math.min(...softmax(SIMPLEX_SCORES, t))).toBeGreaterThan(0);
  });

  test('the two-class slice of softmax is drawn within 0.25 px of σ(x), computed independently', () => {
    const svg = vectorFigures.softmax('').svgs[0];
    const [line] = pathsOf(svg, 'fn');
    // Pixel scales of the full-size frame, read off the curve's ends at x = −4 and x = 4 (margins depend on tick labels).
    const [xa, xb] = [line[0][0], line[line.length - 1][0]];
    const px = (x: number) => xa + ((x + 4) / 8) * (xb - xa);
    const y0 = line[0][1];
    const y1 = line[line.length - 1][1];
    const py = (v: number) => y0 + ((v - sigmoid(-4)) / (sigmoid(4) - sigmoid(-4))) * (y1 - y0);
    for (let x = -4; x <= 4; x += 0.05)
      expect(distanceToPolyline([px(x), py(sigmoid(x))], line)).toBeLessThan(0.25 + 0.1);
  });

  test('sampleParametric follows a circle to within its tolerance', () => {
    const { line } = sampleParametric((u) => [150 + 100 * Math.cos(u), 150 + 100 * Math.sin(u)], 0, Math.PI);
    for (let u = 0; u <= Math.PI; u += 0.001)
      expect(distanceToPolyline([150 + 100 * Math.cos(u), 150 + 100 * Math.sin(u)], line)).toBeLessThanOrEqual(0.25);
    expect(line.length).toBeLessThan(80);
  });

  test('<ActivationPlot fn="sparsemax"> renders both figures side by side with the caption, and no table of f′', () => {
    const html = activationPlotHtml({ fn: 'sparsemax' });
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('<div class="plot-row">');
    expect(html).not.toContain('<details>');
    expect(html).toContain('<figcaption>');
  });
});
