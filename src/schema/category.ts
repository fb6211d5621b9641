import { z } from 'zod';
import { markdownFieldUrlProblems } from '../markdown/url-schemes';

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
      for (const message of markdownFieldUrlProblems(text)) ctx.addIssue({ code: 'custom', message });
    }),
  /** Position on the home page; lower comes first. Default: 100. */
  order: z.number().int().default(100),
});

export type Category = z.infer<typeof categorySchema>;
