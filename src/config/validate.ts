import { ConfigError } from '../engine/errors.js';
import type { Lang, LintConfig, Rule, RuleSetting, SeveritySetting } from '../engine/types.js';
import type { RoundingPolicy } from '../numbers/interval.js';
import { configMessages as m } from './messages.js';

/** What a config file may say, after validation. */
export interface ConfigFileContent {
  rules: Record<string, Partial<RuleSetting>>;
  rounding?: RoundingPolicy;
  lang?: Lang;
  year?: number;
  unit?: LintConfig['unit'];
}

const TOP_LEVEL_KEYS = ['rules', 'rounding', 'lang', 'year', 'unit'];
const UNIT_KEYS = ['type', 'name', 'regency', 'province'];
const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const ROUNDINGS: readonly RoundingPolicy[] = ['round-or-truncate', 'round'];
const LANGS: readonly Lang[] = ['id', 'en'];

/** Check a parsed config file; `source` names it in error messages. */
export function validateConfigFile(raw: unknown, source: string, rules: readonly Rule[]): ConfigFileContent {
  if (!isPlainObject(raw)) throw new ConfigError(source, m.notObject, { value: show(raw) });
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      throw new ConfigError(source, m.unknownKey, { key, known: TOP_LEVEL_KEYS.join(', ') });
    }
  }
  const content: ConfigFileContent = { rules: validateRules(raw.rules, source, rules) };
  if (raw.rounding !== undefined) {
    if (!ROUNDINGS.includes(raw.rounding as RoundingPolicy)) {
      throw new ConfigError(source, m.badRounding, { value: show(raw.rounding) });
    }
    content.rounding = raw.rounding as RoundingPolicy;
  }
  if (raw.lang !== undefined) {
    if (!LANGS.includes(raw.lang as Lang)) throw new ConfigError(source, m.badLang, { value: show(raw.lang) });
    content.lang = raw.lang as Lang;
  }
  if (raw.year !== undefined) content.year = validateYear(raw.year, source);
  if (raw.unit !== undefined) content.unit = validateUnit(raw.unit, source);
  return content;
}

export function validateYear(value: unknown, source: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2100) {
    throw new ConfigError(source, m.badYear, { value: show(value) });
  }
  return value;
}

/** Parse the CLI's `--rule id:severity` values. The last colon separates, so ids may contain colons. */
export function parseRuleOverrides(
  overrides: readonly string[],
  rules: readonly Rule[],
): Array<{ ruleId: string; severity: SeveritySetting }> {
  const source = '--rule';
  return overrides.map((text) => {
    const colon = text.lastIndexOf(':');
    if (colon <= 0) throw new ConfigError(source, m.badOverride, { value: text });
    const ruleId = text.slice(0, colon).trim();
    const severity = text.slice(colon + 1).trim();
    findRule(ruleId, rules, source);
    return { ruleId, severity: validateSeverity(severity, ruleId, source) };
  });
}

function validateRules(
  raw: unknown,
  source: string,
  rules: readonly Rule[],
): Record<string, Partial<RuleSetting>> {
  if (raw === undefined) return {};
  if (!isPlainObject(raw)) throw new ConfigError(source, m.rulesNotObject);
  const out: Record<string, Partial<RuleSetting>> = {};
  for (const [ruleId, value] of Object.entries(raw)) {
    const rule = findRule(ruleId, rules, source);
    if (typeof value === 'string') {
      out[ruleId] = { severity: validateSeverity(value, ruleId, source) };
    } else if (Array.isArray(value) && (value.length === 1 || value.length === 2)) {
      out[ruleId] = {
        severity: validateSeverity(value[0], ruleId, source),
        options: validateOptions(value[1], rule, source),
      };
    } else {
      throw new ConfigError(source, m.badRuleValue, { rule: ruleId, value: show(value) });
    }
  }
  return out;
}

function findRule(ruleId: string, rules: readonly Rule[], source: string): Rule {
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new ConfigError(source, m.unknownRule, { rule: ruleId });
  return rule;
}

function validateSeverity(value: unknown, ruleId: string, source: string): SeveritySetting {
  if (typeof value !== 'string' || !SEVERITIES.includes(value as SeveritySetting)) {
    throw new ConfigError(source, m.badSeverity, { rule: ruleId, value: typeof value === 'string' ? value : show(value) });
  }
  return value as SeveritySetting;
}

function validateOptions(raw: unknown, rule: Rule, source: string): Record<string, unknown> {
  if (raw === undefined) return {};
  const ruleId = rule.meta.id;
  if (!isPlainObject(raw)) throw new ConfigError(source, m.optionsNotObject, { rule: ruleId, value: show(raw) });
  const specs = rule.meta.options ?? {};
  const known = Object.keys(specs);
  for (const [option, value] of Object.entries(raw)) {
    const spec = specs[option];
    if (!spec) {
      if (known.length === 0) throw new ConfigError(source, m.ruleTakesNoOptions, { rule: ruleId, option });
      throw new ConfigError(source, m.unknownOption, { rule: ruleId, option, known: known.join(', ') });
    }
    const typeMatches = typeof value === spec.type && (spec.type !== 'number' || Number.isFinite(value));
    if (!typeMatches) {
      throw new ConfigError(source, m.badOptionType, { rule: ruleId, option, type: spec.type, value: show(value) });
    }
  }
  return { ...raw };
}

function validateUnit(raw: unknown, source: string): LintConfig['unit'] {
  if (!isPlainObject(raw)) throw new ConfigError(source, m.unitNotObject, { value: show(raw) });
  const unit: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!UNIT_KEYS.includes(key)) {
      throw new ConfigError(source, m.unknownKey, { key: `unit.${key}`, known: UNIT_KEYS.join(', ') });
    }
    if (typeof value !== 'string') throw new ConfigError(source, m.unitFieldNotText, { key, value: show(value) });
    unit[key] = value;
  }
  return unit;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the user wrote it, for messages. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
