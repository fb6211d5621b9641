import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { termFiles } from './content/term-loader';
import { categorySchema, makeTermSchema } from './schema';

// The schemas live in src/schema/ as plain zod so Node tools share them;
// here they only gain Astro's typed references.
const terms = defineCollection({
  // Our loader, not glob(): bodies are rendered with a cache instead of being
  // bundled as one MDX module per term (see src/content/term-loader.ts).
  loader: termFiles(),
  schema: makeTermSchema({ category: reference('categories'), term: reference('terms') }),
});

const categories = defineCollection({
  loader: file('./content/categories.yaml'),
  schema: categorySchema,
});

export const collections = { terms, categories };
