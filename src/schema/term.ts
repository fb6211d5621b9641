import { z } from 'zod';
import { slugSchema } from './slug';
import { plotSchema } from './plot';
import { seoSchema } from './seo';
import { sourceSchema } from './source';
import { constantSchema } from './constant';
import { RULES } from './rules';
import { implementationSchema } from './implementation';
import { calendarDateSchema } from './calendar-date';
import { markdownFieldUrlProblems } from '../markdown/url-schemes';
import { bodyLimitProblems } from '../markdown/body-limits';

/**
 * Non-empty Markdown (inline math with `$…$` allowed). Links may only use
 * http(s), mailto or relative URLs; the renderer's sanitizer would drop others,
 * so the schema names them instead of letting them vanish.
 */
export const markdown = (what: string) =>
  z
    .string({ error: `${what} must be Markdown text (a string), not a list or a number` })
    .trim()
    .min(1, `${what} must not be empty`)
    .superRefine((text, ctx) => {
      // Limits first: a field past them is never parsed, not even to look for links.
      const limits = bodyLimitProblems(text);
      for (const p of limits) ctx.addIssue({ code: 'custom', message: `line ${p.line} of the text: ${p.message}` });
      if (!limits.length)
        for (const message of markdownFieldUrlProblems(text)) ctx.addIssue({ code: 'custom', message });
    });

/** Longest alias or term name: names are matched in every body to link first mentions. */
export const MAX_NAME_LENGTH = 100;

/** Reports the second and later entries whose key (compared case-insensitively) repeats an earlier one. */
function noRepeats<T>(keyOf: (item: T) => string | undefined, what: (item: T, first: number) => string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const key = keyOf(item)?.trim().toLowerCase();
      if (key === undefined) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i], message: what(item, first) });
    });
  };
}

/** A slug string, or the `{ id }` Astro's reference() turns it into. */
const refKey = (v: unknown): string | undefined => (typeof v === 'string' ? v : (v as { id?: string } | undefined)?.id);

/**
 * Builds the term schema around how references are expressed.
 * Plain Node code (tests, CLI tools) uses slug strings; Astro's content
 * collection passes `reference('categories')` and `reference('terms')` so the
 * same schema yields typed references there.
 */
export function makeTermSchema<C extends z.ZodType = typeof slugSchema, T extends z.ZodType = typeof slugSchema>(
  refs: { category?: C; term?: T } = {},
) {
  const categoryRef = (refs.category ?? slugSchema) as C;
  const termRef = (refs.term ?? slugSchema) as T;

  const comparisonSchema = z.union(
    [
      z.strictObject({
        /** Slug of the other term, when we have a page for it. */
        with: termRef,
        /** How the two differ, in one or two paragraphs of Markdown. */
        summary: markdown('comparisons[].summary'),
      }),
      z.strictObject({
        /** Name of a concept we have no page for yet; shown as plain text. */
        name: z.string().trim().min(1),
        /** How the two differ, in one or two paragraphs of Markdown. */
        summary: markdown('comparisons[].summary'),
      }),
    ],
    { error: 'a comparison needs `with: <term slug>` (or `name: <text>` for a concept without a page) and `summary`' },
  );

  return z.strictObject({
    /** Display name, e.g. "GELU". */
    term: z
      .string()
      .trim()
      .min(1, 'term must not be empty')
      .max(60, 'term must be at most 60 characters: put longer names in aliases or seo.h1'),
    /** Other names readers search for, e.g. "Gaussian Error Linear Unit". At most 20, each at most 100 characters. Default: none. */
    aliases: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'an alias must not be empty')
          .max(
            MAX_NAME_LENGTH,
            `an alias must be at most ${MAX_NAME_LENGTH} characters: it is a name readers search for, not a text`,
          ),
      )
      .max(20, 'at most 20 aliases')
      .superRefine(
        noRepeats(
          (a: string) => a,
          (a, first) => `"${a}" repeats aliases[${first}] (names are compared ignoring case): remove one`,
        ),
      )
      .default([]),
    /** One or two sentences that answer "what is it" on their own; inline Markdown and `$math$`. */
    shortDefinition: markdown('shortDefinition').max(
      RULES.definition.maxChars,
      `shortDefinition must be at most ${RULES.definition.maxChars} characters: one or two sentences`,
    ),
    /** Slug of the category in `content/categories.yaml`. */
    category: categoryRef,
    /** The defining formula in TeX, shown as display math under the definition. Optional. */
    formula: z.string().trim().min(1).optional(),
    /** Activation plot under the definition; see the plot schema. Optional. */
    plot: plotSchema.optional(),
    /** Ordered steps explaining the mechanism; each body is Markdown with math. */
    howItWorks: z
      .array(
        z.strictObject({
          /** The step in a few words, shown as its heading. */
          title: z.string().trim().min(1),
          /** What happens in this step: Markdown with math. */
          body: markdown('howItWorks[].body'),
        }),
      )
      .min(1, 'howItWorks needs at least one step')
      .max(RULES.howItWorks.maxSteps, `howItWorks has at most ${RULES.howItWorks.maxSteps} steps: merge some`),
    /** Where the term shows up in real systems (Markdown). */
    inPractice: markdown('inPractice'),
    /** How the term differs from its neighbours. Default: none. */
    comparisons: z
      .array(comparisonSchema)
      .superRefine(
        noRepeats(
          (c: Record<string, unknown>) => ('with' in c ? `with:${refKey(c.with)}` : `name:${String(c.name)}`),
          (c, first) =>
            `compares with ${'with' in c ? `"${refKey(c.with)}"` : `"${String(c.name)}"`} again (already comparisons[${first}]): merge the two summaries into one`,
        ),
      )
      .default([]),
    /** Questions readers ask, answered in Markdown. */
    faq: z
      .array(
        z.strictObject({
          /** The question as a reader would ask it, plain text. */
          question: z.string().trim().min(1),
          /** The answer: Markdown with math. */
          answer: markdown('faq[].answer'),
        }),
      )
      .min(1, 'faq needs at least one question'),
    /** Slugs of related terms, shown as links with their short definitions. Default: none. */
    related: z
      .array(termRef)
      .superRefine(noRepeats(refKey, (v, first) => `"${refKey(v)}" is already related[${first}]: remove the repeat`))
      .default([]),
    /** The library calls and config strings that compute this term; see the implementation schema. Default: none. */
    implementations: z.array(implementationSchema).default([]),
    /** Papers and primary sources, at least one. */
    sources: z.array(sourceSchema).min(RULES.sources.min, 'sources needs at least one primary source'),
    /**
     * Numbers of three or more significant digits that the text quotes from a source
     * (a paper's constant such as 0.044715, a benchmark score). Each names the source by its
     * number in the Sources list (1 = first). Numbers the kernel can compute are not listed
     * here: write them as computed values (`` `=min(gelu) ~3` ``). Default: none.
     */
    constants: z.array(constantSchema).default([]),
    /** Search-engine overrides. Default: derived from term and shortDefinition. */
    seo: seoSchema.default({}),
    /** Last substantive update. Default: the date of the file's last commit. */
    updated: calendarDateSchema.optional(),
  });
}

/** The term schema with plain slug references, for Node tools and tests. */
export const termSchema = makeTermSchema();

export type TermData = z.infer<typeof termSchema>;
