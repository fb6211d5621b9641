// npm run check — every content check the build runs (the same content model, the same body
// pipeline and plugins), then type checks. Exits non-zero on any error.
// Usage: npm run check [-- --root <dir>] [-- --content-only] [-- --shard i/N]
// --shard checks the files of one shard of a sharded build (as `npm run build -- --shard i/N` does):
// checks across files still read every term; a 100,000-term glossary is checked slice by slice.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkGlossary, formatReport } from '../src/checks';
import { isError } from '../src/schema';
import { loadContentModel } from '../src/glossary/model';
import { parseShardSpec } from '../src/glossary/shard';
import { filesToCheck, SHARD_ENV } from '../src/glossary/build-scope';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    'content-only': { type: 'boolean', default: false },
    shard: { type: 'string' },
  },
});
const root = values.root!;
if (values.shard !== undefined) {
  try {
    parseShardSpec(values.shard);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  // The build's own way of choosing a shard's files (filesToCheck, src/glossary/build-scope.ts).
  process.env[SHARD_ENV] = values.shard;
}

let failed: boolean;
try {
  const model = loadContentModel(root);
  const report = checkGlossary(model, filesToCheck(model));
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
