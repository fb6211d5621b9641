import { parseMdxBody } from '../glossary/model';
import { handTypedNumbers } from '../checks/numbers';
import { markdownFields } from '../checks/context';
import { PLACEHOLDER } from '../checks/placeholders';
import { TERMS_DIR } from '../glossary/source-files';
import type { ContentIssue } from '../schema';
import type { PlannedTerm } from './foreign-term';
import { placeholderSource } from './foreign-term';
import { setAsideBlock, type SetAside } from './set-aside';
import { termFileSource } from './term-file';
import { valueAt } from './staged-check';

/** A planned term and the text set aside from it: what is written, and how. */
export interface Draft {
  slug: string;
  term: PlannedTerm;
  setAside: SetAside[];
}

/** The file text of a draft: its frontmatter, its body, and the block of set-aside text. */
export function draftSource(d: Draft): string {
  return termFileSource(d.term.frontmatter, `${d.term.body}${setAsideBlock(d.setAside, d.term.name)}`);
}

/** 1-based file line of the first line of a draft's body (termFileSource writes `---`, a blank line, then the body). */
export function draftBodyLine(d: Draft): number {
  const source = draftSource(d);
  const head = source.indexOf('\n---\n\n') + '\n---\n\n'.length;
  return source.slice(0, head).split('\n').length;
}

/**
 * Lists each hand-typed decimal (three or more significant digits, the numbers check's rule)
 * under `constants:`, attributed to a placeholder source of its own: where a number came from is
 * for the editor to find out (or to replace it by a computed value), never guessed.
 */
export function attributeNumbers(d: Draft): void {
  const fm = d.term.frontmatter;
  // Derived from the current text: earlier attributions (before a repair cut text) are dropped first.
  const allSources = (fm.sources as { title?: unknown }[] | undefined) ?? [];
  const auto = (s: { title?: unknown }) => typeof s.title === 'string' && s.title.startsWith(AUTO_SOURCE);
  const kept = allSources.filter((s) => !auto(s));
  const keptConstants = ((fm.constants as { value?: unknown; source?: unknown }[] | undefined) ?? []).filter(
    (c) => typeof c.source !== 'number' || c.source <= kept.length,
  );
  fm.sources = kept;
  if (keptConstants.length) fm.constants = keptConstants;
  else delete fm.constants;
  const source = { slug: d.slug, file: `${TERMS_DIR}/${d.slug}.mdx`, frontmatter: fm, body: d.term.body, bodyLine: 1 };
  let tree: ReturnType<typeof parseMdxBody> | undefined;
  try {
    tree = parseMdxBody(d.term.body);
  } catch {
    tree = undefined; // The staged check reports a body that does not parse.
  }
  const numbers = [...new Set(handTypedNumbers(source, { body: () => tree }).map((n) => n.text))];
  if (!numbers.length) return;
  const sources = [...kept];
  const constants = [...keptConstants];
  for (const n of numbers) {
    sources.push(placeholderSource(`the source of ${n} (or write it as a computed value)`));
    constants.push({ value: n, source: sources.length });
  }
  fm.sources = sources;
  fm.constants = constants;
  const note = `hand-typed numbers listed under constants with a placeholder source each: ${numbers.join(', ')}`;
  d.term.notes = [...d.term.notes.filter((x) => !x.startsWith('hand-typed numbers')), note];
}

/** Title start of the placeholder sources attributeNumbers adds. */
const AUTO_SOURCE = `${PLACEHOLDER}: the source of `;

/** Splits a body into blocks separated by blank lines (not inside fences), with their first and last line (1-based). */
function bodyBlocks(body: string): { from: number; to: number; text: string }[] {
  const out: { from: number; to: number; text: string }[] = [];
  const lines = body.split('\n');
  let start = -1;
  let fence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~|\$\$\s*$)/.test(line)) fence = !fence;
    if (!fence && !line.trim()) {
      if (start >= 0) out.push({ from: start + 1, to: i, text: lines.slice(start, i).join('\n') });
      start = -1;
    } else if (start < 0) start = i;
  });
  if (start >= 0) out.push({ from: start + 1, to: lines.length, text: lines.slice(start).join('\n') });
  return out;
}

