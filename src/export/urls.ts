/**
 * The absolute URL of a site path, for data read away from the site (JSON, RDF, llms.txt).
 * @example absoluteUrl('https://glossary.example.org', '/glossary/gelu/') // 'https://glossary.example.org/glossary/gelu/'
 */
export const absoluteUrl = (site: string | URL, path: string): string => new URL(path, site).href;

/**
 * A date as the day it names, `YYYY-MM-DD` (term dates are UTC midnights).
 * @example isoDay(new Date('2026-11-02T00:00:00Z')) // '2026-11-02'
 */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
