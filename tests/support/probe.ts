import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The repository's root, and a module of its compiled code (`npm test` builds first). */
export const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const compiled = (path: string): string => JSON.stringify(join(root, 'dist', path));

/**
 * Run an ES module script, written to a file, with Node (and its flags), from the repository's
 * root, and parse the JSON it prints.
 */
export async function runProbe<T>(script: string, nodeFlags: string[] = []): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-probe-'));
  try {
    const file = join(dir, 'probe.mjs');
    writeFileSync(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, [...nodeFlags, file], { cwd: root, maxBuffer: 64 << 20 });
    return JSON.parse(stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
