import type { MiddlewareHandler } from 'astro';
import { buildScope } from './glossary/build-scope';
import { writesRoute } from './glossary/shard';

const scope = buildScope();

/**
 * In a shard build (`npm run build -- --shard i/N`), every site-wide page is skipped before it
 * renders: a response without a body writes no file. Those pages are written once, by the merge
 * build. Outside a shard build this passes every request through.
 */
export const onRequest: MiddlewareHandler = (context, next) =>
  writesRoute(scope, context.routePattern) ? next() : new Response(null);
