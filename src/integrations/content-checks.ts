import type { AstroIntegration } from 'astro';
import { checkContent, formatReport } from '../checks';
import { isError } from '../schema';

/**
 * Runs the same content checks as `npm run check` before the build renders
 * anything, and fails it on any problem. Astro itself only logs a broken
 * reference() and ships the dead link (withastro/astro #17582).
 */
export default function contentChecks(): AstroIntegration {
  return {
    name: 'glossary:content-checks',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const report = checkContent('.');
        if (report.issues.some(isError)) throw new Error(`Content checks failed:\n${formatReport(report)}`);
        logger.info(formatReport(report));
      },
    },
  };
}
