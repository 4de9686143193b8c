import { Decimal } from 'decimal.js';
import type { Cell, Row, Table } from '../model/index.js';
import { parseNumber, resolveAmbiguous, type ParsedNumber } from '../numbers/parse.js';
import { columnHeaders, countHeaderRows, describeColumns } from './header.js';
import { inferHierarchy } from './hierarchy.js';
import { parseNumbering, splitLeadingNumbering } from './numbering.js';
import type { ColumnInfo, DataRow, Numbering, RowKind, TableModel } from './types.js';

const TEXT_ROLES = new Set(['label', 'indicator', 'satuan', 'predikat', 'numbering', 'tahun']);
const hasLetter = (s: string) => /\p{L}/u.test(s);

const TOTAL_LABEL =
  /^(sub\s*)?(jumlah|total|j\s*u\s*m\s*l\s*a\s*h|t\s*o\s*t\s*a\s*l)(\s+(total|keseluruhan|anggaran|belanja|seluruhnya|akhir))?\s*:?$/i;

/** Understand one table: header and column roles, figures, row kinds and the row hierarchy. */
export function buildTableModel(table: Table): TableModel {
  const headerRows = countHeaderRows(table.rows);
  const body = table.rows.slice(headerRows);
  const width = tableWidth(table.rows, headerRows);
  const columns = headerRows > 0 ? describeColumns(columnHeaders(table.rows, headerRows, width)) : blankColumns(width);
  const labelColumn = modalLabelColumn(body, width);
  const rows = body.map((row, i) => readRow(row, headerRows + i, width, labelColumn, columns));
  resolveColumnStyles(rows, columns);
  inferUnits(rows, columns);
  // A matrix of several entities per row (program | kegiatan | anggaran) has no row hierarchy.
  const labelColumns = columns.filter((c) => c.role === 'label').length;
  if (labelColumns <= 1) inferHierarchy(rows, columns);
  return { table, columns, headerRows, rows, hierarchyUncertain: rows.some((r) => r.uncertain === true) };
}

