import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary';
import { lastUpdated } from '../glossary/history';
import { termUrl } from '../glossary/urls';
import { plainText } from '../glossary/text';

/**
 * How many items the feed holds: the newest changes, as feed readers poll for them. Every term
 * would make the feed grow with the glossary (47 MB at 100,000 terms), fetched again on each poll;
 * the sitemap and the A–Z index list every term.
 */
const FEED_ITEMS = 50;

/** The newest new and updated terms, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const index = await loadGlossary();
  const items = index.terms
    .map((t) => ({ t, date: lastUpdated(t.file, t.data.updated) }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.t.slug.localeCompare(b.t.slug))
    .slice(0, FEED_ITEMS)
    .map(({ t, date }) => ({
      title: t.data.term,
      link: termUrl(t.slug),
      pubDate: date,
      description: plainText(t.data.shortDefinition),
      categories: [index.categoryBySlug.get(t.data.category)?.data.name ?? t.data.category],
    }));
  // lastBuildDate is when the content last changed (the newest item), not the build time.
  const newest = items[0]?.pubDate ?? new Date(0);
  return rss({
    title: 'Glossary: machine-learning terms',
    description: 'New and updated terms: precise definitions with formulas, computed plots and sources.',
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${new URL('/feed.xml', site).href}" rel="self" type="application/rss+xml"/><lastBuildDate>${newest.toUTCString()}</lastBuildDate><language>en</language>`,
    items,
  });
};
