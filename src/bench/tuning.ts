import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { median, packageRoot, printTable, sampleReport } from './table.js';

/**
 * `npm run bench:tuning`: CLI batches with and without the V8 tuning (src/engine/v8-tuning.ts:
 * array built-ins not inlined and regular expressions compiled straight to machine code for every
 * lint; on two workers or more, no inlining at all and later optimisation), in turns, so that all
 * settings see the same minutes of a machine whose speed drifts. Per setting, the median over the
 * rounds of a batch of copies of the reference report (a process from start to exit) on 1 worker
 * and on 2, and of the CLI on the reference report alone (one cold lint, as most runs are).
 *
 * `-- --flags="<V8 flags>"` (repeatable) compares those flag sets instead, each with the CLI's
 * own tuning off (LKJIP_V8_TUNING=0), for trying a new setting. `-- --input pdf|docx|xlsx|txt`
 * batches copies of that rendering (default txt). BENCH_ROUNDS and BENCH_BATCH set the rounds
 * (default 3) and the copies (default 40).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COPIES = Number(process.env.BENCH_BATCH ?? 40);
const cli = join(packageRoot, 'dist/src/cli/main.js');

const MEASURES = ['one file', 'batch 1 worker', 'batch 2 workers'] as const;
type Measure = (typeof MEASURES)[number];
interface Setting {
  name: string;
  env: NodeJS.ProcessEnv;
  nodeFlags: string[];
}

// A flag set starts with a dash, so it is given as --flags="…".
const { values: args } = parseArgs({
  options: { flags: { type: 'string', multiple: true }, input: { type: 'string', default: 'txt' } },
});
const flagSets = args.flags ?? [];

function timed(args: string[], setting: Setting): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...setting.nodeFlags, cli, ...args], { env: setting.env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  // 0: no findings, 1: findings; anything else is a failure of the run itself.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${setting.name}: ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return ms;
}

function once(setting: Setting, dir: string, file: string): Record<Measure, number> {
  return {
    'one file': timed(['-f', 'json', file], setting),
    'batch 1 worker': timed(['-f', 'json', '--concurrency', '1', dir], setting),
    'batch 2 workers': timed(['-f', 'json', '--concurrency', '2', dir], setting),
  };
}

function settingsToCompare(): Setting[] {
  if (flagSets.length === 0) {
    return [
      { name: 'off', env: { ...process.env, LKJIP_V8_TUNING: '0' }, nodeFlags: [] },
      { name: 'on', env: { ...process.env, LKJIP_V8_TUNING: '1' }, nodeFlags: [] },
    ];
  }
  return flagSets.map((flags) => ({
    name: flags || '(V8 defaults)',
    env: { ...process.env, LKJIP_V8_TUNING: '0' },
    nodeFlags: flags.split(/\s+/).filter(Boolean),
  }));
}

const input = args.input;
const reference = sampleReport(input);
const settings = settingsToCompare();
const dir = mkdtempSync(join(tmpdir(), 'lkjip-tuning-'));
try {
  for (let i = 1; i <= COPIES; i++) copyFileSync(reference, join(dir, `copy-${String(i).padStart(2, '0')}.${input}`));
  const runs = settings.map(() => [] as Array<Record<Measure, number>>);
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate which setting goes first, so a drift within a round favours none.
    for (let k = 0; k < settings.length; k++) {
      const s = (round + k) % settings.length;
      runs[s].push(once(settings[s], dir, reference));
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  console.log(`V8 settings in turns: median of ${ROUNDS} rounds, Node ${process.version}, batches of ${COPIES} copies of the ${input} rendering`);
  // Flag sets are long: the table names them by letter, with a legend under it.
  const label = (i: number) => (flagSets.length > 0 ? String.fromCharCode(65 + i) : settings[i].name);
  const rows = [['', ...settings.map((_, i) => label(i))]];
  const show = (v: number) => `${v.toFixed(0)} ms`;
  for (const m of MEASURES) rows.push([m, ...runs.map((r) => show(median(r.map((x) => x[m]))))]);
  rows.push(['batch speed-up 2 : 1', ...runs.map((r) => `${median(r.map((x) => x['batch 1 worker'] / x['batch 2 workers'])).toFixed(2)}×`)]);
  printTable(rows);
  if (flagSets.length > 0) settings.forEach((s, i) => console.log(`${label(i)}: ${s.name}`));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
