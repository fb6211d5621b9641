// Renders the 1200×630 sharing cards of every term into <outDir>/og/, outside Astro.
// scripts/build.ts runs it as a separate process beside `astro build`, so the ~30 ms
// of rasterising per card runs on the second core instead of lengthening the build.
// Usage: tsx scripts/og-images.ts <outDir> [root]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchemas } from '../src/checks/schema';
import { makeIndex } from '../src/content/records';
import { readCategorySource, readTermSources } from '../src/content/source-files';
import { cachedOgImage } from '../src/seo/og-cache';
import { ogImagePath, SITE_OG_IMAGE, siteCard, termCard } from '../src/seo/og-cards';
import { writePairCards } from '../src/seo/pair-cards';

const [outDir, root = '.'] = process.argv.slice(2);
if (!outDir) {
  console.error('Usage: tsx scripts/og-images.ts <outDir> [root]');
  process.exit(2);
}
// Content problems are reported by the build itself; cards are drawn for every valid term.
const schema = checkSchemas(readTermSources(root), readCategorySource(root));
const index = makeIndex(schema.terms, schema.categories);
mkdirSync(join(outDir, 'og'), { recursive: true });
writeFileSync(join(outDir, SITE_OG_IMAGE), await cachedOgImage(siteCard()));
for (const t of index.terms) writeFileSync(join(outDir, ogImagePath(t.slug)), await cachedOgImage(termCard(t, index)));
const pairCards = await writePairCards(index, outDir);
console.log(`${index.terms.length + 1 + pairCards} sharing cards written`);
