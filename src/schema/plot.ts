import { z } from 'zod';
import { KEBAB_CASE } from './slug';

/** Kebab-case id of a kernel activation, e.g. `gelu` or `leaky-relu`. Existence is checked against the kernel by the content check. */
export const activationIdSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: name a kernel id, e.g. "gelu"'
        : 'must be a kernel id in quotes, e.g. "gelu"',
  })
  .regex(KEBAB_CASE, 'use the kebab-case kernel id, e.g. "leaky-relu"');

/**
 * Bounds of a plot's x range. |x| ≤ 1e6 keeps every sample, tick and label a
 * plain finite double (beyond it, hi − lo overflows or the axis labels need
 * exponents); a width of at least 1e-6 keeps the 480 px axis above the float
 * spacing of doubles near 1e6 (≈1.2e-10) and keeps tick labels to ≤ 7 decimals.
 */
export const PLOT_DOMAIN_LIMITS = { maxAbs: 1e6, minWidth: 1e-6 } as const;

/** A plot's x range as [min, max]: finite, ordered, within PLOT_DOMAIN_LIMITS. */
export const plotDomainSchema = z
  .tuple([z.number({ error: 'must be a number' }), z.number({ error: 'must be a number' })], {
    error: 'domain must be two numbers [min, max], e.g. [-4, 4]',
  })
  .superRefine(([lo, hi], ctx) => {
    const { maxAbs, minWidth } = PLOT_DOMAIN_LIMITS;
    // No finiteness test: Zod 4's z.number() already refuses Infinity and NaN (YAML's .inf, .nan).
    if (!(lo < hi))
      ctx.addIssue({
        code: 'custom',
        message: `domain [${lo}, ${hi}] is ${lo === hi ? 'empty' : 'reversed'}: write [min, max] with min < max`,
      });
    else if (Math.abs(lo) > maxAbs || Math.abs(hi) > maxAbs)
      ctx.addIssue({
        code: 'custom',
        message: `domain [${lo}, ${hi}] is too wide to draw: keep both ends within ±${maxAbs.toExponential()}`,
      });
    else if (hi - lo < minWidth)
      ctx.addIssue({
        code: 'custom',
        message: `domain [${lo}, ${hi}] is too narrow to draw: make max − min at least ${minWidth.toExponential()}`,
      });
  });

/** The figure placed under a term's definition. */
export const plotSchema = z.strictObject({
  /** Kernel id of the function to plot. */
  fn: activationIdSchema,
  /** Kernel ids drawn as quieter comparison curves. Default: none. */
  compare: z
    .array(activationIdSchema, { error: 'compare must be a list of kernel ids, e.g. [relu, silu]' })
    .max(4, 'compare at most 4 functions: more curves cannot be told apart')
    .default([]),
  /** The x range as [min, max]. Default: [-4, 4]. */
  domain: plotDomainSchema.default([-4, 4]),
  /** Whether to draw the first derivative too. Default: true. */
  derivative: z.boolean({ error: 'derivative must be true or false' }).default(true),
  /**
   * Whether a parametric activation's figure (ELU's α, softplus's β, …: src/kernel/parameters.ts) gets a slider per
   * parameter that redraws it in the browser. `false` keeps the figure static. Default: true.
   */
  params: z.boolean({ error: 'params must be true or false' }).default(true),
  /** Optional caption under the figure, plain text. Default: the figure's generated description. */
  caption: z
    .string({ error: 'caption must be text in quotes' })
    .trim()
    .min(1, 'caption must not be empty')
    .max(300, 'caption must be at most 300 characters')
    .optional(),
});

/**
 * The attributes of `<ActivationPlot>` in a term body: the same fields as `plot:`
 * plus `idSuffix`. Closed: any other attribute is an error, never passed through.
 */
export const activationPlotAttributesSchema = z.strictObject(
  {
    ...plotSchema.shape,
    /** Distinguishes two figures of the same function on one page; becomes part of element ids. Default: derived from compare and domain. */
    idSuffix: z
      .string({ error: 'idSuffix must be text in quotes' })
      .regex(KEBAB_CASE, 'idSuffix must be a kebab-case word, e.g. "tail"')
      .max(40, 'idSuffix must be at most 40 characters')
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown attribute${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; <ActivationPlot> takes fn, compare, domain, derivative, params, caption and idSuffix`
        : undefined,
  },
);

export type ActivationPlotAttributes = z.infer<typeof activationPlotAttributesSchema>;
