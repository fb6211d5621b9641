import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint } from '../markdown/code-fingerprint';
import { renderOgImage, type OgCard } from './og-image';

const CACHE_DIR = join('node_modules', '.cache', 'glossary-og');

/**
 * renderOgImage with a content-addressed disk cache: a card is redrawn only
 * when its text, plot, the drawing code or a dependency (satori, sharp, fonts)
 * changed. Rendering costs ~40 ms per card, so without this a one-line edit
 * would redraw every card of the glossary.
 */
export async function cachedOgImage(card: OgCard): Promise<{ png: Buffer; key: string }> {
  const key = createHash('sha256').update(codeFingerprint()).update(JSON.stringify(card)).digest('hex').slice(0, 32);
  const file = ogCacheFile(key);
  if (existsSync(file)) return { png: readFileSync(file), key };
  const png = await renderOgImage(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a build killed mid-write never leaves a truncated card behind.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return { png, key };
}

/** Where the card with cache key `key` is kept. */
export const ogCacheFile = (key: string): string => join(CACHE_DIR, `${key}.png`);

/** Deletes every cached card but `keep` (the cards of the current build), so the cache never outgrows the site. */
export function pruneOgCache(keep: readonly string[]): void {
  if (!existsSync(CACHE_DIR)) return;
  const wanted = new Set(keep.map((k) => `${k}.png`));
  for (const name of readdirSync(CACHE_DIR))
    if (!wanted.has(name) && !name.endsWith('.tmp')) rmSync(join(CACHE_DIR, name), { force: true });
}
