import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyBaseline, readBaseline, writeBaseline } from '../baseline/baseline.js';
import { DEFAULT_TIMEOUT_SECONDS, lintBatch, type Outcome } from '../batch/pool.js';
import { failureMessage, resultOf, unmatchedResults, type TimeLimit } from '../batch/results.js';
import { configuredLang, loadConfig } from '../config/load.js';
import { configMessages } from '../config/messages.js';
import { ConfigError } from '../engine/errors.js';
import { tuneV8ForLinting } from '../engine/v8-tuning.js';
import type { lintFile } from '../engine/linter.js';
import type { FileResult, Lang, LintConfig, Rule } from '../engine/types.js';
import { getFormatter, isBinaryFormat } from '../formatters/index.js';
import { summarize } from '../formatters/summary.js';
import { fillIn, translate } from '../i18n/index.js';
import { fileProblem } from '../util/file-errors.js';
import { displayPath } from '../util/paths.js';
import { parseArguments, type CliArguments } from './arguments.js';
import { expandFiles } from './files.js';
import { cliMessages as m } from './messages.js';
import { startProgress } from './progress.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  /** The terminal for a batch's progress bar; absent when stderr is not a TTY. */
  progress?: NodeJS.WriteStream;
}

export interface CliDeps {
  lint?: typeof lintFile;
  /** The batch runner (tests replace it). */
  batch?: typeof lintBatch;
  /** The rule set the configuration is checked against (default: rules/index.ts). */
  rules?: readonly Rule[];
}

