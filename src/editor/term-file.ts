import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { TERMS_DIR } from '../glossary/source-files';
import { slugSchema, slugify, termSchema } from '../schema';

/** Field order of a term file, as editors read it top to bottom: the schema's own order (src/schema/term.ts). */
const ORDER: readonly string[] = Object.keys(termSchema.shape);

/**
 * Where `--force` keeps the file it replaces: outside content/, so a backup is
 * never read as a term, published, or made to break the build; ignored by git.
 */
export const BACKUP_DIR = '.backup';

/** Serialises frontmatter and body into MDX source. */
export function termFileSource(frontmatter: Record<string, unknown>, body: string): string {
  const ordered = Object.fromEntries(
    [...ORDER.filter((k) => k in frontmatter), ...Object.keys(frontmatter).filter((k) => !ORDER.includes(k))]
      .filter((k) => frontmatter[k] !== undefined)
      .map((k) => [k, frontmatter[k]]),
  );
  return `---\n${stringify(ordered, { lineWidth: 110, defaultStringType: 'PLAIN' }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

/**
 * The slug for a new term: `--slug` if given (validated, never altered), else
 * one made from the name. Throws a message that says what to pass instead.
 * @example termSlug('Leaky ReLU') // 'leaky-relu'
 */
export function termSlug(name: string, explicit?: string): string {
  if (explicit !== undefined) {
    const ok = slugSchema.safeParse(explicit);
    if (!ok.success) throw new Error(`--slug "${explicit}" is not a valid slug: ${ok.error.issues[0].message}`);
    return explicit;
  }
  const made = slugify(name);
  const shown = name.length > 40 ? `${name.slice(0, 37)}…` : name;
  if (!made)
    throw new Error(
      `cannot make a file name from "${shown}" (no letters or digits to transliterate): pass --slug, e.g. --slug my-term`,
    );
  const ok = slugSchema.safeParse(made);
  if (!ok.success)
    throw new Error(
      `the name "${shown}" gives the slug "${made.slice(0, 40)}${made.length > 40 ? '…' : ''}", which is not usable: ${ok.error.issues[0].message}. Pass --slug`,
    );
  return made;
}

/**
 * Writes content/terms/<slug>.mdx. Refuses an existing file unless `force`,
 * and then first copies it to .backup/content/terms/<slug>.<time>.mdx, so
 * nothing an editor wrote is lost. The slug is validated here too, so no caller
 * can write outside content/terms.
 */
export function writeTermFile(
  root: string,
  slug: string,
  source: string,
  options: { force?: boolean; now?: Date } = {},
): { file: string; backup?: string } {
  const valid = slugSchema.safeParse(slug);
  if (!valid.success) throw new Error(`"${slug}" is not a valid slug: ${valid.error.issues[0].message}`);
  const file = `${TERMS_DIR}/${slug}.mdx`;
  const path = join(root, file);
  let backup: string | undefined;
  if (existsSync(path)) {
    if (!options.force)
      throw new Error(
        `${file} already exists; not overwriting it. Edit it, pass --slug <another-slug>, or --force to replace it (the old file is kept in ${BACKUP_DIR}/).`,
      );
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backup = `${BACKUP_DIR}/${TERMS_DIR}/${slug}.${stamp}.mdx`;
    mkdirSync(join(root, BACKUP_DIR, TERMS_DIR), { recursive: true });
    copyFileSync(path, join(root, backup));
    // Replace by rename, so a crash leaves either the old file or the new one.
    const tmp = join(root, BACKUP_DIR, `.${slug}.${process.pid}.tmp`);
    writeFileSync(tmp, source);
    renameSync(tmp, path);
  } else writeFileSync(path, source, { flag: 'wx' });
  return { file, backup };
}
