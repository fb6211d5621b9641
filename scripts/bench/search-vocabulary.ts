// npm run bench:search-vocabulary -- --dir DIR
// What the search vocabulary (src/glossary/search-vocabulary.ts) costs each shard: DIR is a project
// whose shards were built (e.g. by `npm run bench:shards -- --terms 1000 --shards 4 --dir DIR`).
// For each shard it indexes the shard's pages again without the vocabulary record and prints the
// bytes of both Pagefind bundles (every file, as served, and the word-index chunks alone).
import { mkdtempSync, readdirSync, rmSync, statSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentModel } from '../../src/glossary/model';
import { searchVocabulary } from '../../src/glossary/search-vocabulary';
import { indexSite } from '../../src/integrations/search-index';
import { printTable } from '../lib/table';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
if (!values.dir) throw new Error('Pass --dir: a project folder whose dist-shards/ holds built shards.');
const root = values.dir;

function bytes(dir: string, only?: RegExp): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && (!only || only.test(join(e.parentPath, e.name))))
      total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

const vocabulary = searchVocabulary(loadContentModel(root));
console.log(`Vocabulary: ${vocabulary.split(' ').length} tokens, ${vocabulary.length} characters`);
const rows: string[][] = [];
const shardsDir = join(root, 'dist-shards');
for (const shard of readdirSync(shardsDir).sort()) {
  const built = join(shardsDir, shard);
  const copy = mkdtempSync(join(tmpdir(), 'glossary-vocab-'));
  try {
    cpSync(built, copy, { recursive: true, filter: (src) => !src.startsWith(join(built, 'pagefind')) });
    await indexSite(copy);
    const index = /\/index\/[^/]+\.pf_index$/;
    const [withAll, without] = [bytes(join(built, 'pagefind')), bytes(join(copy, 'pagefind'))];
    const [withIndex, withoutIndex] = [bytes(join(built, 'pagefind'), index), bytes(join(copy, 'pagefind'), index)];
    rows.push([
      shard,
      String(without),
      String(withAll),
      String(withAll - without),
      String(withoutIndex),
      String(withIndex),
    ]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
printTable(['shard', 'bundle bytes without', 'with vocabulary', 'extra', 'index chunks without', 'with'], rows);
