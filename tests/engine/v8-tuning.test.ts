import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiled, runProbe } from '../support/probe.js';
import { appliedV8Flags } from '../../src/engine/v8-tuning.js';
import { run } from '../../src/cli/run.js';

/**
 * A CLI batch on two workers or more turns off V8's inlining (src/engine/v8-tuning.ts), unless
 * LKJIP_V8_TUNING=0; one file, or one worker, leaves V8 as it is. V8 reports each inlining with
 * --trace-turbo-inlining, from every thread. Runs the compiled CLI.
 */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const bin = join(root, 'dist/src/cli/main.js');
const sample = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lkjip-tuning-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) copyFileSync(sample, join(dir, name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of standard output of a CLI run with a V8 trace flag (V8 traces every thread there). */
function traced(traceFlag: string, args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const r = spawnSync(process.execPath, [traceFlag, bin, '--format', 'json', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  expect(r.status).toBe(1); // findings
  return r.stdout.split('\n');
}

/** Lines in which V8 reports an inlining in a worker or the main thread, after the CLI has loaded. */
function inlinings(args: string[], env: NodeJS.ProcessEnv = {}): number {
  return traced('--trace-turbo-inlining', args, env).filter((l) => l.startsWith('Inlining ')).length;
}

describe('V8 tuning of CLI batches', () => {
  it('one file, and a batch on one worker, keep V8 inlining', () => {
    expect(inlinings([sample])).toBeGreaterThan(50);
    expect(inlinings(['--concurrency', '1', dir])).toBeGreaterThan(50);
  }, 120_000);

  it('a batch on two workers inlines next to nothing (what the CLI compiled while loading), unless LKJIP_V8_TUNING=0', () => {
    const untuned = inlinings(['--concurrency', '2', dir], { LKJIP_V8_TUNING: '0' });
    expect(untuned).toBeGreaterThan(50);
    expect(inlinings(['--concurrency', '2', dir])).toBeLessThan(untuned / 4);
  }, 120_000);

  // V8 11 (Node 20) only: V8 12 has no --interrupt-budget, and the CLI leaves it out there.
  const onV8With = Number(process.versions.v8.split('.')[0]) <= 11 ? it : it.skip;
  onV8With('a batch on two workers optimises far fewer functions (a higher interrupt budget), unless LKJIP_V8_TUNING=0', () => {
    const optimised = (env: NodeJS.ProcessEnv) => traced('--trace-opt', ['--concurrency', '2', dir], env).filter((l) => l.startsWith('[completed compiling')).length;
    const untuned = optimised({ LKJIP_V8_TUNING: '0' });
    expect(untuned).toBeGreaterThan(150);
    expect(optimised({})).toBeLessThan(untuned / 2);
  }, 120_000);

  it('the tuning of a batch on two workers prints nothing: the output stays the JSON alone', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'json', '--concurrency', '2', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files).toHaveLength(4);
  }, 120_000);
});

/**
 * Every CLI lint keeps V8 from inlining the array built-ins: inlined, `map` returns holey arrays
 * where the built-in returns packed ones, so the same table's cells change shape between lints
 * once the function that made them is optimised, and all code reading them is compiled again.
 * Checked on the compiled code with V8's %HasHoleyElements, over 20 lints of the reference text.
 */
describe('V8 tuning of every lint', () => {
  const holeyCellsPerLint = (tuned: boolean) =>
    runProbe<number[]>(
      `
      import { extractReport } from ${compiled('src/extract/index.js')};
      import { lintReport } from ${compiled('src/engine/linter.js')};
      import { tuneV8ForLinting } from ${compiled('src/engine/v8-tuning.js')};
      if (${tuned}) tuneV8ForLinting();
      const config = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
      const holey = [];
      for (let i = 0; i < 20; i++) {
        const report = await extractReport(${JSON.stringify(sample)});
        lintReport(report, config);
        holey.push(report.blocks.filter((b) => b.kind === 'table').flatMap((t) => t.rows).filter((r) => %HasHoleyElements(r.cells)).length);
      }
      console.log(JSON.stringify(holey));`,
      ['--allow-natives-syntax'],
    );

  it('the cells of every table row stay packed arrays in every lint; untuned, V8 makes them holey after a few lints', async () => {
    const [tuned, untuned] = await Promise.all([holeyCellsPerLint(true), holeyCellsPerLint(false)]);
    expect(tuned).toEqual(new Array(20).fill(0));
    expect(untuned.some((n) => n > 0)).toBe(true);
  }, 120_000);

  it('the CLI applies it to every run', async () => {
    await run(['--version'], { stdout: () => undefined, stderr: () => undefined, cwd: root, isTTY: false });
    expect(appliedV8Flags()).toContain('--no-turbo-inline-array-builtins');
    expect(appliedV8Flags()).toContain('--regexp-tier-up-ticks=0');
  });

  it('is safe to apply in a process that has already run regular expressions (a host of the library, jest)', async () => {
    // Expressions run once are compiled to bytecode alone; after --no-regexp-tier-up, their
    // next run crashed V8 (a segmentation fault).
    const runs = await runProbe<number>(`
      import { tuneV8ForLinting } from ${compiled('src/engine/v8-tuning.js')};
      const expressions = [/a(b+)c/g, /(\\d+)\\s*x/i, /[\\p{L}]+/gu];
      const long = 'ab'.repeat(2000) + 'abbbc 12 x';
      let runs = 0;
      const runAll = (subject) => { for (const re of expressions) { re.lastIndex = 0; re.exec(subject); runs++; } };
      runAll('abbc 12 x');
      tuneV8ForLinting();
      for (let i = 0; i < 5; i++) runAll(i % 2 ? long : 'abbc 12 x');
      console.log(runs);`);
    expect(runs).toBe(18);
  }, 60_000);

  // V8 reports each regular expression it compiles to bytecode (for its interpreter) with
  // --trace-regexp-tier-up, as "… bytecode size: N", from every thread.
  const bytecodeCompiles = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    traced('--trace-regexp-tier-up', args, env).filter((l) => / bytecode size: \d+/.test(l)).length;

  it('regular expressions are compiled straight to machine code, in the CLI and in its workers; untuned, V8 first compiles hundreds to bytecode', () => {
    // The few left are run while the CLI loads, before it sets V8.
    const tunedSingle = bytecodeCompiles([sample]);
    const untunedSingle = bytecodeCompiles([sample], { LKJIP_V8_TUNING: '0' });
    expect(untunedSingle).toBeGreaterThan(200);
    expect(tunedSingle).toBeLessThan(untunedSingle / 10);
    const tunedBatch = bytecodeCompiles(['--concurrency', '2', dir]);
    expect(bytecodeCompiles(['--concurrency', '2', dir], { LKJIP_V8_TUNING: '0' })).toBeGreaterThan(2 * untunedSingle * 0.8);
    expect(tunedBatch).toBe(tunedSingle);
  }, 120_000);
});
