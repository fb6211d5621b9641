import { termUrl } from '../glossary/records';

/**
 * The absolute URL of a site path, for data read away from the site (JSON, RDF, llms.txt).
 * @example absoluteUrl('https://glossary.example.org', '/glossary/gelu/') // 'https://glossary.example.org/glossary/gelu/'
 */
export const absoluteUrl = (site: string | URL, path: string): string => new URL(path, site).href;

/**
 * Site path of a term's Markdown page.
 * @example markdownUrl('gelu') // '/glossary/gelu.md'
 */
export const markdownUrl = (slug: string): string => `${termUrl(slug).slice(0, -1)}.md`;

/**
 * A date as the day it names, `YYYY-MM-DD` (term dates are UTC midnights).
 * @example isoDay(new Date('2026-11-02T00:00:00Z')) // '2026-11-02'
 */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Site paths of the whole-glossary data files, one endpoint each. */
export const DATA_FILES = {
  json: '/glossary.json',
  jsonSchema: '/glossary.schema.json',
  skos: '/glossary.ttl',
  llms: '/llms.txt',
  llmsFull: '/llms-full.txt',
} as const;
