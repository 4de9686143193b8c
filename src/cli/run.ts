import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { configMessages } from '../config/messages.js';
import { ConfigError } from '../engine/errors.js';
import type { lintFile } from '../engine/linter.js';
import type { FileResult, Lang, LintConfig, Rule } from '../engine/types.js';
import { getFormatter } from '../formatters/index.js';
import { summarize } from '../formatters/summary.js';
import { translate } from '../i18n/index.js';
import { parseArguments, type CliArguments } from './arguments.js';
import { cliMessages as m } from './messages.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
}

export interface CliDeps {
  lint?: typeof lintFile;
  /** The rule set the configuration is checked against (default: rules/index.ts). */
  rules?: readonly Rule[];
}

/** The whole command line: parse, configure, lint each file, print, and return the exit code. */
export async function run(argv: string[], io: CliIO, deps: CliDeps = {}): Promise<number> {
  const parsed = await parseArguments(argv);
  if (parsed.kind === 'output') {
    io.stdout(`${parsed.text}\n`);
    return 0;
  }
  let lang = guessLang(argv);
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
    const maxWarnings = parseMaxWarnings(args.maxWarnings);
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

    const results: FileResult[] = [];
    for (const file of args.files) results.push(await lintSafely(file, config, lint, args, io));
    const shown = args.quiet ? results.map(errorsOnly) : results;
    io.stdout(`${format(shown, { lang, color: io.isTTY && args.color, cwd: io.cwd })}\n`);
    return exitCode(results, maxWarnings, lang, io);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`lkjip-lint: ${err.describe(lang)}\n`);
      return 2;
    }
    io.stderr(`lkjip-lint: ${describeUnexpected(err, lang, args.debug)}\n`);
    return 2;
  }
}

/** One file's failure, expected or not, becomes its `error` so that the batch goes on. */
async function lintSafely(
  file: string,
  config: LintConfig,
  lint: typeof lintFile,
  args: CliArguments,
  io: CliIO,
): Promise<FileResult> {
  const path = resolve(io.cwd, file);
  try {
    return await lint(path, config);
  } catch (err) {
    io.stderr(`${file}: ${describeUnexpected(err, config.lang, args.debug)}\n`);
    return { file: path, findings: [], error: translate(m.unexpected, config.lang, { message: errorMessage(err) }) };
  }
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
function guessLang(argv: string[]): Lang {
  const i = argv.lastIndexOf('--lang');
  const value = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? (i >= 0 ? argv[i + 1] : undefined);
  return value === 'en' ? 'en' : 'id';
}
