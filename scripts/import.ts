// npm run import -- <files or folders…> [--dry-run] [--category key | --category-map map.yaml] [--force]
//                   [--into <slug>] [--term "Name"] [--slug slug] [--root dir]
// Imports glossary pages into content/terms/: any format src/editor/formats/ reads (chosen by content,
// never by file name), many at once. Everything is read, mapped and checked with the build's own checks
// in a staged copy before anything is written; the summary lists what was written, and what was skipped and why.
import { parseArgs } from 'node:util';
import { formatSummary, runImport, UsageError } from '../src/editor/import-run';

const USAGE =
  'Usage: npm run import -- <files or folders…> [--dry-run] [--category key | --category-map map.yaml] [--force] [--into slug] [--term "Name"] [--slug slug]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      term: { type: 'string' },
      slug: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      category: { type: 'string' },
      'category-map': { type: 'string' },
      into: { type: 'string' },
      root: { type: 'string', default: '.' },
    },
  });
} catch (error) {
  console.error(`✗ ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (!positionals.length) {
  console.error(USAGE);
  process.exit(2);
}
if (values.category && values['category-map']) {
  console.error(`✗ --category sets one category for all; --category-map maps each input's own: pass one\n${USAGE}`);
  process.exit(2);
}

try {
  const result = runImport(positionals, {
    root: values.root,
    term: values.term,
    slug: values.slug,
    force: values.force,
    dryRun: values['dry-run'],
    category: values.category,
    categoryMap: values['category-map'],
    into: values.into,
  });
  if (result.edit && values['dry-run']) console.log(`${result.edit.diff}\n`);
  console.log(formatSummary(result));
  const skipped = result.rows.some((r) => r.result === 'skipped');
  if (!values['dry-run'] && result.rows.some((r) => r.result !== 'skipped')) console.log('Next: npm run check');
  process.exit(skipped ? 1 : 0);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exit(error instanceof UsageError ? 2 : 1);
}
