import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isSeq, stringify, type Document } from 'yaml';
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
  if (!isSeq(doc.get('faq'))) throw new Error(`${file} has no faq: list to add to`);
  const newFaq: { question: string; answer: string }[] = [];
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
    newFaq.push({ question, answer: kept.answer });
    existing.add(norm(question));
    added.push(question);
  }
  const body = before.slice(m[0].length);
  const withBlock = setAside.length ? `${body.trimEnd()}${setAsideBlock(setAside, names[0])}` : body;
  let yamlText = appendToSeq(m[1], 'faq', newFaq);
  // Decimals the new answers type by hand: listed as constants, each with a placeholder source to fill.
  const counted = handTypedNumbers(
    {
      slug,
      file,
      frontmatter: { ...split.frontmatter, faq: [...((split.frontmatter.faq as unknown[]) ?? []), ...newFaq] },
      body: withBlock,
      bodyLine: 1,
    },
    { body: () => safeParse(withBlock) },
  );
  const numbers = [...new Set(counted.map((n) => n.text))];
  if (numbers.length) {
    const sources = doc.get('sources');
    const count = isSeq(sources) ? sources.items.length : 0;
    yamlText = appendToSeq(
      yamlText,
      'sources',
      numbers.map((n) => placeholderSource(`the source of ${n} (or write it as a computed value)`)),
    );
    yamlText = appendToSeq(
      yamlText,
      'constants',
      numbers.map((n, i) => ({ value: n, source: count + i + 1 })),
    );
    notes.push(`hand-typed numbers listed under constants with a placeholder source each: ${numbers.join(', ')}`);
  }
  const after = `${before.slice(0, before.indexOf(m[1]))}${yamlText}---\n${withBlock}`;
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

/**
 * Appends items to a top-level block sequence of YAML text without touching anything else: the
 * items are written in the sequence's own indentation right after its last item, so the
 * editor's formatting, comments and flow styles elsewhere stay byte for byte. A missing key is
 * added at the end.
 */
export function appendToSeq(yamlText: string, key: string, items: readonly unknown[]): string {
  if (!items.length) return yamlText;
  const doc = parseDocument(yamlText, { keepSourceTokens: true });
  const node = doc.get(key, true);
  const render = (indent: string) =>
    stringify(items, { lineWidth: 110, blockQuote: 'literal' })
      .trimEnd()
      .split('\n')
      .map((l) => (l ? `${indent}${l}` : l))
      .join('\n');
  if (!isSeq(node) || !node.range) {
    if (node !== undefined) throw new Error(`${key}: is not a list; cannot add to it`);
    return `${yamlText.replace(/\n*$/, '\n')}${key}:\n${render('  ')}\n`;
  }
  if (node.flow) {
    // A flow list ([a, b]): rewritten as a block list, the only change in the file.
    const lineStart = yamlText.lastIndexOf('\n', node.range[0]) + 1;
    const all = [...(node.toJSON() as unknown[]), ...items];
    return `${yamlText.slice(0, lineStart)}${key}:\n${stringify(all, { lineWidth: 110, blockQuote: 'literal' })
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n')}\n${yamlText.slice(yamlText.indexOf('\n', node.range[2] - 1) + 1)}`;
  }
  const firstLine = yamlText.slice(yamlText.lastIndexOf('\n', node.range[0]) + 1, node.range[0]);
  const indent = /^\s*/.exec(firstLine)?.[0] ?? '';
  const end = node.range[1];
  const cut =
    yamlText.lastIndexOf('\n', end - 1) + 1 > node.range[0] && yamlText[end - 1] === '\n'
      ? end
      : yamlText.indexOf('\n', end) + 1 || yamlText.length;
  return `${yamlText.slice(0, cut)}${render(indent)}\n${yamlText.slice(cut)}`;
}
