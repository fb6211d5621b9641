import { z } from 'zod';
import { markdownFieldUrlProblems } from '../markdown/url-schemes';
import { bodyLimitProblems } from '../markdown/body-limits';

/** One entry of `content/categories.yaml`. The YAML key is the category's slug. */
export const categorySchema = z.strictObject({
  /** Display name, e.g. "Activation functions". */
  name: z.string().trim().min(1),
  /** One or two sentences shown on the home page and the category page; inline Markdown allowed. */
  description: z
    .string({ error: 'description must be Markdown text' })
    .trim()
    .min(20, 'description must be at least 20 characters: one or two sentences')
    .superRefine((text, ctx) => {
      const limits = bodyLimitProblems(text);
      for (const p of limits) ctx.addIssue({ code: 'custom', message: `line ${p.line} of the text: ${p.message}` });
      if (!limits.length)
        for (const message of markdownFieldUrlProblems(text)) ctx.addIssue({ code: 'custom', message });
    }),
  /** Position on the home page; lower comes first. Default: 100. */
  order: z.number().int().default(100),
});

export type Category = z.infer<typeof categorySchema>;
