import { describe, expect, test } from 'vitest';
import { Parser, Store, DataFactory } from 'n3';
import { loadContentModel } from '../../src/glossary/model';
import { glossarySkos, PREFIXES, skosIris } from '../../src/export/skos';
import { plainText } from '../../src/glossary/text';

const SITE = 'https://glossary.test';
const { index } = loadContentModel('.');
const turtle = glossarySkos(index, { site: SITE, updatedOf: () => new Date('2026-03-04T00:00:00Z') });
const store = new Store(new Parser({ format: 'text/turtle' }).parse(turtle));
const { namedNode } = DataFactory;
const skos = (local: string) => namedNode(PREFIXES.skos + local);
const a = namedNode(`${PREFIXES.rdf}type`);
const objects = (s: string, p: ReturnType<typeof skos>) => store.getObjects(namedNode(s), p, null);

describe('glossary.ttl (SKOS)', () => {
  test('parses as Turtle and holds one concept scheme with every term as a top concept', () => {
    const schemes = store.getSubjects(a, skos('ConceptScheme'), null).map((s) => s.value);
    expect(schemes).toEqual([skosIris.scheme(SITE)]);
    const concepts = store.getSubjects(a, skos('Concept'), null).map((s) => s.value);
    expect(concepts.sort()).toEqual(index.terms.map((t) => skosIris.concept(SITE, t.slug)).sort());
    expect(objects(schemes[0], skos('hasTopConcept'))).toHaveLength(index.terms.length);
  });

  test.each(index.terms.map((t) => t.slug))(
    '%s: one English prefLabel, its aliases, its plain definition, in the scheme',
    (slug) => {
      const t = index.bySlug.get(slug)!;
      const c = skosIris.concept(SITE, slug);
      const labels = objects(c, skos('prefLabel'));
      expect(labels.map((l) => [l.value, (l as { language?: string }).language])).toEqual([[t.data.term, 'en']]);
      expect(
        objects(c, skos('altLabel'))
          .map((l) => l.value)
          .sort(),
      ).toEqual([...t.data.aliases].sort());
      expect(objects(c, skos('definition')).map((l) => l.value)).toEqual([plainText(t.data.shortDefinition)]);
      expect(objects(c, skos('inScheme')).map((s) => s.value)).toEqual([skosIris.scheme(SITE)]);
    },
  );

  test('skos:related is stated both ways and only between concepts of the scheme', () => {
    const concepts = new Set(store.getSubjects(a, skos('Concept'), null).map((s) => s.value));
    const pairs = store.getQuads(null, skos('related'), null, null);
    expect(pairs.length).toBeGreaterThan(0);
    for (const q of pairs) {
      expect(concepts).toContain(q.object.value);
      expect(store.has(DataFactory.quad(q.object as never, skos('related'), q.subject as never))).toBe(true);
    }
    // Every related term an editor listed is there.
    for (const t of index.terms)
      for (const r of t.data.related)
        expect(objects(skosIris.concept(SITE, t.slug), skos('related')).map((o) => o.value)).toContain(
          skosIris.concept(SITE, r),
        );
  });

  test('each category is a collection of exactly its terms', () => {
    for (const c of index.categories) {
      const members = objects(skosIris.collection(SITE, c.slug), skos('member')).map((m) => m.value);
      expect(members.sort()).toEqual(
        index.terms
          .filter((t) => t.data.category === c.slug)
          .map((t) => skosIris.concept(SITE, t.slug))
          .sort(),
      );
    }
  });
});
