import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary';
import { lastUpdated } from '../glossary/history';
import { glossaryJsonText, type GlossaryJsonContext } from '../export/glossary-json';
import { textStream } from '../export/text-stream';

/** Every term as typed data (src/export/glossary-json.ts); its JSON Schema is /glossary.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const index = await loadGlossary();
  const context: GlossaryJsonContext = { site: site!, updatedOf: (t) => lastUpdated(t.file, t.data.updated) };
  // Streamed: at 100,000 terms the file is longer than a string can be (src/export/text-stream.ts).
  return new Response(textStream(glossaryJsonText(index, context)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
