import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readSpool, writeBatch, writeEnd, type SpooledCard } from '../../src/seo/card-spool';

const spools: string[] = [];
afterEach(() => spools.splice(0).forEach((s) => rmSync(s, { recursive: true, force: true })));
const newSpool = () => {
  const s = mkdtempSync(join(tmpdir(), 'card-spool-test-'));
  spools.push(s);
  return s;
};
const card = (key: string): SpooledCard => ({ key, card: { kicker: 'k', title: key, text: 't' } });

async function readAll(spool: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const c of readSpool(spool, 5)) keys.push(c.key);
  return keys;
}

test('the reader gets every batch in order, including those written while it waits, and stops at the end marker', async () => {
  const spool = newSpool();
  writeBatch(spool, 0, [card('a'), card('b')]);
  const reading = readAll(spool);
  // Written after the reader started (and found batch 1 missing): it waits for them.
  await new Promise((r) => setTimeout(r, 30));
  writeBatch(spool, 1, [card('c')]);
  await new Promise((r) => setTimeout(r, 30));
  writeBatch(spool, 2, [card('d'), card('e')]);
  writeEnd(spool, 3);
  expect(await reading).toEqual(['a', 'b', 'c', 'd', 'e']);
  // Each batch is deleted once read; only the end marker is left.
  expect(readdirSync(spool)).toEqual(['end.json']);
});

test('a spool ended with no batches reads as empty; one ended after its batches reads them all', async () => {
  const empty = newSpool();
  writeEnd(empty, 0);
  expect(await readAll(empty)).toEqual([]);
  const full = newSpool();
  writeBatch(full, 0, [card('a')]);
  writeBatch(full, 1, [card('b')]);
  writeEnd(full, 2);
  expect(await readAll(full)).toEqual(['a', 'b']);
});
