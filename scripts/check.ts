// npm run check — content checks (schema, references, duplicates, TeX, plots, links, SEO,
// placeholders, boilerplate) and then type checks. Exits non-zero on any error.
// Usage: npm run check [-- --root <dir>] [-- --content-only]
import { spawnSync } from 'node:child_process';
import { checkContent, formatReport } from '../src/checks';
import { isError } from '../src/schema';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? args[rootAt + 1] : '.';

let failed = false;
try {
  const report = checkContent(root);
  console.log(formatReport(report));
  failed = report.issues.some(isError);
} catch (error) {
  // Unreadable files (bad YAML, no frontmatter) name themselves in the message.
  console.error((error as Error).message);
  failed = true;
}

if (!args.includes('--content-only')) {
  console.log('\nType checking (astro check)…');
  const types = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'error'], { stdio: 'inherit', cwd: root });
  if (types.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
