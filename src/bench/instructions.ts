import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lintFile } from '../engine/linter.js';
import { tuneV8ForBatch, tuneV8ForLinting } from '../engine/v8-tuning.js';
import { printTable, sampleConfig, sampleReport } from './table.js';

/**
 * `npm run bench:instructions`: the machine instructions (all threads: JavaScript, V8's compiler
 * and garbage collector) one fresh thread executes to lint the reference text N times (default
 * 10: half of what each worker of a 2-worker batch of 40 lints, the half it warms up in), counted by
 * valgrind's callgrind, under V8 settings to compare. Unlike times, the count does not move with
 * the machine's load (repeats agree within about 1%), so it can tell settings apart that a timed
 * bench on a busy virtual machine cannot. It is work, not time: work on helper threads counts the
 * same as work on the main one. Needs valgrind; runs ~100× slower than a lint, two settings at a
 * time.
 *
 * Settings: "cli" (as the CLI lints, one worker), "batch" (as each worker of a batch of two or
 * more), or --flags="<V8 flags>" (repeatable; with the CLI's own tuning for every lint).
 */
const self = fileURLToPath(import.meta.url);
const reference = sampleReport('txt');

const { values: args } = parseArgs({
  options: {
    child: { type: 'string' },
    lints: { type: 'string', default: '10' },
    flags: { type: 'string', multiple: true },
  },
});
const lints = Number(args.lints);

interface Setting {
  name: string;
  nodeFlags: string[];
  batch: boolean;
}

if (args.child !== undefined) {
  tuneV8ForLinting();
  if (args.child === 'batch') tuneV8ForBatch();
  for (let i = 0; i < lints; i++) await lintFile(reference, sampleConfig);
} else {
  await main();
}

async function main(): Promise<void> {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('bench:instructions needs valgrind (Debian: apt-get install valgrind)');
    process.exit(2);
  }
  const settings: Setting[] = [
    { name: 'cli (1 worker)', nodeFlags: [], batch: false },
    { name: 'batch (2 workers or more)', nodeFlags: [], batch: true },
    ...(args.flags ?? []).map((flags) => ({ name: flags, nodeFlags: flags.split(/\s+/).filter(Boolean), batch: false })),
  ];
  const tmp = mkdtempSync(join(tmpdir(), 'lkjip-instructions-'));
  try {
    // valgrind runs a process's threads one at a time: one process per core.
    const counts: number[] = [];
    const width = availableParallelism();
    for (let i = 0; i < settings.length; i += width) {
      counts.push(...(await Promise.all(settings.slice(i, i + width).map((s, k) => count(s, join(tmp, `callgrind.${i + k}.out`))))));
    }
    console.log(`machine instructions of one fresh thread linting the reference text ${lints} times (valgrind callgrind, all threads), Node ${process.version}:`);
    const rows = [['V8 setting', 'instructions', 'against the first']];
    settings.forEach((s, i) => rows.push([s.name, `${(counts[i] / 1e9).toFixed(2)} G`, `${((counts[i] / counts[0]) * 100).toFixed(1)}%`]));
    printTable(rows);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function count(setting: Setting, outFile: string): Promise<number> {
  const valgrindArgs = ['--tool=callgrind', '--cache-sim=no', '--branch-sim=no', '--smc-check=all-non-file', `--callgrind-out-file=${outFile}`];
  const nodeArgs = [...setting.nodeFlags, self, '--child', setting.batch ? 'batch' : 'cli', '--lints', String(lints)];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...valgrindArgs, process.execPath, ...nodeArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const collected = /Collected : (\d+)/.exec(stderr);
      if (code !== 0 || !collected) reject(new Error(`${setting.name}: valgrind exit ${code}\n${stderr.slice(-2000)}`));
      else resolve(Number(collected[1]));
    });
  });
}
