// Synthetic but realistic terms for npm run bench: every section filled, math in the body and the
// FAQ, a plot on half of them, related terms and comparisons. The prose is drawn at random from the
// vocabulary of the real glossary, so it varies like real text and passes the boilerplate check.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { activations } from '../../src/kernel';
import { termFileSource } from '../../src/editor/term-file';

/** A small seeded generator (mulberry32), so a run is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(contentDir: string): string[] {
  const words = new Set<string>();
  for (const f of readdirSync(join(contentDir, 'terms'))) {
    for (const w of readFileSync(join(contentDir, 'terms', f), 'utf8').match(/\b[a-z]{4,12}\b/g) ?? []) words.add(w);
  }
  return [...words].sort();
}

const NAMES = [
  'Alder',
  'Birch',
  'Cedar',
  'Dune',
  'Ember',
  'Fjord',
  'Grove',
  'Heath',
  'Iris',
  'Kite',
  'Larch',
  'Moss',
  'Oak',
  'Pine',
  'Reed',
  'Rowan',
  'Sage',
  'Tern',
  'Vale',
  'Wren',
];

/** The display name of synthetic term i: two words and a number, unique, never a prefix of another. */
export const syntheticName = (i: number) => `${NAMES[i % 20]} ${NAMES[Math.floor(i / 20) % 20]} unit ${i}`;
export const syntheticSlug = (i: number) => `synthetic-${String(i).padStart(5, '0')}`;

export function syntheticTerms(n: number, contentDir: string): { file: string; source: string }[] {
  const words = vocabulary(contentDir);
  const ids = Object.keys(activations);
  const out: { file: string; source: string }[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng(i + 1);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const other = () => {
      let j = Math.floor(r() * n);
      if (j === i) j = (j + 1) % n;
      return j;
    };
    const sentence = (len = 12 + Math.floor(r() * 10)) => {
      const s = Array.from({ length: len }, () => pick(words)).join(' ');
      return `${s[0].toUpperCase()}${s.slice(1)}.`;
    };
    const paragraph = (k = 3) => Array.from({ length: k }, () => sentence()).join(' ');
    const coefficient = () => (1 + Math.floor(r() * 9)).toString();
    const related = [...new Set([other(), other(), other()])];
    const comparisons = [...new Set([other(), other()])];
    const name = syntheticName(i);
    const frontmatter: Record<string, unknown> = {
      term: name,
      aliases: [`SU${i}`],
      shortDefinition: `${name} is ${sentence(14).toLowerCase().slice(0, -1)}, with $y = ${coefficient()}x^{2} + \\alpha_{${i}}$.`,
      category: pick(['activation-functions', 'gated-units', 'concepts']),
      ...(i % 2 === 0 ? { plot: { fn: pick(ids), compare: [pick(ids)], domain: [-4, 4] } } : {}),
      howItWorks: [1, 2, 3].map((k) => ({
        title: `Step ${k}: ${sentence(4).slice(0, -1)}`,
        body: `${paragraph(2)} Here $z_{${k}} = ${coefficient()}\\,w^\\top x$.`,
      })),
      inPractice: paragraph(3),
      comparisons: comparisons.map((j) => ({ with: syntheticSlug(j), summary: paragraph(2) })),
      faq: [1, 2, 3].map((k) => ({
        question: `${sentence(8).slice(0, -1)}?`,
        answer: `${paragraph(2)} In symbols, $\\frac{\\partial f}{\\partial x_{${k}}} = ${coefficient()}$.`,
      })),
      related: related.map(syntheticSlug),
      sources: [
        {
          title: sentence(6).slice(0, -1),
          authors: 'Synthetic, A.',
          year: 2000 + (i % 25),
          url: `https://arxiv.org/abs/2101.${String(i).padStart(5, '0')}`,
        },
      ],
    };
    const body = [
      paragraph(4),
      `$$\n\\mathcal{L}_{${i}} = \\sum_{k=1}^{n} ${coefficient()}\\,\\sigma\\bigl(w_k^\\top x\\bigr) - \\lambda \\lVert w \\rVert^{2}\n$$`,
      `${paragraph(3)} It relates to ${syntheticName(related[0])} and is often set beside ${syntheticName(comparisons[0])}.`,
      paragraph(4),
      '```python\ny = torch.nn.functional.gelu(x)\n```',
      paragraph(3),
    ].join('\n\n');
    out.push({ file: `${syntheticSlug(i)}.mdx`, source: termFileSource(frontmatter, body) });
  }
  return out;
}
