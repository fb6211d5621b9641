import { z } from 'zod';
import { BRAND_SUFFIX, DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX } from '../glossary/titles';

/** Optional search-engine overrides; sensible values are derived when absent. */
export const seoSchema = z.strictObject({
  /** Replaces the `<title>` (the " | Glossary" suffix is added when it fits in 60 characters, and dropped when a written one does not fit). Default: "<Term>: definition, formula and how it works | Glossary", without "formula" when the page shows none. */
  title: z
    .string()
    .trim()
    .min(1)
    .max(TITLE_MAX + BRAND_SUFFIX.length)
    .optional(),
  /** Replaces the meta description: 70–160 characters of whole sentences. Default: the short definition's whole sentences that fit in 160 characters. */
  description: z.string().trim().min(DESCRIPTION_MIN).max(DESCRIPTION_MAX).optional(),
  /** Replaces the visible H1. Default: the term's display name. */
  h1: z.string().trim().min(1).max(90).optional(),
});
