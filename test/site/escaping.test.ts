import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempProject } from '../helpers/temp-project';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir } from '../../scripts/lib/serve';
import { pngSize } from '../helpers/png';

const ATTACK = '</script><script>alert(1)</script>';
const project = tempProject();
let html = '';

beforeAll(() => {
  // A term whose every text field tries to break out of its context.
  writeFileSync(
    join(project.root, 'content', 'terms', 'xss-probe.mdx'),
    `---
term: 'Probe ${ATTACK}'
aliases: ['alias ${ATTACK}']
shortDefinition: 'A deliberately hostile test term whose fields contain ${ATTACK} <!-- and a comment opener.'
category: concepts
howItWorks:
  - { title: 'Step ${ATTACK}', body: 'Body ${ATTACK}' }
  - { title: 'Second step', body: 'Plain text here.' }
inPractice: 'Nowhere ${ATTACK}'
faq:
  - { question: 'Question ${ATTACK}?', answer: 'Answer ${ATTACK} <img src=x onerror=alert(2)>' }
related: [relu]
sources:
  - { title: 'Source ${ATTACK}', authors: 'Nobody', year: 2026, url: 'https://example.org/' }
seo: { title: 'Probe ${ATTACK}' }
---

A body in plain prose.
`,
  );
  const build = project.run('scripts/build.ts');
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  html = readFileSync(join(project.root, 'dist', 'glossary', 'xss-probe', 'index.html'), 'utf8');
}, 240_000);
afterAll(() => project.remove());

test('the HTML contains the text only as text or attribute values, never as markup', () => {
  const $ = cheerio.load(html);
  // The only scripts are the three JSON-LD blocks; no element gained an event handler.
  expect($('script').length).toBe(3);
  expect($('script:not([type="application/ld+json"])').length).toBe(0);
  expect($('img').length).toBe(0);
  expect($('[onerror], [onload]').length).toBe(0);
  // In element content the text is entity-escaped; raw HTML in Markdown fields is dropped, not passed through.
  expect(html).toContain(
    '<h1 data-pagefind-weight="10">Probe &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>',
  );
  const withoutAttributes = html.replace(/"[^"]*"/g, '""');
  expect(withoutAttributes).not.toContain('<script>alert(1)');
  expect(withoutAttributes).not.toContain('<img');
});

test('JSON-LD keeps the exact text but cannot end its script element', () => {
  const $ = cheerio.load(html);
  const blocks = $('script[type="application/ld+json"]');
  expect(blocks.length).toBe(3);
  blocks.each((_, el) => expect($(el).html()).not.toMatch(/<\/script|<!--/i));
  const term = blocks
    .map((_, el) => JSON.parse($(el).html()!))
    .get()
    .find((b: { '@type': string }) => b['@type'] === 'DefinedTerm');
  expect(term.name).toBe(`Probe ${ATTACK}`);
  expect(term.alternateName).toEqual([`alias ${ATTACK}`]);
});

test('meta tags carry the text as attribute values', () => {
  const $ = cheerio.load(html);
  expect($('head > title').text()).toBe(`Probe ${ATTACK}`);
  expect($('meta[property="og:title"]').attr('content')).toBe(`Probe ${ATTACK}`);
  // Markdown fields drop raw HTML (the page shows none of it), and the plain text read from the same
  // Markdown does too: the tags are gone, their text and the comment opener stay as text.
  expect($('meta[name="description"]').attr('content')).toBe(
    'A deliberately hostile test term whose fields contain alert(1) <!-- and a comment opener.',
  );
});

test('the OG image renders the text as text', () => {
  expect(pngSize(join(project.root, 'dist', 'og', 'xss-probe.png'))).toEqual({ width: 1200, height: 630 });
});

test('in Chromium nothing executes', async () => {
  const server = await serveDir(join(project.root, 'dist'));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${server.url}/glossary/xss-probe/`, { waitUntil: 'networkidle' });
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(dialogs).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(`Probe ${ATTACK}`);
  } finally {
    await browser.close();
    await server.close();
  }
});
