/**
 * lkjip-lint as a library:
 *
 *   import { lint } from 'lkjip-lint';
 *   const report = await lint(['laporan.pdf'], { lang: 'id' });
 *   for (const file of report.files) for (const f of file.findings) console.log(f.message);
 *
 * `lint` returns what `--format json` prints (docs/json-format.md).
 */
import { resolve } from 'node:path';
import { applyBaseline, readBaseline } from './baseline/baseline.js';
import { DEFAULT_TIMEOUT_SECONDS, lintBatch } from './batch/pool.js';
import { resultOf, unmatchedResults } from './batch/results.js';
import { expandFiles } from './cli/files.js';
import { loadConfig } from './config/load.js';
import { lintFile } from './engine/linter.js';
import type { FileResult, Lang, SeveritySetting } from './engine/types.js';
import { jsonReport, type JsonReport } from './formatters/json.js';

export interface LintOptions {
  /** Language of the messages (default: the config file's, else 'id'). */
  lang?: Lang;
  /** Rule severities on top of the config file: `{ 'unit-name': 'off' }`. */
  rules?: Record<string, SeveritySetting>;
  /** A config file to use instead of searching from `cwd` upward. */
  config?: string;
  /** Printed figures must be rounded values (no truncation). */
  strict?: boolean;
  /** The fiscal year, when detection is wrong. */
  year?: number;
  /** Where relative paths, patterns and the config search start (default: process.cwd()). */
  cwd?: string;
  /** Files linted at the same time on worker threads (default: the number of cores). */
  concurrency?: number;
  /**
   * Seconds a file may take before it is stopped (default 300; 0: no limit). Without it, a single
   * file is linted in this thread, with no limit; with it, on a worker thread.
   */
  timeoutSeconds?: number;
  /** A baseline file (`--write-baseline`): findings accepted in it are left out. */
  baseline?: string;
}

/**
 * Lint report files, directories or glob patterns. A file that cannot be read gets its `error`
 * in the result instead of throwing; invalid options or configuration throw.
 */
export async function lint(files: string | readonly string[], options: LintOptions = {}): Promise<JsonReport> {
  const cwd = options.cwd ?? process.cwd();
  const { rules } = await import('../rules/index.js');
  const config = await loadConfig(
    {
      cwd,
      configPath: options.config,
      ruleOverrides: Object.entries(options.rules ?? {}).map(([id, severity]) => `${id}:${severity}`),
      lang: options.lang,
      strict: options.strict,
      year: options.year,
    },
    rules,
  );
  const expanded = await expandFiles(typeof files === 'string' ? [files] : files, cwd);
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const results: FileResult[] = unmatchedResults(expanded.unmatched, cwd, config.lang);
  const outcomes = await lintBatch(expanded.files, config, {
    concurrency: options.concurrency,
    timeoutMs: timeoutSeconds * 1000,
    limitSingleFile: options.timeoutSeconds !== undefined,
    lintInProcess: lintFile,
  });
  outcomes.forEach((o, i) => results.push(resultOf(expanded.files[i], o, config.lang, { seconds: timeoutSeconds, option: 'timeoutSeconds' })));
  const shown = options.baseline ? applyBaseline(results, await readBaseline(resolve(cwd, options.baseline))).results : results;
  return jsonReport(shown, config.lang);
}

export type { JsonReport } from './formatters/json.js';
export type { Finding, FileResult, Lang, Severity, SeveritySetting } from './engine/types.js';
export type { SourceLocation } from './model/index.js';
