import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary';
import { lastUpdated } from '../glossary/history';
import { llmsFullTxt } from '../export/llms-txt';

/** Every term page as Markdown in one file, for language models (src/export/llms-txt.ts). */
export const GET: APIRoute = async ({ site }) => {
  const index = await loadGlossary();
  const body = llmsFullTxt(index, { site: site!, updatedOf: (t) => lastUpdated(t.file, t.data.updated) });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
