import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lintFile } from '../engine/linter.js';
import { tuneV8ForLinting } from '../engine/v8-tuning.js';
import { sampleConfig, sampleReport } from '../bench/table.js';

/**
 * `npm run diag:jit [lints] [file]`: what V8's optimising compiler does while one thread lints
 * the same report again and again (the reference text by default, 40 times; V8 set as the CLI
 * sets it, LKJIP_V8_TUNING=0 for its defaults): per block of 10 lints, how many functions it
 * compiled, the compile time it reported (all three phases, most of it on helper threads) and
 * how many optimised functions it threw away (deoptimised); then the functions that cost the
 * most compile time after the first 20 lints, and why code was thrown away then. A diagnosis for
 * the batch and PDF speed bars, not a measure of speed.
 */
const self = fileURLToPath(import.meta.url);
const childAt = process.argv.indexOf('--child');

if (childAt >= 0) {
  const [count, file] = [Number(process.argv[childAt + 1]), process.argv[childAt + 2]];
  // V8 as the CLI sets it for every lint (LKJIP_V8_TUNING=0 leaves it, to see V8's defaults).
  tuneV8ForLinting();
  for (let i = 0; i < count; i++) {
    process.stdout.write(`@@LINT ${i}\n`);
    await lintFile(file, sampleConfig);
  }
} else {
  const count = Number(process.argv[2] ?? 40);
  const file = process.argv[3] ?? sampleReport('txt');
  const out = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', self, '--child', String(count), file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (out.status !== 0) throw new Error(out.stderr);
  report(out.stdout, count);
}

function report(trace: string, count: number): void {
  let lint = -1;
  const blocks = new Map<number, { compiles: number; ms: number; deopts: number }>();
  const late = new Map<string, { compiles: number; ms: number }>();
  const lateDeopts = new Map<string, number>();
  for (const line of trace.split('\n')) {
    const marker = /^@@LINT (\d+)/.exec(line);
    if (marker) {
      lint = Number(marker[1]);
      continue;
    }
    const block = blocks.get(Math.floor(lint / 10)) ?? { compiles: 0, ms: 0, deopts: 0 };
    blocks.set(Math.floor(lint / 10), block);
    const compiled = /completed compiling \S+ <JSFunction (\S*) ?\(sfi = \w+\)>.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (compiled) {
      const ms = Number(compiled[2]) + Number(compiled[3]) + Number(compiled[4]);
      block.compiles++;
      block.ms += ms;
      if (lint >= 20) {
        const f = late.get(compiled[1] || '(anonymous)') ?? { compiles: 0, ms: 0 };
        f.compiles++;
        f.ms += ms;
        late.set(compiled[1] || '(anonymous)', f);
      }
    }
    const deopt = /bailout \(kind: [^,]*, reason: ([^)]*)\).*?deoptimizing \S+ <JSFunction (\S*) ?\(/.exec(line);
    if (deopt) {
      block.deopts++;
      if (lint >= 20) lateDeopts.set(`${deopt[2] || '(anonymous)'}: ${deopt[1]}`, (lateDeopts.get(`${deopt[2] || '(anonymous)'}: ${deopt[1]}`) ?? 0) + 1);
    }
  }
  console.log(`V8 optimising compiler over ${count} lints in one thread, Node ${process.version}`);
  console.log('lints      compiled  compile ms  deoptimised');
  for (const [b, v] of [...blocks].filter(([b]) => b >= 0).sort((x, y) => x[0] - y[0])) {
    console.log(`${`${b * 10 + 1}–${Math.min(count, b * 10 + 10)}`.padEnd(9)}  ${String(v.compiles).padStart(8)}  ${v.ms.toFixed(0).padStart(10)}  ${String(v.deopts).padStart(11)}`);
  }
  if (count > 20) {
    console.log('\nafter lint 20, the most compile time (function: times compiled, ms):');
    for (const [name, v] of [...late].sort((x, y) => y[1].ms - x[1].ms).slice(0, 15)) console.log(`  ${name}: ${v.compiles}, ${v.ms.toFixed(0)}`);
    console.log('\nafter lint 20, optimised code thrown away (function: reason, times):');
    for (const [what, n] of [...lateDeopts].sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`  ${what}, ${n}`);
  }
}
