import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { DrawnCard } from './write-cards';

/** coreutils' nice, and the niceness of the card process (0 is normal, 19 the lowest priority). */
const NICE = '/usr/bin/nice';
const CARD_NICENESS = 10;

/** Sharing cards being drawn by a child process: `drawn` settles when it is done. */
export interface CardProcess {
  drawn: Promise<DrawnCard[]>;
  stop(): void;
}

/**
 * Starts drawing the sharing cards in a child process, in parallel with the content
 * checks and Astro's bundling and rendering of the pages: cards need only the content
 * model, not the built pages, and drawing them (satori and sharp) takes about as long
 * as checking and rendering every page, so on two cores the build no longer waits for
 * both in turn. The child writes into the card cache; the build copies the cards into
 * the site when it is done (src/seo/write-cards.ts placeCards).
 */
export function startCardProcess(root: string): CardProcess {
  // `--import tsx`: the child runs this project's TypeScript sources, as the build scripts do.
  const command = [process.execPath, '--import', 'tsx', 'src/seo/draw-cards-process.ts', root];
  // Cards are needed only at the end; the checks and the pages are the build's critical path. sharp
  // rasterises on several threads, and on two cores the card process took 1.5 of them while the checks
  // crawled. Started under `nice` (every thread of it), it draws with what the build leaves free.
  const niced = process.platform !== 'win32' && existsSync(NICE);
  const [file, ...args] = niced ? [NICE, '-n', String(CARD_NICENESS), ...command] : command;
  const child = spawn(file, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const drawn = new Promise<DrawnCard[]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out) as DrawnCard[]);
      else reject(new Error(`drawing the sharing cards failed (exit ${code}):\n${err.trim().slice(-4000)}`));
    });
  });
  // Read only in astro:build:done; a failure before then must not count as unhandled.
  drawn.catch(() => undefined);
  return { drawn, stop: () => child.kill('SIGTERM') };
}
