import { withLocation, type Paragraph, type SourceLocation } from '../model/index.js';
import type { ColumnInfo, DataRow, NormalisedReport, TableModel } from '../normalise/types.js';
import { findNumbers, type FoundNumber, type ParsedNumber } from '../numbers/parse.js';
import { cellLocation, rowExcerpt } from '../rulekit/describe.js';
import { detectFormula, type EfficiencyFormula } from './formula.js';
import { efficiencyColumn, indicatorName } from './sources.js';

/** A figure of an efficiency statement and where it stands (a table cell, or the sentence). */
export interface StatedFigure {
  value: ParsedNumber;
  loc: SourceLocation;
}

/**
 * One stated efficiency: a row of an efficiency table (CAPAIAN KINERJA (%) | PENYERAPAN
 * ANGGARAN (%) | TINGKAT EFISIENSI | category) or a sentence ("tingkat efisiensinya adalah 1,14
 * berasal dari perhitungan persentase capaian kinerja … (95,21%) dibagi dengan persentase
 * penyerapan anggaran … (82,84%) … kategori EFISIEN").
 */
export interface EfficiencyStatement {
  kind: 'table' | 'sentence';
  blockIndex: number;
  indicator?: string;
  efficiency: StatedFigure;
  capaian?: StatedFigure;
  absorption?: StatedFigure;
  category?: { text: string; loc: SourceLocation };
  /** The formula the statement itself spells out ("… dibagi dengan …"). */
  formula?: EfficiencyFormula;
  /**
   * The figures were written as an equation ("95,21% / 82,84% = 1,14"): `capaian` is the
   * numerator and `absorption` the denominator, whatever the report's formula makes them.
   */
  equation?: boolean;
  excerpt: string;
  /** Where it is, for messages: the table, row and column, or the sentence. */
  table?: TableModel;
  row?: DataRow;
  efficiencyColumn?: ColumnInfo;
  part: string;
}

const CATEGORY_CELL = /^\W*((?:sangat|cukup|kurang|tidak)\s+)?efisien\W*$/i;
const ABSORPTION_HEADER = /penyerapan|serapan|(?:realisasi|capaian)\s+(?:kinerja\s+)?(?:anggaran|keuangan|dana)/i;

function absorptionColumn(t: TableModel, eff: ColumnInfo): ColumnInfo | undefined {
  const cands = t.columns.filter(
    (c) =>
      c.index !== eff.index &&
      (ABSORPTION_HEADER.test(c.header) || ((c.role === 'capaian' || (c.role === 'realisasi' && c.unit === 'percent')) && c.group === 'anggaran')) &&
      c.unit !== 'money',
  );
  return cands.sort((a, b) => Math.abs(a.index - eff.index) - Math.abs(b.index - eff.index))[0];
}

function capaianColumn(t: TableModel, eff: ColumnInfo, absorption?: ColumnInfo): ColumnInfo | undefined {
  const cands = t.columns.filter(
    (c) =>
      c.index !== eff.index &&
      c.index !== absorption?.index &&
      c.role === 'capaian' &&
      c.group !== 'anggaran' &&
      !ABSORPTION_HEADER.test(c.header) &&
      !/predikat|kategori|keterangan/i.test(c.header),
  );
  return cands.sort((a, b) => Math.abs(a.index - eff.index) - Math.abs(b.index - eff.index))[0];
}

