/**
 * Where something is in the submitted file. One shape for every input format:
 * text fills `line`, PDF `page` and `box`, XLSX `sheet` and `cell`, DOCX `paragraph`.
 * The table coordinates (`table`, `row`, `column`) are filled for anything inside a table.
 */
export interface SourceLocation {
  file: string;
  /** 1-based line of a text input. */
  line?: number;
  /** Last line when the thing spans several lines (a row rejoined from fragments). */
  endLine?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** Box on the PDF page, in PDF points, origin bottom-left. */
  box?: { x: number; y: number; width: number; height: number };
  /** XLSX sheet name. */
  sheet?: string;
  /** XLSX cell address, e.g. "C12". */
  cell?: string;
  /** 1-based paragraph index of a DOCX body. */
  paragraph?: number;
  /** Table ordinal in the report (1-based). */
  tableIndex?: number;
  /** How the report names the table: "Tabel 3.7", or the title printed above an unnumbered table. */
  table?: string;
  /** 1-based row and column within the table. */
  row?: number;
  column?: number;
  /** Human labels of the row and column (first text cell, column header). */
  rowLabel?: string;
  columnLabel?: string;
  /** Section context, e.g. "BAB III > 3.7 Akuntabilitas Keuangan". */
  section?: string;
}

/** A key that is the same for two locations exactly when they name the same place. */
export function locationKey(l: SourceLocation): string {
  return [l.file, l.page, l.sheet, l.cell, l.paragraph, l.line, l.tableIndex, l.row, l.column].join('|');
}

/** "'Tabel 3.7'!E8", "Lampiran!C12": the sheet quoted as a spreadsheet program writes it when it must be. */
export function sheetRef(sheet: string, cell?: string): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell ? `${name}!${cell}` : name;
}

export type InputFormat = 'text' | 'pdf' | 'docx' | 'xlsx';

/**
 * A copy of a location with fields added or replaced: `{ ...loc, ...extra }`, but built as
 * `Object.assign({}, …)`. V8 gives an object made by spreading another a shape of its own,
 * which lives only as long as such objects do: every lint made those shapes anew, and the
 * optimised code that had seen the old ones was thrown away and compiled again
 * (`npm run diag:jit`). Objects built from `{}` share shapes that last.
 */
export function withLocation(loc: SourceLocation, ...extra: Array<Partial<SourceLocation> | undefined>): SourceLocation {
  return Object.assign({}, loc, ...extra);
}
