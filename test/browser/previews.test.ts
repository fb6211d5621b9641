import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { axeViolations } from '../helpers/axe';
import { serveDir } from '../../scripts/lib/serve';
import { DIST, REPO_ROOT, requireBuiltSite } from '../helpers/site';

// Term previews (src/components/preview/, src/markdown/rehype-term-previews.ts) in real Chromium:
// hover, keyboard focus, tap, Escape, what the preview says, phone layout, axe, light and dark.

const SHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');
/** GELU's body mentions ReLU, which has a formula and a plot; Smoothness mentions 16 terms. */
const PAGE = '/glossary/gelu/';
const TARGET = 'relu';
const MENTION = `a.term-link[interestfor="preview-${TARGET}"]`;
const POPOVER = `#preview-${TARGET}`;

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

type Scheme = 'light' | 'dark';
const desktop = (scheme: Scheme) => browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
const phone = (scheme: Scheme) =>
  browser.newContext({
    colorScheme: scheme,
    viewport: { width: 320, height: 640 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });

async function open(context: BrowserContext, path = PAGE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return page;
}
const isOpen = (page: Page, selector = POPOVER) =>
  page.$eval(selector, (el) => el.matches(':popover-open')).catch(() => false);
/** Waits for the popover to reach a state (interest has a built-in delay of about half a second). */
async function expectOpen(page: Page, open: boolean, selector = POPOVER): Promise<void> {
  await expect.poll(() => isOpen(page, selector), { timeout: 5000 }).toBe(open);
}

/**
 * Text of an element with each formula read as its plain text: a preview formula by its
 * accessible name, a page formula by its search reading (src/markdown/rehype-math-surfaces.ts).
 */
const READ_TEXT = `(root) => {
  const read = (n) => {
    if (n.nodeType === 3) return n.nodeValue;
    if (n.nodeType !== 1) return '';
    if (n.classList.contains('katex')) {
      const t = n.querySelector('.math-text');
      return t ? t.textContent : n.getAttribute('aria-label') ?? '';
    }
    return [...n.childNodes].map(read).join('');
  };
  return read(root).replace(/\\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
}`;

/** The accessible name and description Chromium computes for the element matching `selector`. */
async function accessible(
  page: Page,
  selector: string,
): Promise<{ role?: string; name?: string; description?: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0] as { role?: { value?: string }; name?: { value?: string }; description?: { value?: string } };
  await cdp.detach();
  return { role: node.role?.value, name: node.name?.value, description: node.description?.value };
}

describe.each(['light', 'dark'] as const)('desktop, %s', (scheme) => {
  test('hover opens the preview under the mention, moving away closes it; the link still navigates', async () => {
    const context = await desktop(scheme);
    const page = await open(context);
    expect(await isOpen(page)).toBe(false);
    await page.hover(MENTION);
    await expectOpen(page, true);
    const [link, card] = await Promise.all(
      [MENTION, POPOVER].map((s) => page.$eval(s, (e) => e.getBoundingClientRect().toJSON())),
    );
    expect(card.top).toBeGreaterThanOrEqual(link.bottom - 1);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(1280);
    // The hover button is for touch screens and browsers without interest invokers: not shown here.
    expect(await page.$eval(`${MENTION} + .preview-button`, (b) => getComputedStyle(b).display)).toBe('none');
    await page.screenshot({ path: join(SHOTS, `preview-desktop-${scheme}.png`) });
    expect(await axeViolations(page)).toEqual([]);
    // The pointer can travel into the card (it stays open) and leave it (it closes).
    await page.mouse.move(card.left + 40, card.top + 20);
    await page.waitForTimeout(1000);
    expect(await isOpen(page)).toBe(true);
    await page.mouse.move(5, 5);
    await expectOpen(page, false);
    await page.click(MENTION);
    await page.waitForURL(`${server.url}/glossary/${TARGET}/`);
    await context.close();
  });

  test('keyboard focus opens it, Escape closes it and focus stays on the mention; Tab moves on (no trap)', async () => {
    const context = await desktop(scheme);
    const page = await open(context);
    // Keyboard modality first, then focus the mention: the same as tabbing to it.
    await page.keyboard.press('Tab');
    await page.focus(MENTION);
    await expectOpen(page, true);
    await page.keyboard.press('Escape');
    await expectOpen(page, false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('interestfor'))).toBe(`preview-${TARGET}`);
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
    }
    // Focus left the mention and did not cycle inside one preview.
    expect(seen.size).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.activeElement?.closest('.preview:not(:popover-open)'))).toBeNull();
    await context.close();
  });

  test('the preview shows the target term: its name, definition, formula and plot, as on its own page', async () => {
    const context = await desktop(scheme);
    const page = await open(context);
    const slugs = await page.$$eval('a.term-link[interestfor]', (as) =>
      as.map((a) => a.getAttribute('interestfor')!.slice('preview-'.length)),
    );
    expect(slugs.length).toBeGreaterThan(1);
    for (const slug of slugs) {
      const shown = await page.evaluate(
        ([slug, read]) => {
          const readText = eval(read) as (e: Element) => string;
          const card = document.getElementById(`preview-${slug}`)!;
          const mention = document.querySelector(`a.term-link[interestfor="preview-${slug}"]`) as HTMLAnchorElement;
          return {
            href: mention.getAttribute('href'),
            titleHref: card.querySelector('.preview-title a')!.getAttribute('href'),
            title: card.querySelector('.preview-title')!.textContent,
            definition: readText(card.querySelector('.preview-definition')!),
            formula: card.querySelector('.preview-formula .katex')?.getAttribute('aria-label') ?? null,
            plot: card.querySelector('.preview-plot')?.getAttribute('aria-label') ?? null,
          };
        },
        [slug, READ_TEXT] as const,
      );
      const target = await context.newPage();
      await target.goto(server.url + shown.href!);
      const own = await target.evaluate((read) => {
        const readText = eval(read) as (e: Element) => string;
        const formula = document.querySelector('.term > header .formula .math-text');
        return {
          term: document.querySelector('.term h1')!.textContent,
          lead: readText(document.querySelector('.term .lead')!),
          formula: formula?.textContent ?? null,
          plotTitle: document.querySelector('.term > header .plot-svg title')?.textContent ?? null,
        };
      }, READ_TEXT);
      await target.close();
      expect(shown.titleHref).toBe(shown.href);
      expect(own.term).toContain(shown.title);
      expect(shown.definition).toBe(own.lead);
      if (shown.formula !== null) expect(shown.formula).toBe(own.formula);
      if (shown.plot !== null)
        expect(own.plotTitle).toMatch(
          new RegExp(`^${shown.plot.replace(/^Plot of (.+) for x .*$/, '$1').replace(/[()]/g, '\\$&')}\\b`),
        );
    }
    await context.close();
  });

  test('screen readers: the mention is named by its text and described by the definition; the preview by the term', async () => {
    const context = await desktop(scheme);
    const page = await open(context);
    const definition = await page.$eval(
      `${POPOVER} .preview-definition`,
      (e, read) => (eval(read) as (e: Element) => string)(e),
      READ_TEXT,
    );
    const mention = await accessible(page, MENTION);
    expect(mention.name).toBe(await page.textContent(MENTION));
    // Chromium joins an inline formula (role="img") and the punctuation after it with a space.
    expect(
      mention.description
        ?.replace(/\s+/g, ' ')
        .replace(/ ([.,;:!?])/g, '$1')
        .trim(),
    ).toBe(definition);
    await page.hover(MENTION);
    await expectOpen(page, true);
    const card = await accessible(page, POPOVER);
    expect(card.role).toBe('group');
    expect(card.name).toBe(await page.textContent(`${POPOVER} .preview-title`));
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('hover and the touch button still open previews: nothing here runs a script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await open(context);
    await page.hover(MENTION);
    await expectOpen(page, true);
    await context.close();
    const touch = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    const phonePage = await open(touch);
    await phonePage.tap(`${MENTION} + .preview-button`);
    await expectOpen(phonePage, true);
    await touch.close();
  });
});

