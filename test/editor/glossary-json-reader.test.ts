import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadContentModel } from '../../src/glossary/model';
import { glossaryJson } from '../../src/export/glossary-json';
import { isGlossaryJson, readGlossaryJson } from '../../src/editor/formats/glossary-json';
import { splitTermSource } from '../../src/glossary/read-source';
import { termSchema } from '../../src/schema';

const { index } = loadContentModel('.');
const doc = glossaryJson(index, { site: 'https://glossary.test', updatedOf: () => new Date('2026-03-04T00:00:00Z') });
const text = JSON.stringify(doc);
const withDoc = (change: (d: Record<string, unknown> & typeof doc) => void) => {
  const d = structuredClone(doc) as Record<string, unknown> & typeof doc;
  change(d);
  return JSON.stringify(d);
};

describe('reading glossary.json back into term files', () => {
  test('every term file it makes parses to the same data and body as the original', () => {
    const files = readGlossaryJson(text, 'glossary.json');
    expect(files.map((f) => f.slug).sort()).toEqual(index.terms.map((t) => t.slug).sort());
    for (const f of files) {
      const split = splitTermSource(`content/terms/${f.slug}.mdx`, f.source);
      expect(split.issues, f.slug).toEqual([]);
      expect(termSchema.parse(split.frontmatter), f.slug).toEqual(index.bySlug.get(f.slug)!.data);
      expect(split.body.trim(), f.slug).toBe(index.bySlug.get(f.slug)!.body!.trim());
    }
  });

  test('fields left at an empty default are not written', () => {
    const [file] = readGlossaryJson(text, 'glossary.json', { term: 'binary-step' });
    const front = parseYaml(file.source.split('---\n')[1]) as Record<string, unknown>;
    for (const key of ['seo', 'constants', 'aliases', 'related', 'comparisons', 'implementations'])
      if (key in front) expect(front[key], key).not.toEqual(key === 'seo' ? {} : []);
  });

  test.each([['GELU'], ['gelu'], ['  gelu ']])('--term %j picks one term by name or slug', (term) => {
    expect(readGlossaryJson(text, 'glossary.json', { term }).map((f) => f.slug)).toEqual(['gelu']);
  });

  test('an unknown --term names what the file holds', () => {
    expect(() => readGlossaryJson(text, 'glossary.json', { term: 'Swishh' })).toThrow(
      /has no term "Swishh" \(by slug or name\); it holds 80: activation-function/,
    );
  });

  test('only the source of truth is read: derived fields and fields of a later minor version are ignored', () => {
    const changed = withDoc((d) => {
      Object.assign(d, { schemaVersion: '1.9.0' });
      d.terms[0].shortDefinitionText = 'stale';
      (d.terms[0] as Record<string, unknown>).addedLater = { x: 1 };
    });
    const [file] = readGlossaryJson(changed, 'glossary.json', { term: doc.terms[0].slug });
    expect(file.source).toBe(readGlossaryJson(text, 'glossary.json', { term: doc.terms[0].slug })[0].source);
  });

  test.each([
    ['not JSON', '{"schemaVersion": ', /is not valid JSON/],
    [
      'another major version',
      withDoc((d) => Object.assign(d, { schemaVersion: '2.0.0' })),
      /is glossary.json format 2\.0\.0; this importer reads 1\.x/,
    ],
    ['no terms list', '{"schemaVersion":"1.0.0"}', /is not a glossary.json export: terms: /],
    [
      'a bad field, named with its place',
      withDoc((d) => (d.terms[3].data.sources[0].url = 'javascript:alert(1)')),
      new RegExp(`terms\\[3\\] \\(${doc.terms[3].slug}\\) data\\.sources\\[0\\]\\.url: must be an http\\(s\\) address`),
    ],
    [
      'a repeated slug',
      withDoc((d) => (d.terms[1].slug = d.terms[0].slug)),
      /terms\[1\] \(.+\): repeats the slug of terms\[0\]/,
    ],
  ])('refuses %s with a message that says where and what to do', (_, input, message) => {
    expect(() => readGlossaryJson(input, 'glossary.json')).toThrow(message);
  });

  test('tells a glossary.json from the other JSON the importer reads', () => {
    expect(isGlossaryJson(text)).toBe(true);
    expect(isGlossaryJson('[{"data":1},["x"]]')).toBe(false); // a devalue payload
    expect(isGlossaryJson('not json')).toBe(false);
  });
});
