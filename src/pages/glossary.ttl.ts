import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary';
import { lastUpdated } from '../glossary/history';
import { glossarySkos } from '../export/skos';

/** The glossary as a SKOS concept scheme in Turtle (src/export/skos.ts). */
export const GET: APIRoute = async ({ site }) => {
  const index = await loadGlossary();
  const turtle = glossarySkos(index, { site: site!, updatedOf: (t) => lastUpdated(t.file, t.data.updated) });
  return new Response(turtle, { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