describe.each(['light', 'dark'] as const)('phone (320 px, touch), %s', (scheme) => {
  test('a tap on the button opens the preview below the line, within the screen, without moving the text', async () => {
    const context = await phone(scheme);
    const page = await open(context);
    const button = `${MENTION} + .preview-button`;
    await page.$eval(MENTION, (a) => a.scrollIntoView({ block: 'center' }));
    const paragraph = () => page.$eval(MENTION, (a) => a.closest('p, li')!.getBoundingClientRect().toJSON());
    const before = await paragraph();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const target = await page.$eval(button, (b) => b.getBoundingClientRect().toJSON());
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
    await page.tap(button);
    await expectOpen(page, true);
    const [link, card] = await Promise.all(
      [MENTION, POPOVER].map((s) => page.$eval(s, (e) => e.getBoundingClientRect().toJSON())),
    );
    // Below the tapped line (or above it near the bottom of the screen): the line itself stays visible.
    expect(card.top >= link.bottom - 1 || card.bottom <= link.top + 1).toBe(true);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await paragraph()).toEqual(before);
    await page.screenshot({ path: join(SHOTS, `preview-phone-${scheme}.png`) });
    expect(await axeViolations(page)).toEqual([]);
    // A tap elsewhere closes it (light dismiss); so does the close button.
    await page.tap('h1');
    await expectOpen(page, false);
    await page.tap(button);
    await expectOpen(page, true);
    await page.tap(`${POPOVER} .preview-close`);
    await expectOpen(page, false);
    await context.close();
  });

  test('a tap on the mention itself still navigates to the term', async () => {
    const context = await phone(scheme);
    const page = await open(context);
    await page.$eval(MENTION, (a) => a.scrollIntoView({ block: 'center' }));
    await page.tap(MENTION);
    await page.waitForURL(`${server.url}/glossary/${TARGET}/`);
    await context.close();
  });

  test('a page with many previews has no horizontal overflow, and each opens inside the screen', async () => {
    const context = await phone(scheme);
    const page = await open(context, '/glossary/smoothness/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const ids = await page.$$eval('.preview', (ps) => ps.map((p) => p.id));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const button = `.preview-button[popovertarget="${id}"]`;
      await page.$eval(button, (b) => b.scrollIntoView({ block: 'center' }));
      await page.tap(button);
      await expectOpen(page, true, `#${id}`);
      const card = await page.$eval(`#${id}`, (e) => e.getBoundingClientRect().toJSON());
      expect(card.left, id).toBeGreaterThanOrEqual(0);
      expect(card.right, id).toBeLessThanOrEqual(320);
      expect(card.bottom, id).toBeLessThanOrEqual(640);
      await page.keyboard.press('Escape');
      await expectOpen(page, false, `#${id}`);
    }
    await context.close();
  });
});
