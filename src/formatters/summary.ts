import type { FileResult, Finding, Lang, RuleFamily, Severity } from '../engine/types.js';
import { FAMILIES, type FindingRow } from './fields.js';

export interface ResultSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be linted at all (`error` set). */
  fatal: number;
}

export function summarize(results: readonly FileResult[]): ResultSummary {
  const summary: ResultSummary = { files: results.length, errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const result of results) {
    if (result.error !== undefined) summary.fatal++;
    for (const finding of result.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/** Every severity, most severe first: the order of summary columns and filters. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FamilyCount {
  family: RuleFamily;
  bySeverity: Record<Severity, number>;
  total: number;
}

/** Findings per family and severity, for the families that have any, in the order of FAMILIES. */
export function familyCounts(findings: readonly Pick<Finding, 'family' | 'severity'>[]): FamilyCount[] {
  const counts = new Map<RuleFamily, FamilyCount>();
  for (const f of findings) {
    let c = counts.get(f.family);
    if (!c) counts.set(f.family, (c = { family: f.family, bySeverity: { error: 0, warning: 0, info: 0 }, total: 0 }));
    c.bySeverity[f.severity]++;
    c.total++;
  }
  const known = FAMILIES.filter((fam) => counts.has(fam)).map((fam) => counts.get(fam)!);
  return [...known, ...[...counts.values()].filter((c) => !FAMILIES.includes(c.family))];
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const SEVERITY_COUNT: Record<Lang, Record<Severity, (n: number) => string>> = {
  id: { error: (n) => `${n} galat`, warning: (n) => `${n} peringatan`, info: (n) => `${n} info` },
  en: { error: (n) => plural(n, 'error'), warning: (n) => plural(n, 'warning'), info: (n) => `${n} info` },
};

/** "3 galat", "1 warning". */
export function severityCount(n: number, severity: Severity, lang: Lang): string {
  return SEVERITY_COUNT[lang][severity](n);
}

/** "2 berkas tidak dapat diperiksa" / "2 files could not be checked". */
export function uncheckedFiles(n: number, lang: Lang): string {
  return lang === 'id' ? `${n} berkas tidak dapat diperiksa` : `${plural(n, 'file')} could not be checked`;
}

export interface RowGroup {
  /** The chapter or section ('' when unknown). */
  section: string;
  /** Its runs of findings: one table, or the text between tables ('' for the table). */
  tables: Array<{ table: string; rows: FindingRow[] }>;
}

/**
 * Section → table → rows, as the findings come (in document order): a new group wherever the
 * section or the table changes, so that the numbers read in order and the text between two tables
 * stays between them.
 */
export function groupRows(rows: readonly FindingRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (group?.section !== row.section) groups.push((group = { section: row.section, tables: [] }));
    const run = group.tables.at(-1);
    if (run?.table === row.table) run.rows.push(row);
    else group.tables.push({ table: row.table, rows: [row] });
  }
  return groups;
}

/** What the report says of itself, as far as known: its unit and its year. */
export function aboutParts(result: FileResult): string[] {
  return [result.unit, result.year].filter((x): x is NonNullable<typeof x> => x !== undefined && x !== '').map(String);
}

/** "3 galat, 1 peringatan, 0 info": every severity, zeros included. */
export function countsText(s: ResultSummary, lang: Lang): string {
  return [severityCount(s.errors, 'error', lang), severityCount(s.warnings, 'warning', lang), severityCount(s.infos, 'info', lang)].join(', ');
}
