import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGlossary } from '../../glossary/glossary';
import { lastUpdated } from '../../glossary/history';
import { termMarkdown } from '../../export/term-markdown';
import { buildScope, termsToBuild } from '../../glossary/build-scope';
import { writesRoute } from '../../glossary/shard';
import { LLMS_FULL_HEADING_OFFSET } from '../../export/llms-txt';

/** Each term page as clean Markdown with TeX math (src/export/term-markdown.ts), linked from the page's <head>. */
export const getStaticPaths: GetStaticPaths = async () => {
  await loadGlossary();
  // All terms, or this shard's (src/glossary/shard.ts).
  return termsToBuild().map((t) => ({ params: { slug: t.slug } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const index = await loadGlossary();
  const record = index.bySlug.get(params.slug!)!;
  const body = termMarkdown(record, index, {
    site: site!,
    updated: lastUpdated(record.file, record.data.updated),
    // llms-full.txt, written later in this build (not by a shard), prints the same tree.
    printAlso: writesRoute(buildScope(), '/llms-full.txt') ? [LLMS_FULL_HEADING_OFFSET] : [],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
