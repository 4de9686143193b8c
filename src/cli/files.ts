import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions looked for inside a directory given as an argument. */
const REPORT_EXTENSIONS = ['txt', 'md', 'pdf', 'docx', 'xlsx'];

export interface ExpandedFiles {
  /** Absolute paths, each once, in the order given (a directory's or pattern's files sorted). */
  files: string[];
  /** Arguments that matched nothing: a pattern without matches or a directory without reports. */
  unmatched: string[];
}

/**
 * Arguments as files: a file as it is (whatever its extension: the format is read from its
 * content), a directory as every report under it, a glob pattern as its matches. A path that
 * does not exist is kept, so that linting it reports the problem like any unreadable file.
 */
export async function expandFiles(args: readonly string[], cwd: string): Promise<ExpandedFiles> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(path);
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const kind = await stat(path).then(
      (s) => (s.isDirectory() ? 'dir' : 'file'),
      () => 'missing' as const,
    );
    let matches: string[];
    if (kind === 'file') matches = [path];
    else if (kind === 'dir') matches = await glob(`**/*.{${REPORT_EXTENSIONS.join(',')}}`, { cwd: path, absolute: true, caseSensitiveMatch: false, dot: false });
    else if (isDynamicPattern(arg)) matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false });
    else matches = [path];
    if (matches.length === 0) unmatched.push(arg);
    for (const m of [...matches].map((m) => resolve(m)).sort(byPath)) add(m);
  }
  return { files, unmatched };
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
