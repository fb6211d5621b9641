import { checkSchemas } from './src/checks/schema';
import { makeIndex } from './src/content/records';
import { readCategorySource, readTermSources } from './src/content/source-files';
import { pairPages, comparePairs } from './src/content/compare';
import { buildPairView } from './src/content/pair-view';
const schema = checkSchemas(readTermSources('.'), readCategorySource('.'));
const index = makeIndex(schema.terms, schema.categories);
console.log(comparePairs(index).length, pairPages(index).length);
for (const p of pairPages(index)) { const v = buildPairView(p); console.log('\n##', v.url, v.title.length, v.title, '\nD', v.description.length, v.description); for (const f of v.facts) console.log(' -', f); console.log(v.rows.slice(6).map(r=>r.join(' | ')).join('\n')); }
