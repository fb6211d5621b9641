import type { ContentIssue } from '../schema';
import { linkableTerms, type TermRecord } from '../glossary/records';
import type { LinkableTerm } from '../markdown/rehype-autolink-terms';
import type { Check } from './context';
import { markdownFields } from './context';

/** Mentions of another term on a page from which on it is an obvious relation worth listing. */
export const MENTIONS_FOR_RELATION = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Maximal runs of ASCII word characters, lower-cased: the pieces a name's boundaries (`[\w-]`) cannot split. */
const runsOf = (text: string): string[] => text.toLowerCase().match(/\w+/g) ?? [];

/**
 * Counts, in a text, the mentions of each term by name, alias or link (a
 * match of `(?<![\w-])(?:name|alias…)(?![\w-])|/glossary/<slug>/`, case-insensitive).
 * Running every term's pattern over every page is quadratic (a minute at
 * 1,000 terms); instead each name is indexed by its rarest word run, and a
 * term's pattern runs only on texts that contain every run of one of its
 * names. A match implies that, since a name's runs are bounded by non-word
 * characters in the name itself or by the pattern's boundaries, so the counts
 * are exactly those of the patterns.
 */
export function mentionCounter(terms: readonly LinkableTerm[]): (text: string) => Map<string, number> {
  const frequency = new Map<string, number>();
  for (const t of terms)
    for (const n of t.names) for (const r of new Set(runsOf(n))) frequency.set(r, (frequency.get(r) ?? 0) + 1);
  const byRun = new Map<string, { slug: string; runs: string[] }[]>();
  const always: string[] = [];
  const patterns = new Map<string, RegExp>();
  const order = new Map(terms.map((t, i) => [t.slug, i]));
  for (const { slug, names } of terms) {
    patterns.set(
      slug,
      new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])|/glossary/${escape(slug)}/`, 'gi'),
    );
    for (const name of names) {
      const runs = [...new Set(runsOf(name))];
      // A name without a word character ("σ") cannot be indexed: its term is tried on every text.
      if (!runs.length) {
        always.push(slug);
        continue;
      }
      const key = runs.reduce((a, b) => (frequency.get(a)! <= frequency.get(b)! ? a : b));
      const list = byRun.get(key);
      if (list) list.push({ slug, runs });
      else byRun.set(key, [{ slug, runs }]);
    }
  }
  return (text) => {
    const present = new Set(runsOf(text));
    const candidates = new Set<string>(always);
    for (const run of present)
      for (const { slug, runs } of byRun.get(run) ?? []) if (runs.every((r) => present.has(r))) candidates.add(slug);
    for (const m of text.matchAll(/\/glossary\/([^/\s]+)\//gi))
      if (patterns.has(m[1].toLowerCase())) candidates.add(m[1].toLowerCase());
    const counts = new Map<string, number>();
    // In the order of `terms`, so messages come out in the same order whatever the text.
    for (const slug of [...candidates].sort((a, b) => order.get(a)! - order.get(b)!)) {
      const n = text.match(patterns.get(slug)!)?.length ?? 0;
      if (n) counts.set(slug, n);
    }
    return counts;
  };
}

/** The text of a term a reader sees, without code and math (names there are API or symbol names, not mentions). */
function proseText(t: TermRecord, body: string): string {
  const fields = markdownFields(t.data as unknown as Record<string, unknown>).map(([, text]) => text);
  return [...fields, body.replace(/```[\s\S]*?```/g, ' ')]
    .join('\n')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g, ' ');
}

/**
 * Warnings, never errors (a relation is an editor's judgement):
 *  - A compares itself with B, but B neither compares with A nor lists A in `related`;
 *  - a page mentions another term MENTIONS_FOR_RELATION times or more (by name, alias or link)
 *    without listing it in `related` or comparing with it.
 */
export const checkRelations: Check = ({ index, sources }) => {
  const bodies = new Map(sources.map((s) => [s.slug, s.body]));
  const issues: ContentIssue[] = [];
  const warn = (file: string, where: string, message: string) =>
    issues.push({ file, where, message, severity: 'warning' });
  const linksOf = (t: TermRecord) =>
    new Set<string>([
      ...t.data.related.map(String),
      ...t.data.comparisons.flatMap((c) => ('with' in c ? [String(c.with)] : [])),
    ]);
  for (const a of index.terms)
    for (const c of a.data.comparisons) {
      if (!('with' in c)) continue;
      const b = index.bySlug.get(String(c.with));
      if (b && !linksOf(b).has(a.slug))
        warn(
          b.file,
          'related',
          `${a.file} compares ${a.data.term} with ${b.data.term}, but this page does not point back: add ${a.slug} to related (or a comparison)`,
        );
    }
  const mentions = mentionCounter(linkableTerms(index));
  for (const t of index.terms) {
    const listed = linksOf(t);
    for (const [slug, n] of mentions(proseText(t, bodies.get(t.slug) ?? t.body ?? ''))) {
      if (slug === t.slug || listed.has(slug) || n < MENTIONS_FOR_RELATION) continue;
      warn(
        t.file,
        'related',
        `mentions ${index.bySlug.get(slug)!.data.term} ${n} times but does not list it: consider adding ${slug} to related`,
      );
    }
  }
  return issues;
};
