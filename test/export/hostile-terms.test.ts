import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Parser } from 'n3';
import { loadContentModel } from '../../src/glossary/model';
import { makeIndex, type TermRecord } from '../../src/glossary/records';
import { termSchema } from '../../src/schema';
import { glossaryJson, glossaryJsonSchemaDocument } from '../../src/export/glossary-json';
import { glossarySkos, skosIris } from '../../src/export/skos';
import { llmsTxt } from '../../src/export/llms-txt';
import { termMarkdown } from '../../src/export/term-markdown';
import { readGlossaryJson } from '../../src/editor/formats/glossary-json';

// Text that ends strings, IRIs, links and table cells in the formats written here.
const NASTY = 'a "quote" \\ back\\slash | pipe ] bracket ) paren > angle <b>tag</b> """ triple \u2028 line';
const model = loadContentModel('.');
const base = model.index.bySlug.get('gelu')!;
const data = termSchema.parse({
  ...structuredClone({ ...base.data, updated: undefined }),
  term: 'GELU "x" | ] )',
  aliases: [NASTY.slice(0, 90)],
  faq: [{ question: `Why ${NASTY}?`, answer: `Because ${NASTY}.` }],
  sources: [{ ...base.data.sources[0], title: NASTY, url: "https://example.org/a'b(c)*;=%20d?e=[f]#g" }],
});
const hostile: TermRecord = { ...base, data, bodyTree: undefined };
const index = makeIndex(
  model.index.terms.map((t) => (t.slug === 'gelu' ? hostile : t)),
  [...model.index.categories],
);
const site = 'https://glossary.test';
const updatedOf = () => new Date('2026-03-04T00:00:00Z');

describe('hostile text in a term survives every export', () => {
  test('glossary.json: valid against its schema, and read back to the same data', () => {
    const doc = JSON.parse(JSON.stringify(glossaryJson(index, { site, updatedOf })));
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    expect(ajv.validate(glossaryJsonSchemaDocument(site), doc)).toBe(true);
    const [file] = readGlossaryJson(JSON.stringify(doc), 'glossary.json', { term: 'gelu' });
    expect(file.name).toBe(data.term);
    expect(file.source).toContain("https://example.org/a'b(c)*;=%20d?e=[f]#g");
  });

  test('a source URL must be a URI in the strict sense, the JSON Schema’s `format: uri`', () => {
    const result = termSchema.safeParse({
      ...base.data,
      sources: [{ ...base.data.sources[0], url: 'https://a.org/x y' }],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(/percent-encode spaces/)]);
  });

  test('glossary.ttl: still Turtle, with the labels exact and the source IRI as written', () => {
    const quads = new Parser().parse(glossarySkos(index, { site, updatedOf }));
    const about = quads.filter((q) => q.subject.value === skosIris.concept(site, 'gelu'));
    expect(about.find((q) => q.predicate.value.endsWith('#prefLabel'))!.object.value).toBe(data.term);
    expect(about.find((q) => q.predicate.value.endsWith('#altLabel'))!.object.value).toBe(data.aliases[0]);
    expect(about.find((q) => q.predicate.value.endsWith('/source'))!.object.value).toBe(
      "https://example.org/a'b(c)*;=%20d?e=[f]#g",
    );
  });

  test('Markdown and llms.txt: the link lines and headings keep their shape', () => {
    const md = termMarkdown(hostile, index, { site, updated: updatedOf() });
    expect(md.split('\n')[0]).toMatch(/^# GELU "x" \\?\| \\?\] \)$/);
    const line = llmsTxt(index, { site, updatedOf })
      .split('\n')
      .find((l) => l.includes('/glossary/gelu.md'))!;
    expect(line).toMatch(/^- \[.+\]\(https:\/\/glossary\.test\/glossary\/gelu\.md\): /);
  });
});
