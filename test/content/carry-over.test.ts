// Which pages a rebuild may take from the previous site (src/glossary/carry-over.ts). The whole-site
// proof, a rebuild that carried pages over giving the site a cold build gives, is in
// test/site/incremental-rebuild.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  carriedItems,
  forgetSite,
  itemFiles,
  manifestPath,
  pageInputs,
  pairItem,
  placeCarried,
  recordSite,
  termItem,
} from '../../src/glossary/carry-over';
import { edited, glossaryOf, HARDTANH, SOFTSIGN } from '../helpers/content-folder';

const SITE = 'https://glossary.example.org';
const base = () => glossaryOf({ softsign: SOFTSIGN, hardtanh: HARDTANH });
const PAIR = pairItem('/compare/hardtanh-vs-softsign/');

/** Items whose inputs differ between two maps. */
function changed(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  return [...a.keys()].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe('the inputs of a page', () => {
  const before = pageInputs(base(), SITE);

  test('one item per term and per compare page', () => {
    expect([...before.keys()].sort()).toEqual([PAIR, termItem('hardtanh'), termItem('softsign')]);
  });

  test('the same content gives the same inputs', () => {
    expect(changed(before, pageInputs(base(), SITE))).toEqual([]);
  });

  test("a body edit changes only that term's pages: no other page shows a body", () => {
    const after = pageInputs(
      glossaryOf({ softsign: edited(SOFTSIGN, {}, `${SOFTSIGN.body}\nOne more sentence.\n`), hardtanh: HARDTANH }),
      SITE,
    );
    expect(changed(before, after)).toEqual([termItem('softsign')]);
  });

  test('a frontmatter edit changes every page: other pages show names, definitions, plots and relations', () => {
    const definition = `${String(HARDTANH.data.shortDefinition)} It is cheap to compute.`;
    const after = pageInputs(
      glossaryOf({ softsign: SOFTSIGN, hardtanh: edited(HARDTANH, { shortDefinition: definition }) }),
      SITE,
    );
    expect(changed(before, after)).toEqual([PAIR, termItem('hardtanh'), termItem('softsign')]);
  });

  test("another site URL changes every page (canonical links, the Markdown copies' links)", () => {
    expect(changed(before, pageInputs(base(), 'https://other.example.org'))).toHaveLength(3);
  });
});

describe('carrying pages over', () => {
  const root = mkdtempSync(join(tmpdir(), 'glossary-carry-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const site = join(root, 'dist');
  const inputs = new Map([
    [termItem('gelu'), 'a'],
    [termItem('relu'), 'b'],
    [pairItem('/compare/gelu-vs-relu/'), 'c'],
  ]);
  for (const key of inputs.keys())
    for (const path of itemFiles(key)) {
      mkdirSync(join(site, dirname(path)), { recursive: true });
      writeFileSync(join(site, path), `${path}\n`);
    }
  const manifest = manifestPath('dist', root);

  test("an item's files: a term's page and Markdown copy, a pair's page and its reverse address", () => {
    expect(itemFiles(termItem('gelu'))).toEqual(['glossary/gelu/index.html', 'glossary/gelu.md']);
    expect(itemFiles(pairItem('/compare/gelu-vs-relu/'))).toEqual([
      'compare/gelu-vs-relu/index.html',
      'compare/relu-vs-gelu/index.html',
    ]);
  });

  test('nothing is carried before a build has recorded the site', () => {
    expect(carriedItems(inputs, site, manifest)).toEqual([]);
  });

  test('a recorded site: every item with the same inputs is carried; one with other inputs is not', () => {
    recordSite(site, { inputs: [...inputs], carried: [] }, root);
    expect(carriedItems(inputs, site, manifest).sort()).toEqual([...inputs.keys()].sort());
    const edited = new Map(inputs).set(termItem('relu'), 'b2');
    expect(carriedItems(edited, site, manifest)).not.toContain(termItem('relu'));
    expect(carriedItems(edited, site, manifest)).toHaveLength(2);
  });

  test('a file rewritten since (same bytes, new modification time) or deleted is not carried', () => {
    recordSite(site, { inputs: [...inputs], carried: [] }, root);
    const page = join(site, 'glossary', 'gelu', 'index.html');
    const bytes = readFileSync(page);
    const later = new Date(statSync(page).mtimeMs + 5000);
    writeFileSync(page, bytes);
    // Some file systems keep a coarse clock: move the time on explicitly.
    utimesSync(page, later, later);
    expect(carriedItems(inputs, site, manifest)).not.toContain(termItem('gelu'));
    rmSync(join(site, 'compare', 'relu-vs-gelu'), { recursive: true });
    expect(carriedItems(inputs, site, manifest)).toEqual([termItem('relu')]);
  });

  test('carried files are hard links into the new site (no bytes copied), and a new site is carried from next time', () => {
    recordSite(site, { inputs: [...inputs], carried: [] }, root);
    const next = join(root, 'staging');
    expect(placeCarried([termItem('relu')], site, next)).toBe(2);
    for (const path of itemFiles(termItem('relu'))) {
      expect(readFileSync(join(next, path))).toEqual(readFileSync(join(site, path)));
      expect(statSync(join(next, path)).ino).toBe(statSync(join(site, path)).ino);
    }
  });

  test('a build that records nothing (a merge) makes the next build render every page', () => {
    recordSite(site, { inputs: [...inputs], carried: [] }, root);
    forgetSite(site, root);
    expect(carriedItems(inputs, site, manifest)).toEqual([]);
  });
});
