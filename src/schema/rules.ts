/**
 * The editorial rulebook: how much substance a term page must have. The schema
 * (hard limits), `npm run check` (src/checks/editorial.ts) and the tests all read
 * these numbers, so they cannot disagree.
 */
export const RULES = {
  /** The short definition answers "what is it" on its own. */
  definition: { minWords: 12, maxChars: 400 },
  /** Steps in "How it works": enough to explain, few enough to read. */
  howItWorks: { minSteps: 2, maxSteps: 5 },
  /** Comparisons with neighbouring terms. */
  comparisons: { min: 2 },
  /** FAQ entries. */
  faq: { min: 3 },
  /** Related terms listed at the end. */
  related: { min: 3 },
  /** Primary sources (papers, official documentation). */
  sources: { min: 1 },
} as const;
