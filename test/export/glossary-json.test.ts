import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContentModel } from '../../src/glossary/model';
import { glossaryJson, glossaryJsonSchemaDocument, GLOSSARY_JSON_VERSION } from '../../src/export/glossary-json';
import { termSchema } from '../../src/schema';
import { activations, propertiesOf } from '../../src/kernel';
import { formatSignificant } from '../../src/markdown/computed-values';

const SITE = 'https://glossary.test';
const { index } = loadContentModel('.');
const doc = glossaryJson(index, { site: SITE, updatedOf: () => new Date('2026-03-04T00:00:00Z') });
// What a consumer reads: the JSON text, not our objects.
const json = JSON.parse(JSON.stringify(doc)) as typeof doc;
const schema = glossaryJsonSchemaDocument(SITE);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('glossary.json', () => {
  test('validates against its own JSON Schema with a strict draft 2020-12 validator', () => {
    const validate = validator();
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test.each([
    ['a source URL that is not a URL', (d: typeof json) => (d.terms[0].data.sources[0].url = 'not a url')],
    [
      'a term without a definition',
      (d: typeof json) => delete (d.terms[0].data as { shortDefinition?: string }).shortDefinition,
    ],
    ['an unknown frontmatter field', (d: typeof json) => Object.assign(d.terms[0].data, { colour: 'red' })],
    ['another schema version', (d: typeof json) => Object.assign(d, { schemaVersion: '2.0.0' })],
    ['a slug that is not kebab-case', (d: typeof json) => (d.terms[0].slug = 'Not A Slug')],
  ])('the schema refuses %s', (_, breakIt) => {
    const broken = structuredClone(json);
    breakIt(broken);
    expect(validator()(broken)).toBe(false);
  });

  test('names its schema and version, and the schema carries the same version', () => {
    expect(json.$schema).toBe(`${SITE}/glossary.schema.json`);
    expect(json.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(schema.$id).toBe(json.$schema);
    const props = schema.properties as Record<string, { const?: string }>;
    expect(props.schemaVersion.const).toBe(GLOSSARY_JSON_VERSION);
    expect(json.schemaVersion).toBe(GLOSSARY_JSON_VERSION);
  });

  test('describes every field, those of a term with their doc comments in src/schema/', () => {
    const terms = schema.properties as Record<string, { items: { properties: Record<string, unknown> } }>;
    const data = terms.terms.items.properties.data as { properties: Record<string, { description?: string }> };
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, prop] of Object.entries(props ?? {})) {
        if (!prop.description) undescribed.push(`${path}.${key}`);
        walk(prop, `${path}.${key}`);
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'properties') walk(value, path);
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
    expect(data.properties.shortDefinition.description).toBe(
      'One or two sentences that answer "what is it" on their own; inline Markdown and `$math$`.',
    );
  });

  test('holds every published term once, with absolute URLs to its page and its Markdown', () => {
    expect(json.terms.map((t) => t.slug).sort()).toEqual(index.terms.map((t) => t.slug).sort());
    for (const t of json.terms) {
      expect(t.url).toBe(`${SITE}/glossary/${t.slug}/`);
      expect(t.markdownUrl).toBe(`${SITE}/glossary/${t.slug}.md`);
    }
    expect(json.categories.map((c) => c.slug)).toEqual(index.categories.map((c) => c.slug));
  });

  test("each term's data is its source of truth: the term schema reads it back to the file's parsed data", () => {
    for (const t of json.terms) {
      const record = index.bySlug.get(t.slug)!;
      expect(termSchema.parse(t.data), t.slug).toEqual(record.data);
      expect(t.body).toBe(record.body);
    }
  });

  test('computed values are answered with the kernel’s float64 number and the text the page prints', () => {
    const gelu = json.terms.find((t) => t.slug === 'gelu')!;
    const min = gelu.computedValues.find((c) => c.query === '=min(gelu) ~2');
    const exact = propertiesOf('gelu').minimum!.value;
    expect(min).toEqual({ query: '=min(gelu) ~2', value: exact, text: formatSignificant(exact, 2) });
    // Every query written in a term's Markdown is answered, and nothing else is listed.
    for (const t of json.terms) {
      const written = new Set(
        [JSON.stringify(t.data), t.body].flatMap((s) => [...s.matchAll(/`(=[^`]+)`/g)].map((m) => m[1])),
      );
      expect(new Set(t.computedValues.map((c) => c.query)), t.slug).toEqual(written);
    }
  });

  test('plain text and formulas: no TeX in the plain definition, the kernel formula where the term writes none', () => {
    for (const t of json.terms) expect(t.shortDefinitionText, t.slug).not.toMatch(/\$|\\[a-z]+/);
    const relu = json.terms.find((t) => t.slug === 'relu')!;
    expect(relu.formula).toBe(relu.data.formula ?? activations.relu.tex);
  });
});
