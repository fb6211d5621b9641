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
  url: z
    .url({
      protocol: /^https?$/,
      hostname: /./,
      error: 'must be an http(s) address, e.g. https://arxiv.org/abs/1606.08415',
    })
    // A URI in the strict sense (RFC 3986), as the JSON Schema of /glossary.json promises (`format: uri`):
    // browsers accept a raw space or `é`, other tools that read the address do not.
    .regex(
      /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/,
      'must be written with URL characters only: percent-encode spaces and other characters (a space is %20, é is %C3%A9), as the address bar does when you copy the link',
    ),
});

export type Source = z.infer<typeof sourceSchema>;
