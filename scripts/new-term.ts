// npm run new -- "Leaky ReLU" [--slug leaky-relu] [--force]
// → content/terms/leaky-relu.mdx with every field, as TODO placeholders.
import { parseArgs } from 'node:util';
import { readCategorySource } from '../src/glossary/source-files';
import { scaffoldTerm } from '../src/editor/scaffold';
import { termSlug, writeTermFile } from '../src/editor/term-file';

const USAGE = 'Usage: npm run new -- "Term name" [--slug slug] [--force]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
} catch (error) {
  console.error(`✗ ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
// Words after `--` are one name, quoted or not: npm run new -- Leaky ReLU.
const name = parsed.positionals.join(' ').trim();
if (!name) {
  console.error(USAGE);
  process.exit(2);
}
try {
  if (name.length > 60)
    throw new Error(
      `the term name is ${name.length} characters; a term name has at most 60 (put longer names in aliases)`,
    );
  const slug = termSlug(name, parsed.values.slug);
  const { file, backup } = writeTermFile('.', slug, scaffoldTerm(name, Object.keys(readCategorySource('.'))), {
    force: parsed.values.force,
  });
  console.log(
    `Created ${file}${backup ? ` (the previous file is kept as ${backup})` : ''}. Replace every TODO, then run npm run check.`,
  );
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
