import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint } from '../markdown/code-fingerprint';
import type { OgCard } from './og-image';

const CACHE_DIR = join('node_modules', '.cache', 'glossary-og');

/**
 * The content address of a card: a card is redrawn only when its text, plot, the drawing code
 * or a dependency (satori, sharp, fonts) changed. Drawing costs ~75 ms per card (satori ~20 ms,
 * sharp ~55 ms), so without this a one-line edit would redraw every card of the glossary.
 */
export function ogCacheKey(card: OgCard): string {
  return createHash('sha256').update(codeFingerprint()).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

/** Where the card with cache key `key` is kept. */
export const ogCacheFile = (key: string): string => join(CACHE_DIR, `${key}.png`);

/** Whether the card with this key was drawn by an earlier build (or earlier in this one). */
export const isCardCached = (key: string): boolean => existsSync(ogCacheFile(key));

/** Stores a drawn card under its key. */
export function storeCard(key: string, png: Buffer): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a build killed mid-write never leaves a truncated card behind.
  const file = ogCacheFile(key);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}

/** Deletes every cached card but `keep` (the cards of the current build), so the cache never outgrows the site. */
export function pruneOgCache(keep: readonly string[]): void {
  if (!existsSync(CACHE_DIR)) return;
  const wanted = new Set(keep.map((k) => `${k}.png`));
  for (const name of readdirSync(CACHE_DIR))
    if (!wanted.has(name) && !name.endsWith('.tmp')) rmSync(join(CACHE_DIR, name), { force: true });
}
