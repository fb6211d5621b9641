import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../schema';
import type { Check, CheckContext } from './context';

// Bump when a cached check's logic changes in a way its own source text does not show.
const CACHE_VERSION = '1';
const CACHE_DIR = join('node_modules', '.cache', 'glossary-checks');

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
      const key = createHash('sha256').update(code).update(extra).update(s.file).update(JSON.stringify(s.frontmatter)).update('\0').update(s.body).digest('hex').slice(0, 40);
      const file = join(CACHE_DIR, `${key}.json`);
      if (existsSync(file)) {
        issues.push(...(JSON.parse(readFileSync(file, 'utf8')) as ContentIssue[]));
        continue;
      }
      const found = check({ ...ctx, sources: [s] });
      mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(found));
      renameSync(tmp, file);
      issues.push(...found);
    }
    return issues;
  };
}
