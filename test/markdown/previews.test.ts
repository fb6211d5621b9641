import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeAutolinkTerms from '../../src/markdown/rehype-autolink-terms';
import rehypeTermPreviews, { previewIds, previewedSlugs } from '../../src/markdown/rehype-term-previews';
import { renderFormula, renderInlineMarkdown } from '../../src/markdown/render';
import { compactMath } from '../../src/components/preview/compact-math';
import { buildPreview, previewsOf, PREVIEW_BUDGET_GZIP } from '../../src/components/preview/preview-html';
import { PREVIEW_PLOT, previewPlotSvg } from '../../src/components/preview/preview-plot';
import { loadGlossary } from '../../src/glossary/glossary';

const TERMS = [
  { slug: 'relu', names: ['ReLU'] },
  { slug: 'leaky-relu', names: ['Leaky ReLU'] },
];
const href = (s: string) => `/glossary/${s}/`;

function render(markdown: string): string {
  const file = new VFile({ value: markdown, path: 'content/terms/gelu.mdx' });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeAutolinkTerms, { terms: TERMS, href })
      .use(rehypeTermPreviews, { terms: TERMS, href })
      .use(rehypeStringify)
      .processSync(file),
  );
}

describe('preview hooks on auto-linked mentions', () => {
  test('a mention keeps its link and gains interestfor, a description and the touch button', () => {
    expect(render('Unlike ReLU, and [a page](/glossary/relu/) linked by hand.')).toBe(
      '<p>Unlike <a href="/glossary/relu/" class="term-link" interestfor="preview-relu" aria-describedby="preview-relu-d">ReLU</a>' +
        '<button type="button" class="preview-button" popovertarget="preview-relu" aria-label="Preview: ReLU"></button>' +
        ', and <a href="/glossary/relu/">a page</a> linked by hand.</p>',
    );
  });
  test('every mention in a text gets its own button, right after it', () => {
    const html = render('Leaky ReLU differs from ReLU.');
    expect(previewedSlugs(html)).toEqual(['leaky-relu', 'relu']);
    expect(
      html.match(/<\/a><button type="button" class="preview-button" popovertarget="preview-[a-z-]+"/g),
    ).toHaveLength(2);
  });
  test('ids depend on the slug alone, so many mentions share one preview', () => {
    expect(previewIds('gelu')).toEqual({
      popover: 'preview-gelu',
      title: 'preview-gelu-t',
      definition: 'preview-gelu-d',
    });
    const twice = `${render('ReLU.')}${render('Again ReLU.')}`;
    expect(previewedSlugs(twice)).toEqual(['relu']);
  });
});

describe('previews', async () => {
  const index = await loadGlossary();
  const relu = index.bySlug.get('relu')!;

  test('one preview per term for a page, whatever the number of mentions', () => {
    const html = `${render('ReLU and Leaky ReLU.')}${render('ReLU again.')}`;
    expect(previewsOf(previewedSlugs(html), index).map((p) => p.slug)).toEqual(['relu', 'leaky-relu']);
  });

  test('a preview holds the term name linking to its page, the definition, the formula and the plot', () => {
    const p = buildPreview(relu);
    expect(p.level).toBe('full');
    expect(p.html).toMatch(
      /^<div id="preview-relu" class="preview" popover role="group" aria-labelledby="preview-relu-t">/,
    );
    expect(p.html).toContain('<a id="preview-relu-t" href="/glossary/relu/">ReLU</a>');
    expect(p.html).toContain('<p id="preview-relu-d" class="preview-definition">');
    expect(p.html).toContain('class="preview-formula"');
    expect(p.html).toContain(previewPlotSvg('relu', relu.data.plot!.domain));
    expect(p.html).not.toContain('<math');
  });

  test('every preview of the glossary fits the budget of 2 KB gzipped', () => {
    for (const t of index.terms) {
      const p = buildPreview(t);
      expect(p.gzip, t.slug).toBeLessThanOrEqual(PREVIEW_BUDGET_GZIP);
      expect(p.gzip).toBe(gzipSync(p.html).length);
    }
  });

  test('a formula too large for the budget is left out, then typeset definitions give way to plain text', () => {
    // Varied TeX, so gzip cannot fold it away.
    const tex = Array.from({ length: 80 }, (_, i) => `a_{${i}}^{${(i * 7919) % 97}}`).join(' + ');
    const big = buildPreview({ ...relu, data: { ...relu.data, formula: tex } });
    expect(big.level).toBe('no-formula');
    expect(big.html).not.toContain('preview-formula');
    expect(big.gzip).toBeLessThanOrEqual(PREVIEW_BUDGET_GZIP);
    const definition = `Sums $${tex}$ of many terms.`;
    const plain = buildPreview({ ...relu, data: { ...relu.data, formula: tex, shortDefinition: definition } });
    expect(plain.level).toBe('plain');
    expect(plain.html).not.toContain('class="katex"');
  });
});

