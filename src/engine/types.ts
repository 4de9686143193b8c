import type { SourceLocation } from '../model/index.js';
import type { Interval } from '../numbers/interval.js';
import type { NormalisedReport } from '../normalise/types.js';
import type { RoundingPolicy } from '../numbers/interval.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Lang = 'id' | 'en';

export type RuleFamily =
  | 'arithmetic'
  | 'cross-reference'
  | 'names'
  | 'efficiency'
  | 'predicates'
  | 'terbilang'
  | 'counts'
  | 'years'
  | 'narrative'
  | 'numbering'
  | 'input';

/** A message in both languages; `{name}` placeholders are filled from the finding's data. */
export interface BilingualText {
  id: string;
  en: string;
}

export interface RuleOptionSpec {
  type: 'boolean' | 'number' | 'string';
  default: boolean | number | string;
  description: BilingualText;
}

export interface RuleMeta {
  id: string;
  family: RuleFamily;
  defaultSeverity: Severity;
  description: BilingualText;
  /** Path of the rule's documentation page, relative to the package root. */
  docs: string;
  messages: Record<string, BilingualText>;
  options?: Record<string, RuleOptionSpec>;
}

export interface RelatedLocation {
  location: SourceLocation;
  /** What this place says, e.g. the value stated there, as printed. */
  note?: string;
}

/** What a rule hands to `context.report`. */
export interface FindingInput {
  messageId: string;
  data?: Record<string, string | number>;
  location: SourceLocation;
  related?: RelatedLocation[];
  /** Plain decimal strings without grouping, e.g. "1357900300", "82.84". */
  expected?: string;
  actual?: string;
  excerpt?: string;
  /** Lower the rule's severity for this finding (e.g. when the reading of the table was uncertain). */
  severity?: Severity;
  /**
   * The figures the finding was computed from, and a recomputation with some of them replaced:
   * `recheck(value)` answers whether the stated figure holds when each input is `value(loc)`
   * (the value another finding says that cell should have) or, where that is undefined, as
   * printed. A finding that then holds is a consequence of an error reported elsewhere and is
   * dropped: one error, one finding.
   */
  inputs?: SourceLocation[];
  recheck?: (value: (loc: SourceLocation) => Interval | undefined) => boolean;
}

export interface Finding {
  ruleId: string;
  family: RuleFamily;
  severity: Severity;
  message: string;
  location: SourceLocation;
  related: RelatedLocation[];
  expected?: string;
  actual?: string;
  excerpt?: string;
}

export interface RuleContext {
  /** The report, its tables understood (column roles, row hierarchy); `doc.report` is the raw model. */
  doc: NormalisedReport;
  options: Record<string, unknown>;
  rounding: RoundingPolicy;
  lang: Lang;
  report(finding: FindingInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface LintConfig {
  rules: Record<string, RuleSetting>;
  rounding: RoundingPolicy;
  lang: Lang;
  /** Override of the fiscal year and the unit, when detection from the report is wrong. */
  year?: number;
  unit?: { type?: string; name?: string; regency?: string; province?: string };
}

export interface FileResult {
  file: string;
  format?: string;
  unit?: string;
  year?: number;
  findings: Finding[];
  /** A fatal problem with this file (unreadable, unsupported), already in the chosen language. */
  error?: string;
  /** For statistics: times, and the threads that read the file (2: a PDF shared with a worker thread). */
  stats?: { extractMs: number; rulesMs: number; readingThreads: number };
  /** Pages (PDF), sheets (XLSX), or an estimate of printed pages (text, DOCX); for statistics. */
  pages?: number;
}
