import { activations, propertiesOf, type Activation } from '../kernel';
import {
  asymptote,
  largestSlopeGap,
  largestValueGap,
  meetingsOf,
  type Asymptote,
  type LargestGap,
  type Meeting,
} from '../kernel/compare';
import { formatNumber, formatRange, pairFigure, propertyRows } from '../plot';
import { differenceFigure } from '../plot/difference-figure';
import { renderMarkdown } from '../markdown/render';
import { diskCached } from '../markdown/disk-cache';
import * as devalue from 'devalue';
import { lastUpdated } from './history';
import type { TermRecord } from './records';
import { termUrl } from './urls';
import { DESCRIPTION_MAX, pairTitle } from './titles';
import type { ComparePair } from './compare';

/** How far the approximation error is followed beyond the plot: the error of every approximation pair has died out by then. */
export const WIDE: readonly [number, number] = [-50, 50];

/** Everything a compare page shows; every number computed by the kernel (src/kernel/compare.ts). */
export interface PairView {
  url: string;
  h1: string;
  /** `<title>`, at most 60 characters. */
  title: string;
  /** Meta description: the difference in words, whole sentences, at most 160 characters. */
  description: string;
  sides: { slug: string; term: string; url: string; fn: Activation }[];
  domain: readonly [number, number];
  /** Computed findings, one sentence each (plain text). */
  facts: string[];
  /** Properties side by side: label, a's value, b's value. */
  rows: [label: string, a: string, b: string][];
  figure: { svg: string; caption: string };
  difference: { svg: string; caption: string; heading: string };
  /** When one side was introduced to approximate the other. */
  approximation?: { approx: string; exact: string; onDomain: LargestGap; wide: LargestGap; vanishes: boolean };
  /** The editors' own pair texts, each shown once (rendered Markdown). */
  summaries: { heading: string; html: string }[];
  /** The later of the two terms' last changes. */
  updated: Date;
}

const fmt = (v: number, digits = 3) => formatNumber(v, digits);
const at = (x: number) => `x = ${fmt(x)}`;
const interval = ([lo, hi]: readonly [number, number]) => `[${fmt(lo)}, ${fmt(hi)}]`;

/** The plotted domain of a pair: the union of both terms' plot domains. */
export function pairDomain(a: TermRecord, b: TermRecord): [number, number] {
  return [
    Math.min(a.data.plot?.domain[0] ?? -4, b.data.plot?.domain[0] ?? -4),
    Math.max(a.data.plot?.domain[1] ?? 4, b.data.plot?.domain[1] ?? 4),
  ];
}

/**
 * An asymptote in symbols.
 * @example asymptoteText({ kind: 'line', slope: 1, offset: -1 }) // '≈ x − 1'
 */
export function asymptoteText(t: Asymptote): string {
  if (t.kind === 'limit') return `→ ${fmt(t.value, 4)}`;
  const slope = t.slope === 1 ? 'x' : t.slope === -1 ? '−x' : `${fmt(t.slope, 4)}x`;
  const offset = t.offset === 0 ? '' : ` ${t.offset < 0 ? '−' : '+'} ${fmt(Math.abs(t.offset), 4)}`;
  return `≈ ${slope}${offset}`;
}

const sameAsymptote = (p: Asymptote, q: Asymptote) => JSON.stringify(p) === JSON.stringify(q);

/** The shape of one side in a few words, for the description: its smoothness and its dip or bounds. */
export function shapeWords(a: Activation): string {
  const list = (xs: readonly number[]) => xs.map((k) => at(k)).join(' and ');
  const smooth = {
    'C^inf': 'is smooth',
    'C^2': `is C², with a jump in its third derivative at ${list(a.kinks)}`,
    'C^1': `is C¹, with a change of curvature at ${list(a.kinks)}`,
    'C^0': `has ${a.kinks.length > 1 ? 'corners' : 'a corner'} at ${list(a.kinks)}`,
    'C^-1': `jumps at ${list(a.jumps)}`,
  }[a.smoothness];
  const min = propertiesOf(a.id).minimum;
  if (min) return `${a.name} ${smooth} and dips to ${fmt(min.value, 2)}`;
  if (Number.isFinite(a.range.min) && Number.isFinite(a.range.max))
    return `${a.name} ${smooth} and stays in ${formatRange(a.range)}`;
  return `${a.name} ${smooth}`;
}

