import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary';
import { lastUpdated } from '../glossary/history';
import { glossaryJson } from '../export/glossary-json';

/** Every term as typed data (src/export/glossary-json.ts); its JSON Schema is /glossary.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const index = await loadGlossary();
  const doc = glossaryJson(index, { site: site!, updatedOf: (t) => lastUpdated(t.file, t.data.updated) });
  return new Response(`${JSON.stringify(doc)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
