import { z } from 'zod';

/** A kebab-case slug as used in file names and URLs, e.g. `leaky-relu`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use a kebab-case slug, e.g. "leaky-relu" (lowercase letters, digits, single hyphens)');

/**
 * Turns a display name into a slug.
 * @example slugify('Leaky ReLU') // 'leaky-relu'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
