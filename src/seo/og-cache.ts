import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderOgImage, type OgCard } from './og-image';

// Bump when the card layout changes, so cached cards are redrawn.
const LAYOUT_VERSION = '3'; // 3: fallback fonts for CJK and emoji
const CACHE_DIR = join('node_modules', '.cache', 'glossary-og');

/**
 * renderOgImage with a content-addressed disk cache: a card is redrawn only
 * when its text, plot or layout changed. Rendering costs ~40 ms per card, so
 * without this a one-line edit would redraw every card of the glossary.
 */
export async function cachedOgImage(card: OgCard): Promise<Buffer> {
  const key = createHash('sha256').update(LAYOUT_VERSION).update(JSON.stringify(card)).digest('hex').slice(0, 32);
  const file = join(CACHE_DIR, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderOgImage(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a build killed mid-write never leaves a truncated card behind.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
