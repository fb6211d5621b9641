import * as cheerio from 'cheerio';
import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/markdown/render-body';
import { renderMarkdown } from '../../src/markdown/render';
import { activationPlotHtml } from '../../src/plot/figure-html';

/**
 * The renderers on their own, on hostile input from the November 2026 review:
 * whatever check might miss, the HTML they produce carries no script, no event
 * handler and no javascript: URL, and trusted output (KaTeX, plots) still renders.
 */
const render = (body: string) => renderBody(body, 'content/terms/probe.mdx', []);

function expectInert(html: string) {
  const $ = cheerio.load(html);
  expect($('script').length).toBe(0);
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as unknown as { attribs: Record<string, string> }).attribs)) {
      expect(name).not.toMatch(/^on/i);
      expect(value.replace(/\s/g, '')).not.toMatch(/^javascript:/i);
    }
  });
}

describe('row 1: <ActivationPlot> attributes', () => {
  test('an idSuffix that breaks out of id="…" stops the render with the line', () => {
    expect(() =>
      render(`Text.\n\n<ActivationPlot fn="relu" idSuffix='x"><img src=x onerror=alert(1)><b class="' />`),
    ).toThrow(/line 3: <ActivationPlot idSuffix>: idSuffix must be a kebab-case word/);
  });
  test('unknown attributes are errors, never passed through', () => {
    expect(() => render('<ActivationPlot fn="relu" onload="alert(1)" />')).toThrow(/unknown attribute "onload"/);
  });
  test("single-quoted literals are read as literals: compare={['relu', 'silu']} draws both curves", () => {
    const $ = cheerio.load(render(`<ActivationPlot fn="gelu" compare={['relu', 'silu']} domain={[-3, 3]} />`));
    const title = $('svg title').first().text();
    expect(title).toContain('compared with ReLU');
    expect(title).toContain('SiLU');
    expect($('path.cmp1').length).toBeGreaterThan(0);
    expect($('path.cmp2').length).toBeGreaterThan(0);
  });
  test('code in an attribute (domain={[-Math.PI, 4]}) is refused, not dropped', () => {
    expect(() => render('<ActivationPlot fn="relu" domain={[-Math.PI, 4]} />')).toThrow(
      /<ActivationPlot domain>: \{\[-Math\.PI, 4\]\} is not a literal value/,
    );
  });
  test('a negative literal domain is read exactly: the body draws what the component draws for [-2.5, 4]', () => {
    const curve = (html: string) => cheerio.load(html)('path.fn').attr('d');
    const drawn = curve(render('<ActivationPlot fn="relu" domain={[-2.5, 4]} />'));
    expect(drawn).toBeDefined();
    expect(drawn).toBe(curve(activationPlotHtml({ fn: 'relu', domain: [-2.5, 4] })));
    expect(drawn).not.toBe(curve(activationPlotHtml({ fn: 'relu', domain: [2.5, 4] })));
  });
  test('the component path (Astro pages) escapes the suffix and the caption, whatever it is given', () => {
    const html = activationPlotHtml({
      fn: 'relu',
      idSuffix: 'x"><img src=x onerror=alert(1)>',
      caption: '<script>alert(1)</script> & "q"',
    });
    expectInert(html);
    const $ = cheerio.load(html);
    expect($('img').length).toBe(0);
    expect($('figcaption').text()).toBe('<script>alert(1)</script> & "q"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
  });
});

describe('row 2: link schemes', () => {
  const hostile =
    '[click](javascript:alert(1)), ![i](javascript:alert(2)), [v](vbscript:x), [d](data:text/html,<script>alert(3)</script>)';
  const fine = '[a](https://example.org/), [m](mailto:a@example.org), [r](/glossary/gelu/), [f](#faq)';
  test.each([
    ['a Markdown field', (md: string) => renderMarkdown(md, 'content/terms/probe.mdx inPractice')],
    ['a body', render],
  ])('in %s only http(s), mailto, relative and fragment URLs survive', (_where, fn) => {
    const html = fn(`${hostile} ${fine}`);
    expectInert(html);
    const $ = cheerio.load(html);
    expect(
      $('a[href]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://example.org/', 'mailto:a@example.org', '/glossary/gelu/', '#faq']);
    expect($('img[src]').length).toBe(0);
  });
  test('KaTeX and plots still render after the sanitizer', () => {
    const html = render('Inline $x^2$ and\n\n$$\n\\frac{a}{b}\n$$\n\n<ActivationPlot fn="relu" />');
    const $ = cheerio.load(html);
    expect($('.katex').length).toBe(2);
    expect($('.katex-display').length).toBe(1);
    expect($('.katex annotation').first().text()).toBe('x^2');
    expect($('figure.plot svg path.fn').length).toBeGreaterThan(0);
    expect(html).toContain(katex.renderToString('x^2', { output: 'htmlAndMathml' }).slice(0, 40));
  });
});

describe('rows 30 and 32: KaTeX hardening', () => {
  test.each([
    '\\href{javascript:alert(1)}{x}',
    '\\url{https://example.org}',
    '\\htmlClass{a}{b}',
    '\\includegraphics{x.png}',
  ])('%s stops the render with file and reason (no red error text shipped)', (tex) => {
    expect(() => renderMarkdown(`A $${tex}$ here.`, 'content/terms/probe.mdx faq[0].answer')).toThrow(
      /content\/terms\/probe\.mdx faq\[0\]\.answer {2}line 1: invalid TeX: .*is not allowed in formulas/,
    );
  });
  test('\\rule{2000em}{2000em} is capped at maxSize (10em)', () => {
    const $ = cheerio.load(renderMarkdown('$\\rule{2000em}{2000em}$', 'probe'));
    const style = $('.katex-rule').attr('style') ?? '';
    const ems = [...style.matchAll(/([\d.]+)em/g)].map((m) => Number(m[1]));
    expect(ems.length).toBeGreaterThan(0);
    expect(Math.max(...ems)).toBeLessThanOrEqual(10);
  });
});

describe('rows 13 and 14: pathological bodies fail fast with the file named', () => {
  test.each([
    [
      'emphasis',
      `${'*a '.repeat(30000)}b${' a*'.repeat(30000)}`,
      /content\/terms\/probe\.mdx {2}line 1 of the body: this paragraph has more than 500/,
    ],
    ['list', `${'- '.repeat(3000)}x`, /content\/terms\/probe\.mdx {2}line 1 of the body: nests 3000 levels/],
    ['quote', `${'> '.repeat(5000)}x`, /content\/terms\/probe\.mdx {2}line 1 of the body: nests 5000 levels/],
  ])('%s', (_name, body, message) => {
    expect(() => render(body)).toThrow(message);
  });
  test('the same bodies just inside the limits render (no stack overflow)', () => {
    expect(render(`${'- '.repeat(32)}x`)).toContain('<li>x</li>');
    expect(render(`${'> '.repeat(32)}x`)).toContain('<blockquote>');
    expect(render(`${'*a '.repeat(240)}b${' a*'.repeat(240)}`)).toContain('<em>');
  });
  test('a hostile Markdown field is refused the same way', () => {
    expect(() => renderMarkdown(`${'> '.repeat(5000)}x`, 'content/terms/probe.mdx inPractice')).toThrow(
      /content\/terms\/probe\.mdx inPractice: line 1 of the text: nests 5000 levels/,
    );
  });
});
