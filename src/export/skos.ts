import { DataFactory, Writer, type Quad_Object, type Quad_Predicate, type Quad_Subject } from 'n3';
import { type GlossaryIndex, type TermRecord } from '../glossary/records';
import { plainText } from '../glossary/text';
import { absoluteUrl, isoDay } from './urls';
import { categoryUrl, GLOSSARY_URL, termUrl, markdownUrl } from '../glossary/urls';
import { GLOSSARY_DESCRIPTION, GLOSSARY_NAME } from './site-info';

const { namedNode, literal, quad } = DataFactory;

export const PREFIXES = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  foaf: 'http://xmlns.com/foaf/0.1/',
} as const;

const iri = (prefix: keyof typeof PREFIXES, local: string) => namedNode(PREFIXES[prefix] + local);
const en = (text: string) => literal(text, 'en');
const date = (d: Date) => literal(isoDay(d), iri('xsd', 'date'));

/**
 * The IRIs of the export. A term is the same resource as the page's JSON-LD DefinedTerm
 * (`<page>#term`) and the scheme is its DefinedTermSet (`/glossary/#glossary`), so the two
 * descriptions of one glossary name the same things.
 */
export const skosIris = {
  scheme: (site: string | URL) => `${absoluteUrl(site, GLOSSARY_URL)}#glossary`,
  concept: (site: string | URL, slug: string) => `${absoluteUrl(site, termUrl(slug))}#term`,
  collection: (site: string | URL, slug: string) => `${absoluteUrl(site, categoryUrl(slug))}#category`,
};

export interface SkosContext {
  site: string | URL;
  updatedOf: (record: TermRecord) => Date;
}

/**
 * `/glossary.ttl`: the glossary as a SKOS concept scheme in Turtle, the form thesaurus and
 * vocabulary tools import (Skosmos, VocBench, TemaTres, PoolParty). Each term is a
 * `skos:Concept` and a top concept of the scheme (the glossary has no hierarchy) with its
 * name (`prefLabel`), aliases (`altLabel`), plain-text definition, related terms (stated in
 * both directions, as SKOS defines `related` symmetric), sources and pages; each category is
 * a `skos:Collection` of its terms. Written with N3.js, which escapes every literal.
 */
export function glossarySkos(index: GlossaryIndex, context: SkosContext): string {
  const { site } = context;
  const writer = new Writer({ prefixes: PREFIXES });
  const scheme = namedNode(skosIris.scheme(site));
  const concept = (slug: string) => namedNode(skosIris.concept(site, slug));
  const add = (s: Quad_Subject, p: Quad_Predicate, o: Quad_Object) => writer.addQuad(quad(s, p, o));

  const updated = index.terms.map((t) => context.updatedOf(t));
  add(scheme, iri('rdf', 'type'), iri('skos', 'ConceptScheme'));
  add(scheme, iri('dcterms', 'title'), en(GLOSSARY_NAME));
  add(scheme, iri('dcterms', 'description'), en(GLOSSARY_DESCRIPTION));
  add(scheme, iri('foaf', 'homepage'), namedNode(absoluteUrl(site, '/')));
  if (updated.length)
    add(
      scheme,
      iri('dcterms', 'modified'),
      date(new Date(updated.reduce((newest, d) => Math.max(newest, d.getTime()), -Infinity))),
    );
  for (const t of index.terms) add(scheme, iri('skos', 'hasTopConcept'), concept(t.slug));

  const related = new Map<string, Set<string>>(index.terms.map((t) => [t.slug, new Set<string>()]));
  for (const t of index.terms)
    for (const other of t.data.related) {
      related.get(t.slug)!.add(other);
      related.get(other)?.add(t.slug);
    }

  index.terms.forEach((t, i) => {
    const c = concept(t.slug);
    add(c, iri('rdf', 'type'), iri('skos', 'Concept'));
    add(c, iri('skos', 'inScheme'), scheme);
    add(c, iri('skos', 'topConceptOf'), scheme);
    add(c, iri('skos', 'prefLabel'), en(t.data.term));
    for (const alias of t.data.aliases) add(c, iri('skos', 'altLabel'), en(alias));
    add(c, iri('skos', 'notation'), literal(t.slug));
    add(c, iri('skos', 'definition'), en(plainText(t.data.shortDefinition)));
    for (const other of [...related.get(t.slug)!].sort()) add(c, iri('skos', 'related'), concept(other));
    // As the URL parser writes it: percent-encoded, so no space or `>` can end the IRI early.
    for (const s of t.data.sources) add(c, iri('dcterms', 'source'), namedNode(new URL(s.url).href));
    add(c, iri('dcterms', 'modified'), date(updated[i]));
    add(c, iri('foaf', 'page'), namedNode(absoluteUrl(site, termUrl(t.slug))));
    add(c, iri('rdfs', 'seeAlso'), namedNode(absoluteUrl(site, markdownUrl(t.slug))));
  });

  for (const category of index.categories) {
    const col = namedNode(skosIris.collection(site, category.slug));
    add(col, iri('rdf', 'type'), iri('skos', 'Collection'));
    add(col, iri('skos', 'prefLabel'), en(category.data.name));
    add(col, iri('skos', 'definition'), en(plainText(category.data.description)));
    add(col, iri('foaf', 'page'), namedNode(absoluteUrl(site, categoryUrl(category.slug))));
    for (const t of index.terms)
      if (t.data.category === category.slug) add(col, iri('skos', 'member'), concept(t.slug));
  }

  let out = '';
  writer.end((error, result) => {
    if (error) throw error;
    out = result as string;
  });
  return out;
}
