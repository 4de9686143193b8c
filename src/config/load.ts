import { basename, extname, resolve } from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { ConfigError } from '../engine/errors.js';
import type { Lang, LintConfig, Rule, RuleSetting } from '../engine/types.js';
import { displayPath } from '../util/paths.js';
import { configMessages as m } from './messages.js';
import { parseRuleOverrides, validateConfigFile, validateYear, type ConfigFileContent } from './validate.js';

export interface LoadConfigOptions {
  cwd: string;
  /** Load exactly this file instead of searching. */
  configPath?: string;
  /** CLI `--rule id:severity` values, applied on top of the file. */
  ruleOverrides?: string[];
  lang?: Lang;
  /** Rounding only: a figure may not be a truncation. */
  strict?: boolean;
  year?: number;
}

const TOOL_NAME = 'lkjip-lint';
const SEARCH_PLACES = ['.lkjiplintrc.json', 'lkjip-lint.config.json', 'package.json'];

/**
 * Build the full configuration: rule defaults, then the config file (found from `cwd` upward, or
 * `configPath`), then the CLI. Every problem is a ConfigError naming the file or option.
 */
export async function loadConfig(opts: LoadConfigOptions, rules: readonly Rule[]): Promise<LintConfig> {
  const file = await readConfigFile(opts.cwd, opts.configPath, rules);
  const settings = defaultSettings(rules);
  for (const [ruleId, setting] of Object.entries(file.rules)) {
    settings[ruleId] = {
      severity: setting.severity ?? settings[ruleId].severity,
      options: { ...settings[ruleId].options, ...setting.options },
    };
  }
  for (const { ruleId, severity } of parseRuleOverrides(opts.ruleOverrides ?? [], rules)) {
    settings[ruleId] = { ...settings[ruleId], severity };
  }
  const config: LintConfig = {
    rules: settings,
    rounding: opts.strict ? 'round' : (file.rounding ?? 'round-or-truncate'),
    lang: opts.lang ?? file.lang ?? 'id',
  };
  const year = opts.year !== undefined ? validateYear(opts.year, '--year') : file.year;
  if (year !== undefined) config.year = year;
  if (file.unit) config.unit = file.unit;
  return config;
}

function defaultSettings(rules: readonly Rule[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const options: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.meta.options ?? {})) options[name] = spec.default;
    settings[rule.meta.id] = { severity: rule.meta.defaultSeverity, options };
  }
  return settings;
}

async function readConfigFile(cwd: string, configPath: string | undefined, rules: readonly Rule[]): Promise<ConfigFileContent> {
  const result = await findConfigFile(cwd, configPath);
  if (!result || result.isEmpty || result.config === undefined) return { rules: {} };
  return validateConfigFile(result.config, displayPath(cwd, result.filepath), rules);
}

/**
 * The language the config file asks for, read before the command line is parsed (for --help and
 * argument errors); undefined when there is no such file or setting, or the file has a problem
 * (which loadConfig reports afterwards).
 */
export async function configuredLang(cwd: string, configPath?: string): Promise<Lang | undefined> {
  try {
    const lang = ((await findConfigFile(cwd, configPath))?.config as { lang?: unknown } | undefined)?.lang;
    return lang === 'id' || lang === 'en' ? lang : undefined;
  } catch {
    return undefined;
  }
}

async function findConfigFile(cwd: string, configPath: string | undefined): Promise<LilconfigResult> {
  const display = (file: string) => displayPath(cwd, file);
  const parseJson = (file: string, content: string): unknown => {
    try {
      return JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new ConfigError(display(file), m.invalidJson, { detail: (err as Error).message });
    }
  };
  const explorer = lilconfig(TOOL_NAME, {
    searchPlaces: SEARCH_PLACES,
    packageProp: TOOL_NAME,
    loaders: { '.json': parseJson, noExt: parseJson },
    cache: false,
  });

  let result: LilconfigResult;
  if (configPath !== undefined) {
    const file = resolve(cwd, configPath);
    if (!['.json', ''].includes(extname(file).toLowerCase())) throw new ConfigError(display(file), m.notJsonFile);
    try {
      result = await explorer.load(file);
    } catch (err) {
      throw asConfigError(err, display(file));
    }
    if (basename(file) === 'package.json' && result?.config == null) throw new ConfigError(display(file), m.noPackageKey);
  } else {
    try {
      result = await explorer.search(cwd);
    } catch (err) {
      throw asConfigError(err, cwd);
    }
  }
  return result;
}

function asConfigError(err: unknown, source: string): Error {
  if (err instanceof ConfigError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ConfigError(source, m.notFound);
  if (code) return new ConfigError(source, m.unreadable, { code });
  return err as Error;
}
