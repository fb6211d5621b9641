import { describe, expect, test } from 'vitest';
import { bodyParagraphs, checkBoilerplate } from '../../src/checks/boilerplate';
import { contextOf, edited, HARDTANH, SOFTSIGN } from '../helpers/content-folder';

// Twenty words of filler that reads the same on any page once the term's name is swapped.
const filler = (name: string) =>
  `${name} matters because it shapes how gradients flow through deep networks and how quickly training converges on real data sets in practice.`;

describe('checkBoilerplate', () => {
  test('the same paragraph with the term swapped is reported at its file line, naming the other place', () => {
    const ctx = contextOf({
      softsign: edited(SOFTSIGN, {}, `\nIntro of softsign.\n\n${filler('Softsign')}\n`),
      hardtanh: edited(HARDTANH, {}, `\n${filler('Hardtanh')}\n`),
    });
    const softsign = ctx.sources.find((s) => s.slug === 'softsign')!;
    const hardtanh = ctx.sources.find((s) => s.slug === 'hardtanh')!;
    const issues = checkBoilerplate(ctx);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    // Whichever file comes second is told about the first.
    const [mine, other] = issue.file.endsWith('softsign.mdx')
      ? [softsign.bodyLine + 3, `content/terms/hardtanh.mdx line ${hardtanh.bodyLine + 1}`]
      : [hardtanh.bodyLine + 1, `content/terms/softsign.mdx line ${softsign.bodyLine + 3}`];
    expect(issue.where).toBe(`line ${mine}`);
    expect(issue.message).toBe(
      `reads like ${other} with the term swapped (100% the same) — write what is specific to this term`,
    );
  });

  test('different prose, code and math are not boilerplate', () => {
    const code = '```python\nx = softsign(y)  # the same code may appear on many pages of the glossary anyway\n```';
    const ctx = contextOf({
      softsign: edited(SOFTSIGN, {}, `\n${code}\n`),
      hardtanh: edited(HARDTANH, {}, `\n${code}\n`),
    });
    expect(checkBoilerplate(ctx)).toEqual([]);
  });

  test('bodyParagraphs gives each paragraph, in lists and quotes too, as written, at its file line', () => {
    const body = '\nFirst *one*\ncontinues.\n\n- item text\n\n> quoted $x$\n\n```\ncode\n```\n';
    const ctx = contextOf({ softsign: edited(SOFTSIGN, {}, body), hardtanh: HARDTANH });
    const s = ctx.sources.find((x) => x.slug === 'softsign')!;
    expect(bodyParagraphs(s, ctx.body(s))).toEqual([
      { line: s.bodyLine + 1, text: 'First *one*\ncontinues.' },
      { line: s.bodyLine + 4, text: 'item text' },
      { line: s.bodyLine + 6, text: 'quoted $x$' },
    ]);
    expect(bodyParagraphs(s, undefined)).toEqual([]);
  });
});
