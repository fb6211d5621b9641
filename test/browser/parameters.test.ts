import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { axeViolations } from '../helpers/axe';
import { serveDir } from '../../scripts/lib/serve';
import { DIST, readPage, REPO_ROOT, requireBuiltSite, termSlugs } from '../helpers/site';

const SHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

requireBuiltSite();
/** Every term page whose lead figure has sliders, from the built HTML. */
const PARAMETRIC_PAGES = termSlugs()
  .filter((slug) => readPage(`/glossary/${slug}/`).includes('data-param-plot='))
  .map((slug) => `/glossary/${slug}/`);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDir(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: { scheme?: 'light' | 'dark'; width?: number } = {}) {
  const page = await browser.newPage({
    colorScheme: options.scheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, problems, requests };
}

/** The lead figure's parts a slider redraws. */
const snapshot = (page: Page) =>
  page.$eval('figure[data-param-plot]', (f) => ({
    svg: f.querySelector('svg')!.outerHTML,
    rows: f.querySelector('tbody')!.innerHTML,
    caption: f.querySelector('figcaption')!.textContent,
    outputs: [...f.querySelectorAll('output')].map((o) => o.textContent),
  }));

/** Waits until the island has redrawn (two animation frames after the last input). */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const check = () =>
          document.querySelector<HTMLElement>('figure[data-param-plot]')?.dataset.paramLive === 'ready'
            ? requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
            : setTimeout(check, 20);
        check();
      }),
  );

describe('parameter sliders', () => {
  test('there are parametric pages to test', () => {
    expect(PARAMETRIC_PAGES.length).toBeGreaterThanOrEqual(10);
  });

  test.each(PARAMETRIC_PAGES)(
    '%s: nothing loads before a touch; moved away and back, the SVG is the build’s byte for byte',
    async (path) => {
      const { page, problems, requests } = await open(path);
      expect(requests.some((r) => r.includes('param-'))).toBe(false);
      const built = await snapshot(page);
      const slider = page.locator('figure[data-param-plot] input[type=range]').first();
      await slider.focus();
      // Focus alone is no interaction: still nothing loaded.
      expect(requests.some((r) => r.includes('param-'))).toBe(false);
      // Away from the default, by keyboard (a free-step slider moves by 1/100 of its range).
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await settled(page);
      expect(requests.some((r) => r.includes('/_astro/param-island-'))).toBe(true);
      const moved = await snapshot(page);
      expect(moved.svg).not.toBe(built.svg);
      expect(moved.outputs).not.toEqual(built.outputs);
      const customCaption = JSON.parse(
        (await page.getAttribute('figure[data-param-plot]', 'data-param-plot'))!,
      ).caption;
      if (!customCaption) expect(moved.caption).not.toBe(built.caption);
      // The description inside the SVG follows the parameter too.
      expect(moved.svg.match(/<desc[^>]*>([^<]*)/)![1]).not.toBe(built.svg.match(/<desc[^>]*>([^<]*)/)![1]);
      // And back.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await settled(page);
      expect(await snapshot(page)).toEqual(built);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  test('a pointer drag loads the island and redraws', async () => {
    const { page, problems } = await open('/glossary/elu/');
    const built = await snapshot(page);
    const box = (await page.locator('figure[data-param-plot] input[type=range]').first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await settled(page);
    const moved = await snapshot(page);
    expect(moved.svg).not.toBe(built.svg);
    expect(Number((await page.inputValue('figure[data-param-plot] input[type=range]')).trim())).toBeLessThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the live region speaks once the reader pauses, with the new description', async () => {
    const { page } = await open('/glossary/softplus/');
    await page.locator('figure[data-param-plot] input[type=range]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => (document.querySelector('figure[data-param-plot] [aria-live]')?.textContent ?? '') !== '',
    );
    const [live, caption] = await page.$eval('figure[data-param-plot]', (f) => [
      f.querySelector('[aria-live]')!.textContent,
      f.querySelector('figcaption')!.textContent,
    ]);
    expect(live).toBe(caption);
    expect(await page.$$eval('[aria-live]', (els) => els.length)).toBe(1);
    await page.close();
  });

  describe.each(['light', 'dark'] as const)('%s', (scheme) => {
    test.each([
      ['desktop', 1280],
      ['phone', 320],
    ] as const)('%s: zero axe violations after moving, no sideways scroll, screenshot', async (device, width) => {
      const { page, problems } = await open('/glossary/hardtanh/', { scheme, width });
      const slider = page.locator('figure[data-param-plot] input[type=range]').last();
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await settled(page);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const figure = page.locator('figure[data-param-plot]');
      await figure.screenshot({ path: join(SHOTS, `parameters-${device}-${scheme}.png`) });
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  test('without JavaScript the sliders are hidden and the static figure stays', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/glossary/elu/`);
    expect(await page.locator('figure[data-param-plot] svg').isVisible()).toBe(true);
    expect(await page.locator('.plot-params').isVisible()).toBe(false);
    await context.close();
  });
});
