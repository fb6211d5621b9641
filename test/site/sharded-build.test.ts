// Four shards merged give the site one build gives, and so does one build whose search index is cut
// into parts (src/glossary/search-parts.ts). The suite runs it at SHARD_PROOF_TERMS synthetic terms
// (default 80: every kind of page, pairs across shards, several terms per category);
// `npm run test:shards` runs the same proof at 1,000 terms.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { syntheticName, syntheticSlug, syntheticTerms } from '../../scripts/bench/synthetic';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir } from '../../scripts/lib/serve';
import { REPO, tempProject } from '../helpers/temp-project';
import { treeHash } from '../helpers/tree-hash';
import { SEARCH_PART_PAGES_ENV } from '../../src/glossary/search-parts';

const TERMS = Number(process.env.SHARD_PROOF_TERMS ?? 80);
const SHARDS = 4;

const content = mkdtempSync(join(tmpdir(), 'glossary-shard-content-'));
mkdirSync(join(content, 'terms'));
writeFileSync(join(content, 'categories.yaml'), readFileSync(join(REPO, 'content', 'categories.yaml')));
for (const t of syntheticTerms(TERMS, join(REPO, 'content'))) writeFileSync(join(content, 'terms', t.file), t.source);
const project = tempProject({ content });
const whole = join(project.root, 'whole');
const merged = join(project.root, 'dist');
/** The whole site again, its search index in parts of at most PART_PAGES pages (several parts). */
const parted = join(project.root, 'parts');
const PART_PAGES = Math.ceil(TERMS / 3);

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The pages Pagefind finds for a query with every bundle of the site's search page merged, in
 * Pagefind's order, with the search page's filter (which leaves out the shards' vocabulary records).
 */
async function searchUrls(browser: Browser, site: string, query: string): Promise<string[]> {
  const server = await serveDir(site);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/glossary/`);
    // A string, not a function: Vitest would rewrite the dynamic import of a function's source.
    return (await page.evaluate(`(async () => {
      const html = await (await fetch('/search/')).text();
      const listed = /id="search-bundles"[^>]*>([^<]*)</.exec(html);
      const pagefind = await import('/pagefind/pagefind.js');
      for (const bundle of listed ? JSON.parse(listed[1]) : []) await pagefind.mergeIndex(bundle, { baseUrl: '/' });
      const found = await pagefind.search(${JSON.stringify(query)}, { filters: { kind: 'page' } });
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.map((d) => d.url);
    })()`)) as string[];
  } finally {
    await page.close();
    await server.close();
  }
}

beforeAll(() => {
  const one = project.run('scripts/build.ts', [], { GLOSSARY_OUT_DIR: 'whole' });
  expect(one.status, one.stdout + one.stderr).toBe(0);
  for (let i = 1; i <= SHARDS; i++) {
    const shard = project.run('scripts/build.ts', ['--shard', `${i}/${SHARDS}`]);
    expect(shard.status, shard.stdout + shard.stderr).toBe(0);
  }
  const merge = project.run('scripts/build.ts', ['--merge']);
  expect(merge.status, merge.stdout + merge.stderr).toBe(0);
  const parts = project.run('scripts/build.ts', [], {
    GLOSSARY_OUT_DIR: 'parts',
    [SEARCH_PART_PAGES_ENV]: String(PART_PAGES),
  });
  expect(parts.status, parts.stdout + parts.stderr).toBe(0);
}, 1_800_000);

afterAll(() => {
  project.remove();
  rmSync(content, { recursive: true, force: true });
});

describe(`${SHARDS} shards of ${TERMS} synthetic terms, merged`, () => {
  test('each shard wrote a disjoint slice of the term pages, and no site-wide page', () => {
    // Each term's page is a folder (…/index.html) and its Markdown copy a file (<slug>.md), in the same shard.
    const slices = Array.from({ length: SHARDS }, (_, i) =>
      readdirSync(join(project.root, 'dist-shards', `${i + 1}-of-${SHARDS}`, 'glossary'), { withFileTypes: true }),
    );
    const pages = slices.map((s) =>
      s
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort(),
    );
    expect(pages.flat().sort()).toEqual(Array.from({ length: TERMS }, (_, i) => syntheticSlug(i)));
    for (const [i, slice] of slices.entries())
      expect(
        slice
          .filter((d) => d.isFile())
          .map((d) => d.name)
          .sort(),
      ).toEqual(pages[i].map((slug) => `${slug}.md`));
    for (const slice of pages) expect(slice.length).toBeGreaterThanOrEqual(Math.floor(TERMS / SHARDS));
    const shardRoot = readdirSync(join(project.root, 'dist-shards', `1-of-${SHARDS}`));
    for (const siteWide of ['index.html', '404.html', 'feed.xml', 'robots.txt', 'search', 'categories', 'activations'])
      expect(shardRoot).not.toContain(siteWide);
  });

  test('the same files as one build, outside the search index', () => {
    const outside = (list: string[]) => list.filter((f) => !f.startsWith('pagefind/'));
    expect(outside(files(merged))).toEqual(outside(files(whole)));
    expect(files(merged).some((f) => f.startsWith('pagefind/shards/'))).toBe(true);
  });

  test('every page and file byte for byte as one build, but the search page, which names the shards’ bundles', () => {
    const differing = files(whole)
      .filter((f) => !f.startsWith('pagefind/'))
      .filter((f) => !readFileSync(join(whole, f)).equals(readFileSync(join(merged, f))));
    expect(differing).toEqual(['search/index.html']);
    const strip = (html: string) =>
      html.replace(/<script type="application\/json" id="search-bundles">[^<]*<\/script>/, '');
    const mergedSearch = readFileSync(join(merged, 'search', 'index.html'), 'utf8');
    expect(mergedSearch).toContain(
      `id="search-bundles">${JSON.stringify(Array.from({ length: SHARDS - 1 }, (_, i) => `/pagefind/shards/${i + 2}/`))}<`,
    );
    expect(strip(mergedSearch)).toBe(readFileSync(join(whole, 'search', 'index.html'), 'utf8'));
  });

  describe('search', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    // Pagefind writes one index per run, with content-hashed file names; the shards' indexes are
    // merged in the browser (its multisite search), so the files cannot equal one run's. What must
    // be equal is what a search finds.
    // A word found in one shard only ("SU75", "79") must not make the other shards fall back to a
    // shorter word ("su7", "7") or drop it from the query.
    const last = TERMS - 1;
    const middle = Math.floor(TERMS / 2);
    test.each([syntheticName(last), syntheticName(middle), 'unit', 'gradient', 'SU7', `SU${last}`, `SU${middle}`])(
      '"%s" finds the same pages in all three sites',
      async (query) => {
        const [one, sharded, inParts] = await Promise.all(
          [whole, merged, parted].map((s) => searchUrls(browser, s, query)),
        );
        expect(one.length).toBeGreaterThan(0);
        expect([...sharded].sort()).toEqual([...one].sort());
        expect([...inParts].sort()).toEqual([...one].sort());
      },
    );

    /** What the search page shows for a query: its message ("11 results for …") and the first result's link. */
    async function searchPage(site: string, query: string): Promise<{ message: string; first: string | null }> {
      const server = await serveDir(site);
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('.pagefind-ui__result-link');
        const message = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
        const first = await page
          .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
          .first()
          .getAttribute('href');
        return { message, first };
      } finally {
        await page.close();
        await server.close();
      }
    }

    // The search page ranks with its own options and puts a term whose name or alias is the query
    // first; the merged page must show the same count (the shards' vocabulary records are never
    // results) and the same first result.
    test.each([
      [syntheticName(last), last],
      [syntheticName(middle), middle],
      [`SU${last}`, last],
      [`SU${middle}`, middle],
      ['SU7', 7],
    ])('the search page shows the same count and first result for "%s" in both sites', async (query, i) => {
      const [one, sharded, inParts] = await Promise.all([whole, merged, parted].map((s) => searchPage(s, query)));
      expect(one.first).toBe(`/glossary/${syntheticSlug(i)}/`);
      expect(sharded).toEqual(one);
      expect(inParts).toEqual(one);
    });

    test('the search page merges every shard: a term of the last shard is the first result', async () => {
      const server = await serveDir(merged);
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(syntheticName(last))}`);
        await page.waitForSelector('.pagefind-ui__result-link');
        const first = await page
          .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
          .first()
          .getAttribute('href');
        expect(first).toBe(`/glossary/${syntheticSlug(last)}/`);
      } finally {
        await page.close();
        await server.close();
      }
    });
  });

  test('a site indexed in parts: its pages are one build’s, and its search page merges exactly the bundles written', () => {
    const outside = (list: string[]) => list.filter((f) => !f.startsWith('pagefind/'));
    expect(outside(files(parted))).toEqual(outside(files(whole)));
    const differing = outside(files(whole)).filter(
      (f) => !readFileSync(join(whole, f)).equals(readFileSync(join(parted, f))),
    );
    expect(differing).toEqual(['search/index.html']);
    const written = readdirSync(join(parted, 'pagefind', 'parts'))
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => `/pagefind/parts/${k}/`);
    expect(written.length).toBeGreaterThanOrEqual(2);
    for (const bundle of written) expect(readdirSync(join(parted, bundle))).toContain('pagefind-entry.json');
    const listed = /id="search-bundles">([^<]*)</.exec(readFileSync(join(parted, 'search', 'index.html'), 'utf8'));
    expect(JSON.parse(listed![1])).toEqual(written);
    // Each part holds its own pages, plus the vocabulary record: the parts' page counts add up to one build's.
    const pageCount = (bundle: string) =>
      (
        JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        }
      ).languages.en.page_count;
    const parts = [join(parted, 'pagefind'), ...written.map((b) => join(parted, b))];
    expect(parts.reduce((n, b) => n + pageCount(b) - 1, 0)).toBe(pageCount(join(whole, 'pagefind')));
  });

  test('a merge with a shard missing stops, names it, and leaves the site untouched', () => {
    const before = treeHash(merged);
    rmSync(join(project.root, 'dist-shards', `3-of-${SHARDS}`), { recursive: true });
    const merge = project.run('scripts/build.ts', ['--merge']);
    expect(merge.status).not.toBe(0);
    expect(merge.stderr).toContain(`Shard 3-of-${SHARDS} missing in dist-shards/`);
    expect(treeHash(merged)).toBe(before);
  });
});
