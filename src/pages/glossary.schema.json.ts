import type { APIRoute } from 'astro';
import { glossaryJsonSchemaDocument } from '../export/glossary-json';

/** The JSON Schema of /glossary.json, generated from its Zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(glossaryJsonSchemaDocument(site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
