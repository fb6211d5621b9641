// Child process of the build (src/seo/card-process.ts): draws the cards the build spools into the
// folder given as its argument (src/seo/card-spool.ts) into the card cache, until the spool ends.
// It never reads the content: the build computed every card's text and plot.
import { rmSync } from 'node:fs';
import { readSpool } from './card-spool';
import { renderOgImage } from './og-image';
import { storeCard } from './og-cache';

/** Cards rendered at once: enough to keep sharp's threads and satori busy together, few enough to bound memory. */
const IN_FLIGHT = 4;

const spool = process.argv[2];
if (!spool) throw new Error('usage: draw-cards-process.ts <spool folder>');
// A build that dies without running its exit handlers (out of memory, SIGKILL) must not leave this
// drawing on, nor its spool behind.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  rmSync(spool, { recursive: true, force: true });
  process.exit(1);
}, 500).unref();

// A few cards in flight: satori lays one out on this thread while sharp rasterises and encodes
// others on its own threads (alone, each waited for the other). The workers share one reader.
const cards = readSpool(spool);
const worker = async () => {
  for (let next = await cards.next(); !next.done; next = await cards.next())
    storeCard(next.value.key, await renderOgImage(next.value.card));
};
await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
