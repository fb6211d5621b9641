// Real Chromium over every built page: nothing scrolls sideways on phones, plot text stays readable
// and unclipped at every width, legends leave the curves visible, and search finds names first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir } from '../../scripts/lib/serve';
import { DIST, requireBuiltSite } from '../helpers/site';
import { builtPages, overflowingPages, plotTexts, searchRanks } from '../../scripts/lib/surfaces';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  requireBuiltSite();
  server = await serveDir(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = () => builtPages(DIST);
const withPlots = () =>
  pages().filter((p) =>
    readFileSync(`${DIST}${p.endsWith('.html') ? p : `${p}index.html`}`, 'utf8').includes('class="plot-svg'),
  );

/** Measured once for every width (each page loaded once), on first use; each width is then its own test. */
function once<T>(measure: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= measure());
}
const PHONE_WIDTHS = [320, 360, 390];
const overflow = once(() => overflowingPages(browser, server.url, pages(), PHONE_WIDTHS));
const PLOT_WIDTHS = [320, 360, 390, 768, 1100, 1280];
const texts = once(() => plotTexts(browser, server.url, withPlots(), PLOT_WIDTHS));

describe('phones: no page scrolls sideways', () => {
  test.each(PHONE_WIDTHS)(
    '%i px: scrollWidth ≤ clientWidth on every page',
    async (width) => {
      expect((await overflow()).get(width)).toEqual([]);
    },
    300_000,
  );

  test.each(['/glossary/selu/', '/glossary/activation-function/', '/compare/relu-vs-selu/'])(
    '%s at 320 px: boxes that scroll are focusable and named (axe: zero violations)',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.goto(server.url + path, { waitUntil: 'load' });
      const scrolling = await page.$$eval('.katex-display, pre, .table-scroll', (els) =>
        els
          .filter((e) => e.scrollWidth > e.clientWidth)
          .map((e) => ({
            tabindex: e.getAttribute('tabindex'),
            role: e.getAttribute('role'),
            label: e.getAttribute('aria-label'),
          })),
      );
      for (const s of scrolling)
        expect(s).toMatchObject({ tabindex: '0', role: 'group', label: expect.stringMatching(/\w/) });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> } }
        ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } });
        return r.violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
      await page.close();
    },
    60_000,
  );

  test('code blocks scroll instead of breaking inside a token', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${server.url}/glossary/activation-function/`, { waitUntil: 'load' });
    const styles = await page.$$eval('pre', (ps) =>
      ps.map((p) => [getComputedStyle(p).whiteSpace, getComputedStyle(p).overflowX]),
    );
    expect(styles.length).toBeGreaterThan(0);
    for (const s of styles) expect(s).toEqual(['pre', 'auto']);
    await page.close();
  });
});

describe('plots', () => {
  test.each(PLOT_WIDTHS)(
    '%i px: every plot label renders at ≥ 11 CSS px and inside its SVG',
    async (width) => {
      const atWidth = (await texts()).get(width)!;
      expect(atWidth.length).toBeGreaterThan(100);
      expect(atWidth.filter((t) => t.px < 11).map((t) => `${t.path} "${t.text}" ${t.px.toFixed(1)} px`)).toEqual([]);
      expect(atWidth.filter((t) => t.clipped).map((t) => `${t.path} "${t.text}"`)).toEqual([]);
    },
    300_000,
  );

  test.each([320, 1280])(
    '%i px: no legend covers a curve',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const covered: string[] = [];
      for (const p of withPlots()) {
        await page.goto(server.url + p, { waitUntil: 'load' });
        covered.push(
          ...(await page.evaluate((path) => {
            const out: string[] = [];
            for (const svg of document.querySelectorAll('svg.plot-svg')) {
              const lg = svg.querySelector('.lg rect');
              if (!lg) continue;
              const box = lg.getBoundingClientRect();
              for (const curve of svg.querySelectorAll<SVGPathElement>(
                ':not(.lg) > path.fn, :not(.lg) > path.df, :not(.lg) > path.cmp',
              )) {
                const m = curve.getScreenCTM()!;
                const len = curve.getTotalLength();
                for (let s = 0; s <= len; s += 1) {
                  const q = curve.getPointAtLength(s);
                  const x = m.a * q.x + m.c * q.y + m.e;
                  const y = m.b * q.x + m.d * q.y + m.f;
                  if (x > box.left + 1 && x < box.right - 1 && y > box.top + 1 && y < box.bottom - 1) {
                    out.push(`${path} ${svg.querySelector('title')?.textContent}`);
                    break;
                  }
                }
              }
            }
            return out;
          }, p)),
        );
      }
      expect(covered).toEqual([]);
      await page.close();
    },
    300_000,
  );

  test('level-set figures label their contour values', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${server.url}/activations/`, { waitUntil: 'load' });
    const labels = await page.$$eval('svg.gated', (svgs) =>
      svgs.map((s) => [...s.querySelectorAll('.lvt text')].map((t) => t.textContent)),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l.length).toBeGreaterThanOrEqual(2);
      for (const v of l) expect(v).toMatch(/^−?\d+(\.\d+)?$/);
    }
    await page.close();
  });
});

describe('search finds names first', () => {
  test('exact names and aliases rank first (or in the top two), compare pages are found', async () => {
    const ranks = await searchRanks(browser, server.url);
    for (const r of ranks)
      expect({ query: r.query, ok: r.rank >= 1 && r.rank <= r.within, top: r.top }).toMatchObject({
        query: r.query,
        ok: true,
      });
  }, 120_000);

  test('without JavaScript the search form lands on the A–Z index, which lists aliases', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/glossary/gelu/`);
    await page.fill('#site-search', 'swish');
    await Promise.all([page.waitForURL(/\/glossary\/$/), page.press('#site-search', 'Enter')]);
    expect(new URL(page.url()).pathname).toBe('/glossary/');
    expect(
      await page
        .locator('li.see')
        .filter({ has: page.locator('.alias', { hasText: /^Swish$/ }) })
        .innerText(),
    ).toMatch(/^Swish\s*→\s*SiLU$/);
    await context.close();
  });

  test('the search label shows only once the search box exists (no stray hidden label)', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/pagefind-ui.js', (r) => r.abort());
    await page.goto(`${server.url}/search/`);
    expect(await page.locator('label[for="search-query"]').isVisible()).toBe(false);
    await page.close();
  });
});
