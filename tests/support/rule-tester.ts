import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../src/extract/index.js';
import { extractText } from '../../src/extract/text.js';
import { detectMetadata } from '../../src/extract/metadata.js';
import { lintReport } from '../../src/engine/linter.js';
import type { Finding, Lang, LintConfig, Rule } from '../../src/engine/types.js';
import type { RoundingPolicy } from '../../src/numbers/interval.js';

/** A report written as converted text: tab-separated lines are table rows. */
export interface RuleTestCase {
  name: string;
  text: string;
  options?: Record<string, unknown>;
  rounding?: RoundingPolicy;
  lang?: Lang;
}

/** What an expected finding must match; every given field is compared. */
export interface ExpectedFinding {
  line?: number;
  expected?: string;
  actual?: string;
  severity?: Finding['severity'];
  /** Substrings the message must contain. */
  message?: string[];
  rowLabel?: string;
  columnLabel?: string;
}

export interface InvalidCase extends RuleTestCase {
  findings: ExpectedFinding[];
}

/** Lint a text report with one rule only (the rest off). */
export function lintWith(rule: Rule, c: RuleTestCase): Finding[] {
  const report = extractText('test.txt', c.text);
  report.metadata = detectMetadata(report);
  const config: LintConfig = {
    rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity, options: c.options ?? {} } },
    rounding: c.rounding ?? 'round-or-truncate',
    lang: c.lang ?? 'id',
  };
  return lintReport(report, config, [rule]);
}

/** ESLint-style rule tests: valid cases give no finding, invalid ones exactly the findings listed. */
export function testRule(rule: Rule, cases: { valid: RuleTestCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(lintWith(rule, c).map(summarise)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = lintWith(rule, c);
          expect(found).toHaveLength(c.findings.length);
          c.findings.forEach((want, i) => {
            const got = found[i];
            if (want.line !== undefined) expect(got.location.line).toBe(want.line);
            if (want.expected !== undefined) expect(got.expected).toBe(want.expected);
            if (want.actual !== undefined) expect(got.actual).toBe(want.actual);
            if (want.severity !== undefined) expect(got.severity).toBe(want.severity);
            if (want.rowLabel !== undefined) expect(got.location.rowLabel).toBe(want.rowLabel);
            if (want.columnLabel !== undefined) expect(got.location.columnLabel).toBe(want.columnLabel);
            for (const part of want.message ?? []) expect(got.message).toContain(part);
            expect(got.ruleId).toBe(rule.meta.id);
          });
        });
      }
    });
  });
}

function summarise(f: Finding): string {
  return `${f.location.line}: ${f.message}`;
}

/** Join table rows given as arrays of cells into tab-separated lines. */
export function tsv(...rows: string[][]): string {
  return rows.map((r) => r.join('\t')).join('\n');
}

/** A report as lines; each table row is one line of tab-separated cells, so line n is element n. */
export const lines = (...ls: string[]): string => ls.join('\n');

/** One table row: tab-separated cells. */
export const row = (...cells: string[]): string => cells.join('\t');

/** The same as `lines`, for lines given as one array. */
export const joinLines = (ls: string[]): string => ls.join('\n');

/** 1-based line of the first line containing `s`; throws when there is none. */
export function lineWith(ls: string[], s: string): number {
  const i = ls.findIndex((l) => l.includes(s));
  if (i < 0) throw new Error(`no line with ${s}`);
  return i + 1;
}

/** Lines given with keys: each line whose key `over` names is replaced; lines with the key '' are never replaced. */
export function keyedLines(base: Array<[string, string]>, over: Record<string, string>): string[] {
  return base.map(([k, v]) => (k && over[k] !== undefined ? over[k] : v));
}

/** The reference report (Kecamatan Dumai Barat, Kota Dumai, 2023) as converted text. */
export const REFERENCE = fileURLToPath(new URL('../../fixtures/reference/lkjip-dumai-barat-2023.txt', import.meta.url));

/** The text of the reference report. */
export function referenceText(): string {
  return readFileSync(REFERENCE, 'utf8');
}

/**
 * Lint the reference report with one rule only, Indonesian messages, rounding 'round-or-truncate'.
 * `rules` is the configuration of the rules ({} by default: the rule's own severity and options).
 */
export async function lintReference(rule: Rule, rules: LintConfig['rules'] = {}): Promise<Finding[]> {
  const report = await extractReport(REFERENCE);
  return lintReport(report, { rules, rounding: 'round-or-truncate', lang: 'id' }, [rule]);
}
