import { readFileSync, statSync } from 'node:fs';

/**
 * Reads an input file for `npm run import`, turning the file system's codes
 * into sentences that say what to do (the caller names the file).
 */
export function readInputFile(path: string): string {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('no such file; check the path', { cause: error });
    if (code === 'EISDIR')
      throw new Error('this is a folder; pass a .json payload or a .md article inside it', { cause: error });
    if (code === 'ENAMETOOLONG')
      throw new Error(`the path is too long (${path.length} characters) for the file system; rename the file`, {
        cause: error,
      });
    if (code === 'EACCES' || code === 'EPERM')
      throw new Error('not allowed to read it; check its permissions', { cause: error });
    throw new Error(`cannot read it (${(error as Error).message})`, { cause: error });
  }
}
