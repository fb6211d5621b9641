import { defineCollection } from 'astro:content';
import { termFiles } from './glossary/term-loader';

// Terms come from the content model (src/glossary/model.ts), already validated by src/schema/
// and the content checks: no second schema pass here. Categories are part of that model too.
const terms = defineCollection({ loader: termFiles() });

export const collections = { terms };
