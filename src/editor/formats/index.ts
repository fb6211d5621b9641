import type { FormatReader, ForeignTerm } from './reader';
import { nuxtPayload } from './nuxt-payload';
import { jsonTerm } from './json-term';
import { htmlPage } from './html';
import { markdownArticle } from './markdown';

export type { FormatReader, ForeignTerm } from './reader';

/**
 * The formats `npm run import` reads, asked in this order; the first whose `detect` says yes
 * reads the file. Each is one module in this folder (the interface is in ./reader.ts).
 * Specific formats come first, the catch-all Markdown reader last.
 *
 * The site's own `/glossary.json` export is not among them: it holds our frontmatter and bodies already, so
 * runImport reads it losslessly (src/editor/formats/glossary-json.ts) instead of mapping it as a ForeignTerm.
 */
export const READERS: readonly FormatReader[] = [nuxtPayload, jsonTerm, htmlPage, markdownArticle];

/** A format chosen by content, and the terms it read. */
export interface DetectedInput {
  reader: FormatReader;
  terms: ForeignTerm[];
}

/**
 * Chooses the reader by the file's content (its name and extension are never consulted) and
 * reads it. Throws a message that says what the file looks like and which formats are read.
 */
export function readInput(text: string, readers: readonly FormatReader[] = READERS): DetectedInput {
  const trimmed = text.replace(/^\uFEFF/, '');
  if (!trimmed.trim()) throw new Error('the file is empty');
  let json: unknown;
  if (/^\s*[[{]/.test(trimmed))
    try {
      json = JSON.parse(trimmed);
    } catch {
      json = undefined; // Not JSON after all: Markdown may still start with a bracket.
    }
  const reader = readers.find((r) => r.detect(trimmed, json));
  if (!reader) {
    const what = json !== undefined ? 'JSON, but not in a shape any reader knows' : 'not a format any reader knows';
    throw new Error(
      `${what}. Readable: ${readers.map((r) => r.label).join('; ')}. For JSON, a term object needs a "term" field.`,
    );
  }
  const terms = reader.read(trimmed, json);
  if (!terms.length) throw new Error(`${reader.label} with no term in it`);
  return { reader, terms };
}
