import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median, printTable } from './table.js';

/**
 * `npm run bench:tuning`: CLI batches with and without the V8 tuning (src/engine/v8-tuning.ts:
 * array built-ins not inlined for every lint, no inlining at all on two workers or more), in
 * turns, so that both see the same minutes of a machine whose speed drifts. Per setting, the median over the rounds of a batch of copies of the
 * reference text (a process from start to exit) on 1 worker (array built-ins only) and on 2.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COPIES = Number(process.env.BENCH_BATCH ?? 40);
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const cli = join(root, 'dist/src/cli/main.js');
const reference = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt');

type Measure = 'batch 1 worker' | 'batch 2 workers';

function timed(args: string[], env: NodeJS.ProcessEnv): { ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  // 0: no findings, 1: findings; anything else is a failure of the run itself.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms };
}

function once(env: NodeJS.ProcessEnv, dir: string): Record<Measure, number> {
  return {
    'batch 1 worker': timed([cli, '-f', 'json', '--concurrency', '1', dir], env).ms,
    'batch 2 workers': timed([cli, '-f', 'json', '--concurrency', '2', dir], env).ms,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'lkjip-tuning-'));
try {
  for (let i = 1; i <= COPIES; i++) copyFileSync(reference, join(dir, `copy-${String(i).padStart(2, '0')}.txt`));
  const settings = { off: { ...process.env, LKJIP_V8_TUNING: '0' }, on: { ...process.env, LKJIP_V8_TUNING: '1' } };
  const runs: Record<'off' | 'on', Array<Record<Measure, number>>> = { off: [], on: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which setting goes first, so a drift within a round favours neither.
    const order = round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
    for (const s of order) runs[s].push(once(settings[s], dir));
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  console.log(`V8 tuning off and on, in turns: median of ${ROUNDS} rounds, Node ${process.version}, batches of ${COPIES} copies`);
  const measures = Object.keys(runs.off[0]) as Measure[];
  const rows = [['', 'off', 'on', 'on / off']];
  for (const m of measures) {
    const off = median(runs.off.map((r) => r[m]));
    const on = median(runs.on.map((r) => r[m]));
    const show = (v: number) => `${v.toFixed(0)} ms`;
    rows.push([m, show(off), show(on), `${(on / off).toFixed(2)}`]);
  }
  const speedup = (s: 'off' | 'on') => median(runs[s].map((r) => r['batch 1 worker'] / r['batch 2 workers']));
  rows.push(['batch speed-up 2 : 1', `${speedup('off').toFixed(2)}×`, `${speedup('on').toFixed(2)}×`, '']);
  printTable(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
