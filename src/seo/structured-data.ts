import type { TermView } from '../content/term-view';

/** The schema.org objects a term page carries, with absolute URLs built from `site`. */
export interface SiteInfo {
  site: URL;
  name: string;
}

const abs = (site: URL, path: string) => new URL(path, site).href;

/** The glossary as a DefinedTermSet, described on /glossary/. */
export function definedTermSet({ site, name }: SiteInfo, termCount?: number): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': `${abs(site, '/glossary/')}#glossary`,
    name,
    url: abs(site, '/glossary/'),
    description: `A glossary of machine-learning terms${termCount ? ` (${termCount} terms)` : ''}, with formulas, computed plots and primary sources.`,
  };
}

/** DefinedTerm + BreadcrumbList + FAQPage for one term page. */
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
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': `${abs(info.site, '/glossary/')}#glossary`, name: info.name, url: abs(info.site, '/glossary/') },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: abs(info.site, '/') },
        { '@type': 'ListItem', position: 2, name: view.category.name, item: abs(info.site, view.category.url) },
        { '@type': 'ListItem', position: 3, name: view.term, item: url },
      ],
    },
    {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: view.faq.map((f) => ({
        '@type': 'Question',
        name: f.question,
        acceptedAnswer: { '@type': 'Answer', text: f.answerText },
      })),
    },
  ];
}
