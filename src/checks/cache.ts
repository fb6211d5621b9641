import { createHash } from 'node:crypto';
import type { ContentIssue } from '../schema';
import { diskCachedJson } from '../markdown/disk-cache';
import type { Check, CheckContext } from './context';
import type { Glossary } from '../glossary/model';
import type { TermSource } from '../glossary/source-files';

/**
 * Runs a check that looks at one file at a time file by file, reusing results
 * from earlier runs for files whose content has not changed. The disk cache's
 * key also holds a fingerprint of the pipeline's code and dependency versions
 * (src/markdown/code-fingerprint.ts), so a changed check or kernel is never
 * answered from an old result. `context` adds what else the result depends on
 * (e.g. the set of routes, for links). Checks that compare files with each
 * other must not be wrapped.
 */
export function perFile(name: string, check: Check, context: (ctx: CheckContext) => string = () => ''): Check {
  return (ctx) => {
    const extra = createHash('sha256').update(context(ctx)).digest('hex');
    const issues: ContentIssue[] = [];
    for (const s of ctx.sources) {
      const input = `${name}\0${extra}\0${s.file}\0${s.bodyLine}\0${JSON.stringify(s.frontmatter)}\0${s.body}`;
      issues.push(...diskCachedJson('checks', input, () => check({ ...ctx, sources: [s] })));
    }
    return issues;
  };
}

/**
 * The syntax error of a body, or undefined, remembered across builds by the body's text and
 * line: with every file-local check cached, an unchanged body is then never parsed again.
 */
export function bodyIssueOf(model: Glossary, source: TermSource): ContentIssue | undefined {
  const found = diskCachedJson(
    'body-issues',
    `${source.file}\0${source.bodyLine}\0${source.body}`,
    () => model.bodyIssue(source) ?? null,
  );
  return found ?? undefined;
}
