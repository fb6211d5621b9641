import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary';
import { lastUpdated } from '../glossary/history';
import { llmsFullTxtPieces } from '../export/llms-txt';
import { textStream } from '../export/text-stream';
import { loadContentModel } from '../glossary/model';
import { pageInputs, termItem } from '../glossary/carry-over';
import { diskCached } from '../markdown/disk-cache';

/** Every term page as Markdown in one file, for language models (src/export/llms-txt.ts). */
export const GET: APIRoute = async ({ site }) => {
  const index = await loadGlossary();
  // Keyed by the inputs of the term's pages: a term whose `.md` page was carried over from the last
  // build (src/glossary/carry-over.ts) has its text here, not in memory.
  const inputs = pageInputs(loadContentModel(process.cwd()), String(site));
  // Streamed: at 100,000 terms the file is longer than a string can be (src/export/text-stream.ts).
  const pieces = llmsFullTxtPieces(index, {
    site: site!,
    updatedOf: (t) => lastUpdated(t.file, t.data.updated),
    termText: (t, print) => diskCached('llms-full-terms', inputs.get(termItem(t.slug))!, print),
  });
  return new Response(textStream(pieces), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
