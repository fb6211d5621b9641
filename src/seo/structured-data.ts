import type { TermView } from '../glossary/term-view';
import { GLOSSARY_URL } from '../glossary/urls';

/** The schema.org objects a term page carries, with absolute URLs built from `site`. */
export interface SiteInfo {
  site: URL;
  name: string;
}

const abs = (site: URL, path: string) => new URL(path, site).href;

/** The glossary as a DefinedTermSet listing its terms, described on /glossary/. */
export function definedTermSet(
  { site, name }: SiteInfo,
  terms: { term: string; url: string }[],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': `${abs(site, GLOSSARY_URL)}#glossary`,
    name,
    url: abs(site, GLOSSARY_URL),
    description: `A glossary of machine-learning terms (${terms.length} terms), with formulas, computed plots and primary sources.`,
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': `${abs(site, t.url)}#term`,
      name: t.term,
      url: abs(site, t.url),
    })),
  };
}

/** The site as a WebSite, on the home page, with its search. */
export function webSite(site: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${abs(site, '/')}#website`,
    name: 'Glossary',
    url: abs(site, '/'),
    description: 'Machine-learning terms defined exactly, with formulas, computed plots and primary sources.',
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${abs(site, '/search/')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * The BreadcrumbList of a visible breadcrumb trail: every item with a link is a ListItem with
 * its URL; the last (current page) takes the page's own URL.
 */
export function breadcrumbList(
  site: URL,
  items: { label: string; href?: string }[],
  currentPath: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: abs(site, item.href ?? currentPath),
    })),
  };
}

/** DefinedTerm + FAQPage for one term page (its BreadcrumbList comes with the visible trail, from Breadcrumbs.astro). */
export function termStructuredData(view: TermView, info: SiteInfo): Record<string, unknown>[] {
  const url = abs(info.site, view.url);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      '@id': `${url}#term`,
      name: view.term,
      ...(view.aliases.length ? { alternateName: view.aliases } : {}),
      description: view.shortDefinitionText,
      url,
      termCode: view.slug,
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        '@id': `${abs(info.site, GLOSSARY_URL)}#glossary`,
        name: info.name,
        url: abs(info.site, GLOSSARY_URL),
      },
    },
    ...(view.faq.length
      ? [
          {
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            mainEntity: view.faq.map((f) => ({
              '@type': 'Question',
              name: f.question,
              acceptedAnswer: { '@type': 'Answer', text: f.answerText },
            })),
          },
        ]
      : []),
  ];
}
