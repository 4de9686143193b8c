import { spawn } from 'node:child_process';
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
