import type { InputFormat, SourceLocation } from './location.js';

/** Where a block stands in the report's outline. */
export interface SectionContext {
  /** Report part: front matter, executive summary, chapters, appendix. */
  part: 'front' | 'summary' | 'body' | 'appendix';
  /** "BAB III" and its title. */
  chapter?: string;
  chapterTitle?: string;
  /** Numbered section, e.g. "3.7", and its title. */
  section?: string;
  sectionTitle?: string;
}

export interface BlockBase {
  /** Position in the report's block list (0-based). */
  index: number;
  loc: SourceLocation;
  context: SectionContext;
}

export interface Heading extends BlockBase {
  kind: 'heading';
  text: string;
  /** 1 = BAB, 2 = numbered section, 3 = deeper. */
  level: number;
  /** "III" for BAB III, "3.7" for a section. */
  number?: string;
}

export interface Paragraph extends BlockBase {
  kind: 'paragraph';
  text: string;
  /** List marker the paragraph started with ("1.", "a.", "-"), stripped from `text`. */
  marker?: string;
}

export interface Cell {
  /** Clean text: markup stripped, fragments rejoined, spaces collapsed. */
  text: string;
  /** Text as it stood in the source. */
  raw: string;
  loc: SourceLocation;
  /**
   * A figure the source stores as a number (an XLSX numeric cell): its exact value as a plain
   * decimal string, the decimals its number format shows, and whether it is shown as a
   * percentage (the value is then ×100: 0.9651 shown as 96,51% gives "96.51").
   */
  number?: { value: string; decimals: number; percent: boolean };
  /** A spreadsheet formula and, when its cached value disagrees with its inputs, what they give. */
  formula?: { text: string; cached: string; computed?: string };
}

export interface Row {
  cells: Cell[];
  loc: SourceLocation;
}

export interface Table extends BlockBase {
  kind: 'table';
  /** Caption as printed, e.g. "Tabel 3.7 Realisasi Anggaran ...". */
  caption?: string;
  /** Caption number, e.g. "3.7". */
  number?: string;
  /** A title printed above a table that has no numbered caption. */
  title?: string;
  rows: Row[];
  /** Leading rows that are column headers (the extractor's guess; normalise may refine it). */
  headerRows: number;
}

export type Block = Heading | Paragraph | Table;

export interface ReportUnit {
  /** "Kecamatan", "Dinas", "Badan", "Kelurahan", ... */
  type?: string;
  /** "Dumai Barat" */
  name?: string;
  /** "Kota Dumai" / "Kabupaten ..." */
  regency?: string;
  /** "Riau" */
  province?: string;
}

export interface ReportMetadata {
  unit: ReportUnit;
  /** Fiscal year the report accounts for. */
  year?: number;
  /** Where the year came from: config/CLI override, cover/title, or the most frequent mention. */
  yearSource?: 'override' | 'title' | 'frequency';
  title?: string;
}

/** One submitted report, as every extractor produces it. */
export interface Report {
  file: string;
  format: InputFormat;
  /** The file's extension when it does not match the format found in its content. */
  extensionMismatch?: { extension: string; format: InputFormat };
  metadata: ReportMetadata;
  blocks: Block[];
  /**
   * Number of pages (PDF) or sheets (XLSX) or lines (text), for statistics; and for a PDF, the
   * threads that read it (2 when a worker thread read half of its pages).
   */
  size?: { pages?: number; lines?: number; sheets?: number; readingThreads?: number };
}
