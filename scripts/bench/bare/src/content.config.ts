import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

// Same files as our site, read with a permissive schema.
export const collections = {
  terms: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/terms', deferRender: true }),
    schema: z.object({ term: z.string() }).passthrough(),
  }),
};
