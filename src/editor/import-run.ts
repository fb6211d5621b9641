import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentModel, type Glossary } from '../glossary/model';
import { markdownFields, parseMarkdownField } from '../checks/context';
import { namesOf } from '../checks/filler';
import { makeFillerJudge, pageParagraphs, type FillerJudge } from '../prose/filler';
import { formatIssue, isError, type ContentIssue } from '../schema';
import { TERMS_DIR } from '../glossary/source-files';
import { splitTermSource } from '../glossary/read-source';
import { readInput } from './formats';
import { isGlossaryJson, readGlossaryJson } from './formats/glossary-json';
import { readInputFile } from './read-input';
import { foreignToTerm } from './foreign-term';
import { checkForcedCategory, chooseCategory, readCategoryMap, type CategoryRules } from './categories';
import { setAsideFiller, type FillerFigures } from './set-aside';
import { attributeNumbers, draftBodyLine, draftSource, repairDraft, type Draft } from './repair';
import { checkStaged, isExpected } from './staged-check';
import { termSlug, writeTermFile } from './term-file';
import { questionsAndAnswers } from './article-structure';
import { faqEdit, type FaqEdit } from './into-faq';
import { suggest } from '../checks/references';

export interface ImportOptions {
  root: string;
  /** Names the term of a single input (an article without a title line). */
  term?: string;
  /** File name of a single input's term. */
  slug?: string;
  force: boolean;
  dryRun: boolean;
  category?: string;
  categoryMap?: string;
  /** Add a Q&A article's questions to this existing term's FAQ instead of writing a new page. */
  into?: string;
}

/** One line of the import summary. */
export interface ImportRow {
  input: string;
  format: string;
  term: string;
  file: string;
  result: 'written' | 'replaced' | 'would write' | 'would replace' | 'edited' | 'would edit' | 'skipped';
  /** Why it was skipped, or what is left for the editor. */
  why: string;
  notes: string[];
  figures?: FillerFigures;
}

export interface ImportResult {
  rows: ImportRow[];
  /** The `--into` edit, with its diff. */
  edit?: FaqEdit;
}

/** A usage error (wrong options): printed with the usage, exit status 2. */
export class UsageError extends Error {}

/** Every file named or inside a named folder (recursively, hidden files skipped), sorted; unreadable paths are kept to be reported. */
export function expandInputs(paths: readonly string[]): { file: string; problem?: string }[] {
  const out: { file: string; problem?: string }[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name));
    const before = out.length;
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push({ file: path });
    }
    if (out.length === before && !entries.some((e) => e.isDirectory()))
      out.push({ file: dir, problem: 'a folder with no files to import in it' });
  };
  for (const p of paths) {
    if (isFolder(p)) walk(p);
    else out.push({ file: p });
  }
  return out;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // A missing or unreadable path is reported by readInputFile with a sentence.
  }
}

/** The filler judge of the current glossary: its published prose is the vocabulary new pages are measured against. */
export function glossaryJudge(model: Glossary): FillerJudge {
  return makeFillerJudge(
    model.sources.map((s) => ({
      slug: s.slug,
      names: namesOf(s.frontmatter, s.slug),
      paragraphs: pageParagraphs(markdownFields(s.frontmatter), model.body(s), parseMarkdownField),
    })),
  );
}

const short = (s: string, n = 60) => (s.length > n ? `…${s.slice(-(n - 1))}` : s);
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Imports files and folders into content/terms (see README, "Editor commands"): reads each by
 * its content, maps it, resolves categories, slugs and collisions, sets filler aside, and checks
 * the result with the build's own checks in a staged copy before anything is written.
 * Files that cannot be imported are skipped with the reason; the others are written.
 */
