import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary';
import { lastUpdated } from '../glossary/history';
import { llmsTxt } from '../export/llms-txt';

/** The llms.txt map of the glossary (src/export/llms-txt.ts). */
export const GET: APIRoute = async ({ site }) => {
  const index = await loadGlossary();
  const body = llmsTxt(index, { site: site!, updatedOf: (t) => lastUpdated(t.file, t.data.updated) });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
