import { z } from 'zod';

/** One entry of `content/categories.yaml`. The YAML key is the category's slug. */
export const categorySchema = z.strictObject({
  /** Display name, e.g. "Activation functions". */
  name: z.string().trim().min(1),
  /** One or two sentences shown on the home page and the category page; inline Markdown allowed. */
  description: z.string().trim().min(20),
  /** Position on the home page; lower comes first. Default: 100. */
  order: z.number().int().default(100),
});

export type Category = z.infer<typeof categorySchema>;
