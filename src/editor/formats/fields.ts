import type { ForeignTerm } from './reader';

/**
 * Reads the fields of a term record in the shape glossary sites publish (a Nuxt term page:
 * term, shortDefinition, explanation, howItWorks, inChatbots, vsRelatedConcepts, relatedTerms,
 * faq, category, sources, seo*). Values of the wrong type are left out and named in a note,
 * never passed on: the input is untrusted.
 */
export function termFromRecord(record: Record<string, unknown>): ForeignTerm {
  const notes: string[] = [];
  const str = (key: string): string | undefined => {
    const v = record[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    notes.push(`field "${key}" is not text (${Array.isArray(v) ? 'a list' : typeof v}): left out`);
    return undefined;
  };
  const list = <T>(key: string, item: (v: Record<string, unknown>) => T | undefined): T[] | undefined => {
    const v = record[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      notes.push(`field "${key}" is not a list: left out`);
      return undefined;
    }
    const out: T[] = [];
    v.forEach((entry, i) => {
      const got = entry && typeof entry === 'object' ? item(entry as Record<string, unknown>) : undefined;
      if (got === undefined) notes.push(`${key}[${i}] is not in the expected shape: left out`);
      else out.push(got);
    });
    return out;
  };
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const name = str('term') ?? '';
  return {
    name: name.trim(),
    slug: str('slug'),
    category: str('category'),
    aliases: Array.isArray(record.aliases)
      ? record.aliases.filter((a): a is string => typeof a === 'string')
      : undefined,
    shortDefinition: str('shortDefinition'),
    explanation: str('explanation'),
    howItWorks: str('howItWorks'),
    inPractice: str('inChatbots') ?? str('inPractice'),
    comparisons: list('vsRelatedConcepts', (c) =>
      text(c.term) && text(c.comparison) ? { term: String(c.term), summary: String(c.comparison) } : undefined,
    ),
    related: list('relatedTerms', (r) =>
      text(r.name) ? { name: String(r.name), slug: typeof r.slug === 'string' ? r.slug : undefined } : undefined,
    ),
    faq: list('faq', (f) =>
      text(f.question) && text(f.answer) ? { question: String(f.question), answer: String(f.answer) } : undefined,
    ),
    sources: list('sources', (s) =>
      text(s.title) && text(s.url) && typeof s.year === 'number'
        ? { title: String(s.title), authors: String(s.authors ?? ''), year: s.year, url: String(s.url) }
        : undefined,
    ),
    seo: { title: str('seoTitle'), description: str('seoDescription'), h1: str('h1') },
    notes,
  };
}

/** Whether a value looks like a term record: an object with a `term` name. */
export const isTermRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { term?: unknown }).term === 'string';
