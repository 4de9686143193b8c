import { performance } from 'node:perf_hooks';
import { Decimal } from 'decimal.js';
import { locationKey, type Report, type SourceLocation } from '../model/index.js';
import { Interval } from '../numbers/interval.js';
import { isPlainDecimal } from '../numbers/format.js';
import { forgetTexts } from '../numbers/parse.js';
import { extractReport } from '../extract/index.js';
import { normaliseReport } from '../normalise/index.js';
import { translate } from '../i18n/index.js';
import { rules as allRules } from '../../rules/index.js';
import { compareFindings } from './order.js';
import { InputError } from './errors.js';
import type { Finding, FindingInput, FileResult, LintConfig, Rule, RuleContext } from './types.js';

/** Run every enabled rule over an extracted report. Findings come back in document order. */
export function lintReport(report: Report, config: LintConfig, rules: readonly Rule[] = allRules): Finding[] {
  forgetTexts();
  const doc = normaliseReport(report);
  const findings: Finding[] = [];
  const rechecks = new Map<Finding, Required<Pick<FindingInput, 'inputs' | 'recheck'>>>();
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    const severitySetting = setting?.severity ?? rule.meta.defaultSeverity;
    if (severitySetting === 'off') continue;
    const options = { ...defaultOptions(rule), ...(setting?.options ?? {}) };
    const context: RuleContext = {
      doc,
      options,
      rounding: config.rounding,
      lang: config.lang,
      report(input: FindingInput) {
        const template = rule.meta.messages[input.messageId];
        if (!template) throw new Error(`rule ${rule.meta.id}: unknown message ${input.messageId}`);
        const finding: Finding = {
          ruleId: rule.meta.id,
          family: rule.meta.family,
          severity: lowerOf(severitySetting, input.severity),
          message: translate(template, config.lang, input.data),
          location: input.location,
          related: input.related ?? [],
          expected: input.expected,
          actual: input.actual,
          excerpt: input.excerpt,
        };
        findings.push(finding);
        if (input.recheck && input.inputs?.length) rechecks.set(finding, { inputs: input.inputs, recheck: input.recheck });
      },
    };
    rule.check(context);
  }
  return dropEchoes(dropConsequences(dropRepeats(findings), rechecks)).sort(compareFindings);
}

/**
 * A figure computed from a figure that is itself reported wrong (a percentage of a wrong
 * total, the sisa of a wrong realisasi) is not reported again when it holds with the value the
 * other finding expects: the reviewer gets the cause, not its echoes. Repeated until nothing
 * changes, since a dropped finding's correction no longer stands.
 */
function dropConsequences(findings: Finding[], rechecks: Map<Finding, Required<Pick<FindingInput, 'inputs' | 'recheck'>>>): Finding[] {
  let kept = findings;
  for (let round = 0; round < 5; round++) {
    const corrections = new Map<string, Interval>();
    for (const f of kept) {
      if (!isPlainDecimal(f.expected)) continue;
      corrections.set(locationKey(f.location), Interval.exact(f.expected));
    }
    const next = kept.filter((f) => {
      const r = rechecks.get(f);
      if (!r || !r.inputs.some((l) => corrections.has(locationKey(l)))) return true;
      return !r.recheck((l) => corrections.get(locationKey(l)));
    });
    if (next.length === kept.length) return kept;
    kept = next;
  }
  return kept;
}

/**
 * One error, one finding: a figure that two rules recompute to the same value (a sisa that is
 * neither pagu − realisasi nor the sum of its rows' sisa, both giving the same number) is
 * reported once, by the rule that runs first, with the places the other one compared.
 */
function dropRepeats(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  return findings.filter((f) => {
    if (f.expected === undefined) return true;
    const key = [locationKey(f.location), f.actual, f.expected].join('|');
    const kept = seen.get(key);
    if (!kept) {
      seen.set(key, f);
      return true;
    }
    mergeRelated(kept, f);
    return false;
  });
}

/** The places a dropped finding compared go to the finding kept in its stead. */
function mergeRelated(kept: Finding, dropped: Finding): void {
  const known = new Set([kept.location, ...kept.related.map((r) => r.location)].map(locationKey));
  const added = dropped.related.filter((r) => !known.has(locationKey(r.location)));
  if (added.length) kept.related = [...kept.related, ...added];
}

/**
 * A figure the row's own formula already corrects (capaian = realisasi ÷ target) and that the
 * rest of the report states with the same value, up to the last printed digit, is one error:
 * the arithmetic finding stays (it can be checked on the row itself), the cross-reference one is
 * dropped and its places go to the kept finding. Different corrections both stay: they say
 * different things.
 */
function dropEchoes(findings: Finding[]): Finding[] {
  const arithmetic = new Map<string, Finding>();
  for (const f of findings) if (f.family === 'arithmetic' && isPlainDecimal(f.expected)) arithmetic.set(locationKey(f.location), f);
  return findings.filter((f) => {
    if (f.family !== 'cross-reference' || !isPlainDecimal(f.expected)) return true;
    const kept = arithmetic.get(locationKey(f.location));
    if (!kept || !withinLastDigit(kept.expected!, f.expected!)) return true;
    mergeRelated(kept, f);
    return false;
  });
}


/** "95.22" and "95.21": the same value, rounded and truncated at the last printed digit. */
function withinLastDigit(a: string, b: string): boolean {
  const decimals = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  return new Decimal(a).minus(b).abs().lte(new Decimal(10).pow(-decimals));
}

const rank = { info: 0, warning: 1, error: 2 } as const;

/** A rule may lower a finding's severity (an uncertain reading), never raise it above the setting. */
function lowerOf(setting: Finding['severity'], requested?: Finding['severity']): Finding['severity'] {
  if (!requested) return setting;
  return rank[requested] < rank[setting] ? requested : setting;
}

function defaultOptions(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.meta.options ?? {})) out[name] = spec.default;
  return out;
}

/** Read, extract and lint one file. Fatal input problems come back as `error`, not thrown. */
export async function lintFile(file: string, config: LintConfig): Promise<FileResult> {
  const t0 = performance.now();
  let report: Report;
  try {
    report = await extractReport(file, { year: config.year, unit: config.unit });
  } catch (err) {
    if (err instanceof InputError) return { file, findings: [], error: err.describe(config.lang) };
    throw err;
  }
  const t1 = performance.now();
  const findings = lintReport(report, config);
  const t2 = performance.now();
  const unit = report.metadata.unit;
  return {
    file,
    format: report.format,
    unit: unit.name ? [unit.type, unit.name].filter(Boolean).join(' ') : undefined,
    year: report.metadata.year,
    findings,
    stats: { extractMs: t1 - t0, rulesMs: t2 - t1, readingThreads: report.size?.readingThreads ?? 1 },
    pages: pageCount(report),
  };
}

/** Pages of a PDF, sheets of a workbook, or an estimate of printed pages for text and DOCX. */
function pageCount(report: Report): number {
  const s = report.size ?? {};
  if (s.pages) return s.pages;
  if (s.sheets) return s.sheets;
  if (s.lines) return Math.ceil(s.lines / 50);
  return Math.ceil(report.blocks.length / 40);
}

export { translate };
