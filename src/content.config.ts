import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema, makeTermSchema } from './schema';

// The schemas live in src/schema/ as plain zod so Node tools share them;
// here they only gain Astro's typed references.
const terms = defineCollection({
  // deferRender keeps rendered MDX out of the content store (withastro/astro #17301).
  loader: glob({ pattern: '*.mdx', base: './content/terms', deferRender: true }),
  schema: makeTermSchema({ category: reference('categories'), term: reference('terms') }),
});

const categories = defineCollection({
  loader: file('./content/categories.yaml'),
  schema: categorySchema,
});

export const collections = { terms, categories };
