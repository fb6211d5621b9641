import { z } from 'zod';
import anyAscii from 'any-ascii';

/** Longest slug: it is a file name and a URL segment, and readers type it. */
export const MAX_SLUG_LENGTH = 80;

/** Kebab case: lowercase letters and digits in words joined by single hyphens (slugs, kernel ids, figure ids). */
export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kebab-case slug as used in file names and URLs, e.g. `leaky-relu`. */
export const slugSchema = z
  .string({ error: 'must be a slug in quotes, e.g. "leaky-relu"' })
  .regex(KEBAB_CASE, 'use a kebab-case slug, e.g. "leaky-relu" (lowercase letters, digits, single hyphens)')
  .max(MAX_SLUG_LENGTH, `a slug must be at most ${MAX_SLUG_LENGTH} characters`);

/**
 * Turns a display name into a slug. Letters of other scripts are transliterated
 * (any-ascii: "Свёртка" → "svertka", "日本語" → "ribenyu"); emoji and symbols are
 * dropped. The result may be '' (a name of emoji only) or longer than
 * MAX_SLUG_LENGTH: callers validate it with slugSchema and ask for --slug.
 * @example slugify('Leaky ReLU') // 'leaky-relu'
 */
export function slugify(name: string): string {
  const latin = anyAscii(name.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, ' '));
  return latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
