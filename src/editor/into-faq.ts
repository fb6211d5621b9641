import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isSeq, type Document } from 'yaml';
import { createTwoFilesPatch } from 'diff';
import { splitTermSource } from '../glossary/read-source';
import { TERMS_DIR } from '../glossary/source-files';
import { parseMdxBody } from '../glossary/model';
import { handTypedNumbers } from '../checks/numbers';
import type { QuestionAnswer } from './article-structure';
import { convertMarkdown, placeholderSource } from './foreign-term';
import { setAsideBlock, setAsideFiller, type SetAside } from './set-aside';
import type { FillerJudge } from '../prose/filler';

/** The edit `--into` makes to an existing term: its new text, a unified diff, and what was left out. */
export interface FaqEdit {
  file: string;
  before: string;
  after: string;
  diff: string;
  added: string[];
  skipped: { question: string; why: string }[];
  setAside: SetAside[];
  notes: string[];
}

const norm = (q: string) =>
  q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Adds a Q&A article's questions to the FAQ of an existing term. Only the `faq:` list (and,
 * for hand-typed numbers, `sources:` and `constants:`) changes: the YAML is edited as a document,
 * so the editor's comments, quoting and order stay as they were, and the body is kept byte for
 * byte apart from a comment block of set-aside filler at its end. A question the term already
 * answers is skipped.
 */
export function faqEdit(root: string, slug: string, qas: readonly QuestionAnswer[], judge: FillerJudge): FaqEdit {
  const file = `${TERMS_DIR}/${slug}.mdx`;
  const before = readFileSync(join(root, file), 'utf8');
  const split = splitTermSource(file, before);
  if (!split.frontmatter) throw new Error(`${file} does not parse: fix it first (npm run check)`);
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)---[ \t]*\r?\n/.exec(before);
  if (!m) throw new Error(`${file} has no frontmatter block to edit`);
  const doc: Document = parseDocument(m[1]);
  const faq = doc.get('faq');
  if (!isSeq(faq)) throw new Error(`${file} has no faq: list to add to`);
  const existing = new Set(
    (split.frontmatter.faq as { question?: string }[] | undefined)?.map((f) => norm(String(f.question ?? ''))),
  );
  const names = [String(split.frontmatter.term ?? slug), ...((split.frontmatter.aliases as string[]) ?? [])];
  const added: string[] = [];
  const skipped: { question: string; why: string }[] = [];
  const setAside: SetAside[] = [];
  const notes: string[] = [];
  for (const qa of qas) {
    const question = qa.question.replace(/\s+/g, ' ').trim();
    if (existing.has(norm(question))) {
      skipped.push({ question, why: `${file} already asks it` });
      continue;
    }
    // The same filler measure as a new page: generic sentences stay out of the published answer.
    const cleaned = setAsideFiller(
      {
        name: names[0],
        frontmatter: { aliases: names.slice(1), faq: [{ question, answer: convertMarkdown(qa.answer) }] },
        body: '',
        notes: [],
      },
      slug,
      judge,
    );
    setAside.push(...cleaned.setAside.map((s) => ({ ...s, from: `the answer to "${question}"` })));
    const kept = (cleaned.term.frontmatter.faq as { question: string; answer: string }[])[0];
    if (!kept || kept.question !== question) {
      skipped.push({ question, why: 'its answer is generic filler (kept in the comment block)' });
      continue;
    }
    faq.add(doc.createNode({ question, answer: kept.answer }));
    existing.add(norm(question));
    added.push(question);
  }
  const body = before.slice(m[0].length);
  const withBlock = setAside.length ? `${body.trimEnd()}${setAsideBlock(setAside, names[0])}` : body;
  // Decimals the new answers type by hand: listed as constants, each with a placeholder source to fill.
  const numbersDoc = doc.toJS() as Record<string, unknown>;
  const counted = handTypedNumbers(
    { slug, file, frontmatter: numbersDoc, body: withBlock, bodyLine: 1 },
    { body: () => safeParse(withBlock) },
  );
  const numbers = [...new Set(counted.map((n) => n.text))];
  if (numbers.length) {
    const sources = doc.get('sources');
    const count = isSeq(sources) ? sources.items.length : 0;
    numbers.forEach((n, i) => {
      doc.addIn(['sources'], doc.createNode(placeholderSource(`the source of ${n} (or write it as a computed value)`)));
      doc.addIn(['constants'], doc.createNode({ value: n, source: count + i + 1 }));
    });
    notes.push(`hand-typed numbers listed under constants with a placeholder source each: ${numbers.join(', ')}`);
  }
  const after = `---\n${doc.toString({ lineWidth: 110 })}---\n${withBlock}`;
  const diff = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 });
  return { file, before, after, diff, added, skipped, setAside, notes };
}

function safeParse(body: string) {
  try {
    return parseMdxBody(body);
  } catch {
    return undefined;
  }
}
