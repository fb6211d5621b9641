// The build's card process (src/seo/card-process.ts): the build computes each card, a child process
// draws those not cached yet. Run in a throwaway project, since cards go into its node_modules/.cache.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempProject } from '../helpers/temp-project';

let project: ReturnType<typeof tempProject>;
let spoolTmp: string;
beforeAll(() => {
  project = tempProject();
  // The spool goes to os.tmpdir(): a private one shows whether it is left behind.
  spoolTmp = join(project.root, 'tmp');
  mkdirSync(spoolTmp);
  writeFileSync(
    join(project.root, 'draw.mts'),
    `import { drawCardsBeside } from './src/seo/card-process.ts';
const specs = JSON.parse(process.argv[2]);
const jobs = specs.map((s) => ({ path: s.path, card: () => { if (s.throws) throw new Error(s.throws); return s.card; } }));
const cards = drawCardsBeside('.', jobs);
try {
  console.log(JSON.stringify({ drawing: cards.drawing, drawn: await cards.drawn }));
} catch (e) {
  console.log(JSON.stringify({ drawing: cards.drawing, error: e.message }));
}
`,
  );
});
afterAll(() => project.remove());

interface Outcome {
  drawing: number;
  drawn?: { path: string; key: string }[];
  error?: string;
}
function draw(specs: unknown[]): Outcome {
  const r = project.run('draw.mts', [JSON.stringify(specs)], { TMPDIR: spoolTmp });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Outcome;
}
/** Spool folders in the private temp folder (tsx keeps its own cache there too). */
const spools = () => readdirSync(spoolTmp).filter((n) => n.startsWith('glossary-cards-'));
const cacheFile = (key: string) => join(project.root, 'node_modules', '.cache', 'glossary-og', `${key}.png`);
const plot = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 300"><path class="fn" d="M0 300 L480 0"/></svg>';
const cards = [
  {
    path: '/og/a.png',
    card: { kicker: 'Activation functions', title: 'Unit A', text: 'A first card.', plotSvg: plot },
  },
  { path: '/og/b.png', card: { kicker: 'Training', title: 'Unit B', text: 'A second card, without a plot.' } },
];

test('draws each card not cached into the card cache, then reuses it without drawing again', async () => {
  const first = draw(cards);
  expect(first.error).toBeUndefined();
  expect(first.drawing).toBe(2);
  expect(first.drawn!.map((d) => d.path)).toEqual(['/og/a.png', '/og/b.png']);
  for (const { key } of first.drawn!) {
    const meta = await sharp(readFileSync(cacheFile(key))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  }
  const drawnAt = first.drawn!.map((d) => statSync(cacheFile(d.key)).mtimeMs);

  // The same cards and one edited card: only the edited one is drawn.
  const edited = { path: '/og/c.png', card: { ...cards[1].card, title: 'Unit C' } };
  const second = draw([...cards, edited]);
  expect(second.drawing).toBe(1);
  expect(second.drawn!.slice(0, 2)).toEqual(first.drawn);
  expect(first.drawn!.map((d) => statSync(cacheFile(d.key)).mtimeMs)).toEqual(drawnAt);
  expect(statSync(cacheFile(second.drawn![2].key)).isFile()).toBe(true);
  // No spool folder is left behind.
  expect(spools()).toEqual([]);
}, 120_000);

test('a card whose inputs cannot be computed fails the cards with its path and reason', () => {
  const out = draw([cards[0], { path: '/og/broken.png', throws: 'no such plot function "gleu"' }]);
  // Card a is cached from the test above: no card process was needed.
  expect(out.drawing).toBe(0);
  expect(out.error).toContain('1 sharing card could not be made:');
  expect(out.error).toContain('/og/broken.png: no such plot function "gleu"');
  expect(spools()).toEqual([]);
}, 120_000);

test('a card the card process cannot draw fails the cards with the process error, and leaves no spool', () => {
  const out = draw([{ path: '/og/bad.png', card: { kicker: 'k', title: 'Bad plot', text: 't', plotSvg: '<svg><g' } }]);
  expect(out.drawing).toBe(1);
  expect(out.error).toContain('drawing the sharing cards failed');
  expect(out.error).toContain('Failed to parse SVG');
  expect(spools()).toEqual([]);
}, 120_000);
