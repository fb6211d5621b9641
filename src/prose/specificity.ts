import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import { VFile } from 'vfile';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { CODE_WORD, MATH_WORD } from './paragraphs';
import { usedElsewhere, type Corpus } from './corpus';
import { spokenRate, wordKey } from './vocabulary';
import { replaceNames, type NameMasker } from './name-masker';

/**
 * The specificity measure. A sentence about a term is specific when it would stop being true,
 * or stop making sense, if the term's name were swapped for another term's: it has to hold
 * something that belongs to the subject. Here that something, an *anchor*, is one of:
 * - math or code (a formula, `torch.nn.GELU`);
 * - a number (a year, a width such as 1600, "4x");
 * - another term of the glossary by name or alias (a relation between two concepts);
 * - a proper name or acronym that everyday English does not use (BERT, Gaussian, Hendrycks);
 * - a word of the glossary's own vocabulary: used on at least two other pages of the glossary and
 *   at least KEYNESS times more often there than in everyday speech ("gradient", "saturate",
 *   "negative"), but not on most pages (UBIQUITOUS), where it fits any term ("function", "model").
 * The term's own names are removed first: they are what the swap replaces.
 * Filler talks about the term (its importance to "teams", its "workflow", the "page") in words
 * that are either everyday English or missing from the glossary: it has content words but no anchor.
 */
export const KEYNESS = 100;
export const KEYNESS_FLOOR = 10;
/** Sentences with fewer content words are too short to judge (a heading-like line, "It is not."). */
export const MIN_CONTENT_WORDS = 5;
/** A content word is one everyday speech uses less often than this per million words (not "the", "which"). */
const FUNCTION_WORD_RATE = 600;

/**
 * Words about a page or its readers rather than its subject: never anchors, however technical
 * they look in a glossary ("definition" and "concept" are on many of our pages, but they say
 * nothing about any one term). The field's own acronyms are here for the same reason.
 */
const META = new Set(
  [
    'ai',
    'ml',
    'concept',
    'definition',
    'term',
    'topic',
    'page',
    'label',
    'explanation',
    'framing',
    'discussion',
    'team',
    'workflow',
    'deployment',
    'production',
    'system',
    'practitioner',
  ].map(wordKey),
);

export interface SentenceReport {
  text: string;
  /** Offsets of the sentence in the paragraph text. */
  offset: number;
  end: number;
  /** Line breaks in the paragraph before the sentence. */
  lineInParagraph: number;
  words: number;
  contentWords: number;
  anchors: string[];
  /** Sum of the anchor weights of its words. */
  specificity: number;
  /** retext-intensify's hedges, weasels and fillers in the sentence. */
  weak: string[];
  generic: boolean;
}

/** What a sentence is, before it is weighed against the glossary: it depends on the text and the names only. */
export interface SentenceAnalysis {
  text: string;
  offset: number;
  end: number;
  lineInParagraph: number;
  /** Its words, the term's own names replaced by OWNTERM and other terms' by OTHERTERM. */
  words: string[];
  /** retext-intensify's hedges, weasels and fillers in the sentence. */
  weak: string[];
}

/** The names the swap test masks in one page's prose. */
export interface PageNames {
  /** The term's own names (term and aliases): removed before judging. */
  ownNames: readonly string[];
  /** Every name of the glossary, as a trie (src/prose/name-masker.ts). */
  masker: NameMasker;
}

export interface SpecificityContext {
  corpus: Corpus;
  /** The page being judged (its own words do not count as glossary vocabulary). */
  page: string;
  /** Number of pages in the corpus. */
  pageCount: number;
}

const processor = unified().use(retextEnglish).use(retextIntensify).freeze();

const OWN = 'OWNTERM';
const OTHER = 'OTHERTERM';

/** How much a word ties a sentence to its subject: 1 for math, code, numbers, names and other terms; graded for vocabulary. */
function anchorWeight(word: string, first: boolean, ctx: SpecificityContext): number {
  if (word.startsWith(MATH_WORD) || word.startsWith(CODE_WORD) || word === OTHER) return 1;
  if (/\p{N}/u.test(word)) return 1;
  const key = wordKey(word);
  if (META.has(key)) return 0;
  const rate = spokenRate(key, word);
  // A capital inside a sentence (or any acronym) marks a name; everyday words capitalised at a sentence start do not count.
  const capital = /\p{Lu}/u.test(word.slice(1)) || (!first && /^\p{Lu}/u.test(word));
  if (capital && rate < 20) return 1;
  const used = usedElsewhere(ctx.corpus, key, ctx.page);
  if (used.pages < 2) return 0;
  const glossaryRate = (used.count * 1e6) / Math.max(1, ctx.corpus.total);
  const ratio = glossaryRate / Math.max(rate, 0.5);
  if (ratio < KEYNESS_FLOOR) return 0;
  const keyness = Math.min(1, Math.log(ratio / KEYNESS_FLOOR) / Math.log(KEYNESS / KEYNESS_FLOOR));
  // The swap test in numbers: a word on most pages would fit whichever term the sentence named.
  return keyness * (1 - used.pages / ctx.pageCount);
}

