import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { lintFile } from '../engine/linter.js';
import { lintBatch, runOne, startWorker, workerDataFor } from '../batch/pool.js';
import { tuneV8ForLinting } from '../engine/v8-tuning.js';
import { median, packageRoot, printTable, sampleConfig, sampleReport } from './table.js';

/**
 * `npm run bench`: the lint of the bundled reference report in each format (median of several
 * runs after a warm-up), its peak memory, for PDF the ratio to a plain pdf-parse getText() of
 * the same file, and how the cost grows when the report is repeated 4 and 16 times. Each case
 * runs in its own process, so that its peak memory is its own. Then a batch of copies on 1 and 2
 * worker threads, in rounds (BENCH_BATCH copies, BENCH_BATCH_ROUNDS rounds). `-- --batch-only`
 * runs the batch alone.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const config = sampleConfig;

interface CaseResult {
  format: string;
  times: number;
  pages: number;
  findings: number;
  extractMs: number;
  rulesMs: number;
  totalMs: number;
  maxRssMiB: number;
  getTextMs?: number;
}

function fileFor(format: string, times: number, tmp: string): string {
  if (times === 1) return sampleReport(format);
  if (format !== 'txt') return join(packageRoot, `fixtures/bench/reference-x${times}.${format}`);
  const file = join(tmp, `reference-x${times}.txt`);
  writeFileSync(file, Array.from({ length: times }, () => readFileSync(sampleReport('txt'), 'utf8')).join('\n'));
  return file;
}

/** pdf-parse's own text extraction: the floor for any PDF reader built on pdfjs. */
async function getTextOnce(data: Buffer): Promise<number> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data) });
  const t0 = performance.now();
  await parser.getText();
  const ms = performance.now() - t0;
  await parser.destroy();
  return ms;
}

/** pdfjs takes a few runs to warm up: both sides get the same warm-up, then run in turns. */
const WARMUP = 3;

async function runCase(format: string, times: number): Promise<CaseResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'lkjip-bench-'));
  try {
    const file = fileFor(format, times, tmp);
    const runs = times >= 16 ? Math.min(RUNS, 3) : RUNS;
    const isPdf = format === 'pdf';
    const data = readFileSync(file);
    const first = await lintFile(file, config); // warm-up: module loading and JIT
    if (first.error) throw new Error(`${file}: ${first.error}`);
    for (let i = 1; i < (times >= 16 ? 1 : WARMUP); i++) await lintFile(file, config);
    if (isPdf) for (let i = 0; i < (times >= 16 ? 1 : WARMUP); i++) await getTextOnce(data);
    const extract: number[] = [];
    const rules: number[] = [];
    const total: number[] = [];
    const getText: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await lintFile(file, config);
      total.push(performance.now() - t0);
      extract.push(r.stats?.extractMs ?? NaN);
      rules.push(r.stats?.rulesMs ?? NaN);
      if (isPdf) getText.push(await getTextOnce(data));
    }
    const result: CaseResult = {
      format,
      times,
      pages: first.pages ?? 0,
      findings: first.findings.length,
      extractMs: median(extract),
      rulesMs: median(rules),
      totalMs: median(total),
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    };
    if (isPdf) result.getTextMs = median(getText);
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const fmtStolen = (ms: number) => (Number.isNaN(ms) ? '—' : fmt(ms));

const BATCH_COPIES = Number(process.env.BENCH_BATCH ?? 40);
const BATCH_ROUNDS = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
/** Each of two workers lints about half of the batch. */
const BATCH_HALF = Math.ceil(BATCH_COPIES / 2);

/**
 * A batch of copies of the reference report (text), with 1 and then 2 worker threads, and as
 * controls two loops (a busy one, and one with a lint's kind of work) each run once on one
 * thread and twice at the same time on two: on a machine whose two cores do not run two such
 * threads at full speed, no batch can gain more.
 */
