import type { FileResult, Lang, RuleFamily, Severity } from '../engine/types.js';
import { displayPath } from '../util/paths.js';
import { familyLabel, findingRows, recommendation, severityLabel, type FindingRow } from './fields.js';
import { summarize } from './summary.js';
import type { BinaryFormatter, FormatterContext } from './types.js';
import { writeWorkbook, type CellValue, type Sheet, type SheetColumn } from './xlsx-writer.js';

type ColumnKey =
  | 'no'
  | 'file'
  | 'section'
  | 'table'
  | 'where'
  | 'description'
  | 'written'
  | 'expected'
  | 'basis'
  | 'severity'
  | 'family'
  | 'rule'
  | 'recommendation';

const LABELS = {
  id: {
    findings: 'Temuan',
    summary: 'Ringkasan',
    columns: {
      no: 'No',
      file: 'Berkas',
      section: 'Bab / Bagian',
      table: 'Tabel',
      where: 'Halaman / Baris',
      description: 'Uraian Temuan',
      written: 'Nilai Tertulis',
      expected: 'Nilai Seharusnya',
      basis: 'Dasar',
      severity: 'Tingkat',
      family: 'Kelompok',
      rule: 'Aturan',
      recommendation: 'Rekomendasi',
    } satisfies Record<ColumnKey, string>,
    fatal: 'Fatal',
    perFile: 'Per berkas',
    fileHeader: ['Berkas', 'Unit', 'Tahun', 'Format', 'Galat', 'Peringatan', 'Info', 'Keterangan'],
    unreadable: (error: string) => `Tidak dapat diperiksa: ${error}`,
    byFamily: 'Temuan per kelompok dan tingkat',
    familyHeader: ['Kelompok', 'Galat', 'Peringatan', 'Info', 'Jumlah'],
    total: 'Jumlah',
    overall: 'Jumlah keseluruhan',
    totals: { files: 'Berkas', errors: 'Galat', warnings: 'Peringatan', infos: 'Info', fatal: 'Berkas tidak dapat diperiksa' },
  },
  en: {
    findings: 'Findings',
    summary: 'Summary',
    columns: {
      no: 'No',
      file: 'File',
      section: 'Chapter / section',
      table: 'Table',
      where: 'Page / line',
      description: 'Finding',
      written: 'Stated value',
      expected: 'Expected value',
      basis: 'Basis',
      severity: 'Severity',
      family: 'Family',
      rule: 'Rule',
      recommendation: 'Recommendation',
    } satisfies Record<ColumnKey, string>,
    fatal: 'Fatal',
    perFile: 'Per file',
    fileHeader: ['File', 'Unit', 'Year', 'Format', 'Errors', 'Warnings', 'Infos', 'Remark'],
    unreadable: (error: string) => `Could not be checked: ${error}`,
    byFamily: 'Findings by family and severity',
    familyHeader: ['Family', 'Errors', 'Warnings', 'Infos', 'Total'],
    total: 'Total',
    overall: 'Overall totals',
    totals: { files: 'Files', errors: 'Errors', warnings: 'Warnings', infos: 'Infos', fatal: 'Files that could not be checked' },
  },
};
type Labels = (typeof LABELS)[Lang];

/** Widths in characters; the long texts wrap so that a row prints as a readable block. */
const COLUMNS: Array<{ key: ColumnKey } & SheetColumn> = [
  { key: 'no', width: 5 },
  { key: 'file', width: 24, wrap: true },
  { key: 'section', width: 24, wrap: true },
  { key: 'table', width: 16, wrap: true },
  { key: 'where', width: 24, wrap: true },
  { key: 'description', width: 60, wrap: true },
  { key: 'written', width: 16, wrap: true },
  { key: 'expected', width: 16, wrap: true },
  { key: 'basis', width: 40, wrap: true },
  { key: 'severity', width: 11 },
  { key: 'family', width: 16, wrap: true },
  { key: 'rule', width: 20 },
  { key: 'recommendation', width: 40, wrap: true },
];

