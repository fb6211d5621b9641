import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { axeViolations } from '../helpers/axe';
import { serveDir } from '../../scripts/lib/serve';
import { DIST, REPO_ROOT, requireBuiltSite } from '../helpers/site';

// Screenshots are artefacts for people, kept out of git (.gitignore: artifacts/).
const SHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

const PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['glossary', '/glossary/'],
  ['term-math', '/glossary/gelu/'],
  ['term-glu', '/glossary/swiglu/'],
  ['term-relu', '/glossary/relu/'],
  ['term-vector', '/glossary/softmax/'],
  ['category', '/categories/activation-functions/'],
  ['compare', '/compare/gelu-vs-relu/'],
  ['compare-approximation', '/compare/hardswish-vs-silu/'],
  ['compare-index', '/compare/'],
  ['gallery', '/activations/'],
  ['search', '/search/?q=gaussian'],
  ['not-found', '/no-such-page/'],
];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  requireBuiltSite();
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDir(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records console errors and failed requests (the 404 page's own document excepted). */
async function open(path: string, scheme: 'light' | 'dark'): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on(
    'response',
    (r) =>
      r.status() >= 400 &&
      !(path.startsWith('/no-such') && r.url().endsWith(path)) &&
      problems.push(`${r.status()}: ${r.url()}`),
  );
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  if (path.startsWith('/search/')) await page.waitForSelector('.pagefind-ui__result-link');
  return { page, problems };
}

describe.each(['light', 'dark'] as const)('%s colour scheme', (scheme) => {
  test.each(PAGES)('%s (%s): no console errors, no failed requests, zero axe violations', async (name, path) => {
    const { page, problems } = await open(path, scheme);
    expect(problems).toEqual([]);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`), fullPage: true });
    await page.close();
  });
});

describe('keyboard', () => {
  test.each(PAGES.filter(([n]) => n !== 'search'))(
    '%s: Tab reaches every link, each with a visible focus indicator',
    async (_name, path) => {
      const { page } = await open(path, 'light');
      // Number every visible link, so two links with the same text and target still count twice.
      const links = await page.$$eval(
        'a[href]',
        (as) =>
          as
            .filter((a) => (a as HTMLElement).offsetParent !== null)
            .map((a, i) => a.setAttribute('data-kbd', String(i))).length,
      );
      const reached = new Set<string>();
      let invisible: string[] = [];
      // Tab until focus comes back round to where it started (or a generous cap).
      let first: string | undefined;
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          const visible =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          const key = `${el.tagName}:${el.getAttribute('data-kbd') ?? el.id ?? el.textContent?.slice(0, 20)}:${el.getAttribute('href')}`;
          return { key, visible, isLink: el.tagName === 'A' };
        });
        if (!info) continue;
        if (info.key === first) break;
        first ??= info.key;
        if (info.isLink) reached.add(info.key);
        if (!info.visible) invisible.push(info.key);
      }
      invisible = [...new Set(invisible)];
      expect(invisible).toEqual([]);
      expect(reached.size).toBeGreaterThanOrEqual(links);
      await page.close();
    },
  );
  test('the skip link is the first stop and moves focus to the main content', async () => {
    const { page } = await open('/glossary/gelu/', 'light');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});

describe('search', () => {
  // "gaussian" alone is ambiguous (Normal CDF is also "Gaussian CDF"); the full alias names one term.
  test('searching "gaussian error linear" from a term page finds GELU first, and term pages load no script until then', async () => {
    const { page } = await open('/glossary/relu/', 'light');
    expect(await page.$$eval('script:not([type="application/ld+json"])', (s) => s.length)).toBe(0);
    await page.fill('#site-search', 'gaussian error linear');
    await page.press('#site-search', 'Enter');
    await page.waitForSelector('.pagefind-ui__result-link');
    const titles = await page.locator('.pagefind-ui__result-title .pagefind-ui__result-link').allTextContents();
    expect(titles[0]).toBe('GELU');
    // The "kind: page" filter is always on and hidden: unticked, it would let the shards' vocabulary record through.
    await page.waitForSelector('.pagefind-ui__filter-panel', { state: 'attached' });
    expect(await page.$eval('.pagefind-ui__filter-panel', (p) => getComputedStyle(p).display)).toBe('none');
    expect(await page.getByText('Kind', { exact: true }).isVisible()).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'search-results.png'), fullPage: true });
    await page.close();
  });
  test('without JavaScript the header form goes through the search page to the A–Z index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/glossary/relu/`);
    await page.fill('#site-search', 'swish');
    await page.press('#site-search', 'Enter');
    // /search/ has no use without JavaScript; its <noscript> refresh lands on the index, which lists aliases.
    await page.waitForURL(/\/glossary\/$/);
    expect(await page.locator('li.see .alias', { hasText: /^Swish$/ }).count()).toBe(1);
    await context.close();
  });
});

describe('plots render', () => {
  test.each([
    ['/glossary/gelu/', 1],
    ['/glossary/swiglu/', 2],
    ['/glossary/softmax/', 2],
    ['/activations/', 32],
  ] as const)('%s draws its SVG plots with visible curves', async (path, minimum) => {
    const { page } = await open(path, 'dark');
    const boxes = await page.$$eval('svg.plot-svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    expect(boxes.length).toBeGreaterThanOrEqual(minimum);
    expect(Math.min(...boxes)).toBeGreaterThan(150);
    const stroke = await page.$eval('svg.plot-svg .fn, svg.plot-svg .pos', (p) => getComputedStyle(p).stroke);
    expect(stroke).not.toBe('none');
    await page.close();
  });
});

describe('compare pages', () => {
  test('searching "gelu vs relu" finds the compare page', async () => {
    const { page } = await open('/search/?q=gelu%20vs%20relu', 'light');
    const links = await page
      .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.slice(0, 3)).toContain('/compare/gelu-vs-relu/');
    await page.close();
  });
  test('the reverse order (/compare/relu-vs-gelu/) takes the reader straight to /compare/gelu-vs-relu/', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/compare/relu-vs-gelu/`);
    await page.waitForURL(`${server.url}/compare/gelu-vs-relu/`);
    expect(await page.locator('h1').textContent()).toBe('GELU vs ReLU');
    await page.close();
  });
  test('at 390 px the approximation page does not scroll sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/compare/gelu-vs-gelu-tanh/`, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
