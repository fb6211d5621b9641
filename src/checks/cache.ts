import { createHash } from 'node:crypto';
import type { ContentIssue } from '../schema';
import { diskCached } from '../markdown/disk-cache';
import type { Check, CheckContext } from './context';

// Bump when a cached check's logic changes in a way its own source text does not show.
const CACHE_VERSION = '2';

/**
 * Runs a check that looks at one file at a time file by file, reusing results
 * from earlier runs for files whose content has not changed. `context` adds
 * what else the result depends on (e.g. the set of routes, for links).
 * Checks that compare files with each other must not be wrapped.
 */
export function perFile(name: string, check: Check, context: (ctx: CheckContext) => string = () => ''): Check {
  const code = createHash('sha256').update(CACHE_VERSION).update(name).update(check.toString()).digest('hex');
  return (ctx) => {
    const extra = createHash('sha256').update(context(ctx)).digest('hex');
    const issues: ContentIssue[] = [];
    for (const s of ctx.sources) {
      const input = `${code}\0${extra}\0${s.file}\0${JSON.stringify(s.frontmatter)}\0${s.body}`;
      const found = diskCached('checks', input, () => JSON.stringify(check({ ...ctx, sources: [s] })));
      issues.push(...(JSON.parse(found) as ContentIssue[]));
    }
    return issues;
  };
}