/** The rows of the tables that state efficiencies. */
export function tableStatements(doc: NormalisedReport): EfficiencyStatement[] {
  const out: EfficiencyStatement[] = [];
  for (const t of doc.tables) {
    const eff = efficiencyColumn(t);
    if (!eff) continue;
    const abs = absorptionColumn(t, eff);
    const cap = capaianColumn(t, eff, abs);
    for (const r of t.rows) {
      if (r.kind === 'note') continue;
      const e = r.values.get(eff.index);
      if (!e || e.empty) continue;
      const indicator = indicatorName(t, r);
      const at = (c: ColumnInfo) => withLocation(cellLocation(t, r, c), indicator ? { rowLabel: indicator } : undefined);
      const fig = (c: ColumnInfo | undefined): StatedFigure | undefined => {
        const v = c ? r.values.get(c.index) : undefined;
        return c && v && !v.empty ? { value: v, loc: at(c) } : undefined;
      };
      let category: EfficiencyStatement['category'];
      for (let j = eff.index + 1; j < r.cells.length; j++) {
        const text = r.cells[j]?.text ?? '';
        if (CATEGORY_CELL.test(text)) {
          const col = t.columns[j] ?? { index: j, header: '', role: 'other' as const };
          category = { text: text.replace(/[^\p{L} ]+/gu, '').trim(), loc: at(col) };
          break;
        }
      }
      out.push({
        kind: 'table',
        blockIndex: t.table.index,
        indicator,
        efficiency: { value: e, loc: at(eff) },
        capaian: fig(cap),
        absorption: fig(abs),
        category,
        excerpt: rowExcerpt(r),
        table: t,
        row: r,
        efficiencyColumn: eff,
        part: t.table.context.part,
      });
    }
  }
  return out;
}

const PERF_TERM = /(?:persentase\s+|%\s*)?(?:capaian|realisasi|pencapaian)\s+(?:kinerja|indikator|sasaran|output|outcome)(?!\s+(?:keuangan|anggaran))/i;
const ABS_TERM = /(?:persentase\s+|%\s*)?(?:penyerapan|serapan|realisasi|capaian)\s+(?:kinerja\s+)?(?:anggaran|dana|keuangan|belanja)/i;
const DERIVED = /^\s*\)?\s*(?:\(\s*(?:(?:sangat|cukup|kurang|tidak)\s+)?efisien\s*\)\s*)?(?:,\s*)?(?:yang\s+)?(?:berasal|diperoleh|didapat|didapatkan|dihasilkan|merupakan\s+hasil|hasil)\s+(?:dari\s+)?(?:hasil\s+)?(?:perhitungan|pembagian|perbandingan|membandingkan|membagi)/i;
const EFF_BEFORE = /efisiensi(?:nya)?\s*(?:(?:adalah|sebesar|yaitu|senilai|mencapai)\s*)?[=:]?\s*$/i;
const NAME =
  /(?:\byaitu\s+|\bindikator\s+(?:kinerja\s+)?(?:utama\s+)?(?:(?:ke-?\s*)?\d+\s+)?(?:yaitu\s+|adalah\s+|:\s*)?)(.{4,200}?)\s+(?:(?:dengan\s+)?(?:tingkat\s+efisiensi(?:nya)?|efisiensi(?:nya)?|adalah|sebesar|memiliki|mempunyai)\b|[=:])/i;