/** A position on the x axis: 3 significant digits, and 0 for the noise of a numerically found maximum at 0. */
const xText = (x: number) => (Math.abs(x) < 5e-4 ? '0' : fmt(x));

/** "a, b and c" */
const listText = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0];

/** A stretch of x in words: "x ≤ 0", "x ≥ 3", "everywhere", or an interval. */
function stretchText(from: number, to: number): string {
  if (from === -Infinity && to === Infinity) return 'everywhere';
  if (from === -Infinity) return `for x ≤ ${xText(to)}`;
  if (to === Infinity) return `for x ≥ ${xText(from)}`;
  return `on ${interval([from, to])}`;
}

/** Where two curves meet, in one sentence. */
export function meetingSentence(
  a: Activation,
  b: Activation,
  meetings: Meeting[],
  domain: readonly [number, number],
): string {
  if (!meetings.length)
    return `On ${interval(domain)} the curves never meet: ${a.f(domain[0]) > b.f(domain[0]) ? a.name : b.name} stays above.`;
  const parts: string[] = [];
  const equal = meetings.flatMap((m) => (m.kind === 'equal' ? [stretchText(m.from, m.to)] : []));
  const crosses = meetings.flatMap((m) => (m.kind === 'cross' ? [xText(m.x)] : []));
  const touches = meetings.flatMap((m) => (m.kind === 'touch' ? [xText(m.x)] : []));
  if (equal.length) parts.push(`are equal ${listText(equal)}`);
  if (crosses.length) parts.push(`cross at x = ${listText(crosses)}`);
  if (touches.length) parts.push(`touch without crossing at x = ${listText(touches)}`);
  return `On ${interval(domain)} they ${listText(parts)}.`;
}

/** Where a largest gap lies: its flat stretches, or its point (with ± when the gap is symmetric, one-sided at a kink). */
function gapPlace(
  g: LargestGap,
  kinks: readonly number[],
  h: (x: number) => number,
  domain: readonly [number, number],
): string {
  // A stretch narrower than 1% of the plot is a flat maximum, not a plateau: name its point.
  const plateaus = g.plateaus.filter(([p, q]) => q - p > 0.01 * (domain[1] - domain[0]));
  if (plateaus.length)
    return listText(
      plateaus.map(([p, q]) =>
        stretchText(p <= domain[0] ? -Infinity : p, q >= domain[1] ? Infinity : q)
          .replace(/^for /, 'wherever ')
          .replace(/^everywhere$/, 'everywhere on the plot'),
      ),
    );
  const kink = kinks.find((k) => Math.abs(k - g.x) < 1e-6);
  if (kink === g.x) return `at x = ${xText(kink)}`;
  if (kink !== undefined) return `just ${g.x < kink ? 'left' : 'right'} of x = ${xText(kink)}`;
  const mirrored = xText(g.x) !== '0' && Math.abs(h(-g.x) - h(g.x)) <= 1e-9 * Math.abs(h(g.x));
  if (mirrored) return `at x = ±${xText(Math.abs(g.x))}`;
  const edge = g.x === domain[0] || g.x === domain[1] ? ', the edge of the plot' : '';
  return `at x = ${xText(g.x)}${edge}`;
}

/** Joins sentences while the whole stays within `max` characters; never cuts a sentence. */
export function fitSentences(sentences: string[], max: number): string {
  let out = '';
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if (next.length <= max) out = next;
  }
  return out;
}

/** The heading of a compare page. */
export const pairHeading = (pair: ComparePair): string => `${pair.a.data.term} vs ${pair.b.data.term}`;

