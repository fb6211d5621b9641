// npm run check — every content check the build runs (the same content model, the same body
// pipeline and plugins), then type checks. Exits non-zero on any error.
// Usage: npm run check [-- --root <dir>] [-- --content-only]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatReport } from '../src/checks';
import { isError } from '../src/schema';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, 'content-only': { type: 'boolean', default: false } },
});
const root = values.root!;

let failed: boolean;
try {
  const report = checkContent(root);
  console.log(formatReport(report));
  failed = report.issues.some(isError);
} catch (error) {
  // Content problems are reported above, file by file; this is a defect of the checks themselves.
  console.error(`The content checks crashed: ${(error as Error).message}`);
  failed = true;
}

if (!values['content-only']) {
  console.log('\nType checking (astro check)…');
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const types = spawnSync(process.execPath, [astro, 'check', '--minimumSeverity', 'error'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (types.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
