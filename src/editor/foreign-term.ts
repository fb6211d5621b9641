import { RULES, slugify, slugSchema } from '../schema';
import { PLACEHOLDER } from '../checks/placeholders';
import type { GlossaryIndex } from '../glossary/records';
import type { ForeignTerm } from './formats';
import { escapeMdxText, texDelimitersToDollars } from './mdx-escape';
import { unsafeLinksToText } from './unsafe-links';
import { fenceCode, joinListMarkers, separateBlocks } from './article-structure';

/** A term file to be written: frontmatter and body, and what the editor should know. */
export interface PlannedTerm {
  name: string;
  /** The other system's slug, when it is a valid slug of ours. */
  slug?: string;
  frontmatter: Record<string, unknown>;
  body: string;
  notes: string[];
}

/** "1. **Title**: body" list items → ordered steps; anything else becomes one step. */
export function parseSteps(markdown: string): { title: string; body: string }[] {
  const items = markdown
    .split(/\n(?=\d+\.\s)/)
    .map((s) => s.trim())
    .filter((s) => /^\d+\.\s/.test(s));
  // Text after the numbered list is not a step: it is kept as a last, untitled step for the editor.
  const steps = items.map((item) => {
    const [first, ...rest] = item.split(/\n\n+/);
    const m = /^\d+\.\s+\*\*(.+?)\*\*:?\s*([\s\S]*)$/.exec(first);
    const step = m
      ? { title: m[1].trim(), body: m[2].trim() || PLACEHOLDER }
      : { title: `${PLACEHOLDER}: step title`, body: first.replace(/^\d+\.\s+/, '') };
    return { step, tail: rest.join('\n\n').trim() };
  });
  const intro = /^([\s\S]*?)(?=\n?\d+\.\s)/.exec(markdown)?.[1].trim();
  const tail = steps.at(-1)?.tail;
  const out = steps.map((s) => s.step);
  if (tail) out.push({ title: 'In practice', body: tail });
  if (intro && out.length) out.unshift({ title: 'Overview', body: intro.replace(/:$/, '.') });
  return out.length ? out : [{ title: 'How it works', body: markdown.trim() }];
}

/**
 * Fits steps into the rulebook's maximum (src/schema/rules.ts): an untitled overview joins the
 * first step, then steps past the maximum join the last one under their own bold title.
 */
export function fitSteps(steps: { title: string; body: string }[]): { title: string; body: string }[] {
  const max = RULES.howItWorks.maxSteps;
  let out = [...steps];
  if (out.length > max && out[0].title === 'Overview')
    out = [{ ...out[1], body: `${out[0].body}\n\n${out[1].body}` }, ...out.slice(2)];
  if (out.length > max) {
    const last = out[max - 1];
    const extra = out.slice(max).map((s) => `**${s.title}**: ${s.body}`);
    out = [...out.slice(0, max - 1), { ...last, body: [last.body, ...extra].join('\n\n') }];
  }
  return out;
}

