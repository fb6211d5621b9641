import { z } from 'zod';

/** Optional search-engine overrides; sensible values are derived when absent. */
export const seoSchema = z.strictObject({
  /** Replaces the `<title>`. Default: "<Term>: definition, formula and how it works | Glossary". */
  title: z.string().trim().min(1).max(70).optional(),
  /** Replaces the meta description. Default: the short definition as plain text, cut on a word boundary at 160 characters. */
  description: z.string().trim().min(50).max(160).optional(),
  /** Replaces the visible H1. Default: the term's display name. */
  h1: z.string().trim().min(1).max(90).optional(),
});

export type SeoOverrides = z.infer<typeof seoSchema>;