async function runBatch(): Promise<BatchRound> {
  const tmp = mkdtempSync(join(tmpdir(), 'lkjip-bench-batch-'));
  try {
    const files = Array.from({ length: BATCH_COPIES }, (_, i) => {
      const file = join(tmp, `copy-${String(i + 1).padStart(2, '0')}.txt`);
      writeFileSync(file, readFileSync(sampleReport('txt')));
      return file;
    });
    // CPU time of the whole process (all threads) per wall second: one worker already keeps more
    // than one core busy (JIT compilation and garbage collection run on helper threads).
    const timed = async (concurrency: number) => {
      const stolen0 = stolenMs();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      // As the CLI runs a batch (V8 tuned for two workers or more).
      const outcomes = await lintBatch(files, config, { concurrency, lintInProcess: lintFile, tuneV8: true });
      if (outcomes.some((o) => !('result' in o))) throw new Error('a file of the batch failed');
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const lintMs = outcomes.map((o) => ('result' in o && o.result.stats ? o.result.stats.extractMs + o.result.stats.rulesMs : NaN));
      const stolen1 = stolenMs();
      const stolen = stolen0 === undefined || stolen1 === undefined ? NaN : stolen1 - stolen0;
      return { wall, cores: (cpu.user + cpu.system) / 1000 / wall, stolen, lintMs };
    };
    const one = await timed(1);
    const two = await timed(2);
    const loopOne = await loops(BUSY_LOOP, 1);
    const loopTwo = await loops(BUSY_LOOP, 2);
    const allocOne = await loops(ALLOCATING_LOOP, 1);
    const allocTwo = await loops(ALLOCATING_LOOP, 2);
    const warm = await warmWorkers(sampleReport('txt'));
    // One worker lints the files in order. Each of two workers starts as cold as it did, with half
    // the files: the first half of the one-worker run is what each of them has to do at best.
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return {
      one: one.wall,
      oneCores: one.cores,
      oneStolen: one.stolen,
      two: two.wall,
      twoCores: two.cores,
      twoStolen: two.stolen,
      loopOne: loopOne.wall,
      loopTwo: loopTwo.wall,
      loopCpuPerThread: loopTwo.cpu / 2 / loopOne.cpu,
      allocOne: allocOne.wall,
      allocTwo: allocTwo.wall,
      warmCeiling: warm,
      oneLintMs: sum(one.lintMs),
      oneFirstHalfLintMs: sum(one.lintMs.slice(0, BATCH_HALF)),
      perFile: {
        oneFirst: one.lintMs[0],
        oneLast: median(one.lintMs.slice(-LATE_FILES)),
        twoFirst: median(two.lintMs.slice(0, 2)),
        twoLast: median(two.lintMs.slice(-LATE_FILES)),
      },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Linux's USER_HZ: /proc/stat counts in hundredths of a second. */
const PROC_STAT_TICK_MS = 10;

/**
 * CPU time the host gave to others while this virtual machine's cores wanted it ("steal" in
 * /proc/stat, all cores), in ms since boot; undefined where there is no /proc/stat.
 */
function stolenMs(): number | undefined {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n').find((line) => line.startsWith('cpu '));
    const steal = Number(cpu?.trim().split(/\s+/)[8]);
    return Number.isFinite(steal) ? steal * PROC_STAT_TICK_MS : undefined;
  } catch {
    return undefined;
  }
}

/** The last files of a batch, whose lint time shows the workers once (nearly) warm. */
const LATE_FILES = 10;

/** Lints per warm worker in the ceiling's measure, after BATCH_HALF lints of warm-up each. */
const WARM_LINTS = 10;

/**
 * How much faster two batch workers lint than one once both are warm (no warm-up, next to no
 * compiling left): each is warmed with as many lints as it gets in a 2-worker batch, one at a
 * time; then one lints WARM_LINTS copies alone, both lint that many at the same time, and the
 * other lints them alone. The same code as the batch, so it meets the same limits of these cores
 * (shared caches, memory, clock), where a busy loop meets few of them.
 */
async function warmWorkers(file: string): Promise<number> {
  const start = async () => {
    const worker = await startWorker(workerDataFor(2));
    if (worker instanceof Error) throw worker;
    return worker;
  };
  let id = 0;
  const lints = async (w: Worker, n: number) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const outcome = await runOne(w, ++id, file, config);
      if (!('result' in outcome)) throw new Error(`a warm lint failed: ${'failure' in outcome ? outcome.failure.message : Object.keys(outcome)[0]}`);
    }
    return performance.now() - t0;
  };
  const [a, b] = [await start(), await start()];
  try {
    await lints(a, BATCH_HALF);
    await lints(b, BATCH_HALF);
    const aloneA = await lints(a, WARM_LINTS);
    const t0 = performance.now();
    await Promise.all([lints(a, WARM_LINTS), lints(b, WARM_LINTS)]);
    const together = performance.now() - t0;
    const aloneB = await lints(b, WARM_LINTS);
    return (aloneA + aloneB) / together;
  } finally {
    await Promise.all([a.terminate(), b.terminate()]);
  }
}

