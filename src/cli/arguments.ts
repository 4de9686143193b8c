import yargs from 'yargs';
import { formatterNames } from '../formatters/index.js';
import type { BilingualText, Lang } from '../engine/types.js';
import { packageInfo } from '../util/package-info.js';
import { helpTexts, yargsIndonesian } from './help-texts.js';

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
  /** Kept as typed; undefined when not given (a single file then has no time limit). */
  timeout?: string;
  baseline?: string;
  writeBaseline?: string;
}

export type ParsedArguments =
  | { kind: 'lint'; args: CliArguments }
  /** --help or --version: print and exit 0. */
  | { kind: 'output'; text: string }
  | { kind: 'error'; problem: string };

function parser(argv: string[], lang: Lang) {
  const t = (text: BilingualText) => text[lang];
  const files = t(helpTexts.files);
  return yargs(argv)
    .scriptName('lkjip-lint')
    .locale(lang)
    .updateLocale(lang === 'id' ? yargsIndonesian : {})
    .command(`$0 [${files}..]`, t(helpTexts.command), (y) => y.positional(files, { type: 'string', array: true, describe: t(helpTexts.filesDescription) }))
    .option('format', { alias: 'f', choices: formatterNames, default: 'stylish', describe: t(helpTexts.format) })
    .option('output', { alias: 'o', type: 'string', requiresArg: true, describe: t(helpTexts.output) })
    .option('concurrency', { requiresArg: true, describe: t(helpTexts.concurrency) })
    .option('timeout', { requiresArg: true, describe: t(helpTexts.timeout) })
    .option('baseline', { type: 'string', requiresArg: true, describe: t(helpTexts.baseline) })
    .option('write-baseline', { type: 'string', requiresArg: true, describe: t(helpTexts.writeBaseline) })
    .option('lang', { choices: ['id', 'en'], describe: t(helpTexts.lang) })
    .option('config', { alias: 'c', type: 'string', requiresArg: true, describe: t(helpTexts.config) })
    .option('rule', { type: 'string', array: true, requiresArg: true, describe: t(helpTexts.rule) })
    .option('strict', { type: 'boolean', default: false, describe: t(helpTexts.strict) })
    // --year and --max-warnings have no declared type so that a bad value reaches our own message as typed.
    .option('year', { requiresArg: true, describe: t(helpTexts.year) })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: t(helpTexts.quiet) })
    .option('max-warnings', { default: -1, requiresArg: true, describe: t(helpTexts.maxWarnings) })
    .option('debug', { type: 'boolean', default: false, describe: t(helpTexts.debug) })
    .option('color', { type: 'boolean', default: true, describe: t(helpTexts.color) })
    .parserConfiguration({ 'greedy-arrays': false })
    .version(packageInfo().version)
    .help()
    .alias('help', 'h')
    .epilog(t(helpTexts.epilog))
    .strict()
    .exitProcess(false)
    .wrap(100);
}

/**
 * Parse without printing or exiting: help, version and errors come back as values, in `lang`
 * (the language of the messages, known before parsing: see run.ts).
 */
export function parseArguments(argv: string[], lang: Lang): Promise<ParsedArguments> {
  return new Promise((resolve) => {
    void parser(argv, lang).parse(argv, {}, (err, parsed, output) => {
      if (err) return resolve({ kind: 'error', problem: err.message });
      if (parsed.help || parsed.version) return resolve({ kind: 'output', text: output });
      resolve({
        kind: 'lint',
        args: {
          files: ((parsed[helpTexts.files[lang]] as unknown[] | undefined) ?? []).map(String),
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
          timeout: optionalText(last(parsed.timeout)),
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
