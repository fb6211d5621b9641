import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir } from '../../scripts/lib/serve';
import { softmax } from '../../src/kernel';
import { formatNumber } from '../../src/plot/format';
import { axeViolations } from '../helpers/axe';
import { DIST, requireBuiltSite } from '../helpers/site';

/**
 * Softmax's temperature slider in Chromium: the bars it redraws are the
 * kernel's softmax(z/T) for the T the slider shows, computed here in Node
 * from the scores the figure carries.
 */
requireBuiltSite();

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveDir(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const FIGURE = 'figure[data-param-bars]';

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

/** What the bars figure shows now: the slider's position and text, each bar's width and value, the caption. */
const read = (page: Page) =>
  page.$eval(FIGURE, (f) => ({
    z: JSON.parse((f as HTMLElement).dataset.paramBars!).z as number[],
    position: Number(f.querySelector('input')!.value),
    shown: f.querySelector('output')!.textContent,
    valuetext: f.querySelector('input')!.getAttribute('aria-valuetext'),
    widths: [...f.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width'))),
    values: [...f.querySelectorAll('text.pv')].map((t) => t.textContent),
    svg: f.querySelector('svg')!.outerHTML,
    caption: f.querySelector('figcaption')!.textContent,
  }));

/** Waits until the island has wired the figure and drawn the last input (two animation frames). */
const settled = (page: Page) =>
  page.evaluate(
    (sel) =>
      new Promise<void>((resolve) => {
        const check = () =>
          document.querySelector<HTMLElement>(sel)?.dataset.paramLive === 'ready'
            ? requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
            : setTimeout(check, 20);
        check();
      }),
    FIGURE,
  );

/** The bars as the kernel says they are at the slider's temperature: values to 3 digits, widths on the 220-unit track. */
function expectKernelBars(state: Awaited<ReturnType<typeof read>>) {
  const t = 10 ** state.position;
  const p = softmax(state.z, t);
  expect(state.shown).toBe(formatNumber(t, 3));
  expect(state.valuetext).toBe(state.shown);
  expect(state.values).toEqual(p.map((v) => formatNumber(v, 3)));
  state.widths.forEach((w, i) => expect(Math.abs(w - p[i] * 220)).toBeLessThanOrEqual(0.05 + 1e-9));
  expect(state.caption).toContain(`T = ${state.shown}:`);
  return p;
}
const spread = (p: number[]) => Math.max(...p) - Math.min(...p);

describe('softmax temperature slider', () => {
  test.each(['/glossary/softmax/', '/glossary/softmax-temperature/'])(
    '%s: higher T flattens the bars and lower T sharpens them, as the kernel computes; back at T = 1 the SVG is the build’s',
    async (path) => {
      const { page, problems, requests } = await open(path);
      expect(requests.some((r) => r.includes('param-'))).toBe(false);
      const built = await read(page);
      const atOne = expectKernelBars(built);
      const slider = page.locator(`${FIGURE} input[type=range]`);
      await slider.focus();
      // Up 6 steps of 0.05 in log₁₀ T: T = 10^0.3 ≈ 2.
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      await settled(page);
      expect(requests.some((r) => r.includes('/_astro/param-temperature-'))).toBe(true);
      // The temperature page needs none of the curve figures' code.
      expect(requests.some((r) => r.includes('/_astro/param-curves-'))).toBe(false);
      const warm = await read(page);
      expect(warm.position).toBeCloseTo(0.3, 12);
      const atTwo = expectKernelBars(warm);
      expect(spread(atTwo)).toBeLessThan(spread(atOne));
      await page.keyboard.press('End');
      await settled(page);
      const atTen = expectKernelBars(await read(page));
      expect(spread(atTen)).toBeLessThan(spread(atTwo));
      await page.keyboard.press('Home');
      await settled(page);
      const cold = await read(page);
      const atTenth = expectKernelBars(cold);
      expect(spread(atTenth)).toBeGreaterThan(spread(atOne));
      expect(cold.shown).toBe('0.1');
      // Back to the default: the static figure, byte for byte.
      for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
      await settled(page);
      expect(await read(page)).toEqual(built);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  describe.each(['light', 'dark'] as const)('%s', (scheme) => {
    test.each([
      ['desktop', 1280],
      ['phone', 375],
    ] as const)('%s: zero axe violations after moving, no sideways scroll', async (_, width) => {
      const { page, problems } = await open('/glossary/softmax/', { scheme, width });
      await page.locator(`${FIGURE} input[type=range]`).focus();
      await page.keyboard.press('ArrowLeft');
      await settled(page);
      expect(await axeViolations(page, FIGURE)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  test('without JavaScript the slider is hidden and the bars at T = 1 stay', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/glossary/softmax/`);
    expect(await page.locator(`${FIGURE} svg`).isVisible()).toBe(true);
    expect(await page.locator(`${FIGURE} .plot-params`).isVisible()).toBe(false);
    await context.close();
  });
});