/** Builds a compare page from a pair that has one (both sides one-input activations). */
export function buildPairView(pair: ComparePair): PairView {
  if (!pair.fns) throw new Error(`${pair.url}: a compare page needs two one-input activations`);
  const [fa, fb] = pair.fns.map((id) => activations[id]);
  const domain = pairDomain(pair.a, pair.b);
  const { facts, description, rows, figure, difference, approximation } = kernelFindings(fa, fb, domain);

  const summaries: PairView['summaries'] = [];
  if (pair.aOnB)
    summaries.push({
      heading: `${pair.a.data.term} on ${pair.b.data.term}`,
      html: renderMarkdown(pair.aOnB, `${pair.a.file} comparisons`),
    });
  if (pair.bOnA)
    summaries.push({
      heading: `${pair.b.data.term} on ${pair.a.data.term}`,
      html: renderMarkdown(pair.bOnA, `${pair.b.file} comparisons`),
    });

  const updated = [pair.a, pair.b].map((t) => lastUpdated(t.file, t.data.updated)).reduce((p, q) => (q > p ? q : p));
  return {
    url: pair.url,
    h1: pairHeading(pair),
    title: pairTitle(pair.a.data.term, pair.b.data.term),
    description,
    sides: [pair.a, pair.b].map((t, i) => ({
      slug: t.slug,
      term: t.data.term,
      url: termUrl(t.slug),
      fn: i === 0 ? fa : fb,
    })),
    domain,
    facts,
    rows,
    figure,
    difference,
    approximation,
    summaries,
    updated,
  };
}

type Findings = Pick<PairView, 'facts' | 'description' | 'rows' | 'figure' | 'difference' | 'approximation'>;
const findings = new Map<string, Findings>();

/**
 * What the kernel finds about two functions on a domain: the sentences, the
 * property rows and both figures. It depends on the two kernel ids and the
 * domain only, never on the terms' text, so it is computed once per build for
 * each distinct pair of functions and kept in the disk cache (keyed also by the
 * kernel's code) for later builds: the numerical searches behind it cost ~50 ms a pair.
 */
function kernelFindings(fa: Activation, fb: Activation, domain: readonly [number, number]): Findings {
  const key = `${fa.id}\0${fb.id}\0${domain.join(',')}`;
  let found = findings.get(key);
  if (!found) {
    found = devalue.parse(
      diskCached('pair-findings', key, () => devalue.stringify(computeFindings(fa, fb, domain))),
    ) as Findings;
    findings.set(key, found);
  }
  return found;
}

