import type { Root } from 'mdast';
import { proseParagraphs } from './paragraphs';
import { makeCorpus, type Corpus } from './corpus';
import {
  analyseParagraph,
  analyseParagraphs,
  judgeParagraph,
  type ParagraphReport,
  type SentenceAnalysis,
} from './specificity';
import { nameMasker } from './name-masker';

/** One prose paragraph of a page, with the place an editor finds it: a field path or `line N`. */
export interface PageParagraph {
  place: string;
  /** File line of the paragraph (body paragraphs only). */
  line?: number;
  text: string;
}

/** A page as the filler measure sees it: its names and its published prose. */
export interface ProsePage {
  slug: string;
  /** The term's name and aliases (and slug): what the swap test replaces. */
  names: string[];
  paragraphs: PageParagraph[];
}

/**
 * The paragraphs of a term's published prose: the Markdown fields (`faq[1].answer`) and the
 * body (with file lines). `parseField` parses one field as the build does.
 */
export function pageParagraphs(
  fields: readonly [path: string, text: string][],
  body: Root | undefined,
  parseField: (text: string) => Root,
): PageParagraph[] {
  const out: PageParagraph[] = [];
  for (const [path, text] of fields) {
    let tree: Root;
    try {
      tree = parseField(text);
    } catch {
      continue; // A field that does not parse is reported by the tex check.
    }
    for (const p of proseParagraphs(tree)) out.push({ place: path, text: p.text });
  }
  if (body) for (const p of proseParagraphs(body)) out.push({ place: `line ${p.line}`, line: p.line, text: p.text });
  return out;
}

/** Judges pages against the vocabulary of a glossary (each page against the others). */
export interface FillerJudge {
  corpus: Corpus;
  /** The part of the measure that depends on the page and the glossary's names only: one list per paragraph. */
  analyse(page: ProsePage): SentenceAnalysis[][];
  /** Judges one paragraph; `analysed` is its entry of `analyse(page)`, computed if not given. */
  judge(page: ProsePage, paragraph: PageParagraph, analysed?: readonly SentenceAnalysis[]): ParagraphReport;
}

export function makeFillerJudge(pages: readonly ProsePage[]): FillerJudge {
  const corpus = makeCorpus(pages.map((p) => [p.slug, p.paragraphs.map((q) => q.text).join('\n')]));
  const masker = nameMasker(pages.flatMap((p) => p.names));
  const pageCount = Math.max(1, new Set(pages.map((p) => p.slug)).size);
  const analyseOne = (page: ProsePage, paragraph: PageParagraph) =>
    analyseParagraph(paragraph.text, { ownNames: page.names, masker });
  return {
    corpus,
    analyse: (page) =>
      analyseParagraphs(
        page.paragraphs.map((p) => p.text),
        { ownNames: page.names, masker },
      ),
    judge: (page, paragraph, analysed = analyseOne(page, paragraph)) =>
      judgeParagraph(paragraph.text, analysed, { corpus, page: page.slug, pageCount }),
  };
}
