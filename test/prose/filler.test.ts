import { describe, expect, test } from 'vitest';
import { readPayloadTerm } from '../editor/seeds';
import { REPO } from '../helpers/temp-project';
import { loadContentModel } from '../../src/glossary/model';
import { makeContext } from '../../src/checks/context';
import { checkFiller, PAGE_FILLER_LIMIT } from '../../src/checks/filler';
import { glossaryJudge } from '../../src/editor/import-run';
import { flattenSource } from '../../src/prose/paragraphs';
import { isError } from '../../src/schema';

const model = loadContentModel(REPO);
const judge = glossaryJudge(model);
const seed = readPayloadTerm();
const gelu = { slug: 'gelu-import', names: ['GELU', 'Gaussian Error Linear Unit'], paragraphs: [] };
const judged = (text: string) => judge.judge(gelu, { place: 'x', text: flattenSource(text).text });

describe('the specificity measure on seed 000 (a GELU page made of facts and template filler)', () => {
  const paragraphs = [seed.explanation, seed.howItWorks, seed.inChatbots, ...seed.faq.map((f) => f.answer)]
    .flatMap((t) => t.split(/\n\n+/))
    .filter((p) => p.trim());
  test.each([
    'GELU keeps showing up in serious AI discussions',
    'That is why strong pages go beyond a surface definition',
    'GELU also matters because it influences how teams debug',
    'That process view is what keeps GELU actionable',
    'GELU matters in chatbots and agents because conversational systems expose weaknesses quickly',
    'GELU overlaps with ReLU, Activation Function, and Swish',
  ])('flags the filler paragraph "%s…"', (start) => {
    const p = paragraphs.find((x) => x.startsWith(start));
    expect(p).toBeDefined();
    expect(judged(p!).generic).toBe(true);
  });
  test.each([
    'GELU has become the default activation function in transformer architectures',
    'The key advantage of GELU over ReLU is that it does not completely zero out negative inputs',
    '- **Feed-forward sublayers**',
  ])('keeps the factual paragraph "%s…"', (start) => {
    const p = [...paragraphs, ...seed.inChatbots.split('\n')].find((x) => x.startsWith(start));
    expect(p).toBeDefined();
    const report = judged(p!);
    expect(report.generic).toBe(false);
    expect(report.sentences.filter((s) => s.generic)).toEqual([]);
  });
});

describe('the filler check on our own glossary', () => {
  test('flags nothing on the hand-written terms (each earlier flag was read and the measure tuned)', () => {
    const issues = checkFiller(makeContext(model));
    expect(issues.map((i) => `${i.file} ${i.where}: ${i.message}`)).toEqual([]);
  });
  test('a page made of filler fails, with file, line and the sentence', () => {
    const gelu = model.sources.find((s) => s.slug === 'gelu')!;
    const body = [
      seed.explanation.split('\n\n')[3],
      seed.explanation.split('\n\n')[4],
      seed.howItWorks.split('\n\n').at(-1),
    ].join('\n\n');
    const page = {
      ...gelu,
      slug: 'filler-page',
      file: 'content/terms/filler-page.mdx',
      frontmatter: { term: 'GELU', aliases: [] },
      body,
      bodyLine: 3,
    };
    const issues = checkFiller(makeContext(model, [...model.sources, page])).filter((i) => i.file === page.file);
    const errors = issues.filter(isError);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(`the limit is ${PAGE_FILLER_LIMIT * 100}%`);
    const warnings = issues.filter((i) => !isError(i));
    expect(warnings.map((w) => w.where)).toEqual(['line 3', 'line 5', 'line 7']);
    expect(warnings[0].message).toContain('"GELU keeps showing up in serious AI discussions');
    expect(warnings[0].message).toContain('would read the same with any other term');
  });
});
