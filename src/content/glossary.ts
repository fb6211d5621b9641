import { getCollection, type CollectionEntry } from 'astro:content';
import { formatIssue } from '../schema';
import { checkReferences } from '../checks/references';
import { makeIndex, type GlossaryIndex, type TermRecord } from './records';

/** Strips Astro's `{ collection, id }` references down to slugs so pure modules can use the data. */
function toRecord(entry: CollectionEntry<'terms'>): TermRecord {
  const d = entry.data;
  return {
    slug: entry.id,
    file: entry.filePath ?? `content/terms/${entry.id}.mdx`,
    body: entry.body ?? '',
    data: {
      ...d,
      category: d.category.id,
      related: d.related.map((r) => r.id),
      comparisons: d.comparisons.map((c) => ('with' in c ? { with: c.with.id, summary: c.summary } : c)),
    },
  };
}

let loading: Promise<GlossaryIndex> | undefined;

/**
 * The whole glossary, validated and indexed once per build. Throws, failing
 * the build, when any reference points nowhere: every message names the
 * file, the field and the fix.
 */
export function loadGlossary(): Promise<GlossaryIndex> {
  loading ??= (async () => {
    const [terms, categories] = await Promise.all([getCollection('terms'), getCollection('categories')]);
    const index = makeIndex(
      terms.map(toRecord),
      categories.map((c) => ({ slug: c.id, data: c.data })),
    );
    const issues = checkReferences(index);
    if (issues.length) throw new Error(`Broken references in content:\n${issues.map(formatIssue).join('\n')}`);
    return index;
  })();
  return loading;
}
