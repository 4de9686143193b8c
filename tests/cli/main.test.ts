import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled CLI as a shell pipeline runs it. */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const bin = join(root, 'dist/src/cli/main.js');
const sample = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt');

describe('the CLI in a pipeline', () => {
  it('a reader that stops early (`| head`) ends the output quietly: no crash, the lint keeps its exit code', async () => {
    // The JSON of two reports is far more than a pipe holds, so the CLI is still writing when the pipe closes.
    const child = spawn(process.execPath, [bin, '--format', 'json', sample, sample], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let firstChunk = '';
    child.stdout.setEncoding('utf8').once('data', (s: string) => {
      firstChunk = s;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(firstChunk.startsWith('{')).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(1); // findings
  }, 60_000);
});

describe('the command a new user runs (README: npx lkjip-lint …)', () => {
  it('is the package\'s bin, an executable file that runs without naming node', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(root, pkg.bin['lkjip-lint'])).toBe(bin);
    // Run as a shell runs it: the file itself, by its #! line (a file that is not executable fails with EACCES).
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
