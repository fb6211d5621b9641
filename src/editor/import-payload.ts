import { unflatten } from 'devalue';
import { slugify, slugSchema } from '../schema';
import { truncateWords } from '../glossary/text';
import { BRAND_SUFFIX, DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX } from '../glossary/titles';
import { PLACEHOLDER } from '../checks/placeholders';
import type { GlossaryIndex } from '../glossary/records';
import { escapeMdxText, texDelimitersToDollars } from './mdx-escape';

/** The fields a glossary payload carries (the shape of a Nuxt term page). */
interface PayloadTerm {
  slug?: string;
  term: string;
  shortDefinition?: string;
  seoTitle?: string;
  seoDescription?: string;
  h1?: string;
  explanation?: string;
  howItWorks?: string;
  inChatbots?: string;
  vsRelatedConcepts?: { term: string; comparison: string }[];
  relatedTerms?: { slug: string; name: string }[];
  faq?: { question: string; answer: string }[];
  category?: string;
  sources?: { title: string; authors: string; year: number; url: string }[];
}

// Nuxt wraps reactive state in typed markers; their contents are plain data.
const REVIVERS = Object.fromEntries(
  ['ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef'].map((k) => [
    k,
    (v: unknown) => v,
  ]),
);

/** Finds the term record inside a devalue-flattened payload. */
export function readPayload(text: string): PayloadTerm {
  const root = unflatten(JSON.parse(text), REVIVERS) as { data?: Record<string, unknown> };
  const candidates = Object.values(root?.data ?? {});
  const found = candidates.find(
    (v): v is PayloadTerm => !!v && typeof v === 'object' && typeof (v as PayloadTerm).term === 'string',
  );
  if (!found) throw new Error('no term record found in the payload (expected data.<key>.term)');
  return found;
}

/** "1. **Title**: body" list items → ordered steps; anything else becomes one step. */
export function parseSteps(markdown: string): { title: string; body: string }[] {
  const items = markdown
    .split(/\n(?=\d+\.\s)/)
    .map((s) => s.trim())
    .filter((s) => /^\d+\.\s/.test(s));
  const steps = items.map((item) => {
    const m = /^\d+\.\s+\*\*(.+?)\*\*:?\s*([\s\S]*)$/.exec(item);
    return m
      ? { title: m[1].trim(), body: m[2].trim() || PLACEHOLDER }
      : { title: `${PLACEHOLDER}: step title`, body: item.replace(/^\d+\.\s+/, '') };
  });
  return steps.length ? steps : [{ title: 'How it works', body: markdown.trim() }];
}

const field = (markdown: string) => escapeMdxText(texDelimitersToDollars(markdown)).trim();

/**
 * Maps a payload to our frontmatter and body. References resolve against the
 * current glossary: comparisons to terms we have become `with:`, others `name:`;
 * related terms we lack are dropped and reported. Missing required fields get
 * TODO placeholders, so `npm run check` says what is left to write.
 */
export function payloadToTerm(
  p: PayloadTerm,
  index: GlossaryIndex,
): { name: string; slug?: string; frontmatter: Record<string, unknown>; body: string; notes: string[] } {
  const notes: string[] = [];
  const slugOf = (name: string): string | undefined => {
    const wanted = name.trim().toLowerCase();
    const hit = index.terms.find(
      (t) =>
        t.slug === slugify(name) ||
        t.data.term.toLowerCase() === wanted ||
        t.data.aliases.some((a) => a.toLowerCase() === wanted),
    );
    return hit?.slug;
  };
  const related = (p.relatedTerms ?? []).flatMap((r) => {
    const slug = index.bySlug.has(r.slug) ? r.slug : slugOf(r.name);
    if (!slug) notes.push(`related term "${r.name}" (${r.slug}) is not in the glossary: dropped`);
    return slug ? [slug] : [];
  });
  const seo: Record<string, string> = {};
  if (p.seoTitle && p.seoTitle.length <= TITLE_MAX + BRAND_SUFFIX.length) seo.title = p.seoTitle;
  if (p.h1 && p.h1.length <= 90) seo.h1 = p.h1;
  if (p.seoDescription && p.seoDescription.length >= DESCRIPTION_MIN)
    seo.description = truncateWords(p.seoDescription, DESCRIPTION_MAX);
  const frontmatter: Record<string, unknown> = {
    term: p.term,
    aliases: [],
    shortDefinition: p.shortDefinition ? field(p.shortDefinition) : `${PLACEHOLDER}: one or two sentences.`,
    category: p.category ?? PLACEHOLDER,
    howItWorks: p.howItWorks
      ? parseSteps(field(p.howItWorks))
      : [{ title: `${PLACEHOLDER}: first step`, body: PLACEHOLDER }],
    inPractice: p.inChatbots ? field(p.inChatbots) : `${PLACEHOLDER}: where it is used.`,
    comparisons: (p.vsRelatedConcepts ?? []).map((c) => {
      const slug = slugOf(c.term);
      return slug ? { with: slug, summary: field(c.comparison) } : { name: c.term, summary: field(c.comparison) };
    }),
    faq: (p.faq ?? []).map((f) => ({ question: f.question.trim(), answer: field(f.answer) })),
    related,
    sources: p.sources?.length
      ? p.sources
      : [
          {
            title: `${PLACEHOLDER}: primary source`,
            authors: PLACEHOLDER,
            year: 2000,
            url: `https://arxiv.org/abs/${PLACEHOLDER}`,
          },
        ],
    ...(Object.keys(seo).length ? { seo } : {}),
  };
  if (!p.sources?.length) notes.push('the payload has no sources: add at least one primary source');
  // The payload's own slug is a suggestion from a foreign system: used only if it is a valid slug of ours.
  const slug = typeof p.slug === 'string' && slugSchema.safeParse(p.slug).success ? p.slug : undefined;
  if (typeof p.slug === 'string' && !slug)
    notes.push(`the payload's slug "${p.slug.slice(0, 40)}" is not a valid slug: made one from the term name instead`);
  return { name: p.term, slug, frontmatter, body: field(p.explanation ?? PLACEHOLDER), notes };
}
