// A small JSON-LD checker for the schema.org types this site writes. The maintained validator on
// npm (@adobe/structured-data-validator) needs schema.org's vocabulary fetched over the network at
// run time, which tests may not do, so the rules are written out here from the type pages on
// schema.org and Google's structured-data documentation (required properties marked there).

type Json = Record<string, unknown>;

/** Properties each type must have, and every property it may have (schema.org, including inherited Thing properties). */
const TYPES: Record<string, { required: string[]; allowed: string[] }> = {
  DefinedTerm: { required: ['name', 'url', 'inDefinedTermSet'], allowed: ['termCode', 'description', 'alternateName'] },
  DefinedTermSet: { required: ['name', 'url', 'hasDefinedTerm'], allowed: ['description'] },
  BreadcrumbList: { required: ['itemListElement'], allowed: [] },
  ListItem: { required: ['position', 'name', 'item'], allowed: [] },
  FAQPage: { required: ['mainEntity'], allowed: [] },
  Question: { required: ['name', 'acceptedAnswer'], allowed: [] },
  Answer: { required: ['text'], allowed: [] },
  WebSite: { required: ['name', 'url'], allowed: ['description', 'inLanguage', 'potentialAction'] },
  SearchAction: { required: ['target', 'query-input'], allowed: [] },
  EntryPoint: { required: ['urlTemplate'], allowed: [] },
};
const COMMON = ['@context', '@type', '@id'];

/** Problems in one JSON-LD value: unknown types, missing required or unknown properties, bad URLs, ListItem order. */
export function jsonLdProblems(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonLdProblems(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const node = value as Json;
  const out: string[] = [];
  const type = node['@type'];
  if (typeof type === 'string') {
    const rule = TYPES[type];
    if (!rule) out.push(`${path}: unknown @type ${type}`);
    else {
      // A reference to a node described elsewhere (only @type, @id, name, url) need not repeat it.
      const reference =
        typeof node['@id'] === 'string' && Object.keys(node).every((k) => [...COMMON, 'name', 'url'].includes(k));
      if (!reference)
        for (const p of rule.required)
          if (
            node[p] === undefined ||
            node[p] === '' ||
            (Array.isArray(node[p]) && (node[p] as unknown[]).length === 0)
          )
            out.push(`${path}: ${type} lacks required "${p}"`);
      for (const p of Object.keys(node))
        if (![...COMMON, ...rule.required, ...rule.allowed].includes(p))
          out.push(`${path}: ${type} has unknown property "${p}"`);
      if (type === 'BreadcrumbList') {
        const items = node.itemListElement as Json[];
        if (!items.every((it, i) => it.position === i + 1)) out.push(`${path}: ListItem positions are not 1, 2, 3…`);
      }
    }
  }
  if ('@context' in node && node['@context'] !== 'https://schema.org')
    out.push(`${path}: @context is not https://schema.org`);
  for (const key of ['url', 'item', '@id'])
    if (typeof node[key] === 'string' && !/^https:\/\/[^\s]+$/.test(node[key] as string))
      out.push(`${path}.${key}: not an absolute https URL`);
  for (const [k, v] of Object.entries(node)) if (typeof v === 'object') out.push(...jsonLdProblems(v, `${path}.${k}`));
  return out;
}