function tableWidth(rows: Row[], headerRows: number): number {
  if (headerRows > 0) return Math.max(...rows.slice(0, headerRows).map((r) => r.cells.length));
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

function blankColumns(width: number): ColumnInfo[] {
  return Array.from({ length: width }, (_, index) => ({ index, header: '', role: 'other' as const }));
}

function isFigure(text: string): boolean {
  return text !== '' && !hasLetter(text.replace(/^(rp\.?|idr)\s*/i, '')) && parseNumber(text) !== null;
}

/** Index of the row's first text cell (not a figure, not a row number). */
function firstTextCell(cells: Cell[]): number {
  return cells.findIndex((c) => hasLetter(c.text) && !isFigure(c.text) && !parseNumbering(c.text));
}

function modalLabelColumn(rows: Row[], width: number): number {
  const counts = new Map<number, number>();
  for (const r of rows) {
    if (r.cells.length !== width) continue;
    const k = firstTextCell(r.cells);
    if (k >= 0) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * Converted text loses the table grid: a row may carry extra empty cells or its number in
 * another column. Such rows are shifted so that their label lands in the table's label column
 * and their figures fill the columns after it, in order.
 */
function realign(given: Cell[], width: number, labelColumn: number, row: Row): Cell[] {
  let cells = given;
  while (cells.length > width && cells[cells.length - 1].text === '') cells = cells.slice(0, -1);
  const k = firstTextCell(cells);
  if (cells.length === width || k < 0) return cells;
  const empty = (): Cell => ({ text: '', raw: '', loc: row.loc });
  const out: Cell[] = Array.from({ length: width }, empty);
  const before = cells.slice(0, k).filter((c) => c.text !== '');
  if (before.length > 0 && labelColumn > 0) out[labelColumn - 1] = before[before.length - 1];
  out[labelColumn] = cells[k];
  let after = cells.slice(k + 1);
  const room = width - labelColumn - 1;
  while (after.length > room && after.length > 0 && after[0].text === '') after = after.slice(1);
  after.forEach((c, i) => {
    const j = labelColumn + 1 + i;
    if (j < width) out[j] = c;
    else out.push(c);
  });
  return out;
}

const KEYWORD_LABEL = /^(program|kegiatan|sub\s*kegiatan)\b/i;

function readRow(row: Row, index: number, width: number, labelColumn: number, columns: ColumnInfo[]): DataRow {
  const firstNonEmpty = row.cells.findIndex((c) => c.text !== '');
  const cells = realign(row.cells, width, labelColumn, row);
  const textIdx = firstTextCell(cells);
  let numbering: Numbering | undefined;
  let numberColumn: number | undefined;
  for (let j = 0; j < (textIdx < 0 ? 0 : textIdx); j++) {
    const n = parseNumbering(cells[j].text);
    if (n) {
      numbering = n;
      numberColumn = row.cells.indexOf(cells[j]);
    }
  }
  // The row's name: prefer a text cell that carries a number or a nomenclature keyword.
  let labelIdx = textIdx;
  for (let j = textIdx; j >= 0 && j < cells.length && !isFigure(cells[j].text); j++) {
    const t = cells[j].text;
    if (!hasLetter(t)) continue;
    if (splitLeadingNumbering(t) || KEYWORD_LABEL.test(t)) {
      labelIdx = j;
      break;
    }
  }
  let label = labelIdx >= 0 ? cells[labelIdx].text : '';
  const embedded = splitLeadingNumbering(label);
  if (embedded && !numbering) {
    numbering = embedded.numbering;
    numberColumn = row.cells.indexOf(cells[labelIdx]);
    label = embedded.rest;
  } else if (embedded) label = embedded.rest;
  if (!numbering && textIdx < 0) {
    const lone = cells.find((c) => c.text !== '');
    if (lone && lone === cells[0] && parseNumbering(lone.text) && !isFigure(lone.text)) numbering = parseNumbering(lone.text);
  }
  const values = new Map<number, ParsedNumber>();
  const start = Math.max(labelIdx, textIdx, labelColumn) + 1;
  for (let j = textIdx < 0 ? 0 : start; j < cells.length; j++) {
    const role = columns[j]?.role;
    if (role && TEXT_ROLES.has(role)) continue;
    if (textIdx < 0 && j === 0 && numbering) continue;
    const n = cellNumber(cells[j]);
    if (n) values.set(j, n);
  }
  const figures = [...values.values()];
  const hasFigures = figures.some((v) => !v.empty);
  // A row of dashes is a row of zeros (a program with no budget), except a label-only line.
  const allDashes = figures.filter((v) => v.empty).length >= 2 && !/^indikator\b/i.test(label);
  let kind: RowKind = hasFigures || allDashes ? 'data' : 'note';
  if (cells.slice(0, Math.max(textIdx, 0) + 1).some((c) => TOTAL_LABEL.test(c.text.trim())) && hasFigures) kind = 'total';
  return {
    index,
    row,
    kind,
    label,
    numbering,
    level: 0,
    children: [],
    values,
    labelColumn: labelIdx >= 0 ? labelIdx : undefined,
    indent: numberColumn ?? (firstNonEmpty < 0 ? 0 : firstNonEmpty),
    cells,
  };
}

/** A cell's figure: the number a spreadsheet stored, else the number its text reads as. */
function cellNumber(cell: Cell): ParsedNumber | null {
  const n = cell.number;
  if (!n) return parseNumber(cell.text);
  return { raw: cell.text || n.value, value: new Decimal(n.value), decimals: n.decimals, style: 'plain', percent: n.percent, currency: false };
}

/** Ambiguous separators ("1.357") are read the way the column's other figures are written. */
function resolveColumnStyles(rows: DataRow[], columns: ColumnInfo[]): void {
  for (let j = 0; j < columns.length; j++) {
    const col = rows.map((r) => r.values.get(j) ?? null);
    const resolved = resolveAmbiguous(col);
    rows.forEach((r, i) => {
      const v = resolved[i];
      if (v) r.values.set(j, v);
    });
  }
}

/** Money or percent, from the header and, failing that, from how the figures are written. */
function inferUnits(rows: DataRow[], columns: ColumnInfo[]): void {
  for (const col of columns) {
    if (col.unit === 'percent') continue;
    if (col.role === 'pagu' || col.role === 'sisa' || (col.role === 'realisasi' && col.group === 'anggaran')) {
      col.unit = 'money';
      continue;
    }
    if (col.role === 'capaian' || col.role === 'efisiensi') {
      col.unit ??= 'percent';
      continue;
    }
    const vals = rows.map((r) => r.values.get(col.index)).filter((v): v is ParsedNumber => !!v && !v.empty);
    if (vals.length === 0) continue;
    const money = vals.filter((v) => v.currency || v.value.abs().gte(100000)).length;
    const percent = vals.filter((v) => v.percent).length;
    if (col.unit === undefined) {
      if (money * 2 > vals.length && !percent) col.unit = 'money';
      else if (percent * 2 >= vals.length) col.unit = 'percent';
      else col.unit = 'number';
    }
  }
}