/**
 * Takes what the checks refuse out of a draft, into the set-aside block with the check's words,
 * so the written file holds only placeholders and text that passes: a refused Markdown field
 * becomes a placeholder, a refused body paragraph leaves the body, a refused reference
 * (related, aliases, a comparison's `with`) is dropped. Returns false for a problem it cannot
 * place (the file is then not written).
 */
export function repairDraft(d: Draft, problems: readonly ContentIssue[]): boolean {
  const fm = d.term.frontmatter;
  const fields = new Set(markdownFields(fm).map(([p]) => p));
  const bodyLine = draftBodyLine(d);
  const drop: { list: string; index: number }[] = [];
  const bodyCuts = new Set<number>();
  d.term.body = d.term.body.trim();
  const blocks = bodyBlocks(d.term.body);
  for (const issue of problems) {
    const why = `refused by npm run check: ${issue.message}`;
    const line = /^line (\d+)$/.exec(issue.where)?.[1];
    if (line) {
      const at = Number(line) - bodyLine + 1;
      const block = blocks.findIndex((b) => at >= b.from && at <= b.to);
      if (block < 0) return fail(issue);
      bodyCuts.add(block);
      continue;
    }
    const path = issue.where;
    const list = /^(related|aliases)\[(\d+)\]$/.exec(path) ?? /^(comparisons)\[(\d+)\]\.with$/.exec(path);
    if (list) {
      drop.push({ list: list[1], index: Number(list[2]) });
      d.term.notes.push(`${path} dropped: ${issue.message}`);
      continue;
    }
    const seo = /^seo\.(\w+)$/.exec(path);
    if (seo && fm.seo && typeof fm.seo === 'object') {
      delete (fm.seo as Record<string, unknown>)[seo[1]];
      d.term.notes.push(`${path} dropped: ${issue.message}`);
      continue;
    }
    const value = valueAt(fm, path);
    const textField = fields.has(path) || /^(faq\[\d+\]\.question|howItWorks\[\d+\]\.title)$/.test(path);
    if (!textField || typeof value !== 'string') return fail(issue);
    d.setAside.push({ from: `${path} (${why})`, text: value });
    setAt(
      fm,
      path,
      `${PLACEHOLDER}: rewrite this ${path === 'shortDefinition' ? 'definition in one or two sentences' : 'text'}; the imported text is in the comment at the end of the body.`,
    );
  }
  if (bodyCuts.size) {
    for (const i of bodyCuts) {
      const issue = problems.find((p) => {
        const at = Number(/^line (\d+)$/.exec(p.where)?.[1]) - bodyLine + 1;
        return at >= blocks[i].from && at <= blocks[i].to;
      });
      d.setAside.push({
        from: `body (refused by npm run check: ${issue?.message ?? 'see check'})`,
        text: blocks[i].text,
      });
    }
    const kept = blocks.filter((_, i) => !bodyCuts.has(i)).map((b) => b.text);
    d.term.body = kept.join('\n\n') || `${PLACEHOLDER}: the long explanation of ${d.term.name}.`;
  }
  for (const name of ['related', 'aliases', 'comparisons']) {
    const gone = new Set(drop.filter((x) => x.list === name).map((x) => x.index));
    if (gone.size && Array.isArray(fm[name])) fm[name] = (fm[name] as unknown[]).filter((_, i) => !gone.has(i));
  }
  return true;
}

const fail = (issue: ContentIssue) => {
  if (process.env.DEBUG_REPAIR) console.error('cannot repair', issue);
  return false;
};

function setAt(data: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let v: Record<string, unknown> = data;
  for (const p of parts.slice(0, -1)) v = v[p] as Record<string, unknown>;
  v[parts.at(-1)!] = value;
}
