import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { lintFile } from '../engine/linter.js';
import type { LintConfig } from '../engine/types.js';
import { rules } from '../../rules/index.js';

/**
 * `npm run bench`: lint time of the bundled reference report, median of several runs, and
 * how it grows when the report is repeated 4 and 16 times.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const here = fileURLToPath(new URL('.', import.meta.url));
const sample = join(here, '../../../fixtures/reference/lkjip-dumai-barat-2023.txt');

const config: LintConfig = {
  rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: {} }])),
  rounding: 'round-or-truncate',
  lang: 'id',
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function measure(file: string, runs: number) {
  await lintFile(file, config); // warm-up: module loading and JIT
  const extract: number[] = [];
  const check: number[] = [];
  const total: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await lintFile(file, config);
    total.push(performance.now() - t0);
    extract.push(result.stats?.extractMs ?? NaN);
    check.push(result.stats?.rulesMs ?? NaN);
    findings = result.findings.length;
  }
  return { extract: median(extract), rules: median(check), total: median(total), findings };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const text = readFileSync(sample, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'lkjip-bench-'));
try {
  console.log(`lkjip-lint bench: ${RUNS} runs each, median (Node ${process.version})`);
  const rows: string[][] = [['input', 'lines', 'findings', 'extract', 'rules', 'total']];
  for (const times of [1, 4, 16]) {
    const file = times === 1 ? sample : join(dir, `x${times}.txt`);
    if (times > 1) writeFileSync(file, Array.from({ length: times }, () => text).join('\n'));
    const lines = readFileSync(file, 'utf8').split('\n').length;
    const m = await measure(file, times === 16 ? Math.min(RUNS, 5) : RUNS);
    rows.push([times === 1 ? 'reference report' : `reference × ${times}`, String(lines), String(m.findings), fmt(m.extract), fmt(m.rules), fmt(m.total)]);
  }
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  for (const r of rows) console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
