import { z } from 'zod';

/** A primary source: a paper, a book or official documentation. */
export const sourceSchema = z.strictObject({
  /** Title as published. */
  title: z.string().trim().min(1),
  /** Authors as cited, e.g. "Hendrycks, D.; Gimpel, K." or "PyTorch contributors". */
  authors: z.string().trim().min(1),
  /** Year of publication (first version for preprints). */
  year: z.number().int().min(1800).max(2100),
  /** A stable link: arXiv abstract, DOI or the official documentation page. Only http(s): a source is a page readers open. */
  url: z.url({
    protocol: /^https?$/,
    hostname: /./,
    error: 'must be an http(s) address, e.g. https://arxiv.org/abs/1606.08415',
  }),
});

export type Source = z.infer<typeof sourceSchema>;
