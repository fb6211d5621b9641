import { formatIssue, isError, type ContentIssue } from '../schema';
import { makeIndex, type GlossaryIndex } from '../content/records';
import { readCategorySource, readTermSources, type TermSource } from '../content/source-files';
import { makeContext, type Check } from './context';
import { checkSchemas } from './schema';
import { checkReferences } from './references';
import { checkDuplicates } from './duplicates';
import { checkTex } from './tex';
import { checkPlots } from './plots';
import { checkLinks } from './links';
import { checkSeo } from './seo';
import { checkPlaceholders } from './placeholders';
import { checkBoilerplate } from './boilerplate';
import { checkFormulas } from './formulas';
import { checkComputed } from './computed';
import { checkNumbers } from './numbers';
import { checkFoldedScalars } from './folded-scalars';
import { checkEditorial } from './editorial';
import { checkRelations } from './relations';
import { checkPairs } from './pairs';
import { perFile } from './cache';
import { siteRoutes } from '../content/routes';

/** Checks that need the validated index, in the order their messages print. */
const CHECKS: [name: string, check: Check][] = [
  ['references', (ctx) => checkReferences(ctx.index)],
  ['duplicates', checkDuplicates],
  // The costly file-local checks reuse earlier results for unchanged files.
  ['tex', perFile('tex', checkTex)],
  ['plot', perFile('plot', checkPlots)],
  ['formula', checkFormulas],
  ['links', perFile('links', checkLinks, (ctx) => [...siteRoutes(ctx.index)].sort().join('\n'))],
  ['seo', checkSeo],
  ['placeholders', perFile('placeholders', checkPlaceholders)],
  ['boilerplate', checkBoilerplate],
  ['computed', checkComputed],
  ['numbers', checkNumbers],
  ['folded-scalars', checkFoldedScalars],
  ['editorial', checkEditorial],
  ['relations', checkRelations],
  ['pairs', checkPairs],
];

export interface CheckReport {
  issues: ContentIssue[];
  index: GlossaryIndex;
  /** Files checked. */
  files: number;
}

/** Runs every content check over already-read sources. */
export function checkSources(sources: readonly TermSource[], categories: Record<string, unknown>): CheckReport {
  const schema = checkSchemas(sources, categories);
  const index = makeIndex(schema.terms, schema.categories);
  const ctx = makeContext(sources, index);
  const issues = [...schema.issues];
  for (const [, check] of CHECKS) issues.push(...check(ctx));
  // One message per file and place: the schema's wording wins over a later check's.
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.file}\u0000${i.where}\u0000${i.message.slice(0, 20)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { issues: unique, index, files: sources.length };
}

/** Reads content/ under `root` and runs every check. */
export function checkContent(root = '.'): CheckReport {
  return checkSources(readTermSources(root), readCategorySource(root));
}

/** The report as printed by `npm run check` and by a failing build. */
export function formatReport(report: CheckReport): string {
  const errors = report.issues.filter(isError);
  const warnings = report.issues.length - errors.length;
  const tail = warnings ? ` ${warnings} warning${warnings > 1 ? 's' : ''} (not failing).` : '';
  const lines = [...report.issues].sort((a, b) => Number(isError(a)) - Number(isError(b))).map(formatIssue);
  if (!errors.length) return `${lines.length ? `${lines.join('\n')}\n\n` : ''}✓ ${report.files} terms checked: no problems.${tail}`;
  return `${lines.join('\n')}\n\n✗ ${errors.length} problem${errors.length > 1 ? 's' : ''} in ${new Set(errors.map((i) => i.file)).size} file(s).${tail}`;
}
