import { createHash } from 'node:crypto';
import type { ContentIssue } from '../schema';
import { diskCachedJson } from '../markdown/disk-cache';
import { linkableTerms, type GlossaryIndex, type TermRecord } from '../glossary/records';
import { mentionCounts, mentionIndex, type MentionIndex } from './mention-counter';
import type { Check } from './context';
import { markdownFields } from './context';

/** Mentions of another term on a page from which on it is an obvious relation worth listing. */
export const MENTIONS_FOR_RELATION = 3;

const mentionIndexes = new WeakMap<GlossaryIndex, MentionIndex>();
/** The names of every term, indexed once per glossary. */
function mentionsOf(index: GlossaryIndex): MentionIndex {
  let found = mentionIndexes.get(index);
  if (!found) mentionIndexes.set(index, (found = mentionIndex(linkableTerms(index))));
  return found;
}

const namesKeys = new WeakMap<GlossaryIndex, string>();
/** A hash of every term's names, which the mention counts depend on besides the page's own text. */
function namesKey(index: GlossaryIndex): string {
  let key = namesKeys.get(index);
  if (!key)
    namesKeys.set(
      index,
      (key = createHash('sha256')
        .update(JSON.stringify(linkableTerms(index)))
        .digest('hex')),
    );
  return key;
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
export const checkRelations: Check = ({ index, sources, terms }) => {
  const bodies = new Map(sources.map((s) => [s.slug, s.body]));
  const issues: ContentIssue[] = [];
  const warn = (file: string, where: string, message: string) =>
    issues.push({ file, where, message, severity: 'warning' });
  const linksOf = (t: TermRecord) =>
    new Set<string>([
      ...t.data.related.map(String),
      ...t.data.comparisons.flatMap((c) => ('with' in c ? [String(c.with)] : [])),
    ]);
  for (const a of terms)
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
  const names = namesKey(index);
  for (const t of terms) {
    const text = proseText(t, bodies.get(t.slug) ?? t.body ?? '');
    const listed = linksOf(t);
    // Counting needs every term's names, so a rebuild after one edit counted every page again: the
    // counts are kept by the page's text and all the names.
    const counts = diskCachedJson('relation-mentions', `${names}\0${text}`, () =>
      [...mentionCounts(mentionsOf(index), text)].filter(([, n]) => n >= MENTIONS_FOR_RELATION),
    );
    for (const [slug, n] of counts) {
      if (slug === t.slug || listed.has(slug)) continue;
      if (n >= MENTIONS_FOR_RELATION)
        warn(
          t.file,
          'related',
          `mentions ${index.bySlug.get(slug)!.data.term} ${n} times but does not list it: consider adding ${slug} to related`,
        );
    }
  }
  return issues;
};
