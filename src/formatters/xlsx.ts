import writeXlsxFile, { type Cell, type CellObject, type Row, type Sheet as WorkbookSheet } from 'write-excel-file/node';
import { getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings } from 'write-excel-file/utility';
import type { FileResult, Lang } from '../engine/types.js';
import { displayPath } from '../util/paths.js';
import { familyLabel, findingRows, recommendation, type FindingRow } from './fields.js';
import { familyCounts, SEVERITIES, summarize } from './summary.js';
import type { BinaryFormatter, FormatterContext } from './types.js';

type CellValue = string | number | undefined;

interface SheetColumn {
  /** In characters of the default font (Calibri 11), as Excel counts column widths. */
  width: number;
  /** Wrap long text inside the column's cells. */
  wrap?: boolean;
}

/** A sheet as this formatter builds it, before it is styled for write-excel-file. */
interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: CellValue[][];
  /** 0-based rows shown as a table header: bold on a grey fill, over a thin line. */
  headerRows?: number[];
  /** 0-based rows shown bold (titles, totals). */
  boldRows?: number[];
  /** The first row is the header of one list: frozen while scrolling. */
  listHeader?: boolean;
}

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
  { key: 'file', width: 18, wrap: true },
  { key: 'section', width: 18, wrap: true },
  { key: 'table', width: 12, wrap: true },
  { key: 'where', width: 18, wrap: true },
  { key: 'description', width: 50, wrap: true },
  { key: 'written', width: 14, wrap: true },
  { key: 'expected', width: 14, wrap: true },
  { key: 'basis', width: 32, wrap: true },
  { key: 'severity', width: 11 },
  { key: 'family', width: 14, wrap: true },
  { key: 'rule', width: 17 },
  { key: 'recommendation', width: 32, wrap: true },
];


/** The evaluator's finding sheet (Lembar Temuan): one row per finding, and a summary sheet. */
export const formatXlsx: BinaryFormatter = async (results, ctx) => {
  const labels = LABELS[ctx.lang];
  const sheets = [findingsSheet(results, ctx, labels), summarySheet(results, ctx, labels)];
  return writeXlsxFile(sheets.map(workbookSheet), {
    fontFamily: 'Calibri',
    fontSize: 11,
    features: [
      {
        // write-excel-file sets landscape A4 but has no "fit to page": one page wide, as long as it takes.
        files: {
          transform: {
            'xl/worksheets/sheet{id}.xml': {
              transformElementAttributes: (tag, attributes) =>
                tag === 'pageSetup' ? { ...attributes, fitToWidth: 1, fitToHeight: 0 } : attributes,
              transform: (xml) =>
                insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
                  getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [],
                  'worksheet',
                ),
            },
          },
        },
      },
    ],
  }).toBuffer();
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
  /** Titles and total rows. */
  const bold = (cells: CellValue[]) => {
    boldRows.push(rows.length);
    rows.push(cells);
  };
  const header = (cells: string[]) => {
    headerRows.push(rows.length);
    rows.push(cells);
  };
  const totals = summarize(results);

  bold([labels.perFile]);
  header(labels.fileHeader);
  for (const result of results) {
    const s = summarize([result]);
    const checked = result.error === undefined;
    rows.push([
      displayPath(ctx.cwd, result.file),
      result.unit,
      result.year,
      result.format,
      // Zero findings would read as "clean" for a file that was never checked.
      ...(checked || result.findings.length > 0 ? [s.errors, s.warnings, s.infos] : [undefined, undefined, undefined]),
      result.error === undefined ? undefined : labels.unreadable(result.error),
    ]);
  }
  bold([labels.total, undefined, undefined, undefined, totals.errors, totals.warnings, totals.infos]);
  rows.push([]);

  bold([labels.byFamily]);
  header(labels.familyHeader);
  const findings = results.flatMap((r) => r.findings);
  for (const { family, bySeverity, total } of familyCounts(findings)) {
    rows.push([familyLabel(family, ctx.lang), ...SEVERITIES.map((s) => bySeverity[s]), total]);
  }
  bold([labels.total, totals.errors, totals.warnings, totals.infos, findings.length]);
  rows.push([]);

  bold([labels.overall]);
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

/** The sheet with its styles, in write-excel-file's terms. */
function workbookSheet(sheet: Sheet): WorkbookSheet<never> {
  const headers = new Set(sheet.headerRows ?? []);
  const bolds = new Set(sheet.boldRows ?? []);
  const data = sheet.rows.map((row, r): Row => {
    const height = rowHeight(row, sheet.columns);
    return row.map((value, c): Cell => {
      if (value === undefined || value === '') return null;
      const cell: CellObject = { value: typeof value === 'string' ? cellText(value) : value, alignVertical: 'top' };
      if (headers.has(r)) Object.assign(cell, HEADER_STYLE);
      else if (bolds.has(r)) cell.fontWeight = 'bold';
      else if (sheet.columns[c]?.wrap) cell.wrap = true;
      // write-excel-file takes a row's height from its cells.
      if (height !== undefined) cell.height = height;
      return cell;
    });
  });
  return {
    sheet: sheet.name,
    data,
    columns: sheet.columns.map((c) => ({ width: c.width })),
    orientation: 'landscape',
    ...(sheet.listHeader ? { stickyRowsCount: 1 } : {}),
  };
}

const HEADER_STYLE: CellObject = { fontWeight: 'bold', backgroundColor: '#D9D9D9', bottomBorderStyle: 'thin', wrap: true };

const MAX_CELL_TEXT = 32767; // Excel's limit

/** LF line ends and at most 32,767 characters; write-excel-file drops characters XML cannot hold. */
function cellText(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n');
  return clean.length > MAX_CELL_TEXT ? `${clean.slice(0, MAX_CELL_TEXT - 1)}…` : clean;
}

const LINE_HEIGHT = 15; // points, one line of 11 pt Calibri
const MAX_ROW_HEIGHT = 409; // Excel's limit
/** Characters of ordinary text per unit of column width (counted in "0" digits), less a margin for word breaks. */
const CHARS_PER_WIDTH = 1.1;

/**
 * A row high enough for its wrapped cells. Spreadsheet programs do not all fit rows to wrapped
 * text when they open a file (LibreOffice does not), so the height is estimated here.
 */
function rowHeight(row: readonly CellValue[], columns: readonly SheetColumn[]): number | undefined {
  let lines = 1;
  row.forEach((value, c) => {
    const column = columns[c];
    if (!column?.wrap || value === undefined) return;
    const perLine = Math.max(1, Math.floor(column.width * CHARS_PER_WIDTH));
    const count = String(value)
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return lines > 1 ? Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT) : undefined;
}