/** Markdown from another system as our Markdown: TeX delimiters, code fences, list markers, MDX escapes. */
export function convertMarkdown(markdown: string): string {
  return escapeMdxText(
    unsafeLinksToText(
      texDelimitersToDollars(separateBlocks(fenceCode(joinListMarkers(markdown.replace(/\r\n?/g, '\n'))))),
    ),
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An article body: Q&A labels become headings ("Question: Why…?" → "## Why…?"), "Answer:" lines go. */
function articleBody(markdown: string): string {
  let fence = false;
  const lines = markdown.split('\n');
  // A short line standing alone, a question or without closing punctuation, is a section title.
  const titled = lines.map((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const alone = !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
    const t = line.trim();
    const title =
      !fence &&
      alone &&
      t.length <= 70 &&
      /^\p{Lu}/u.test(t) &&
      /\s\S/.test(t) &&
      (/\?$/.test(t) || !/[.:;,!)$`]$/.test(t));
    return title && !/^(#|[-*+]\s|\d+[.)]\s|\$\$|\\\[|\||<|Question:|Answer:)/i.test(t) ? `## ${t}` : line;
  });
  return titled
    .join('\n')
    .replace(/^\s*(?:\*\*)?Question:(?:\*\*)?\s*(.+)$/gim, '## $1')
    .replace(/^\s*(?:\*\*)?Answer:(?:\*\*)?\s*$/gim, '')
    .replace(/^\s*(?:\*\*)?Answer:(?:\*\*)?\s*/gim, '');
}

const placeholderSource = (what = 'primary source') => ({
  title: `${PLACEHOLDER}: ${what}`,
  authors: PLACEHOLDER,
  year: 2000,
  url: `https://arxiv.org/abs/${PLACEHOLDER}`,
});

/**
 * Maps a foreign term to our frontmatter and body. References resolve against the current
 * glossary: comparisons to terms we have become `with:`, others `name:`; related terms we lack
 * are dropped and reported. Missing required fields get TODO placeholders, so `npm run check`
 * says what is left to write. `category` is the already resolved category (see categories.ts).
 */
export function foreignToTerm(p: ForeignTerm, index: GlossaryIndex, category: string | undefined): PlannedTerm {
  const notes = [...p.notes];
  const name = p.name;
  const slugOf = (n: string): string | undefined => {
    const wanted = n.trim().toLowerCase();
    return index.terms.find(
      (t) =>
        t.slug === slugify(n) ||
        t.data.term.toLowerCase() === wanted ||
        t.data.aliases.some((a) => a.toLowerCase() === wanted),
    )?.slug;
  };
  const related = [
    ...new Set(
      (p.related ?? []).flatMap((r) => {
        const slug = r.slug && index.bySlug.has(r.slug) ? r.slug : slugOf(r.name);
        if (!slug)
          notes.push(`related term "${r.name}"${r.slug ? ` (${r.slug})` : ''} is not in the glossary: dropped`);
        return slug ? [slug] : [];
      }),
    ),
  ];
  const seo: Record<string, string> = {};
  if (p.seo?.title && p.seo.title.length <= 70) seo.title = p.seo.title;
  if (p.seo?.h1 && p.seo.h1.length <= 90) seo.h1 = p.seo.h1;
  // Cut to length after the filler is set aside (set-aside.ts), so no generic sentence is half kept.
  if (p.seo?.description && p.seo.description.length >= 50)
    seo.description = p.seo.description.replace(/\s+/g, ' ').trim();
  const seen = new Set<string>();
  const comparisons = (p.comparisons ?? []).flatMap((c) => {
    const slug = slugOf(c.term);
    const key = slug ?? c.term.toLowerCase();
    if (seen.has(key) || slug === slugify(name)) return [];
    seen.add(key);
    return [
      slug
        ? { with: slug, summary: convertMarkdown(c.summary) }
        : { name: c.term.trim(), summary: convertMarkdown(c.summary) },
    ];
  });
  const questions = new Set<string>();
  const faq = (p.faq ?? []).flatMap((f) => {
    const q = f.question.replace(/\s+/g, ' ').trim();
    if (questions.has(q.toLowerCase())) return [];
    questions.add(q.toLowerCase());
    return [{ question: q, answer: convertMarkdown(f.answer) }];
  });
  const frontmatter: Record<string, unknown> = {
    term: name,
    aliases: [
      ...new Set((p.aliases ?? []).map((a) => a.trim()).filter((a) => a && a.toLowerCase() !== name.toLowerCase())),
    ],
    shortDefinition: p.shortDefinition?.trim()
      ? convertMarkdown(p.shortDefinition)
      : `${PLACEHOLDER}: one or two sentences that answer "what is ${name}".`,
    category:
      category ??
      `${PLACEHOLDER}: one of ${index.categories.map((c) => c.slug).join(', ') || 'the keys of content/categories.yaml'}`,
    howItWorks: p.howItWorks?.trim()
      ? parseSteps(convertMarkdown(p.howItWorks))
      : [{ title: `${PLACEHOLDER}: first step`, body: PLACEHOLDER }],
    inPractice: p.inPractice?.trim() ? convertMarkdown(p.inPractice) : `${PLACEHOLDER}: where it is used.`,
    comparisons,
    faq: faq.length ? faq : [{ question: `${PLACEHOLDER}: a question readers ask?`, answer: PLACEHOLDER }],
    related,
    sources: p.sources?.length ? p.sources : [placeholderSource()],
    ...(Object.keys(seo).length ? { seo } : {}),
  };
  if (!p.sources?.length) notes.push('no sources: add at least one primary source');
  // The other system's slug is a suggestion: used only if it is a valid slug of ours.
  const slug = typeof p.slug === 'string' && slugSchema.safeParse(p.slug).success ? p.slug : undefined;
  if (typeof p.slug === 'string' && !slug)
    notes.push(`the input's slug "${p.slug.slice(0, 40)}" is not a valid slug: made one from the term name instead`);
  const explanation = p.explanation?.trim() ? p.explanation : '';
  const body = explanation
    ? convertMarkdown(p.article ? articleBody(explanation) : explanation)
    : `${PLACEHOLDER}: the long explanation of ${name}.`;
  if (p.article) notes.push('an article fills the body only: write the TODO fields, then run npm run check');
  return { name, slug, frontmatter, body, notes };
}

export { placeholderSource };