function computeFindings(fa: Activation, fb: Activation, domain: readonly [number, number]): Findings {
  const gap = largestValueGap(fa, fb, domain);
  const slope = largestSlopeGap(fa, fb, domain);
  const meetings = meetingsOf(fa, fb, domain);
  const tails = ([-1, 1] as const).map((side) => [asymptote(fa.f, side), asymptote(fb.f, side)] as const);

  const [approx, exact] = fa.approximates === fb.id ? [fa, fb] : fb.approximates === fa.id ? [fb, fa] : [];
  const approximation =
    approx && exact
      ? {
          approx: approx.name,
          exact: exact.name,
          onDomain: largestValueGap(approx, exact, domain),
          wide: largestValueGap(approx, exact, WIDE),
          vanishes: tails.every(([p, q]) => sameAsymptote(p, q)),
        }
      : undefined;

  const kinks = [...fa.kinks, ...fb.kinks];
  const absGap = (x: number) => Math.abs(fa.f(x) - fb.f(x));
  const absSlopeGap = (x: number) => Math.abs(fa.df(x) - fb.df(x));
  const identical =
    gap.difference === 0 && meetings.some((m) => m.kind === 'equal' && m.from === -Infinity && m.to === Infinity);
  const above = gap.difference > 0 ? [fa.name, fb.name] : [fb.name, fa.name];
  const gapSentence = identical
    ? `With PyTorch's default parameters ${fa.name} and ${fb.name} are the same function: they agree at every x.`
    : `On ${interval(domain)} they differ by at most ${fmt(Math.abs(gap.difference))}, ${gapPlace(gap, kinks, absGap, domain)}, where ${above[0]} is above ${above[1]}.`;
  const slopeSentence =
    slope.difference === 0
      ? `Their slopes are equal everywhere on ${interval(domain)}.`
      : `Their slopes differ most, by ${fmt(Math.abs(slope.difference))}, ${gapPlace(slope, kinks, absSlopeGap, domain)}: ${fmt(fa.df(slope.x))} for ${fa.name} against ${fmt(fb.df(slope.x))} for ${fb.name}.`;
  const tailSentences = tails.map(([p, q], i) => {
    const side = i === 0 ? 'x → −∞' : 'x → +∞';
    return sameAsymptote(p, q)
      ? `As ${side} both ${asymptoteText(p).replace('→', 'tend to').replace('≈', 'approach')}.`
      : `As ${side}, ${fa.name} ${asymptoteText(p)} while ${fb.name} ${asymptoteText(q)}.`;
  });

  const facts: string[] = [];
  let approxSentence = '';
  if (approximation) {
    const { onDomain, wide } = approximation;
    const h = (x: number) => Math.abs(approx!.f(x) - exact!.f(x));
    approxSentence = `${approximation.approx} approximates ${approximation.exact} to within ${fmt(Math.abs(onDomain.difference), 2)} on ${interval(domain)}; the error peaks ${gapPlace(onDomain, kinks, h, domain)}.`;
    facts.push(
      approxSentence,
      Math.abs(wide.difference) <= Math.abs(onDomain.difference) * (1 + 1e-9)
        ? `Beyond the plot the error only shrinks: on ${interval(WIDE)} it never exceeds that${approximation.vanishes ? ', and it vanishes as x → ±∞' : ''}.`
        : `On ${interval(WIDE)} the error reaches ${fmt(Math.abs(wide.difference))}, at x = ${xText(wide.x)}${approximation.vanishes ? '; it vanishes as x → ±∞' : ''}.`,
    );
  } else facts.push(gapSentence);
  if (!identical) facts.push(meetingSentence(fa, fb, meetings, domain), slopeSentence);
  facts.push(...tailSentences);

  const shapes = `${shapeWords(fa)}; ${shapeWords(fb)}.`;
  const description = approximation
    ? fitSentences([approxSentence, shapes, facts[2]], DESCRIPTION_MAX)
    : fitSentences([shapes, gapSentence, identical ? '' : facts[1]].filter(Boolean), DESCRIPTION_MAX) ||
      fitSentences([gapSentence, facts[1]], DESCRIPTION_MAX);

  const [ra, rb] = [propertyRows(fa), propertyRows(fb)];
  const rows: PairView['rows'] = ra.map(([label, va], i) => [label, va, rb[i][1]]);
  rows.push(
    ['As x → −∞', asymptoteText(tails[0][0]), asymptoteText(tails[0][1])],
    ['As x → +∞', asymptoteText(tails[1][0]), asymptoteText(tails[1][1])],
  );

  const figure = pairFigure(fa.id, fb.id, domain);
  const [dp, dq] = approx && exact ? [approx, exact] : [fa, fb];
  const heading = approx ? `Approximation error: ${dp.name} − ${dq.name}` : `Difference: ${dp.name} − ${dq.name}`;
  const diff = differenceFigure(dp, dq, domain, heading);
  return {
    facts,
    description,
    rows,
    figure: {
      svg: figure.svg,
      caption: `${fa.name} and ${fb.name} (solid) with their derivatives (dashed) on ${interval(domain)}.${approximation && Math.abs(approximation.onDomain.difference) < 0.01 * (domain[1] - domain[0]) ? ' At this scale the curves lie on top of each other; the error is drawn below.' : ''}`,
    },
    difference: { svg: diff.svg, caption: diff.description, heading },
    approximation,
  };
}