/** A busy loop: arithmetic on one number, next to no memory. */
const BUSY_LOOP = 'let x = 0; for (let i = 0; i < 4e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);';

/**
 * A loop with a lint's kind of work, in a few lines and none of this project's code: it splits a
 * text into words, lower-cases them into small objects, picks the figures with a regular
 * expression and joins them. It allocates faster than a lint does (it fills V8's young
 * generation more often: `node --trace-gc`), so it is a yardstick, not a bound.
 */
const ALLOCATING_LOOP = `
const text = 'Realisasi anggaran Program Penyelenggaraan Pemerintahan sebesar Rp 1.234.567,89 atau 96,51% dari pagu '.repeat(2000);
let n = 0;
for (let r = 0; r < 300; r++) {
  const words = text.split(' ').map((w, i) => ({ w: w.toLowerCase(), i }));
  const figures = words.filter((x) => /\\d/.test(x.w)).map((x) => x.w.replace(/\\./g, '').replace(',', '.'));
  n += figures.join('|').length + words.length;
}
require('node:worker_threads').parentPort.postMessage(n);`;

/** Wall and CPU time (all threads) of `n` copies of a loop, each on its own worker thread, all at once. */
async function loops(code: string, n: number): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => new Worker(code, { eval: true }).once('message', resolve))));
  const cpu = process.cpuUsage(cpu0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

async function main(): Promise<void> {
  // V8 as the CLI sets it for every lint (src/engine/v8-tuning.ts).
  tuneV8ForLinting();
  // --case runs one case in this process (the bench starts one process per case).
  const { values: args } = parseArgs({ options: { case: { type: 'string' }, 'batch-only': { type: 'boolean' } } });
  if (args.case === 'batch') {
    process.stdout.write(JSON.stringify(await runBatch()));
    return;
  }
  if (args.case !== undefined) {
    const [format, times] = args.case.split(':');
    process.stdout.write(JSON.stringify(await runCase(format, Number(times))));
    return;
  }
  const self = fileURLToPath(import.meta.url);
  if (!args['batch-only']) printFormatCases(self);
  // One process per round: the V8 settings of a 2-worker batch stay for the rest of a process.
  const rounds = Array.from({ length: BATCH_ROUNDS }, () => JSON.parse(execFileSync(process.execPath, [self, '--case', 'batch'], { encoding: 'utf8' })) as BatchRound);
  console.log('');
  console.log(
    `batch of ${BATCH_COPIES} copies of the reference report (text), worker threads, as the CLI runs them (2 workers: V8 inlining off and, on Node 20, later optimisation; LKJIP_V8_TUNING=0 keeps V8's defaults), Node ${process.version}, ${BATCH_ROUNDS} rounds, one process each:`,
  );
  const batchRows = [['round', '1 worker', 'cores busy', 'stolen', '2 workers', 'cores busy', 'stolen', 'speed-up', 'CPU bound', 'warm-up bound', 'warm ceiling', 'control', 'loop CPU', 'alloc control']];
  rounds.forEach((b, i) => {
    const bounds = batchBounds(b);
    batchRows.push([
      String(i + 1),
      fmt(b.one),
      b.oneCores.toFixed(2),
      fmtStolen(b.oneStolen),
      fmt(b.two),
      b.twoCores.toFixed(2),
      fmtStolen(b.twoStolen),
      `${(b.one / b.two).toFixed(2)}×`,
      `${bounds.cpu.toFixed(2)}×`,
      `${bounds.warmUp.toFixed(2)}×`,
      `${b.warmCeiling.toFixed(2)}×`,
      `${bounds.control.toFixed(2)}×`,
      `${b.loopCpuPerThread.toFixed(2)}×`,
      `${bounds.allocControl.toFixed(2)}×`,
    ]);
  });
  batchRows.push(['median', '', '', '', '', '', '', `${median(rounds.map((b) => b.one / b.two)).toFixed(2)}×`, '', '', `${median(rounds.map((b) => b.warmCeiling)).toFixed(2)}×`, `${median(rounds.map((b) => batchBounds(b).control)).toFixed(2)}×`, `${median(rounds.map((b) => b.loopCpuPerThread)).toFixed(2)}×`, `${median(rounds.map((b) => batchBounds(b).allocControl)).toFixed(2)}×`]);
  printTable(batchRows);
  const perFile = (key: keyof BatchRound['perFile']) => fmt(median(rounds.map((b) => b.perFile[key])));
  console.log(
    `lint time of one file (median over the rounds): 1 worker: the first ${perFile('oneFirst')}, the last ${LATE_FILES} ${perFile('oneLast')} each; 2 workers: the first two ${perFile('twoFirst')}, the last ${LATE_FILES} ${perFile('twoLast')} each.`,
  );
  console.log(
    `  stolen: CPU time the host gave to others while this machine's cores wanted it, during the run (steal in /proc/stat, both cores; — where there is none): time a run lost that no code of ours could use.`,
  );
  console.log(`  CPU bound: two cores cannot run the 2-worker batch in less than half the CPU time (all threads) it used.`);
  console.log(
    `  warm-up bound: the 1-worker run's lint time over that of its first ${BATCH_HALF} files; each of 2 workers starts as cold with half the files, so 2 workers can lint at most that much faster even on free cores.`,
  );
  console.log(
    `  warm ceiling: two workers warmed with ${BATCH_HALF} lints each, then ${WARM_LINTS} lints each at once, against ${WARM_LINTS} on each alone: how much faster these cores run two workers than one once nothing is cold; a batch from cold, with its warm-up and compiling still to do, is not expected to beat it.`,
  );
  console.log(`  control: the same busy loop on 1 thread, and twice at once on 2: how much faster this machine runs two threads than one.`);
  console.log(
    `  loop CPU: the CPU time each of the two busy loops took when run at once, over the time one took alone: 1.00× where the two cores do not slow each other; above it, the machine (its host) runs a thread slower while the other core is busy, and no work can gain 2×.`,
  );
  console.log(
    `  alloc control: the same, with a loop of a lint's kind of work (words split, lower-cased into small objects, figures picked by a regular expression and joined; none of this project's code; it allocates faster than a lint): how much faster this machine runs two threads than one when they allocate and collect garbage.`,
  );
}

function printFormatCases(self: string): void {
  console.log(
    `lkjip-lint bench: median of ${RUNS} runs (3 for ×16) after ${WARMUP} warm-up runs (1 for ×16), Node ${process.version}, one process per case; PDF lint and pdf-parse getText() run in turns; V8 set as the CLI sets it (LKJIP_V8_TUNING=0 leaves it)`,
  );
  const rows = [['input', 'pages', 'findings', 'extract', 'rules', 'total', 'peak RSS', 'pdf-parse getText', 'total / getText']];
  for (const format of ['txt', 'docx', 'pdf', 'xlsx']) {
    for (const times of [1, 4, 16]) {
      const out = execFileSync(process.execPath, [self, '--case', `${format}:${times}`], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const r = JSON.parse(out) as CaseResult;
      rows.push([
        `${format}${times > 1 ? ` ×${times}` : ''}`,
        String(r.pages),
        String(r.findings),
        fmt(r.extractMs),
        fmt(r.rulesMs),
        fmt(r.totalMs),
        `${r.maxRssMiB.toFixed(0)} MiB`,
        r.getTextMs !== undefined ? fmt(r.getTextMs) : '',
        r.getTextMs !== undefined ? `${(r.totalMs / r.getTextMs).toFixed(2)}×` : '',
      ]);
    }
  }
  printTable(rows);
  console.log('pages: PDF pages, XLSX sheets, text lines / 50, DOCX paragraphs / 40 (an estimate of printed pages).');
}

interface BatchRound {
  one: number;
  oneCores: number;
  /** Steal time during the run (ms, all cores; NaN without /proc/stat). */
  oneStolen: number;
  two: number;
  twoCores: number;
  twoStolen: number;
  loopOne: number;
  loopTwo: number;
  /** CPU time each of two busy loops run at once took, over that of one alone: 1 when the cores do not slow each other. */
  loopCpuPerThread: number;
  allocOne: number;
  allocTwo: number;
  /** Two warm workers' speed over one's (warmWorkers). */
  warmCeiling: number;
  oneLintMs: number;
  oneFirstHalfLintMs: number;
  /** Lint time of single files (ms): the first file(s), and the median of the last LATE_FILES, on 1 and on 2 workers. */
  perFile: { oneFirst: number; oneLast: number; twoFirst: number; twoLast: number };
}

function batchBounds(b: BatchRound): { cpu: number; warmUp: number; control: number; allocControl: number } {
  const cpuTwoMs = b.two * b.twoCores;
  return {
    cpu: b.one / (cpuTwoMs / 2),
    warmUp: b.oneLintMs / b.oneFirstHalfLintMs,
    control: (2 * b.loopOne) / b.loopTwo,
    allocControl: (2 * b.allocOne) / b.allocTwo,
  };
}

await main();
