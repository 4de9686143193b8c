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
