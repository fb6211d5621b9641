import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { axeViolations } from '../helpers/axe';
import { serveDir } from '../../scripts/lib/serve';
import { DIST, requireBuiltSite } from '../helpers/site';

/** Pages with a wide table, the table, and what axe checks (term pages: our sections; their KaTeX is another test's). */
const PAGES: [name: string, path: string, table: string, scope: string][] = [
  ['names', '/activations/names/', 'table.names', 'main'],
  ['properties', '/activations/properties/', 'table.properties-all', 'main'],
  [
    'term with framework names',
    '/glossary/gelu-tanh/',
    'table.implementations',
    'section:has(> #implementations), section:has(> #properties)',
  ],
];

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

describe('on a 320 px phone', () => {
  test.each(PAGES)(
    '%s (%s): the table stays inside the screen and scrolls in its own box, by keyboard too',
    async (_name, path, table) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const box = page.locator(table).first().locator('xpath=..');
      const right = await box.evaluate((el) => el.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(320);
      if (!path.startsWith('/glossary/'))
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const [scrollWidth, clientWidth] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      if (scrollWidth > clientWidth) {
        await box.focus();
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((sel) => (document.querySelector(sel)!.parentElement!.scrollLeft ?? 0) > 0, table);
      }
      await page.close();
    },
  );

  test.each(PAGES)('%s (%s): zero axe violations in %s', async (_name, path, _table, scope) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page, scope);
    expect(violations).toEqual([]);
    await page.close();
  });
});