const SENTENCE_CATEGORY = /(?:kategori|predikat|tergolong|termasuk|dinyatakan|dikategorikan)\s+(?:dalam\s+)?(?:kategori\s+|predikat\s+)?["“(]?\s*((?:(?:sangat|cukup|kurang|tidak)\s+)?efisien)\b/i;

const isYear = (f: FoundNumber, text: string) =>
  f.number.decimals === 0 && !f.number.percent && /^(19|20)\d{2}$/.test(f.number.raw) && /tahun\s*$/i.test(text.slice(Math.max(0, f.start - 8), f.start));

/** The first figure after `from` (not a year, not part of a name), within `span` characters. */
function figureAfter(nums: readonly FoundNumber[], text: string, from: number, span: number): FoundNumber | undefined {
  return nums.find((f) => f.start >= from && f.start - from <= span && !isYear(f, text));
}

/** A paragraph with a following line that continues its sentence (a page break inside it). */
function joinedParagraphs(doc: NormalisedReport): Array<{ p: Paragraph; text: string; blockIndex: number }> {
  const out: Array<{ p: Paragraph; text: string; blockIndex: number }> = [];
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    let text = b.text;
    const next = blocks[i + 1];
    const continued = !/[.;:!?]\s*$/.test(text) && next?.kind === 'paragraph' && !next.marker && /^[a-z(]/.test(next.text);
    if (continued) text = `${text} ${next.text}`;
    if (!/efisien/i.test(text)) continue;
    if (continued) i++;
    out.push({ p: b, text, blockIndex: b.index });
  }
  return out;
}

/** Efficiencies stated in sentences, with the capaian and absorption they are computed from. */
export function sentenceStatements(doc: NormalisedReport): EfficiencyStatement[] {
  const out: EfficiencyStatement[] = [];
  for (const { p, text, blockIndex } of joinedParagraphs(doc)) {
    const nums = findNumbers(text);
    const found = derivedStatement(text, nums) ?? equationStatement(text, nums);
    if (found) out.push(statement(p, text, blockIndex, found));
  }
  return out;
}

interface Found {
  efficiency: FoundNumber;
  capaian: FoundNumber;
  absorption: FoundNumber;
  formula?: EfficiencyFormula;
  equation?: boolean;
}

/** "… efisiensinya adalah 1,14 berasal dari perhitungan … capaian kinerja … (95,21%) dibagi … penyerapan anggaran … (82,84%)". */
function derivedStatement(text: string, nums: readonly FoundNumber[]): Found | undefined {
  // The efficiency: the figure after "efisiensinya adalah", or before "berasal dari perhitungan".
  const eff = nums.find((f) => !isYear(f, text) && (EFF_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) || DERIVED.test(text.slice(f.end, f.end + 80))));
  if (!eff) return undefined;
  const after = text.slice(eff.end);
  const perf = PERF_TERM.exec(after);
  const abs = ABS_TERM.exec(after);
  if (!perf || !abs) return undefined;
  const capaian = figureAfter(nums, text, eff.end + perf.index + perf[0].length, 40);
  const absorption = figureAfter(nums, text, eff.end + abs.index + abs[0].length, 40);
  if (!capaian || !absorption || capaian === absorption) return undefined;
  return { efficiency: eff, capaian, absorption, formula: detectFormula(after, true) };
}

/** "Efisiensi … = 95,21% / 82,84% = 1,14": the figures in the order of the report's formula. */
function equationStatement(text: string, nums: readonly FoundNumber[]): Found | undefined {
  const m = /(\d[\d.,]*\s*%?)\s*(?:\/|÷|:)\s*(\d[\d.,]*\s*%?)\s*=\s*(\d[\d.,]*)/.exec(text);
  if (!m) return undefined;
  const at = (s: string, from: number) => nums.find((f) => f.start >= from && text.slice(f.start, f.end) === s.trim());
  const capaian = at(m[1], m.index);
  const absorption = capaian && at(m[2], capaian.end);
  const efficiency = absorption && at(m[3], absorption.end);
  if (!capaian || !absorption || !efficiency) return undefined;
  return { efficiency, capaian, absorption, equation: true };
}

function statement(
  p: Paragraph,
  text: string,
  blockIndex: number,
  f: Found,
): EfficiencyStatement {
  const first = Math.min(f.efficiency.start, f.capaian.start);
  const name = NAME.exec(text.slice(0, first + 1));
  const category = SENTENCE_CATEGORY.exec(text.slice(f.efficiency.end)) ?? /^\s*\(\s*((?:(?:sangat|cukup|kurang|tidak)\s+)?efisien)\s*\)/i.exec(text.slice(f.efficiency.end));
  const loc = p.loc;
  return {
    kind: 'sentence',
    blockIndex,
    indicator: name ? name[1].replace(/^["“]|["”]$/g, '').trim() : undefined,
    efficiency: { value: f.efficiency.number, loc },
    capaian: { value: f.capaian.number, loc },
    absorption: { value: f.absorption.number, loc },
    category: category ? { text: category[1].replace(/\s+/g, ' '), loc } : undefined,
    formula: f.formula,
    equation: f.equation,
    excerpt: text.length > 240 ? `${text.slice(0, 239)}…` : text,
    part: p.context.part,
  };
}

