import { logSoftmax, logSumExp, maxout, maxoutKinks, softmax, sparsemax, entmax15, type AffinePiece } from '../kernel';
import { curvesFigure } from './curves-figure';
import { simplexFigure } from './simplex-figure';
import { formatNumber } from './format';

/** What a figure of a vector-valued function gives the page: one or two SVGs and their plain-language description. */
export interface VectorFigure {
  svgs: string[];
  description: string;
  evaluations: number;
}

/** The three-class scores every simplex figure uses: softmax keeps all three classes, sparsemax drops the third. */
export const SIMPLEX_SCORES: readonly number[] = [1, 0.5, -0.5];
const Z = SIMPLEX_SCORES;
const T_RANGE: readonly [number, number] = [0.02, 50];

const scaled = (t: number) => Z.map((v) => v / t);
const vec = (p: readonly number[]) => `(${p.map((v) => formatNumber(v, 2)).join(', ')})`;
const zText = vec(Z);

/** softmax([x, 0])₁ = σ(x) and sparsemax([x, 0])₁ = clip((x + 1)/2, 0, 1): both computed from the vector functions. */
function twoClassSlice(id: string) {
  return curvesFigure({
    curves: [
      { label: 'softmax([x, 0])₁', kind: 'fn', f: (x) => softmax([x, 0])[0] },
      { label: 'sparsemax([x, 0])₁', kind: 'cmp', slot: 1, f: (x) => sparsemax([x, 0])[0], kinks: [-1, 1] },
    ],
    domain: [-4, 4],
    yLabel: 'p₁',
    legendSide: 'left',
    title: 'Two-class slice: probability of class 1 for scores (x, 0)',
    desc:
      `Probability of the first of two classes with scores x and 0, for x from −4 to 4. Softmax gives the logistic sigmoid σ(x): ` +
      `it is ${formatNumber(softmax([-4, 0])[0], 2)} at x = −4 and never reaches 0 or 1. Sparsemax gives a ramp (x + 1)/2 ` +
      `that is exactly 0 for x ≤ −1 and exactly 1 for x ≥ 1.`,
    idPrefix: `vec-${id}-slice`,
  });
}

function temperatureSimplex(id: string, withSparse: boolean, withEntmax = false) {
  const marks = [0.5, 1, 2].map((t) => ({ t, label: `T = ${t}` }));
  const paths = [
    {
      label: 'softmax(z/T)',
      kind: 'fn' as const,
      p: (t: number) => softmax(Z, t),
      marks: withSparse ? [{ t: 1, label: 'T = 1' }] : marks,
    },
    ...(withEntmax
      ? [
          {
            label: '1.5-entmax(z/T)',
            kind: 'cmp' as const,
            slot: 2,
            p: (t: number) => entmax15(scaled(t)),
            marks: [{ t: 1, label: '' }],
          },
        ]
      : []),
    ...(withSparse
      ? [
          {
            label: 'sparsemax(z/T)',
            kind: 'cmp' as const,
            slot: 1,
            p: (t: number) => sparsemax(scaled(t)),
            marks: [{ t: 1, label: '' }],
          },
        ]
      : []),
  ];
  const parts = [
    `The triangle is the set of probability vectors over three classes; a corner is certainty in one class and the centre dot is the uniform vector.`,
    `The curves are the outputs for the scores z = ${zText} as the temperature T runs from ${formatNumber(T_RANGE[1])} down to ${formatNumber(T_RANGE[0])}.`,
    `Softmax moves from near the centre towards the class 1 corner and never reaches an edge, though below T ≈ 0.2 its smallest probability is too small to draw; at T = 1 it gives ${vec(softmax(Z))}` +
      (withSparse ? '.' : `, at T = 0.5 ${vec(softmax(Z, 0.5))} and at T = 2 ${vec(softmax(Z, 2))}.`),
  ];
  if (withEntmax) parts.push(`1.5-entmax at T = 1 gives ${vec(entmax15(Z))}.`);
  if (withSparse)
    parts.push(
      `Sparsemax moves along straight segments: it reaches the edge where class 3 has probability exactly 0, gives ${vec(sparsemax(Z))} at T = 1, and reaches the class 1 corner exactly once T ≤ ${formatNumber(Z[0] - Z[1])}.`,
    );
  return simplexFigure({
    paths,
    range: T_RANGE,
    title: `Probability simplex: ${paths.map((p) => p.label).join(', ')} as the temperature T varies`,
    desc: parts.join(' '),
    idPrefix: `vec-${id}-simplex`,
  });
}

