import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { ContentIssue } from '../schema';
import { normaliseRoute, siteRoutes } from '../glossary/routes';
import { termUrl } from '../glossary/urls';
import { suggest } from './references';
import { markdownFields, parseMarkdownField, type Check, type CheckContext } from './context';
import { disallowedUrlMessage, disallowedUrls } from '../markdown/url-schemes';
import { bodyLimitProblems } from '../markdown/body-limits';

function internalLinks(tree: Root): { url: string; line?: number }[] {
  const out: { url: string; line?: number }[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/'))
      out.push({ url: node.url, line: node.position?.start.line });
  });
  return out;
}

const routesOf = new WeakMap<CheckContext['index'], { known: CheckContext['known']; routes: Set<string> }>();

/**
 * Every route a link may point to, built once per content model: this check runs file by file
 * (src/checks/cache.ts), and building the set for each file made it quadratic in the number of terms.
 */
function knownRoutes(ctx: CheckContext): Set<string> {
  const memo = routesOf.get(ctx.index);
  if (memo?.known === ctx.known) return memo.routes;
  // A term whose file has problems of its own still has a page once they are fixed: a link to it is not dead.
  const routes = new Set([...siteRoutes(ctx.index), ...[...ctx.known].map(termUrl)]);
  routesOf.set(ctx.index, { known: ctx.known, routes });
  return routes;
}

/** Internal links in bodies and fields that point to no page the site will have, and body links with a scheme that is not allowed. */
export const checkLinks: Check = (ctx) => {
  const routes = knownRoutes(ctx);
  const issues: ContentIssue[] = [];
  const report = (file: string, where: string, url: string) => {
    const hint = suggest(normaliseRoute(url), routes);
    issues.push({ file, where, message: `link to ${url} points to no page${hint ? ` — did you mean ${hint}?` : ''}` });
  };
  for (const s of ctx.sources) {
    const tree = ctx.body(s);
    if (tree) {
      for (const l of internalLinks(tree))
        if (!routes.has(normaliseRoute(l.url))) report(s.file, `line ${l.line ?? s.bodyLine}`, l.url);
      // Fields are checked by their schema; the body's links only here. The renderer's sanitizer would drop these silently.
      for (const u of disallowedUrls(tree))
        issues.push({ file: s.file, where: `line ${u.line ?? s.bodyLine}`, message: disallowedUrlMessage(u) });
    }
    for (const [path, text] of markdownFields(s.frontmatter).filter(([, t]) => !bodyLimitProblems(t).length))
      for (const l of internalLinks(parseMarkdownField(text)))
        if (!routes.has(normaliseRoute(l.url))) report(s.file, path, l.url);
  }
  return issues;
};
