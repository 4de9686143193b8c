import type { Paragraph, SourceLocation } from '../model/index.js';
import type { ColumnInfo, DataRow, RowLevelName, TableModel } from '../normalise/types.js';
import type { ParsedNumber } from '../numbers/parse.js';

/**
 * What a figure says about its subject.
 * - `target`, `realisasi`, `capaian`: performance (kinerja) target, actual and achievement;
 * - `pagu`: the budget (pagu, alokasi, anggaran, target keuangan);
 * - `realisasi-anggaran`: the money spent;
 * - `capaian-anggaran`: budget absorption (capaian keuangan, penyerapan anggaran), in %;
 * - `sisa`: the budget left unspent;
 * - `efisiensi`: the efficiency ratio of an indicator.
 */
export type Attribute = 'target' | 'realisasi' | 'capaian' | 'pagu' | 'realisasi-anggaran' | 'capaian-anggaran' | 'sisa' | 'efisiensi';

export const BUDGET_ATTRIBUTES: ReadonlySet<Attribute> = new Set(['pagu', 'realisasi-anggaran', 'capaian-anggaran', 'sisa']);
export const MONEY_ATTRIBUTES: ReadonlySet<Attribute> = new Set(['pagu', 'realisasi-anggaran', 'sisa']);

export const isBudgetAttribute = (a: Attribute): boolean => BUDGET_ATTRIBUTES.has(a);

/** Before the budget revision (APBD murni, the first Perjanjian Kinerja) or after it (APBD perubahan, DPA-P). */
export type Stage = 'murni' | 'perubahan';

export interface Period {
  /** Fiscal year the figure is for: the column's or sentence's year, else the report's year. */
  year?: number;
  /**
   * For budget figures of a report that mentions a budget revision: before or after it. Budget
   * figures of such a report whose stage cannot be told are not collected. Kinerja figures
   * carry the stage of their table when it names one (a Perubahan PK revises targets too).
   */
  stage?: Stage;
}

/** What kind of thing a subject is; used for messages, never for matching. */
export type SubjectKind = 'indicator' | 'program' | 'kegiatan' | 'total' | 'other';

export interface Fact {
  /** The subject as printed where the figure stands ("Indeks Kepuasan Masyarakat"). */
  subject: string;
  /**
   * The subject's key, shared by every way the report writes it ("name:…" for names matched
   * across the report, "total:unit" for the unit's whole budget, "total:…" for the total of a
   * set of rows).
   */
  subjectKey: string;
  subjectKind: SubjectKind;
  attribute: Attribute;
  period: Period;
  value: ParsedNumber;
  location: SourceLocation;
  source: 'table' | 'sentence';
  excerpt: string;
  /**
   * Where the figure stands, coarser than its location: one table row ("t12:r7") or one
   * paragraph, or a run of "label : value" lines ("p40"). A fact printed twice at one place
   * counts once.
   */
  place: string;
  /** The table cell, for table facts. */
  table?: TableModel;
  row?: DataRow;
  column?: ColumnInfo;
  /** The paragraph, for sentence facts. */
  paragraph?: Paragraph;
  /** Subject known only from an earlier paragraph (the sentence does not name it). */
  carried?: boolean;
  /** Budget nomenclature level of the row, when the table tells it. */
  level?: RowLevelName;
  /** For a total: the subject keys of the rows it adds up, in the order of the first table listing them. */
  components?: string[];
  /** For a total: of a set of programs, of other rows, or the unit's whole budget. */
  totalOf?: 'programs' | 'rows' | 'unit';
}

/** The key facts are compared by: same subject, attribute and period. */
export function factKey(f: Pick<Fact, 'subjectKey' | 'attribute' | 'period'>): string {
  return `${f.subjectKey}|${f.attribute}|${f.period.year ?? ''}|${isBudgetAttribute(f.attribute) ? (f.period.stage ?? '') : ''}`;
}
