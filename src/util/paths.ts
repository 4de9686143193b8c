import { isAbsolute, relative } from 'node:path';

/** A path relative to `cwd` when the file is inside it, else the path unchanged. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
