import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, loadPage, readPage, requireBuiltSite, resolves, siteFiles, termSlugs } from '../helpers/site';
import { isParameterLoader } from '../helpers/parameter-loader';

beforeAll(requireBuiltSite);

const SECTION_ORDER = [
  '.breadcrumbs',
  'h1',
  '.lead',
  '.body',
  '#how-it-works',
  '#in-practice',
  '#comparisons',
  '#faq',
  '#related',
  '#sources',
  '.updated',
];

describe('every term page has every section, in reading order', () => {
  test.each(termSlugs())('%s', (slug) => {
    const html = readPage(`/glossary/${slug}/`);
    const $ = loadPage(`/glossary/${slug}/`);
    const positions = SECTION_ORDER.map((sel) => {
      const el = $(sel).first();
      expect(el.length, `${slug}: missing ${sel}`).toBe(1);
      return html.indexOf($.html(el).slice(0, 60));
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect($('#faq ~ details, #faq + details').length + $('section:has(#faq) details').length).toBeGreaterThan(0);
    expect($('#sources').parent().find('li a[href^="http"]').length).toBeGreaterThan(0);
  });
});

describe('math is rendered by KaTeX on the server', () => {
  test.each(termSlugs())('%s has KaTeX HTML and no raw TeX or math code blocks', (slug) => {
    const $ = loadPage(`/glossary/${slug}/`);
    expect($('.katex').length, `${slug}: no KaTeX output`).toBeGreaterThan(0);
    // The silent failure mode of a misconfigured processor: math left as code or raw dollars.
    expect($('code.language-math, pre code.language-math').length).toBe(0);
    const text = $('article').clone().find('.katex, pre, code, script, style').remove().end().text();
    expect(text).not.toMatch(/\$[^$\s][^$]*\$/);
    expect(text).not.toMatch(/\\(frac|mathrm|operatorname|sigma|Phi)\b/);
  });
  test('GELU has display math in the body and inline math in the definition', () => {
    const $ = loadPage('/glossary/gelu/');
    expect($('.body .katex-display').length).toBeGreaterThan(0);
    expect($('.lead .katex').length).toBeGreaterThan(0);
    expect($('.formula .katex-display').length).toBe(1);
  });
  test('math inside a FAQ answer renders', () => {
    const $ = loadPage('/glossary/gelu/');
    expect($('section:has(#faq) details .katex').length).toBeGreaterThan(0);
  });
  test('the KaTeX stylesheet served is the version that rendered the HTML', () => {
    const require = createRequire(join(process.cwd(), 'node_modules', 'rehype-katex', 'index.js'));
    const renderer = require('katex/package.json').version as string;
    const css = siteFiles()
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .find((c) => c.includes('.katex'));
    expect(css, 'no stylesheet with KaTeX rules in dist/').toBeDefined();
    // KaTeX stamps its version into .katex-version::after.
    const served = /katex-version[^}]*content:"([\d.]+)"/.exec(css!)?.[1];
    expect(served).toBe(renderer);
    // Every font the stylesheet references is served by the site itself.
    for (const [, url] of css!.matchAll(/url\(([^)]+KaTeX[^)]+)\)/g))
      expect(resolves(url.replace(/^\.\//, '/_astro/')), url).toBe(true);
  });
});

// Links are checked once, across all of dist/, in markup.test.ts.
describe('scripts', () => {
  // The one exception: a page with parameter sliders carries the island's inline loader (parameter-controls.test.ts).
  test.each(termSlugs())('%s ships no <script> but the parameter loader', (slug) => {
    const $ = loadPage(`/glossary/${slug}/`);
    const scripts = $('script:not([type="application/ld+json"])').toArray();
    for (const s of scripts) expect(isParameterLoader($(s).text()), `${slug}: ${$(s).text().slice(0, 80)}`).toBe(true);
    const html = readPage(`/glossary/${slug}/`);
    expect(scripts.length).toBe(html.includes('data-param-plot=') || html.includes('data-param-bars=') ? 1 : 0);
  });
});

describe('vector-valued functions get figures of their own kind on their pages', () => {
  test.each([
    // Softmax's two also get the bars of softmax(z/T) under a temperature slider.
    ['softmax', 3],
    ['sparsemax', 2],
    ['entmax', 2],
    ['softmax-temperature', 3],
    ['log-sum-exp', 1],
    ['log-softmax', 1],
    ['maxout', 1],
  ])('/glossary/%s/ shows %i accessible figure(s) in its body, with no f′ table', (slug, count) => {
    const $ = loadPage(`/glossary/${slug}/`);
    const svgs = $('.body figure.plot svg[role="img"]');
    expect(svgs.length).toBe(count);
    svgs.each((_, el) => {
      const [t, d] = ($(el).attr('aria-labelledby') ?? '').split(' ');
      expect($(el).find(`title#${t}`).text().length).toBeGreaterThan(10);
      expect($(el).find(`desc#${d}`).text().length).toBeGreaterThan(40);
    });
    expect($('.body figure.plot details').length).toBe(0);
  });
  test('the simplex figure of softmax states the computed probabilities at T = 1', () => {
    const desc = loadPage('/glossary/softmax/')('.body figure.plot svg desc').eq(1).text();
    expect(desc).toContain('at T = 1 it gives (0.55, 0.33, 0.12)');
    expect(desc).toContain('(0.75, 0.25, 0) at T = 1');
  });
});