/** Every family, in the order the summary lists them (the compiler checks that none is missing). */
const FAMILIES = Object.keys({
  arithmetic: 0,
  'cross-reference': 0,
  names: 0,
  efficiency: 0,
  predicates: 0,
  terbilang: 0,
  counts: 0,
  years: 0,
  narrative: 0,
  numbering: 0,
  input: 0,
} satisfies Record<RuleFamily, 0>) as RuleFamily[];

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The evaluator's finding sheet (Lembar Temuan): one row per finding, and a summary sheet. */
export const formatXlsx: BinaryFormatter = (results, ctx) => {
  const labels = LABELS[ctx.lang];
  return writeWorkbook([findingsSheet(results, ctx, labels), summarySheet(results, ctx, labels)]);
};

function findingsSheet(results: readonly FileResult[], ctx: FormatterContext, labels: Labels): Sheet {
  // A file column only tells something when there is more than one file.
  const columns = results.length > 1 ? COLUMNS : COLUMNS.filter((c) => c.key !== 'file');
  const rows: CellValue[][] = [columns.map((c) => labels.columns[c.key])];
  for (const result of results) {
    if (result.error !== undefined) rows.push(pick(columns, fatalCells(result, ctx, labels)));
    for (const row of findingRows(result, ctx.lang, ctx.cwd)) rows.push(pick(columns, findingCells(row)));
  }
  return { name: labels.findings, columns, rows, headerRows: [0], listHeader: true };
}

function pick(columns: ReadonlyArray<{ key: ColumnKey }>, cells: Partial<Record<ColumnKey, CellValue>>): CellValue[] {
  return columns.map((c) => cells[c.key]);
}

function findingCells(row: FindingRow): Record<ColumnKey, CellValue> {
  return {
    no: row.no,
    file: row.file,
    section: row.section,
    table: row.table,
    where: [row.where, row.cell].filter(Boolean).join('\n'),
    description: row.description,
    written: row.written,
    expected: row.expected,
    basis: row.basis,
    severity: row.severityLabel,
    family: row.familyLabel,
    rule: row.ruleId,
    recommendation: row.recommendation,
  };
}

/** A file that could not be read is a row too, so that a batch's failures are not overlooked. */
function fatalCells(result: FileResult, ctx: FormatterContext, labels: Labels): Partial<Record<ColumnKey, CellValue>> {
  return {
    file: displayPath(ctx.cwd, result.file),
    description: result.error,
    severity: labels.fatal,
    family: familyLabel('input', ctx.lang),
    recommendation: recommendation('input', ctx.lang),
  };
}

function summarySheet(results: readonly FileResult[], ctx: FormatterContext, labels: Labels): Sheet {
  const rows: CellValue[][] = [];
  const headerRows: number[] = [];
  const boldRows: number[] = [];
  const title = (text: string) => {
    boldRows.push(rows.length);
    rows.push([text]);
  };
  const header = (cells: string[]) => {
    headerRows.push(rows.length);
    rows.push(cells);
  };
  const total = (cells: CellValue[]) => {
    boldRows.push(rows.length);
    rows.push(cells);
  };
  const totals = summarize(results);

  title(labels.perFile);
  header(labels.fileHeader);
  for (const result of results) {
    const count = (severity: Severity) => result.findings.filter((f) => f.severity === severity).length;
    rows.push([
      displayPath(ctx.cwd, result.file),
      result.unit,
      result.year,
      result.format,
      ...SEVERITIES.map(count),
      result.error !== undefined ? labels.unreadable(result.error) : undefined,
    ]);
  }
  total([labels.total, undefined, undefined, undefined, totals.errors, totals.warnings, totals.infos]);
  rows.push([]);

  title(labels.byFamily);
  header(labels.familyHeader);
  const findings = results.flatMap((r) => r.findings);
  for (const family of FAMILIES) {
    const ofFamily = findings.filter((f) => f.family === family);
    if (ofFamily.length === 0) continue;
    const counts = SEVERITIES.map((s) => ofFamily.filter((f) => f.severity === s).length);
    rows.push([familyLabel(family, ctx.lang), ...counts, ofFamily.length]);
  }
  total([labels.total, totals.errors, totals.warnings, totals.infos, findings.length]);
  rows.push([]);

  title(labels.overall);
  const t = labels.totals;
  rows.push([t.files, totals.files], [t.errors, totals.errors], [t.warnings, totals.warnings], [t.infos, totals.infos], [t.fatal, totals.fatal]);

  const columns: SheetColumn[] = [
    { width: 36, wrap: true },
    { width: 26, wrap: true },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 50, wrap: true },
  ];
  return { name: labels.summary, columns, rows, headerRows, boldRows };
}
