import { formatIssue, isError, type ContentIssue } from '../schema';
import type { GlossaryIndex } from '../glossary/records';
import { loadContentModel, type Glossary } from '../glossary/model';
import type { TermSource } from '../glossary/source-files';
import { makeContext, type Check } from './context';
import { checkReferences } from './references';
import { checkDuplicates } from './duplicates';
import { checkTex } from './tex';
import { checkPlots } from './plots';
import { checkLinks } from './links';
import { checkSeo } from './seo';
import { checkPlaceholders } from './placeholders';
import { checkBoilerplate } from './boilerplate';
import { checkFiller } from './filler';
import { checkFormulas } from './formulas';
import { checkComputed } from './computed';
import { checkNumbers } from './numbers';
import { checkFoldedScalars } from './folded-scalars';
import { checkEditorial } from './editorial';
import { checkRelations } from './relations';
import { checkPairs } from './pairs';
import { checkRendering } from './render';
import { bodyIssueOf, perFile } from './cache';
import { siteRoutes } from '../glossary/routes';

/**
 * Every content check, in the order their messages print. A check adds one line here.
 * Earlier checks word a problem best: a later check's message for a place (file and
 * field or line) that already has one is dropped, so one mistake gives one message.
 */
const CHECKS: [name: string, check: Check][] = [
  ['references', (ctx) => checkReferences(ctx.index, ctx.known, ctx.terms)],
  ['duplicates', checkDuplicates],
  // The costly file-local checks reuse earlier results for unchanged files.
  ['tex', perFile('tex', checkTex)],
  ['plot', perFile('plot', checkPlots)],
  ['formula', checkFormulas],
  ['links', perFile('links', checkLinks, (ctx) => [...siteRoutes(ctx.index), ...ctx.known].sort().join('\n'))],
  ['seo', checkSeo],
  ['placeholders', perFile('placeholders', checkPlaceholders)],
  ['boilerplate', checkBoilerplate],
  ['filler', checkFiller],
  ['computed', perFile('computed', checkComputed)],
  ['numbers', perFile('numbers', checkNumbers)],
  ['folded-scalars', checkFoldedScalars],
  ['editorial', checkEditorial],
  ['relations', checkRelations],
  ['pairs', checkPairs],
  // Last: renders every page's content with the build's own pipeline, so `check` rejects whatever the build would.
  ['render', checkRendering],
];

export interface CheckReport {
  issues: ContentIssue[];
  index: GlossaryIndex;
  /** Files checked. */
  files: number;
}

/**
 * True when a message at `where` would repeat one at `place`: `where` is `place` or inside it
 * (`plot` holds `plot.domain` and `plot.compare[0]`), or it is the whole body and `place` one of
 * its lines (rendering stops at the body's first error, which a line-exact check has named).
 */
function repeats(where: string, place: string): boolean {
  if (where === '(body)' && /^line \d+$/.test(place)) return true;
  return where === place || where.startsWith(`${place}.`) || where.startsWith(`${place}[`);
}

/**
 * Keeps one message per place: exact repeats go, and so does a later check's
 * message at a place (or inside a field) an earlier check already reported.
 * Messages of one check are all kept: two bad formulas on one line are two problems.
 */
export function dedupeIssues(groups: readonly ContentIssue[][]): ContentIssue[] {
  const out: ContentIssue[] = [];
  const reported = new Map<string, string[]>();
  const exact = new Set<string>();
  for (const group of groups) {
    const added: ContentIssue[] = [];
    for (const issue of group) {
      const earlier = reported.get(issue.file) ?? [];
      if (issue.where && earlier.some((place) => repeats(issue.where, place))) continue;
      const key = `${issue.file}\0${issue.where}\0${issue.message}`;
      if (exact.has(key)) continue;
      exact.add(key);
      added.push(issue);
    }
    // Only an error speaks for its place: a drafting warning there must not hide a later, different problem.
    for (const issue of added.filter(isError))
      reported.set(issue.file, [...(reported.get(issue.file) ?? []), issue.where].filter(Boolean));
    for (const issue of added) out.push(issue);
  }
  return out;
}

/**
 * Runs every content check over the content model. `sources` narrows the file-by-file checks
 * to some files (a shard's, src/glossary/shard.ts); checks across files still see every term.
 */
export function checkGlossary(model: Glossary, sources: readonly TermSource[] = model.sources): CheckReport {
  const ctx = makeContext(model, sources);
  const bodyIssues = sources.map((s) => bodyIssueOf(model, s)).filter((i) => i !== undefined);
  const groups = [[...model.issues], bodyIssues, ...CHECKS.map(([, check]) => check(ctx))];
  return { issues: dedupeIssues(groups), index: model.index, files: sources.length };
}

/** Reads content/ under `root` (once per process, shared with the build) and runs every check. */
export function checkContent(root = '.'): CheckReport {
  return checkGlossary(loadContentModel(root));
}

/** The report as printed by `npm run check` and by a failing build. */
export function formatReport(report: CheckReport): string {
  const errors = report.issues.filter(isError);
  const warnings = report.issues.length - errors.length;
  const tail = warnings ? ` ${warnings} warning${warnings > 1 ? 's' : ''} (not failing).` : '';
  const lines = [...report.issues].sort((a, b) => Number(isError(a)) - Number(isError(b))).map(formatIssue);
  if (!errors.length)
    return `${lines.length ? `${lines.join('\n')}\n\n` : ''}✓ ${report.files} term${report.files === 1 ? '' : 's'} checked: no problems.${tail}`;
  return `${lines.join('\n')}\n\n✗ ${errors.length} problem${errors.length > 1 ? 's' : ''} in ${new Set(errors.map((i) => i.file)).size} file(s).${tail}`;
}