describe('compact math for previews', () => {
  test('keeps KaTeX’s typeset HTML, drops the MathML and the search reading, and names the formula with it', () => {
    const page = renderInlineMarkdown('Weighs $x\\,\\Phi(x)$ here.', 'test');
    const html = compactMath(page);
    expect(page).toContain('katex-mathml');
    expect(html).not.toMatch(/katex-mathml|<math|math-text/);
    expect(html).toContain('<span class="katex" role="img" aria-label="x Φ(x)">');
    const typeset = (h: string) => /<span class="katex-html"[\s\S]*?<\/span><\/span><\/span>/.exec(h)?.[0];
    // The same glyphs; only the search index's marker goes (the previews block is ignored as a whole).
    expect(typeset(html)).toBe(typeset(page.replace(/ data-pagefind-ignore=""/g, '')));
    expect(html.length).toBeLessThan(page.length * 0.7);
  });
  test('display math keeps its focusable, named box (a wide formula scrolls inside the card)', () => {
    const html = compactMath(renderFormula('\\max(0, x)', 'test'));
    expect(html).toMatch(/^<span class="katex-display" tabindex="0" role="group" aria-label="Formula">/);
    expect(html).toContain('aria-label="max(0, x)"');
  });
});

describe('preview plot', () => {
  const points = (svg: string) => {
    const d = /<path class="fn" d="([^"]+)"/.exec(svg)![1];
    // Absolute moves, then relative steps (src/plot/path.ts): walk them back to absolute points.
    const out: [number, number][] = [];
    let x = 0;
    let y = 0;
    for (const [, cmd, args] of d.matchAll(/([MhvlHV]|(?=[-.\d]))([^MhvlHV]*)/g)) {
      const n = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      if (cmd === 'M') [x, y] = n;
      else if (cmd === 'h') x += n[0];
      else if (cmd === 'v') y += n[0];
      else for (let i = 0; i + 1 < n.length; i += 2) [x, y] = [x + n[i], y + n[i + 1]];
      out.push([x, y]);
    }
    return out;
  };
  test('a thumbnail inside its viewBox, a few hundred bytes, the same bytes every time', () => {
    for (const fn of ['relu', 'gelu', 'sigmoid', 'tanh', 'elu', 'binary-step']) {
      const svg = previewPlotSvg(fn);
      expect(svg).toBe(previewPlotSvg(fn));
      expect(Buffer.byteLength(svg), fn).toBeLessThan(700);
      for (const [px, py] of points(svg)) {
        expect(px, fn).toBeGreaterThanOrEqual(0);
        expect(px, fn).toBeLessThanOrEqual(PREVIEW_PLOT.width);
        expect(py, fn).toBeGreaterThanOrEqual(0);
        expect(py, fn).toBeLessThanOrEqual(PREVIEW_PLOT.height);
      }
    }
  });
  test('ReLU is flat at zero on the left and rises over more than half the height to the right edge', () => {
    const pts = points(previewPlotSvg('relu', [-4, 4]));
    const zeroY = Number(/M0 (\d+)H128/.exec(previewPlotSvg('relu'))![1]);
    expect(pts[0]).toEqual([PREVIEW_PLOT.pad, zeroY]);
    expect(pts[pts.length - 1][0]).toBe(PREVIEW_PLOT.width - PREVIEW_PLOT.pad);
    expect(zeroY - pts[pts.length - 1][1]).toBeGreaterThan((PREVIEW_PLOT.height - 2 * PREVIEW_PLOT.pad) / 2);
  });
});
