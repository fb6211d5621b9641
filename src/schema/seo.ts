import { z } from 'zod';

/** Optional search-engine overrides; sensible values are derived when absent. */
export const seoSchema = z.strictObject({
  /** Replaces the `<title>` (the " | Glossary" suffix is added when it fits in 60 characters). Default: "<Term>: definition, formula and how it works | Glossary", without "formula" when the page shows none. */
  title: z.string().trim().min(1).max(70).optional(),
  /** Replaces the meta description: 70–160 characters of whole sentences. Default: the short definition's whole sentences that fit in 160 characters. */
  description: z.string().trim().min(50).max(160).optional(),
  /** Replaces the visible H1. Default: the term's display name. */
  h1: z.string().trim().min(1).max(90).optional(),
});
