import { bodyLimitProblems } from '../markdown/body-limits';
import type { TermSource } from '../content/source-files';
import type { CheckContext } from './context';

/**
 * The parsed body of a file, or undefined when it does not parse or exceeds
 * BODY_LIMITS: such a body is never handed to the parser, whose time and stack
 * grow with its nesting. The limits are reported by the tex check (bodyLimitIssues).
 */
export function parsedBody(ctx: CheckContext, source: TermSource) {
  return bodyLimitProblems(source.body).length ? undefined : ctx.body(source);
}

/** BODY_LIMITS problems of one file, with file lines. */
export function bodyLimitIssues(source: TermSource) {
  return bodyLimitProblems(source.body).map((p) => ({ file: source.file, where: `line ${p.line + source.bodyLine - 1}`, message: p.message }));
}
