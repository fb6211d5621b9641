import { describe, expect, test } from 'vitest';
import { unsafeLinksToText } from '../../src/editor/unsafe-links';

describe('unsafeLinksToText: links our checks refuse keep their words', () => {
  test.each([
    ['[run](javascript:alert(1)) now', 'run now'],
    ['[run](JavaScript:alert(1))', 'run'],
    ['![a cat](data:text/html,x)', 'a cat'],
    ['see [x]\n\n[x]: javascript:alert(1)\n', 'see [x]\n\n\n'],
    ['$\\href{javascript:alert(1)}{x}$', '$x$'],
    ['$a \\url{javascript:x} b$', '$a  b$'],
    ['$\\htmlClass{evil}{y}$', '$y$'],
    ['$\\includegraphics[width=1em]{x.png}$', '$$'],
  ])('%j → %j', (input, output) => {
    expect(unsafeLinksToText(input)).toBe(output);
  });
  test.each([
    '[paper](https://arxiv.org/abs/1606.08415)',
    '[mail](mailto:a@b.org)',
    '[page](/glossary/gelu/)',
    '![plot](https://example.org/a.png)',
    '$x^2$ and `javascript:alert(1)` in code',
  ])('leaves %j as it is', (input) => {
    expect(unsafeLinksToText(input)).toBe(input);
  });
});
