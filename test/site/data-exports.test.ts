import { existsSync, mkdtempSync, mkdirSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Parser } from 'n3';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { DIST, REPO_ROOT, loadPage, requireBuiltSite, resolves } from '../helpers/site';
import { loadContentModel, readGlossary } from '../../src/glossary/model';
import type { GlossaryJson } from '../../src/export/glossary-json';

// The data files as the build wrote them into dist/, read the way a consumer reads them.
beforeAll(requireBuiltSite);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = () => JSON.parse(read('glossary.json')) as GlossaryJson;
const sitePath = (url: string) => new URL(url).pathname;

describe('the glossary as data, in the built site', () => {
  test('glossary.json validates against the glossary.schema.json published beside it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read('glossary.schema.json')));
    const doc = json();
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(sitePath(doc.$schema)).toBe('/glossary.schema.json');
    expect(doc.terms.length).toBe(loadContentModel('.').index.terms.length);
  });

  test('every term page links its Markdown, which exists, and whose headings are the page’s headings', () => {
    for (const t of json().terms) {
      const $ = loadPage(`/glossary/${t.slug}/`);
      const alternate = $('link[rel="alternate"][type="text/markdown"]').attr('href');
      expect(alternate, t.slug).toBe(sitePath(t.markdownUrl));
      expect(resolves(alternate!), t.slug).toBe(true);
      const pageHeadings = $('article.term h2, article.term h3')
        .map((_, h) => `${h.tagName} ${$(h).text().trim()}`)
        .get();
      const mdHeadings: string[] = [];
      visit(unified().use(remarkParse).parse(read(alternate!)), 'heading', (h) => {
        if (h.depth > 1) mdHeadings.push(`h${h.depth} ${toString(h)}`);
      });
      expect(mdHeadings, t.slug).toEqual(pageHeadings);
    }
  });

  test('glossary.ttl parses as Turtle with one skos:Concept per term', () => {
    const quads = new Parser({ format: 'text/turtle' }).parse(read('glossary.ttl'));
    const concepts = quads.filter(
      (q) => q.predicate.value.endsWith('#type') && q.object.value === 'http://www.w3.org/2004/02/skos/core#Concept',
    );
    expect(concepts.map((q) => sitePath(q.subject.value)).sort()).toEqual(
      json()
        .terms.map((t) => sitePath(t.url))
        .sort(),
    );
  });

  test('every link of llms.txt resolves to a built file, and llms-full.txt exists', () => {
    const links = [...read('llms.txt').matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gm)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(json().terms.length);
    for (const url of links) expect(resolves(sitePath(url)), url).toBe(true);
    expect(read('llms-full.txt')).toMatch(/^# Glossary\n/);
  });

  test('the data files are not pages: the sitemap lists none of them', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('/glossary/gelu/');
    expect(sitemap).not.toMatch(/\.(md|json|ttl|txt)</);
  });
});

describe('npm run import reads the built glossary.json back without loss', () => {
  const root = mkdtempSync(join(tmpdir(), 'glossary-roundtrip-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const importInto = (dir: string) =>
    spawnSync(process.execPath, [tsx, 'scripts/import.ts', join(DIST, 'glossary.json'), '--root', dir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });

  test("a term whose file already exists is skipped with the reason; the editor's file is kept as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-existing-'));
    try {
      mkdirSync(join(dir, 'content', 'terms'), { recursive: true });
      cpSync(join(REPO_ROOT, 'content', 'categories.yaml'), join(dir, 'content', 'categories.yaml'));
      writeFileSync(join(dir, 'content', 'terms', 'relu.mdx'), "an editor's file");
      const run = importInto(dir);
      expect(run.status).toBe(1);
      // The summary table names the skipped file and why (the other terms are imported or skipped on their own merits).
      expect(run.stdout.replace(/\s+/g, ' ')).toContain('content/terms/relu.mdx already exists; not overwriting it');
      expect(readdirSync(join(dir, 'content', 'terms'))).toContain('relu.mdx');
      expect(readFileSync(join(dir, 'content', 'terms', 'relu.mdx'), 'utf8')).toBe("an editor's file");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('into an empty content folder: every term file parses to the data and body it was built from', () => {
    mkdirSync(join(root, 'content', 'terms'), { recursive: true });
    cpSync(join(REPO_ROOT, 'content', 'categories.yaml'), join(root, 'content', 'categories.yaml'));
    const run = importInto(root);
    expect(run.status, run.stderr).toBe(0);
    const original = loadContentModel(REPO_ROOT);
    const imported = readGlossary(root);
    expect(imported.issues).toEqual([]);
    expect(imported.index.terms.map((t) => t.slug)).toEqual(original.index.terms.map((t) => t.slug));
    for (const t of original.index.terms) {
      const back = imported.index.bySlug.get(t.slug)!;
      expect(back.data, t.slug).toEqual(t.data);
      expect(back.body!.trim(), t.slug).toBe(t.body!.trim());
    }
    expect(existsSync(join(root, 'content', 'terms', 'gelu.mdx'))).toBe(true);
  }, 120_000);
});
