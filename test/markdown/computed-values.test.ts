import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderMarkdown } from '../../src/markdown/render';
import { renderBody } from '../../src/markdown/render-body';
import { plainText } from '../../src/glossary/text';
import { computeValue, formatSignificant, parseQuery } from '../../src/markdown/computed-values';

interface Case {
  kind: string;
  ids: string[];
  x: number;
  value: number;
}
const cases = JSON.parse(readFileSync('test/fixtures/queries/queries.json', 'utf8')) as Case[];
const gelu = cases.find((c) => c.kind === 'minimum' && c.ids[0] === 'gelu')!;
const hard = cases.find((c) => c.kind === 'maxdiff' && c.ids[0] === 'hardsigmoid')!;

describe('formatSignificant', () => {
  test.each([
    [-0.16997120747990366, 3, '−0.170'],
    [0.069199, 3, '0.0692'],
    [1.3169, 4, '1.317'],
    [9.9996, 3, '10.0'],
    [-7.619853024160526e-23, 2, '−7.6 × 10⁻²³'],
    [123456789, 3, '1.23 × 10⁸'],
    [0, 3, '0'],
  ])('%d to %d digits is %s', (value, digits, text) => {
    expect(formatSignificant(value, digits)).toBe(text);
  });
});

describe('computed values agree with mpmath', () => {
  test('min and argmin of GELU', () => {
    expect(computeValue('=min(gelu) ~6')).toBe(formatSignificant(gelu.value, 6));
    expect(computeValue('=argmin(gelu) ~6')).toBe(formatSignificant(gelu.x, 6));
    expect(computeValue('=dzero(gelu, -2, 0) ~8')).toBe(formatSignificant(gelu.x, 8));
  });
  test('largest gap between hardsigmoid and the logistic sigmoid', () => {
    expect(computeValue('=maxdiff(hardsigmoid, sigmoid, 0, 3) ~6')).toBe(formatSignificant(hard.value, 6));
    expect(computeValue('=argmaxdiff(hardsigmoid, sigmoid, 0, 3) ~5')).toBe(formatSignificant(hard.x, 5));
  });
  test('f and df at a point, default three digits', () => {
    expect(computeValue('=f(relu6, 7)')).toBe('6.00');
    expect(computeValue('=df(gelu, 0)')).toBe('0.500');
    expect(computeValue('= zero(tanh, -1, 2) ~2')).toBe('0');
  });
});

describe('editor mistakes are named with the fix', () => {
  test.each([
    ['=min(gleu)', /no activation "gleu".*use one of/],
    ['=min(toString)', /no activation "toString"/],
    ['=minimum(gelu)', /unknown query "minimum".*use one of/],
    ['=min gelu', /malformed computed value/],
    ['=f(gelu)', /f\(\) takes 2 arguments/],
    ['=f(gelu, −1)', /not a decimal number.*ASCII minus/],
    ['=min(gelu) ~0', /from 1 to 17/],
    ['=zero(gelu, 1, -1)', /A < B/],
  ])('%s', (code, message) => {
    expect(() => parseQuery(code)).toThrow(message);
  });
  test('no sign change', () => {
    expect(() => computeValue('=zero(gelu, 1, 2)')).toThrow(/no sign change on \[1, 2\].*choose an interval/);
  });
  test('no finite minimum', () => {
    expect(() => computeValue('=argmin(relu)')).toThrow(/no minimum at a finite point/);
  });
});

describe('the shared Markdown pipeline replaces computed values', () => {
  test('in a field, next to math, with a Unicode minus', () => {
    const html = renderMarkdown(
      'GELU dips to `=min(gelu) ~3` at $x \\approx$ `=argmin(gelu) ~3`; `plain code` stays.',
      'test.mdx faq[0].answer',
    );
    expect(html).toContain('GELU dips to −0.170 at');
    expect(html).toContain('−0.752; <code>plain code</code> stays.');
    expect(html).not.toContain('=min');
  });
  test('a bad query fails the render with the line', () => {
    expect(() => renderMarkdown('x\n\n`=min(nope)`', 'test.mdx inPractice')).toThrow(/line 3: .*no activation "nope"/);
  });
});

describe('MDX bodies and plain text get the same numbers', () => {
  test('an MDX body, beside display math and a plot-free paragraph', () => {
    const html = renderBody('SiLU bottoms out at `=min(silu) ~4`.\n\n$$\nx\\,\\sigma(x)\n$$\n', 'test.mdx', []);
    expect(html).toContain(
      `SiLU bottoms out at ${formatSignificant(cases.find((c) => c.ids[0] === 'silu')!.value, 4)}.`,
    );
    expect(html).toContain('class="katex-display"');
  });
  test('plain text for meta descriptions', () => {
    expect(plainText('GELU dips to `=min(gelu) ~2` near $x = -0.75$.')).toBe('GELU dips to −0.17 near x = −0.75.');
  });
});
