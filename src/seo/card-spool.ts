// The hand-over between the build and its card process: the build writes the cards to draw into a
// spool folder, a numbered batch file at a time, then an end marker with the number of batches.
// Files, not the child's stdin: the build computes the cards and then runs its checks synchronously,
// so a pipe would be flushed only after the checks, and the card process would wait for them.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OgCard } from './og-image';

/** A card to draw and the cache key to store it under. */
export interface SpooledCard {
  key: string;
  card: OgCard;
}

const END = 'end.json';
const batchFile = (spool: string, n: number) => join(spool, `${n}.json`);

/** Writes a file whole or not at all: the reader polls, and must never see half of one. */
function writeWhole(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** Writes batch `n` (numbered from 0, in order). */
export const writeBatch = (spool: string, n: number, cards: readonly SpooledCard[]): void =>
  writeWhole(batchFile(spool, n), JSON.stringify(cards));

/** Marks the spool complete: `batches` batches were written, and no more will be. */
export const writeEnd = (spool: string, batches: number): void =>
  writeWhole(join(spool, END), JSON.stringify({ batches }));

function batchCount(spool: string): number | undefined {
  const end = join(spool, END);
  return existsSync(end) ? (JSON.parse(readFileSync(end, 'utf8')) as { batches: number }).batches : undefined;
}

/**
 * The spooled cards in order, as they are written; ends at the end marker. Each batch is
 * deleted once read. The end marker is written after the last batch, so once it names more
 * batches than were read, the next one is already there.
 */
export async function* readSpool(spool: string, pollMs = 20): AsyncGenerator<SpooledCard> {
  for (let n = 0; ; n++) {
    const file = batchFile(spool, n);
    while (!existsSync(file)) {
      const count = batchCount(spool);
      if (count !== undefined && n >= count) return;
      await new Promise((r) => setTimeout(r, pollMs));
    }
    const cards = JSON.parse(readFileSync(file, 'utf8')) as SpooledCard[];
    rmSync(file, { force: true });
    yield* cards;
  }
}
