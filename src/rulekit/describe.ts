import { clip } from '../text/clip.js';
import { Decimal } from 'decimal.js';
import { withLocation, type SourceLocation } from '../model/index.js';
import type { Lang } from '../engine/types.js';
import type { ColumnInfo, DataRow, TableModel } from '../normalise/types.js';
import { formatNumber, plainDecimal } from '../numbers/format.js';
import type { ParsedNumber } from '../numbers/parse.js';

/** A figure for a message: "Rp 1.357.900.300" / "96,51%" in Indonesian, "Rp 1,357,900,300" / "96.51%" in English. */
export function showNumber(v: Decimal, decimals: number, lang: Lang, unit?: 'money' | 'percent' | 'number'): string {
  const s = formatNumber(v, decimals, lang);
  if (unit === 'money') return `Rp ${s}`;
  if (unit === 'percent') return `${s}%`;
  return s;
}

/** A stated figure as printed in a message, with its unit. */
export function showStated(n: ParsedNumber, lang: Lang, unit?: 'money' | 'percent' | 'number'): string {
  return showNumber(n.value, unit === 'money' && n.value.isInteger() ? 0 : n.decimals, lang, unit);
}

/** Money printed without cents when whole. */
export function moneyDecimals(v: Decimal): number {
  return v.isInteger() ? 0 : 2;
}

export { plainDecimal };


/** Short name of a row for messages: its number and label. */
export function rowName(r: DataRow): string {
  let name = ROW_NAMES.get(r);
  if (name === undefined) ROW_NAMES.set(r, (name = rowNameOf(r)));
  return name;
}

// Every figure of a row is located with the row's name, by several rules.
const ROW_NAMES = new WeakMap<DataRow, string>();

function rowNameOf(r: DataRow): string {
  const num = r.numbering ? `${r.numbering.text.replace(/[.)]$/, '')} ` : '';
  const label = r.label || r.cells.map((c) => c.text).find((t) => /\p{L}/u.test(t)) || '';
  return clip(`${num}${label}`.trim(), 70) || `baris ${r.index + 1}`;
}

export function columnName(c: ColumnInfo): string {
  return clip(c.header || `kolom ${c.index + 1}`, 50);
}

/** Location of a cell, with the table, row and column labels filled in. */
export function cellLocation(t: TableModel, r: DataRow, c: ColumnInfo): SourceLocation {
  const cell = r.cells[c.index];
  const base = cell && cell.loc.column !== undefined ? cell.loc : withLocation(r.row.loc, { column: c.index + 1 });
  return withLocation(base, { table: t.table.loc.table, rowLabel: rowName(r), columnLabel: columnName(c) });
}

export function rowLocation(t: TableModel, r: DataRow): SourceLocation {
  return withLocation(r.row.loc, { table: t.table.loc.table, rowLabel: rowName(r) });
}

/** The row as printed, for the finding's excerpt. */
export function rowExcerpt(r: DataRow): string {
  return clip(
    r.cells
      .map((c) => c.text)
      .filter((s) => s !== '')
      .join(' | '),
    240,
  );
}

/** "Tabel 3.7"; an unnumbered, untitled table is named by where it stands. */
export function tableName(t: TableModel, lang: Lang): string {
  if (t.table.loc.table) return t.table.loc.table;
  const where = t.table.context.chapter ?? '';
  const at = t.table.loc.line ?? t.table.loc.page;
  const unit = t.table.loc.line !== undefined ? (lang === 'id' ? 'baris' : 'line') : lang === 'id' ? 'hal.' : 'p.';
  const pos = at !== undefined ? ` (${lang === 'id' ? 'mulai' : 'from'} ${unit} ${at})` : '';
  return lang === 'id' ? `tabel tanpa judul${where ? ` di ${where}` : ''}${pos}` : `untitled table${where ? ` in ${where}` : ''}${pos}`;
}
