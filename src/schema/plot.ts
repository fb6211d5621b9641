import { z } from 'zod';

/** Kebab-case id of a kernel activation, e.g. `gelu` or `leaky-relu`. Existence is checked against the kernel by the content check. */
export const activationIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the kebab-case kernel id, e.g. "leaky-relu"');

/** The figure placed under a term's definition. */
export const plotSchema = z
  .strictObject({
    /** Kernel id of the function to plot. */
    fn: activationIdSchema,
    /** Kernel ids drawn as quieter comparison curves. Default: none. */
    compare: z.array(activationIdSchema).max(4).default([]),
    /** The x range as [min, max]. Default: [-4, 4]. */
    domain: z.tuple([z.number(), z.number()]).default([-4, 4]),
    /** Whether to draw the first derivative too. Default: true. */
    derivative: z.boolean().default(true),
    /** Optional caption under the figure, plain text. Default: the figure's generated description. */
    caption: z.string().trim().min(1).optional(),
  })
  .refine(
    (p) => Number.isFinite(p.domain[0]) && Number.isFinite(p.domain[1]) && p.domain[0] < p.domain[1],
    { message: 'domain must be two finite numbers with min < max, e.g. [-4, 4]', path: ['domain'] },
  );

export type PlotSpec = z.infer<typeof plotSchema>;
