import { flattenSource } from '../prose/paragraphs';
import { metaDescription } from '../glossary/text';
import type { FillerJudge, ProsePage } from '../prose/filler';
import { PLACEHOLDER, SET_ASIDE_MARK } from '../checks/placeholders';
import { fitSteps, type PlannedTerm } from './foreign-term';

/** Text the importer took out of a published field because it reads the same on any term's page. */
export interface SetAside {
  /** Where it came from: a field path (`faq[2].answer`) or `body`. */
  from: string;
  text: string;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const countWords = (s: string) => (s.match(WORDS) ?? []).length;

/** Splits Markdown into blocks at blank lines, never inside a fence or display math. */
function blocks(markdown: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~|\$\$\s*$)/.test(line)) fence = !fence;
    if (!fence && !line.trim()) {
      if (current.length) out.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

/** Blocks that are not prose sentences: code, math, headings, tables, components, comments. */
const notProse = (block: string) => /^\s*(```|~~~|\$\$|#|\||<|\{\/\*)/.test(block);

/** Prose statistics of what was judged: every word, and the words set aside. */
export interface FillerFigures {
  words: number;
  setAside: number;
}

/**
 * Moves generic prose out of a planned term's published fields and body (the measure is
 * src/prose/specificity.ts): a paragraph that is filler as a whole goes entirely, a long generic
 * sentence inside a specific paragraph goes alone. Fields left empty get a placeholder, FAQ
 * entries and comparisons left empty are dropped, and everything taken out is returned so it
 * can be kept in a comment block for the editor.
 */
export function setAsideFiller(
  planned: PlannedTerm,
  slug: string,
  judge: FillerJudge,
): { term: PlannedTerm; setAside: SetAside[]; figures: FillerFigures } {
  const setAside: SetAside[] = [];
  const figures: FillerFigures = { words: 0, setAside: 0 };
  const names = [planned.name, ...((planned.frontmatter.aliases as string[] | undefined) ?? []), slug];
  const page: ProsePage = { slug, names, paragraphs: [] };
  const clean = (from: string, markdown: string): string => {
    const kept: string[] = [];
    for (const block of blocks(markdown)) {
      if (notProse(block)) {
        kept.push(block);
        continue;
      }
      const { text, map } = flattenSource(block);
      const report = judge.judge(page, { place: from, text });
      figures.words += report.words;
      if (report.generic) {
        setAside.push({ from, text: block });
        figures.setAside += report.words;
        continue;
      }
      let rest = block;
      // Cut from the end so earlier offsets stay valid.
      for (const s of report.sentences.filter((x) => x.generic).reverse()) {
        const a = map[s.offset];
        const b = map[s.end - 1] + 1;
        setAside.push({ from, text: block.slice(a, b).trim() });
        figures.setAside += s.words;
        rest = `${rest.slice(0, a)}${rest.slice(b)}`;
      }
      rest = rest.replace(/[ \t]{2,}/g, ' ').trim();
      if (countWords(rest)) kept.push(rest);
    }
    return kept.join('\n\n').trim();
  };
  const fm: Record<string, unknown> = structuredClone(planned.frontmatter);
  const notes = [...planned.notes];
  const name = planned.name;
  const text = (v: unknown) => (typeof v === 'string' && !v.includes(PLACEHOLDER) ? v : undefined);
  const short = text(fm.shortDefinition);
  if (short !== undefined)
    fm.shortDefinition =
      clean('shortDefinition', short) || `${PLACEHOLDER}: one or two sentences that answer "what is ${name}".`;
  const inPractice = text(fm.inPractice);
  if (inPractice !== undefined) fm.inPractice = clean('inPractice', inPractice) || `${PLACEHOLDER}: where it is used.`;
  if (Array.isArray(fm.howItWorks)) {
    const steps = (fm.howItWorks as { title: string; body: string }[]).flatMap((step, i) => {
      const body = text(step.body);
      if (body === undefined) return [step];
      const cleaned = clean(`howItWorks[${i}].body`, body);
      return cleaned ? [{ ...step, body: cleaned }] : [];
    });
    fm.howItWorks = steps.length ? fitSteps(steps) : [{ title: `${PLACEHOLDER}: first step`, body: PLACEHOLDER }];
  }
  if (Array.isArray(fm.comparisons))
    fm.comparisons = (fm.comparisons as { summary: string }[]).flatMap((c, i) => {
      const summary = text(c.summary);
      if (summary === undefined) return [c];
      const cleaned = clean(`comparisons[${i}].summary`, summary);
      return cleaned ? [{ ...c, summary: cleaned }] : [];
    });
  if (Array.isArray(fm.faq)) {
    const faq = (fm.faq as { question: string; answer: string }[]).flatMap((f, i) => {
      const answer = text(f.answer);
      if (answer === undefined) return [f];
      const cleaned = clean(`faq[${i}].answer`, answer);
      if (!cleaned) {
        // The whole answer was filler: its question goes with it, kept in the block.
        const last = setAside.findLast((s) => s.from === `faq[${i}].answer`);
        if (last) last.from = `faq[${i}] ("${f.question}")`;
        return [];
      }
      return [{ ...f, answer: cleaned }];
    });
    fm.faq = faq.length ? faq : [{ question: `${PLACEHOLDER}: a question readers ask?`, answer: PLACEHOLDER }];
  }
  const seo = fm.seo as Record<string, string> | undefined;
  if (seo?.description) {
    const cleaned = metaDescription(clean('seo.description', seo.description));
    if (cleaned.length >= 50) seo.description = cleaned;
    else delete seo.description;
    if (!Object.keys(seo).length) delete fm.seo;
  }
  const body = planned.body.includes(PLACEHOLDER) ? planned.body : clean('body', planned.body);
  if (setAside.length)
    notes.push(
      `${setAside.length} generic passage${setAside.length > 1 ? 's' : ''} (${figures.setAside} of ${figures.words} words) set aside in a comment at the end of the body: rewrite or delete`,
    );
  return {
    term: {
      ...planned,
      frontmatter: fm,
      body: body || `${PLACEHOLDER}: the long explanation of ${name}.`,
      notes,
    },
    setAside,
    figures,
  };
}

/**
 * The comment block that keeps set-aside text in the file, unpublished: MDX comments render to
 * nothing, and `npm run check` reports the block (its first line holds the TODO mark) until
 * the editor rewrites or deletes it.
 */
export function setAsideBlock(setAside: readonly SetAside[], name: string): string {
  if (!setAside.length) return '';
  const parts = setAside.map((s) => `From ${s.from}:\n${s.text}`);
  const inner = `${SET_ASIDE_MARK}. It would read the same on any term's page.\nRewrite what is worth keeping with facts specific to ${name} and move it into the fields, or delete this block.\n\n${parts.join('\n\n')}`;
  // Nothing inside may close the comment early: `*/` becomes `*∕` (a division slash).
  return `\n\n{/* ${inner.replace(/\*\//g, '*\u2215')}\n*/}\n`;
}
