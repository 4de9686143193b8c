import yargs from 'yargs';
import { formatterNames } from '../formatters/index.js';
import { packageInfo } from '../util/package-info.js';

export interface CliArguments {
  files: string[];
  format: string;
  lang?: 'id' | 'en';
  config?: string;
  rule: string[];
  strict: boolean;
  /** Kept as typed so that messages can quote a bad value. */
  year?: string;
  quiet: boolean;
  maxWarnings: string;
  debug: boolean;
  color: boolean;
  output?: string;
  /** Kept as typed so that messages can quote a bad value. */
  concurrency?: string;
  timeout: string;
  baseline?: string;
  writeBaseline?: string;
}

export type ParsedArguments =
  | { kind: 'lint'; args: CliArguments }
  /** --help or --version: print and exit 0. */
  | { kind: 'output'; text: string }
  | { kind: 'error'; problem: string };

const EPILOG = `Configuration is read from .lkjiplintrc.json, lkjip-lint.config.json or the "lkjip-lint" key of
package.json, searched from the working directory upward; --rule overrides it.

Exit codes: 0 no errors; 1 findings of severity error, or more warnings than --max-warnings;
2 a file could not be read or checked, or the configuration/arguments are invalid.`;

function parser(argv: string[]) {
  return yargs(argv)
    .scriptName('lkjip-lint')
    .locale('en')
    .command('$0 [files..]', 'Check LKjIP reports for inconsistent figures, names, years and references.', (y) =>
      y.positional('files', { type: 'string', array: true, describe: 'Reports to check (.pdf, .docx, .xlsx, .txt, .md), directories or glob patterns' }),
    )
    .option('format', {
      alias: 'f',
      choices: formatterNames,
      default: 'stylish',
      describe: 'Output format (json: docs/json-format.md; the others: docs/formats.md)',
    })
    .option('output', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the output to this file (required for xlsx)' })
    .option('concurrency', { requiresArg: true, describe: 'Files checked at the same time, on worker threads (default: the number of cores)' })
    .option('timeout', { default: 300, requiresArg: true, describe: 'Seconds a file of a batch may take before it is stopped (0: no limit)' })
    .option('baseline', { type: 'string', requiresArg: true, describe: 'Report only findings not accepted in this baseline file' })
    .option('write-baseline', { type: 'string', requiresArg: true, describe: 'Record the current findings as accepted, in this file' })
    .option('lang', { choices: ['id', 'en'], describe: 'Language of the messages (default: id, or "lang" from the config file)' })
    .option('config', { alias: 'c', type: 'string', requiresArg: true, describe: 'Use this config file instead of searching for one' })
    .option('rule', { type: 'string', array: true, requiresArg: true, describe: 'Set a rule\'s severity: <rule-id>:<off|info|warning|error> (repeatable)' })
    .option('strict', { type: 'boolean', default: false, describe: 'Printed figures must be rounded values (do not accept truncation)' })
    // --year and --max-warnings have no declared type so that a bad value reaches our own message as typed.
    .option('year', { requiresArg: true, describe: 'Fiscal year of the report (e.g. 2023), when detection is wrong' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only (hide warnings and infos)' })
    .option('max-warnings', { default: -1, requiresArg: true, describe: 'Exit with code 1 when there are more warnings than this (-1: no limit)' })
    .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of unexpected errors' })
    .option('color', { type: 'boolean', default: true, describe: 'Colour the output (--no-color to disable)' })
    .parserConfiguration({ 'greedy-arrays': false })
    .version(packageInfo().version)
    .help()
    .alias('help', 'h')
    .epilog(EPILOG)
    .strict()
    .exitProcess(false)
    .wrap(100);
}

/** Parse without printing or exiting: help, version and errors come back as values. */
export function parseArguments(argv: string[]): Promise<ParsedArguments> {
  return new Promise((resolve) => {
    void parser(argv).parse(argv, {}, (err, parsed, output) => {
      if (err) return resolve({ kind: 'error', problem: err.message });
      if (parsed.help || parsed.version) return resolve({ kind: 'output', text: output });
      resolve({
        kind: 'lint',
        args: {
          files: ((parsed.files as unknown[] | undefined) ?? []).map(String),
          format: last(parsed.format) as string,
          lang: last(parsed.lang) as CliArguments['lang'],
          config: last(parsed.config) as string | undefined,
          rule: ((parsed.rule as unknown[] | undefined) ?? []).map(String),
          strict: Boolean(parsed.strict),
          year: optionalText(last(parsed.year)),
          quiet: Boolean(parsed.quiet),
          maxWarnings: String(last(parsed.maxWarnings)),
          debug: Boolean(parsed.debug),
          color: parsed.color !== false,
          output: optionalText(last(parsed.output)),
          concurrency: optionalText(last(parsed.concurrency)),
          timeout: String(last(parsed.timeout)),
          baseline: optionalText(last(parsed.baseline)),
          writeBaseline: optionalText(last(parsed.writeBaseline)),
        },
      });
    });
  });
}

function optionalText(value: unknown): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** An option given twice arrives as an array; the last one wins. */
function last(value: unknown): unknown {
  return Array.isArray(value) ? value[value.length - 1] : value;
}
