/**
 * A term as another system describes it, before it becomes one of our files. Every format
 * reader produces this shape; src/editor/foreign-term.ts maps it to our frontmatter and body.
 * Text fields are Markdown as the other system wrote it (TeX in `\( \)`, `\[ \]` or `$`).
 */
export interface ForeignTerm {
  /** The term's display name; an article without a title leaves it empty (then `--term` names it). */
  name: string;
  /** The other system's slug: a suggestion, used only if it is a valid slug of ours. */
  slug?: string;
  /** The other system's category key, mapped by `--category` or a mapping file. */
  category?: string;
  aliases?: string[];
  shortDefinition?: string;
  /** The long explanation: the body of our file. */
  explanation?: string;
  /** Numbered steps ("1. **Title**: body") or one paragraph. */
  howItWorks?: string;
  inPractice?: string;
  comparisons?: { term: string; summary: string }[];
  related?: { slug?: string; name: string }[];
  faq?: { question: string; answer: string }[];
  sources?: { title: string; authors: string; year: number; url: string }[];
  seo?: { title?: string; description?: string; h1?: string };
  /** True for an article (a body of prose, no structured fields): the fields become placeholders. */
  article?: boolean;
  /** What the reader could not carry over, for the editor. */
  notes: string[];
}

/**
 * One input format of `npm run import`, recognised by content, never by file name.
 *
 * To add a format: write `src/editor/formats/<name>.ts` exporting a FormatReader, and add it to
 * READERS in `src/editor/formats/index.ts` before any reader that would also claim its files
 * (readers are asked in order; the first whose `detect` says yes reads the file).
 */
export interface FormatReader {
  /** Short id shown in the import summary, e.g. `nuxt-payload`. */
  id: string;
  /** What it reads, for messages: "a Nuxt/devalue page payload". */
  label: string;
  /**
   * Whether this input is this reader's format. `json` is the parsed JSON when the text is
   * JSON, else undefined. Must be cheap and must not throw.
   */
  detect(text: string, json: unknown): boolean;
  /**
   * The terms the input holds (a page payload has one, a glossary export many). Throws an
   * Error whose message says what is wrong with the input and how to fix it (no file name:
   * the caller adds it).
   */
  read(text: string, json: unknown): ForeignTerm[];
}