const WORDS = /[\p{L}\p{N}]+(?:['’./-][\p{L}\p{N}]+)*/gu;

/**
 * Splits a paragraph (text as from proseParagraphs or sameLengthProse) into sentences and masks
 * the names in each: the costly part of the measure (retext, the names), and the part that does
 * not depend on the rest of the glossary's prose, so a build can keep it per page.
 */
export function analyseParagraph(text: string, names: PageNames): SentenceAnalysis[] {
  return analyseParagraphs([text], names)[0];
}

/**
 * analyseParagraph for each of a page's paragraphs, with one pass of retext-intensify over all of
 * them: its phrase search prepares its several hundred phrases on every call, which cost 7.5 s of a
 * 15 s filler check at 1,000 terms when it ran once per paragraph.
 */
export function analyseParagraphs(texts: readonly string[], names: PageNames): SentenceAnalysis[][] {
  const trees = texts.map((text) => processor.parse(new VFile(text)) as NlcstRoot);
  // The paragraphs' trees side by side: the phrase search only looks within a sentence, and each
  // message names the sentence it was found in, whichever paragraph that is.
  const file = new VFile();
  processor.runSync({ type: 'RootNode', children: trees.flatMap((t) => t.children) } as NlcstRoot, file);
  const weakIn = new Map<unknown, string[]>();
  for (const m of file.messages) {
    const sentence = m.ancestors?.[0];
    weakIn.set(sentence, [...(weakIn.get(sentence) ?? []), String(m.actual)]);
  }
  const own = new Set(names.ownNames.map((n) => n.toLowerCase()));
  return trees.map((tree, i) => {
    const text = texts[i];
    const sentences: Sentence[] = [];
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'SentenceNode') sentences.push(node as Sentence);
      else for (const c of (node.children ?? []) as { type: string }[]) visit(c);
    };
    visit(tree);
    return sentences.map((s) => {
      const start = s.position?.start.offset ?? 0;
      const end = s.position?.end.offset ?? text.length;
      const original = text.slice(start, end);
      // The swap test: the term's own names go first; other terms' names are kept as what they are.
      const masked = names.masker.mask(replaceNames(original, names.ownNames, OWN), OTHER, own);
      return {
        text: original.replace(/\s+/g, ' ').trim(),
        offset: start,
        end,
        lineInParagraph: (text.slice(0, start).match(/\n/g) ?? []).length,
        words: masked.match(WORDS) ?? [],
        weak: weakIn.get(s) ?? [],
      };
    });
  });
}

/** Weighs each analysed sentence against the glossary's vocabulary. */
function judgeSentences(analysed: readonly SentenceAnalysis[], ctx: SpecificityContext): SentenceReport[] {
  return analysed.map(({ words, ...sentence }) => {
    const isToken = (w: string) => w.startsWith(MATH_WORD) || w.startsWith(CODE_WORD) || w === OTHER;
    const content = words.filter(
      (w) => w !== OWN && (isToken(w) || /\p{N}/u.test(w) || spokenRate(wordKey(w), w) < FUNCTION_WORD_RATE),
    );
    const weights = words.map((w, i) => (w === OWN ? 0 : anchorWeight(w, i === 0, ctx)));
    const specificity = weights.reduce((a, b) => a + b, 0);
    return {
      ...sentence,
      words: words.length,
      contentWords: content.length,
      anchors: words.filter((_, i) => weights[i] >= 0.5),
      specificity,
      generic: content.length >= MIN_CONTENT_WORDS && specificity < 1,
    };
  });
}

/** A sentence with this many content words stands on its own: generic even inside a specific paragraph. */
export const LONE_SENTENCE_WORDS = 10;
/**
 * Anchor weight per content word below which a paragraph is filler. Measured on the seed payload
 * and our own pages: its template paragraphs score 0.03–0.09, our least specific paragraph 0.15.
 */
export const PARAGRAPH_DENSITY = 0.12;
/** Paragraphs with fewer content words are judged by their sentences only. */
const MIN_PARAGRAPH_WORDS = 8;

export interface ParagraphReport {
  sentences: SentenceReport[];
  words: number;
  /** Anchor weight per content word. */
  density: number;
  /** Words judged generic: the whole paragraph when it is filler, else its long generic sentences. */
  genericWords: number;
  /** The paragraph is filler: the importer moves it out of the published text. */
  generic: boolean;
}

/**
 * Judges a paragraph: its sentences, then the paragraph as a whole. A short sentence
 * ("Both are self-gated and nearly the same shape.") takes its subject from its neighbours,
 * so it is flagged only inside a paragraph that is filler as a whole; a long generic sentence
 * is flagged anywhere.
 */
export function judgeParagraph(
  text: string,
  analysed: readonly SentenceAnalysis[],
  ctx: SpecificityContext,
): ParagraphReport {
  const candidates = judgeSentences(analysed, ctx);
  const words = candidates.reduce((n, s) => n + s.words, 0);
  const content = candidates.reduce((n, s) => n + s.contentWords, 0);
  const density = content ? candidates.reduce((n, s) => n + s.specificity, 0) / content : 1;
  // A paragraph that ends in a colon introduces the formula, code or list after it: that is its content.
  const introduces = /:\s*$/.test(text);
  const generic = !introduces && content >= MIN_PARAGRAPH_WORDS && density < PARAGRAPH_DENSITY;
  const sentences = candidates.map((s) => ({
    ...s,
    generic: s.generic && (generic || s.contentWords >= LONE_SENTENCE_WORDS),
  }));
  return {
    sentences,
    words,
    density,
    genericWords: generic ? words : sentences.filter((s) => s.generic).reduce((n, s) => n + s.words, 0),
    generic,
  };
}
