// npm run import -- <file.json|file.md> [--term "Name"] [--slug slug] [--root dir]
// Imports a glossary payload (devalue-flattened JSON, as Nuxt serialises a term page) or a
// Markdown article with TeX into a new content/terms/<slug>.mdx. Never overwrites a file.
import { readFileSync } from 'node:fs';
import { checkSchemas } from '../src/checks/schema';
import { makeIndex } from '../src/content/records';
import { readCategorySource, readTermSources } from '../src/content/source-files';
import { articleToTerm } from '../src/editor/import-article';
import { payloadToTerm, readPayload } from '../src/editor/import-payload';
import { termFileSource, writeNewTermFile } from '../src/editor/term-file';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const input = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const root = opt('--root') ?? '.';
if (!input) {
  console.error('Usage: npm run import -- <payload.json | article.md> [--term "Name"] [--slug slug]');
  process.exit(2);
}
try {
  const text = readFileSync(input, 'utf8');
  const schema = checkSchemas(readTermSources(root), readCategorySource(root));
  const index = makeIndex(schema.terms, schema.categories);
  const imported = input.endsWith('.json') ? payloadToTerm(readPayload(text), index) : articleToTerm(text, opt('--term'));
  const file = writeNewTermFile(root, opt('--slug') ?? imported.slug, termFileSource(imported.frontmatter, imported.body));
  console.log(`Imported ${input} → ${file}`);
  for (const n of imported.notes) console.log(`  note: ${n}`);
  console.log('Next: npm run check');
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
