// npm run new -- "Leaky ReLU"   → content/terms/leaky-relu.mdx with every field, as TODO placeholders.
import { readCategorySource } from '../src/content/source-files';
import { slugify } from '../src/schema';
import { scaffoldTerm } from '../src/editor/scaffold';
import { writeNewTermFile } from '../src/editor/term-file';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Usage: npm run new -- "Term name"');
  process.exit(2);
}
try {
  const file = writeNewTermFile('.', slugify(name), scaffoldTerm(name, Object.keys(readCategorySource('.'))));
  console.log(`Created ${file}. Replace every TODO, then run npm run check.`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
