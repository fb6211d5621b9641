// Builds the Pagefind index of a built site (term pages weight their term,
// aliases and definition above the body through data-pagefind-weight).
import * as pagefind from 'pagefind';

export async function indexSite(dir: string): Promise<number> {
  // KaTeX's MathML copy would put raw TeX into result excerpts.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.katex-mathml', 'svg', '.pager'] });
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  return added.page_count;
}
