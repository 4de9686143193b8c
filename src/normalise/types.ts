import type { Block, Cell, Paragraph, Report, Row, Table } from '../model/index.js';
import type { ParsedNumber } from '../numbers/parse.js';

/** What a column holds, read from its (possibly multi-row) header. */
export type ColumnRole =
  | 'numbering'
  | 'label'
  | 'indicator'
  | 'pagu'
  | 'realisasi'
  | 'capaian'
  | 'sisa'
  | 'target'
  | 'satuan'
  | 'tahun'
  | 'predikat'
  | 'efisiensi'
  | 'other';

/** Budget (money) columns versus performance (kinerja) columns. */
export type ColumnGroup = 'anggaran' | 'kinerja';

export interface ColumnInfo {
  index: number;
  /** Header text of every header row, joined top to bottom ("KINERJA TARGET"). */
  header: string;
  role: ColumnRole;
  group?: ColumnGroup;
  /** Year named in the header ("2022"), when the table compares periods. */
  period?: number;
  /** The column's values are money amounts / percentages (from header or values). */
  unit?: 'money' | 'percent' | 'number';
}

export type RowKind =
  /** A row of figures. */
  | 'data'
  /** "Jumlah", "TOTAL", "J U M L A H": totals the rows above it. */
  | 'total'
  /** A row without figures that labels what follows ("Indikator Program: ..."). */
  | 'note';

/** How a row is numbered: "I" (roman), "1" (arabic), "a" (letter), "1.2" (dotted), "7.01.01.2.01" (code). */
export interface Numbering {
  text: string;
  kind: 'roman' | 'arabic' | 'letter' | 'dotted' | 'code';
  /** Position within its level (roman/letter converted), or undefined for codes. */
  value?: number;
  /** Depth for dotted numbers and codes (segments). */
  depth?: number;
}

/** The budget nomenclature levels of Permendagri 90/2019 and the roman "Belanja" groups. */
export type RowLevelName = 'group' | 'program' | 'kegiatan' | 'subkegiatan' | 'item';

export interface DataRow {
  /** Index of the row in the table. */
  index: number;
  row: Row;
  kind: RowKind;
  label: string;
  numbering?: Numbering;
  /** 0 = top level. */
  level: number;
  levelName?: RowLevelName;
  parent?: DataRow;
  children: DataRow[];
  /** Parsed figures by column index. */
  values: Map<number, ParsedNumber>;
  /** Column index where the row's label was found (after realignment). */
  labelColumn?: number;
  /** Column where the row's number (or, without one, its first text) stood as printed: its indentation. */
  indent: number;
  /** Cells by column after realignment to the header grid. */
  cells: Cell[];
  /** The row's place in the hierarchy (or that of its child rows) was read with a weak margin. */
  uncertain?: boolean;
}

export interface TableModel {
  table: Table;
  columns: ColumnInfo[];
  headerRows: number;
  rows: DataRow[];
  /** Some rows' place in the hierarchy was a close call (they are marked `uncertain`). */
  hierarchyUncertain: boolean;
}

export interface NormalisedReport {
  report: Report;
  tables: TableModel[];
  paragraphs: Paragraph[];
  blocks: Block[];
}