export function runImport(paths: readonly string[], options: ImportOptions): ImportResult {
  const model = loadContentModel(options.root);
  const known = model.declaredCategories.map((c) => c.slug);
  if (options.category) checkForcedCategory(options.category, known);
  const rules: CategoryRules = {
    known,
    forced: options.category,
    map: options.categoryMap ? readCategoryMap(options.categoryMap, known) : undefined,
  };
  const files = expandInputs(paths);
  if (files.length > 1 && (options.slug !== undefined || options.term !== undefined))
    throw new UsageError(
      `--slug and --term name one term, but ${files.length} files were given; import those files one at a time`,
    );
  const judge = glossaryJudge(model);
  if (options.into) return importInto(files, options, model, judge);

  const rows: ImportRow[] = [];
  const drafts: { draft: Draft; row: ImportRow }[] = [];
  const taken = new Map<string, string>();
  const nameOwner = new Map<string, string>();
  for (const t of model.index.terms)
    for (const n of [t.data.term, ...t.data.aliases]) nameOwner.set(n.toLowerCase(), t.slug);
  for (const { file, problem } of files) {
    const skip = (why: string, format = '?', term = '', target = '') =>
      rows.push({ input: file, format, term, file: target, result: 'skipped', why, notes: [] });
    if (problem) {
      skip(problem);
      continue;
    }
    let text: string;
    try {
      text = readInputFile(file);
    } catch (error) {
      skip((error as Error).message);
      continue;
    }
    // Our own export is read losslessly (its frontmatter and body are ours already): no mapping, no filler
    // judgement, the file as the exporting glossary had it.
    if (isGlossaryJson(text)) {
      let exported;
      try {
        exported = readGlossaryJson(text, file, { term: options.term });
      } catch (error) {
        skip((error as Error).message, 'glossary-json');
        continue;
      }
      if (exported.length > 1 && options.slug !== undefined)
        throw new UsageError(`${file} holds ${exported.length} terms: choose one with --term before --slug`);
      for (const f of exported) {
        const slug = options.slug ?? f.slug;
        const target = `${TERMS_DIR}/${slug}.mdx`;
        const exists = existsSync(join(options.root, target));
        const why =
          exists && !options.force
            ? `${target} already exists; not overwriting it. Pass --slug <another-slug> or --force to replace it (the old file is kept in .backup/)`
            : taken.has(slug)
              ? `would also become ${target}, like ${taken.get(slug)}`
              : undefined;
        if (why) {
          skip(why, 'glossary-json', f.name, target);
          continue;
        }
        taken.set(slug, file);
        const draft: Draft = {
          slug,
          term: { name: f.name, frontmatter: f.frontmatter, body: f.body, notes: f.notes },
          setAside: [],
        };
        const row: ImportRow = {
          input: file,
          format: 'glossary-json',
          term: f.name,
          file: target,
          result: options.dryRun ? (exists ? 'would replace' : 'would write') : exists ? 'replaced' : 'written',
          why: 'as exported',
          notes: f.notes,
        };
        rows.push(row);
        drafts.push({ draft, row });
      }
      continue;
    }
    let detected;
    try {
      detected = readInput(text);
    } catch (error) {
      skip((error as Error).message);
      continue;
    }
    if (detected.terms.length > 1 && (options.slug !== undefined || options.term !== undefined))
      throw new UsageError(`${file} holds ${detected.terms.length} terms: --slug and --term name one`);
    for (const foreign of detected.terms) {
      const format = detected.reader.id;
      const name = (options.term ?? foreign.name).trim();
      if (!name) {
        skip('no title line or term name in it: pass --term "Name"', format);
        continue;
      }
      let slug: string;
      try {
        slug = termSlug(
          name,
          options.slug ?? (foreign.slug && !options.term ? validOrUndefined(foreign.slug) : undefined),
        );
      } catch (error) {
        skip((error as Error).message, format, name);
        continue;
      }
      const target = `${TERMS_DIR}/${slug}.mdx`;
      const exists = existsSync(join(options.root, target));
      if (exists && !options.force) {
        skip(
          `${target} already exists; not overwriting it. Pass --slug <another-slug>, --force to replace it (the old file is kept in .backup/)${foreign.faq?.length || foreign.article ? `, or --into ${slug} to add its questions to that term's FAQ` : ''}`,
          format,
          name,
          target,
        );
        continue;
      }
      if (taken.has(slug)) {
        skip(
          `would also become ${target}, like ${taken.get(slug)}: import it separately with --slug`,
          format,
          name,
          target,
        );
        continue;
      }
      const owner = nameOwner.get(name.toLowerCase());
      if (owner && owner !== slug) {
        skip(
          `"${name}" is already the name of ${TERMS_DIR}/${owner}.mdx: pass --term with another name, or --into ${owner}`,
          format,
          name,
          target,
        );
        continue;
      }
      taken.set(slug, file);
      const choice = chooseCategory(foreign.category, rules);
      const planned = foreignToTerm(foreign, model.index, choice.category);
      if (options.term && foreign.name && foreign.name !== name) {
        // --term names the new term: the file's name is the editor's, the source's title stays as a heading.
        planned.body = `## ${foreign.name}\n\n${planned.body}`;
        planned.name = name;
        planned.frontmatter.term = name;
      }
      const { term, setAside, figures } = setAsideFiller(planned, slug, judge);
      const draft: Draft = { slug, term, setAside };
      const row: ImportRow = {
        input: file,
        format,
        term: name,
        file: target,
        result: options.dryRun ? (exists ? 'would replace' : 'would write') : exists ? 'replaced' : 'written',
        why: `category ${choice.how}`,
        notes: term.notes,
        figures,
      };
      rows.push(row);
      drafts.push({ draft, row });
    }
  }

  // The build's checks on the glossary as it would be; what they refuse is set aside, round after round,
  // every draft again each round (a change in one draft can change what another shares with the rest).
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const staged = drafts.filter(({ row }) => row.result !== 'skipped');
    for (const { draft } of staged) attributeNumbers(draft);
    const issues = checkStaged(
      options.root,
      staged.map(({ draft }) => ({ slug: draft.slug, source: draftSource(draft) })),
    );
    let repaired = false;
    for (const { draft, row } of staged) {
      const found = issues.get(row.file) ?? [];
      const bodyLine = draftBodyLine(draft);
      const body = draftSource(draft)
        .split('\n')
        .slice(bodyLine - 1)
        .join('\n');
      const blocking = found.filter((i) => !isExpected(i, draft.term.frontmatter, body, bodyLine));
      if (!blocking.length) {
        const left = found.filter(isError).length;
        row.why = `${left} placeholder${left === 1 ? '' : 's'} to fill; ${row.why.replace(/^\d+ placeholders? to fill; /, '')}`;
        continue;
      }
      if (round === MAX_ROUNDS - 1 || !repairDraft(draft, blocking)) {
        row.result = 'skipped';
        row.why = `npm run check would refuse it: ${blocking.map((i) => formatIssue(i)).join('; ')}`;
      } else repaired = true;
    }
    if (!repaired) break;
  }
  const ready = drafts.filter(({ row }) => row.result !== 'skipped');
  if (!options.dryRun)
    for (const { draft, row } of ready) {
      const { backup } = writeTermFile(options.root, draft.slug, draftSource(draft), { force: options.force });
      if (backup) row.notes.push(`the previous file is kept as ${backup}`);
    }
  return { rows };
}

