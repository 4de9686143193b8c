import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI turns off V8's inlining for its process (src/engine/v8-tuning.ts), unless
 * LKJIP_V8_TUNING=0. V8 reports each inlining with --trace-turbo-inlining. Runs the compiled CLI.
 */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const bin = join(root, 'dist/src/cli/main.js');
const sample = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt');

function inliningLines(env: NodeJS.ProcessEnv): number {
  const r = spawnSync(process.execPath, ['--trace-turbo-inlining', bin, '--format', 'json', sample], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  expect(r.status).toBe(1); // findings
  return r.stdout.split('\n').filter((l) => l.startsWith('Inlining ')).length;
}

describe('V8 tuning of the CLI', () => {
  it('no function is inlined; LKJIP_V8_TUNING=0 leaves V8 inlining as usual', () => {
    expect(inliningLines({ LKJIP_V8_TUNING: '0' })).toBeGreaterThan(0);
    expect(inliningLines({})).toBe(0);
  }, 60_000);
});
