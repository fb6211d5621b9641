import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCardCached, ogCacheKey } from './og-cache';
import { writeBatch, writeEnd, type SpooledCard } from './card-spool';
import type { CardJob, DrawnCard } from './write-cards';

/** coreutils' nice, and the niceness of the card process (0 is normal, 19 the lowest priority). */
const NICE = '/usr/bin/nice';
const CARD_NICENESS = 10;
/** Cards per spool batch: small, so the card process starts drawing soon after the build starts. */
const BATCH = 25;

/** Sharing cards being drawn: `drawn` settles when every card is in the card cache. */
export interface CardProcess {
  drawn: Promise<DrawnCard[]>;
  /** How many cards the card process draws; the others were in the cache. */
  drawing: number;
  stop(): void;
}

function spawnDrawer(root: string, spool: string): ChildProcess {
  // `--import tsx`: the child runs this project's TypeScript sources, as the build scripts do.
  const command = [process.execPath, '--import', 'tsx', 'src/seo/draw-cards-process.ts', spool];
  // Cards are needed only at the end; the checks and the pages are the build's critical path. sharp
  // rasterises on several threads, and on two cores the card process took 1.5 of them while the checks
  // crawled. Started under `nice` (every thread of it), it draws with what the build leaves free.
  const niced = process.platform !== 'win32' && existsSync(NICE);
  const [file, ...args] = niced ? [NICE, '-n', String(CARD_NICENESS), ...command] : command;
  return spawn(file, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Computes the inputs of every card in `jobs` here, and has a child process draw those not in the
 * card cache yet, in parallel with the content checks and Astro's bundling and rendering of the
 * pages: cards need only the content model, not the built pages, and drawing them (satori and
 * sharp, ~75 ms a card) took as long as checking and rendering every page, so on two cores the build
 * no longer waits for both in turn. The build computes the inputs (the card plots, the compare pages'
 * kernel findings) for its checks and pages anyway, and keeps them cached: the child only draws,
 * and never reads the content. When every card is cached, no child is started. The build copies
 * the cards into the site when it is done (src/seo/write-cards.ts placeCards).
 */
export function drawCardsBeside(root: string, jobs: Iterable<CardJob>): CardProcess {
  const drawn: DrawnCard[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  let spool: string | undefined;
  let child: ChildProcess | undefined;
  let batch: SpooledCard[] = [];
  let batches = 0;
  let drawing = 0;
  const send = () => {
    drawing += batch.length;
    spool ??= mkdtempSync(join(tmpdir(), 'glossary-cards-'));
    child ??= spawnDrawer(root, spool);
    writeBatch(spool, batches++, batch);
    batch = [];
  };
  for (const job of jobs) {
    let key: string;
    try {
      const card = job.card();
      key = ogCacheKey(card);
      if (!seen.has(key) && !isCardCached(key)) batch.push({ key, card });
    } catch (error) {
      // Bad content: the content checks report it with its file and field, and stop the build first.
      failures.push(`${job.path}: ${(error as Error).message}`);
      continue;
    }
    seen.add(key);
    drawn.push({ path: job.path, key });
    if (batch.length === BATCH) send();
  }
  if (batch.length) send();
  if (spool) writeEnd(spool, batches);

  const removeSpool = () => spool && rmSync(spool, { recursive: true, force: true });
  const done = (): Promise<DrawnCard[]> =>
    failures.length
      ? Promise.reject(
          new Error(
            `${failures.length} sharing card${failures.length === 1 ? '' : 's'} could not be made:\n${failures.slice(0, 5).join('\n')}`,
          ),
        )
      : Promise.resolve(drawn);
  const running = child;
  const finished = running
    ? new Promise<void>((resolve, reject) => {
        let err = '';
        running.stderr!.on('data', (d) => (err += d));
        running.on('error', reject);
        running.on('close', (code) => {
          removeSpool();
          if (code === 0) resolve();
          else reject(new Error(`drawing the sharing cards failed (exit ${code}):\n${err.trim().slice(-4000)}`));
        });
      })
    : Promise.resolve();
  const result = finished.then(done);
  // Read only in astro:build:done; a failure before then must not count as unhandled.
  result.catch(() => undefined);
  return {
    drawn: result,
    drawing,
    stop: () => {
      running?.kill('SIGTERM');
      removeSpool();
    },
  };
}