/** Check-and-repair rounds before a draft that still fails is skipped (each round can only shrink a draft). */
const MAX_ROUNDS = 5;

const validOrUndefined = (slug: string) =>
  /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length <= 80 ? slug : undefined;

/** `--into`: one Q&A input's questions added to an existing term's FAQ (a diff in a dry run). */
function importInto(
  files: readonly { file: string; problem?: string }[],
  options: ImportOptions,
  model: Glossary,
  judge: FillerJudge,
): ImportResult {
  const slug = options.into!;
  if (files.length !== 1)
    throw new UsageError(`--into adds one article's questions to one term; ${files.length} files were given`);
  if (!model.index.bySlug.has(slug)) {
    const near = suggest(slug, model.index.bySlug.keys());
    throw new UsageError(`--into ${slug}: no such term${near ? ` — did you mean "${near}"?` : ''}`);
  }
  const { file, problem } = files[0];
  if (problem) throw new Error(`${file}: ${problem}`);
  const detected = readInput(readInputFile(file));
  const qas = detected.terms.flatMap((t) =>
    t.article
      ? questionsAndAnswers(t.explanation ?? '')
      : (t.faq ?? []).map((f) => ({ question: f.question, answer: f.answer })),
  );
  if (!qas.length)
    throw new Error(
      `${file}: no questions found (a "Question:" line, or a line that ends in "?", followed by its answer)`,
    );
  const edit = faqEdit(options.root, slug, qas, judge);
  const row: ImportRow = {
    input: file,
    format: detected.reader.id,
    term: model.index.bySlug.get(slug)!.data.term,
    file: edit.file,
    result: options.dryRun ? 'would edit' : 'edited',
    why: `${edit.added.length} question${edit.added.length === 1 ? '' : 's'} added to faq`,
    notes: [...edit.notes, ...edit.skipped.map((s) => `skipped "${s.question}": ${s.why}`)],
  };
  if (!edit.added.length) {
    row.result = 'skipped';
    row.why = 'no new question to add';
    return { rows: [row], edit };
  }
  const issues = checkStaged(options.root, [{ slug, source: edit.after }]).get(edit.file) ?? [];
  const after = splitTermSource(edit.file, edit.after);
  const blocking = issues.filter((i) => !isExpected(i, after.frontmatter ?? {}, after.body, after.bodyLine));
  if (blocking.length) {
    row.result = 'skipped';
    row.why = `npm run check would refuse the edit: ${blocking.map((i) => formatIssue(i)).join('; ')}`;
    return { rows: [row], edit };
  }
  if (!options.dryRun) {
    const { backup } = writeTermFile(options.root, slug, edit.after, { force: true });
    if (backup) row.notes.push(`the previous file is kept as ${backup}`);
  }
  return { rows: [row], edit };
}

/** The summary table and the notes under it, as `npm run import` prints them. */
export function formatSummary(result: ImportResult): string {
  const rel = (p: string) => short(p, 48);
  const header = ['input', 'format', 'term', 'result', 'file'];
  const table = result.rows.map((r) => [rel(r.input), r.format, cut(r.term, 30), r.result, r.file]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)];
  const details: string[] = [];
  for (const r of result.rows) {
    const filler = r.figures?.setAside
      ? `; generic filler set aside: ${r.figures.setAside} of ${r.figures.words} words`
      : '';
    details.push(`${rel(r.input)} → ${r.file || '(nothing)'}: ${r.why}${r.result === 'skipped' ? '' : filler}`);
    for (const n of r.notes) details.push(`    note: ${n}`);
  }
  const count = (pred: (r: ImportRow) => boolean) => result.rows.filter(pred).length;
  const done = count((r) => r.result !== 'skipped');
  const skipped = count((r) => r.result === 'skipped');
  const dry = result.rows.some((r) => r.result.startsWith('would'));
  const tail = `${done} ${dry ? 'would be imported (dry run: nothing was written)' : 'imported'}, ${skipped} skipped.`;
  return [...out, '', ...details, '', tail].join('\n');
}

export type { ContentIssue };