const GOODFELLOW_PIECES: readonly AffinePiece[] = [-3, -1, 1, 3].map((t) => ({ w: t / 2, b: (-t * t) / 4 }));

/** Figures for the vector-valued functions, keyed by the id used in `<ActivationPlot fn="…">`. */
export const vectorFigures: Readonly<Record<string, (suffix: string) => VectorFigure>> = Object.freeze({
  softmax: (s) => {
    const a = twoClassSlice(`softmax${s}`);
    const b = temperatureSimplex(`softmax${s}`, true);
    return {
      svgs: [a.svg, b.svg],
      description: `Left: the two-class slice, where softmax is the logistic sigmoid and sparsemax a clipped ramp. Right: the outputs for three classes on the probability simplex as the temperature varies; sparsemax reaches the edges and corners, softmax never does.`,
      evaluations: a.evaluations + b.evaluations,
    };
  },
  sparsemax: (s) => {
    const a = twoClassSlice(`sparsemax${s}`);
    const b = temperatureSimplex(`sparsemax${s}`, true, true);
    return {
      svgs: [a.svg, b.svg],
      description: `Left: with two classes sparsemax is the ramp clip((x + 1)/2, 0, 1) where softmax is σ(x). Right: for three classes and scores z = ${zText}, softmax stays inside the simplex, 1.5-entmax and sparsemax reach its edge, and sparsemax reaches the corner at a finite temperature.`,
      evaluations: a.evaluations + b.evaluations,
    };
  },
  entmax: (s) => {
    const slice = curvesFigure({
      curves: [
        { label: '1.5-entmax([x, 0])₁', kind: 'fn', f: (x) => entmax15([x, 0])[0], kinks: [-2, 2] },
        { label: 'softmax([x, 0])₁', kind: 'cmp', slot: 2, f: (x) => softmax([x, 0])[0] },
        { label: 'sparsemax([x, 0])₁', kind: 'cmp', slot: 1, f: (x) => sparsemax([x, 0])[0], kinks: [-1, 1] },
      ],
      domain: [-4, 4],
      yLabel: 'p₁',
      legendSide: 'left',
      title: 'Two-class slice of 1.5-entmax, softmax and sparsemax',
      desc:
        `Probability of class 1 for scores (x, 0). 1.5-entmax is a smooth S-curve like softmax in the middle but reaches exactly 0 at x = −2 and exactly 1 at x = 2; ` +
        `at x = 1 it gives ${formatNumber(entmax15([1, 0])[0], 3)}, between sparsemax's ${formatNumber(sparsemax([1, 0])[0], 3)} and softmax's ${formatNumber(softmax([1, 0])[0], 3)}.`,
      idPrefix: `vec-entmax${s}-slice`,
    });
    const simplex = temperatureSimplex(`entmax${s}`, true, true);
    return {
      svgs: [slice.svg, simplex.svg],
      description: `Left: with two classes 1.5-entmax saturates at exactly 0 and 1, like sparsemax, but bends smoothly, like softmax. Right: the three maps on the probability simplex as the temperature varies.`,
      evaluations: slice.evaluations + simplex.evaluations,
    };
  },
  'softmax-temperature': (s) => {
    const slice = curvesFigure({
      curves: [0.5, 1, 2].map((t, i) => ({
        label: `T = ${t}`,
        kind: i === 1 ? ('fn' as const) : ('cmp' as const),
        slot: i === 0 ? 1 : 2,
        f: (x: number) => softmax([x, 0], t)[0],
      })),
      domain: [-4, 4],
      yLabel: 'p₁',
      legendSide: 'left',
      title: 'softmax([x, 0]/T)₁ = σ(x/T) at three temperatures',
      desc: `Probability of class 1 for scores (x, 0) at temperatures 0.5, 1 and 2. All three pass through 0.5 at x = 0 with slope 1/(4T): a low temperature sharpens the switch, a high one flattens it. At x = 2 they give ${[0.5, 1, 2].map((t) => formatNumber(softmax([2, 0], t)[0], 3)).join(', ')}.`,
      idPrefix: `vec-softmax-temperature${s}-slice`,
    });
    const simplex = temperatureSimplex(`softmax-temperature${s}`, false);
    return {
      svgs: [slice.svg, simplex.svg],
      description: `Left: the two-class slice at T = 0.5, 1 and 2. Right: the path of softmax(z/T) for three classes as T falls, with the same three temperatures marked.`,
      evaluations: slice.evaluations + simplex.evaluations,
    };
  },
  'log-sum-exp': (s) => {
    const f = curvesFigure({
      curves: [
        { label: 'LSE(x, 0)', kind: 'fn', f: (x) => logSumExp([x, 0]) },
        { label: '½·LSE(2x, 0)', kind: 'cmp', slot: 2, f: (x) => logSumExp([2 * x, 0]) / 2 },
        { label: 'max(x, 0)', kind: 'cmp', slot: 1, f: (x) => Math.max(x, 0), kinks: [0] },
      ],
      domain: [-4, 4],
      yLabel: 'y',
      legendSide: 'left',
      title: 'Log-sum-exp of (x, 0) as a smooth maximum',
      desc: `LSE(x, 0) = log(eˣ + 1) lies above max(x, 0) by at most log 2 ≈ ${formatNumber(logSumExp([0, 0]), 3)}, reached at x = 0, and the gap shrinks like e^(−|x|) away from it. At temperature ½, ½·LSE(2x, 0), the gap is at most ½ log 2.`,
      idPrefix: `vec-log-sum-exp${s}`,
    });
    return {
      svgs: [f.svg],
      description: 'Log-sum-exp of two scores, x and 0, against their maximum, at temperatures 1 and ½.',
      evaluations: f.evaluations,
    };
  },
  'log-softmax': (s) => {
    const f = curvesFigure({
      curves: [
        { label: 'log softmax([x, 0])₁', kind: 'fn', f: (x) => logSoftmax([x, 0])[0] },
        { label: 'log softmax([x, 0])₂', kind: 'cmp', slot: 1, f: (x) => logSoftmax([x, 0])[1] },
        { label: 'min(x, 0)', kind: 'cmp', slot: 2, f: (x) => Math.min(x, 0), kinks: [0] },
      ],
      domain: [-6, 6],
      yLabel: 'log p',
      legendSide: 'right',
      title: 'Log-probabilities of two classes with scores (x, 0)',
      desc: `log softmax([x, 0])₁ = log σ(x) goes to 0 for large x and approaches the line x for very negative x, so it tracks min(x, 0). At x = −6 it is ${formatNumber(logSoftmax([-6, 0])[0], 4)}, where softmax itself is ${formatNumber(softmax([-6, 0])[0], 3)}. The two log-probabilities are mirror images.`,
      idPrefix: `vec-log-softmax${s}`,
    });
    return {
      svgs: [f.svg],
      description:
        'The two log-probabilities of a two-class softmax as the score gap x varies, with min(x, 0) for reference.',
      evaluations: f.evaluations,
    };
  },
  maxout: (s) => {
    const kinks = maxoutKinks(GOODFELLOW_PIECES);
    // The largest gap below the parabola on the plotted range, on a fine grid that contains the kinks.
    let gap = 0;
    for (let i = 0; i <= 8000; i++) {
      const x = -4 + i / 1000;
      gap = Math.max(gap, (x * x) / 4 - maxout(GOODFELLOW_PIECES, x));
    }
    const f = curvesFigure({
      curves: [
        { label: 'maxout', kind: 'fn', f: (x) => maxout(GOODFELLOW_PIECES, x), kinks },
        { label: 'x²/4', kind: 'df', f: (x) => (x * x) / 4 },
        {
          label: 'its 4 pieces',
          kind: 'cmp',
          slot: 1,
          f: (x) => GOODFELLOW_PIECES[0].w * x + GOODFELLOW_PIECES[0].b,
          also: GOODFELLOW_PIECES.slice(1).map((p) => (x: number) => p.w * x + p.b),
          fitY: false,
        },
      ],
      domain: [-4, 4],
      yLabel: 'y',
      legendSide: 'left',
      title: 'A maxout unit with four affine pieces approximating x²/4',
      desc: `Four lines, tangent to x²/4 at x = −3, −1, 1 and 3, and their maximum: a convex piecewise-linear function with kinks at x = ${kinks.map((k) => formatNumber(k)).join(', ')}. On [−4, 4] it stays below x²/4 by at most ${formatNumber(gap, 2)}. More pieces approximate any convex function more closely.`,
      idPrefix: `vec-maxout${s}`,
    });
    return {
      svgs: [f.svg],
      description:
        'One maxout unit in one dimension: the maximum of four learned lines, here chosen to approximate a parabola.',
      evaluations: f.evaluations,
    };
  },
});
