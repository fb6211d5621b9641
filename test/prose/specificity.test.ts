import { expect, test } from 'vitest';
import { analyseParagraph, analyseParagraphs } from '../../src/prose/specificity';
import { nameMasker } from '../../src/prose/name-masker';

const names = { ownNames: ['GELU'], masker: nameMasker(['GELU', 'ReLU']) };

test("a page's paragraphs analysed in one pass give each paragraph what it gives alone", () => {
  const paragraphs = [
    'GELU is basically smooth. It weights x by Φ(x).',
    'ReLU clips at zero.\nIt is very simple, arguably.',
    'Φ is the normal CDF.',
  ];
  const together = analyseParagraphs(paragraphs, names);
  expect(together).toEqual(paragraphs.map((p) => analyseParagraph(p, names)));
  // Each weak word stays in its own sentence and paragraph, with offsets within that paragraph.
  expect(together.map((sentences) => sentences.map((s) => s.weak))).toEqual([
    [['basically'], []],
    [[], ['very', 'arguably']],
    [[]],
  ]);
  expect(together[1][1]).toMatchObject({ text: 'It is very simple, arguably.', offset: 20, lineInParagraph: 1 });
  expect(together[0][0].words).toEqual(['OWNTERM', 'is', 'basically', 'smooth']);
});