/** The whole command line: parse, configure, lint each file, print, and return the exit code. */
export async function run(argv: string[], io: CliIO, deps: CliDeps = {}): Promise<number> {
  tuneV8ForLinting();
  // Help and argument errors come before the full configuration: --lang, or the config file's.
  let lang: Lang = langArgument(argv) ?? (await configuredLang(io.cwd, argumentValue(argv, ['--config', '-c']))) ?? 'id';
  const parsed = await parseArguments(argv, lang);
  if (parsed.kind === 'output') {
    io.stdout(`${parsed.text}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr(`lkjip-lint: ${translate(m.badArguments, lang, { problem: parsed.problem })}\n`);
    return 2;
  }
  const args = parsed.args;
  lang = args.lang ?? lang;
  if (args.files.length === 0) {
    io.stderr(`lkjip-lint: ${translate(m.noFiles, lang)}\n`);
    return 2;
  }

  try {
    const format = getFormatter(args.format);
    if (isBinaryFormat(args.format) && !args.output) throw new ConfigError('--format', m.needsOutput, { format: args.format });
    const maxWarnings = parseMaxWarnings(args.maxWarnings);
    const concurrency = args.concurrency === undefined ? undefined : parseCount('--concurrency', args.concurrency, 1);
    const timeoutSeconds = parseCount('--timeout', args.timeout ?? String(DEFAULT_TIMEOUT_SECONDS), 0);
    const baseline = args.baseline ? await readBaseline(resolve(io.cwd, args.baseline)) : undefined;
    const rules = deps.rules ?? (await import('../../rules/index.js')).rules;
    const config = await loadConfig(
      {
        cwd: io.cwd,
        configPath: args.config,
        ruleOverrides: args.rule,
        lang: args.lang,
        strict: args.strict,
        year: parseYear(args.year),
      },
      rules,
    );
    lang = config.lang;
    const lint = deps.lint ?? (await import('../engine/linter.js')).lintFile;

    const { files, unmatched } = await expandFiles(args.files, io.cwd);
    if (args.output && files.includes(resolve(io.cwd, args.output))) throw new ConfigError('--output', m.outputIsInput, { path: resolve(io.cwd, args.output) });
    const results: FileResult[] = unmatchedResults(unmatched, io.cwd, lang);
    for (const pattern of unmatched) io.stderr(`lkjip-lint: ${translate(m.noMatch, lang, { pattern })}\n`);
    results.push(...(await lintMany(files, config, lint, args, io, { concurrency, timeoutSeconds, limitSingleFile: args.timeout !== undefined, batch: deps.batch })));

    if (args.writeBaseline) {
      const path = resolve(io.cwd, args.writeBaseline);
      await writeBaseline(path, results).catch((err: Error) => {
        throw new ConfigError('--write-baseline', fillIn(m.cannotWrite, 'problem', fileProblem(err)), { path });
      });
      io.stderr(`lkjip-lint: ${translate(m.baselineWritten, lang, { count: results.reduce((n, r) => n + r.findings.length, 0), path: args.writeBaseline })}\n`);
    }
    let checked = results;
    if (baseline) {
      const applied = applyBaseline(results, baseline);
      checked = applied.results;
      if (applied.suppressed > 0) io.stderr(`lkjip-lint: ${translate(m.baselineSuppressed, lang, { count: applied.suppressed })}\n`);
    }
    const shown = args.quiet ? checked.map(errorsOnly) : checked;
    const output = await format(shown, { lang, color: io.isTTY && args.color && !args.output, cwd: io.cwd });
    if (args.output) {
      const path = resolve(io.cwd, args.output);
      await writeFile(path, typeof output === 'string' ? `${output}\n` : output).catch((err: Error) => {
        throw new ConfigError('--output', fillIn(m.cannotWrite, 'problem', fileProblem(err)), { path });
      });
    } else io.stdout(`${output as string}\n`);
    return exitCode(checked, maxWarnings, lang, io);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`lkjip-lint: ${err.describe(lang)}\n`);
      return 2;
    }
    io.stderr(`lkjip-lint: ${describeUnexpected(err, lang, args.debug)}\n`);
    return 2;
  }
}

interface BatchSettings {
  concurrency?: number;
  timeoutSeconds: number;
  /** --timeout was given: it holds for a single file too. */
  limitSingleFile: boolean;
  batch?: typeof lintBatch;
}

/** Several files: in parallel on worker threads, with a progress bar on a terminal. */
async function lintMany(files: string[], config: LintConfig, lint: typeof lintFile, args: CliArguments, io: CliIO, s: BatchSettings): Promise<FileResult[]> {
  const progress = io.progress && files.length > 1 ? startProgress(io.progress, files.length, config.lang) : undefined;
  try {
    const outcomes = await (s.batch ?? lintBatch)(files, config, {
      concurrency: s.concurrency,
      timeoutMs: s.timeoutSeconds * 1000,
      limitSingleFile: s.limitSingleFile,
      lintInProcess: lint,
      tuneV8: true,
      onDone: () => progress?.increment(),
    });
    return outcomes.map((o, i) => reportedResultOf(files[i], o, config.lang, args, io, { seconds: s.timeoutSeconds, option: '--timeout' }));
  } finally {
    progress?.stop();
  }
}

/** A file that failed unexpectedly is also told on stderr (with its stack under --debug). */
function reportedResultOf(file: string, outcome: Outcome, lang: Lang, args: CliArguments, io: CliIO, limit: TimeLimit): FileResult {
  if ('failure' in outcome) {
    const err = outcome.failure;
    io.stderr(`${displayPath(io.cwd, file)}: ${describeUnexpected(Object.assign(new Error(failureMessage(err, lang)), { stack: err.workerStack }), lang, args.debug)}\n`);
  }
  return resultOf(file, outcome, lang, limit);
}

/**
 * 2 when a file could not be checked; 1 for errors or too many warnings; else 0. Warnings count
 * towards --max-warnings even under --quiet (as in ESLint), so that the two can be combined.
 */
function exitCode(results: FileResult[], maxWarnings: number, lang: Lang, io: CliIO): number {
  const totals = summarize(results);
  const tooManyWarnings = maxWarnings >= 0 && totals.warnings > maxWarnings;
  if (tooManyWarnings) {
    io.stderr(`lkjip-lint: ${translate(m.tooManyWarnings, lang, { count: totals.warnings, max: maxWarnings })}\n`);
  }
  if (totals.fatal > 0) return 2;
  if (totals.errors > 0 || tooManyWarnings) return 1;
  return 0;
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

function parseMaxWarnings(text: string): number {
  const value = Number(text);
  if (!/^\s*-?\d+\s*$/.test(text) || value < -1) {
    throw new ConfigError('--max-warnings', m.badMaxWarnings, { value: text });
  }
  return value;
}

function parseCount(option: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || value < min) throw new ConfigError(option, m.badCount, { value: text, min });
  return value;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(text)) throw new ConfigError('--year', configMessages.badYear, { value: JSON.stringify(text) });
  return Number(text);
}

function describeUnexpected(err: unknown, lang: Lang, debug: boolean): string {
  const message = translate(m.unexpected, lang, { message: errorMessage(err) });
  if (debug) return err instanceof Error && err.stack ? `${message}\n${err.stack}` : message;
  return `${message} ${translate(m.debugHint, lang)}`;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Before the arguments parse, take the language from the raw argv so that errors about them are in it. */
function langArgument(argv: string[]): Lang | undefined {
  const value = argumentValue(argv, ['--lang']);
  return value === 'id' || value === 'en' ? value : undefined;
}

/** An option's last value on the raw command line (`--name value` or `--name=value`). */
function argumentValue(argv: string[], names: string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (names.includes(arg)) value = argv[i + 1];
    for (const name of names) if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}
