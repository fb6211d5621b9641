import type { ContentIssue } from '../schema';
import { createHash } from 'node:crypto';
import { diskCachedJson } from '../markdown/disk-cache';
import type { TermSource } from '../glossary/source-files';
import { MAX_NAME_LENGTH } from '../schema/term';
import { makeFillerJudge, pageParagraphs, type PageParagraph, type ProsePage } from '../prose/filler';
import { markdownFields, parseMarkdownField, type Check, type CheckContext } from './context';

/**
 * Share of a page's prose words in generic sentences above which the page fails the check:
 * a few generic sentences are a drafting warning, a page made of them is template filler
 * (the seed payload's explanation reads as 25% filler by this measure; our own pages as 0%).
 */
export const PAGE_FILLER_LIMIT = 0.15;

/**
 * Glossaries smaller than this are not judged: the measure weighs each word by how many other pages
 * use it, which says nothing when there are only a handful of pages (a two-term glossary would call
 * every comparison generic).
 */
export const MIN_FILLER_PAGES = 10;

const shorten = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** The names of a term file as written (raw frontmatter: this check also runs on files the schema rejected). */
export function namesOf(frontmatter: Record<string, unknown>, slug: string): string[] {
  const aliases = Array.isArray(frontmatter.aliases)
    ? frontmatter.aliases.filter((a): a is string => typeof a === 'string' && a.length <= MAX_NAME_LENGTH)
    : [];
  const term =
    typeof frontmatter.term === 'string' && frontmatter.term.length <= MAX_NAME_LENGTH ? [frontmatter.term] : [];
  return [...term, ...aliases, slug];
}

/**
 * A file's published prose paragraphs. Parsing every field and body again would cost a rebuild
 * as much as weighing them: kept per file.
 */
function paragraphsOf(source: TermSource, body: CheckContext['body']): PageParagraph[] {
  const fields = markdownFields(source.frontmatter);
  return diskCachedJson('filler-paragraphs', JSON.stringify([fields, source.bodyLine, source.body]), () =>
    pageParagraphs(fields, body(source), parseMarkdownField),
  );
}

/**
 * Generic sentences: prose that would read the same on any term's page (src/prose/specificity.ts
 * has the measure). Each is a warning with its field or file line; a page whose generic share is
 * above PAGE_FILLER_LIMIT is an error. MDX comments (the importer's block of set-aside filler)
 * are not published and not judged.
 */
export const checkFillerUncached: Check = ({ sources, body }) => {
  const pages: (ProsePage & { file: string })[] = sources.map((s) => ({
    slug: s.slug,
    file: s.file,
    names: namesOf(s.frontmatter, s.slug),
    paragraphs: paragraphsOf(s, body),
  }));
  if (pages.length < MIN_FILLER_PAGES) return [];
  const judge = makeFillerJudge(pages);
  // Sentences and masked names of a page depend on its prose and the glossary's names, not on the
  // other pages' prose: kept per page, so editing one body re-analyses one page (the weighing is cheap).
  const namesDigest = createHash('sha256')
    .update(JSON.stringify([...new Set(pages.flatMap((p) => p.names.map((n) => n.toLowerCase())))].sort()))
    .digest('hex');
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    let words = 0;
    let generic = 0;
    const input = JSON.stringify([namesDigest, page.names, page.paragraphs.map((p) => p.text)]);
    const analysed = diskCachedJson('filler-pages', input, () => judge.analyse(page));
    for (const [i, paragraph] of page.paragraphs.entries()) {
      const report = judge.judge(page, paragraph, analysed[i]);
      words += report.words;
      generic += report.genericWords;
      const flagged = report.sentences.filter((s) => s.generic);
      if (!report.generic && !flagged.length) continue;
      const first = flagged[0] ?? report.sentences[0];
      const line = paragraph.line === undefined ? undefined : paragraph.line + first.lineInParagraph;
      const weak = [...new Set(flagged.flatMap((s) => s.weak))].slice(0, 4);
      issues.push({
        file: page.file,
        where: line === undefined ? paragraph.place : `line ${line}`,
        severity: 'warning',
        message: `${report.generic ? 'generic paragraph' : 'generic sentence'}: "${shorten(first.text)}" would read the same with any other term's name in place of ${page.names[0]} (no formula, number, name or glossary word ties it to this term${weak.length ? `; weak wording: ${weak.join(', ')}` : ''}) — say what is specific to ${page.names[0]}, or delete it`,
      });
    }
    if (words && generic / words > PAGE_FILLER_LIMIT)
      issues.push({
        file: page.file,
        where: '',
        message: `${Math.round((generic / words) * 100)}% of this page's prose is generic filler (the limit is ${PAGE_FILLER_LIMIT * 100}%): rewrite or delete the sentences listed as generic`,
      });
  }
  return issues;
};

/**
 * The filler check, its result kept in the build's disk cache: every page is measured against
 * all the others, so the key holds every source (and, as for every cached check, the code's
 * fingerprint); an unchanged glossary is not measured again.
 */
export const checkFiller: Check = (ctx) => {
  const input = JSON.stringify(ctx.sources.map((s) => [s.file, s.bodyLine, s.frontmatter, s.body]));
  return diskCachedJson('checks', `filler\0${input}`, () => checkFillerUncached(ctx));
};
