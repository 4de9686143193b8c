import type { Block, Paragraph } from '../model/index.js';
import type { ColumnInfo, DataRow, NormalisedReport, TableModel } from '../normalise/types.js';
import type { FoundNumber } from '../numbers/parse.js';
import { cellLocation, rowExcerpt } from '../rulekit/describe.js';
import { isAmount, labelledValue, textNumbers } from '../rulekit/text.js';
import { isSubtotal, totalledRows } from '../rulekit/totals.js';
import { NameMatcher, words, type NameMatch, type Word } from './subjects.js';
import { MONEY_ATTRIBUTES, isBudgetAttribute, type Attribute, type Fact, type Stage, type SubjectKind } from './types.js';

/** Who a figure is about, before names are matched across the report. */
export type SubjectRef =
  | { type: 'name'; name: string; kind: SubjectKind }
  /** The total of some rows of a table (a Jumlah row, or a sentence stating that total). */
  | { type: 'rows'; table: TableModel; rows: DataRow[]; column: ColumnInfo }
  /** The unit's whole budget: the total of a table of spending groups (Belanja Operasi, Modal, …). */
  | { type: 'unit' }
  /** "Pagu Anggaran Program", "anggaran … Program Prioritas": the total of the programs' budgets. */
  | { type: 'programs' };

export interface RawFact extends Omit<Fact, 'subject' | 'subjectKey' | 'subjectKind' | 'components'> {
  ref: SubjectRef;
}

export interface Env {
  doc: NormalisedReport;
  year?: number;
  /** The report mentions a budget revision (APBD murni / perubahan, Perubahan PK). */
  revision: boolean;
  tableAt: Map<number, TableModel>;
}

export function makeEnv(doc: NormalisedReport): Env {
  const tableAt = new Map<number, TableModel>();
  for (const t of doc.tables) tableAt.set(t.table.index, t);
  return { doc, year: doc.report.metadata.year, revision: mentionsRevision(doc), tableAt };
}

// ---------------------------------------------------------------------------------------------
// Budget stage: before or after the revision

const REVISION =
  /\bmurni\b|perubahan\s+(perjanjian|anggaran|apbd|pk\b|dpa|rka|renja)|\b(apbd|dpa|pk|anggaran|perjanjian\s+kinerja)[-\s]+(p\b|perubahan)|(setelah|sebelum|sesudah)\s+perubahan|\bp[-\s]?apbd\b/i;

function mentionsRevision(doc: NormalisedReport): boolean {
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      if (REVISION.test(`${b.caption ?? ''} ${b.title ?? ''}`)) return true;
    } else if (REVISION.test(b.text)) return true;
  }
  return doc.tables.some((t) => t.columns.some((c) => REVISION.test(c.header)));
}

const AFTER_WORDS = /perubahan|\bapbd[-\s]?p\b|\bp[-\s]?apbd\b|\bdpa[-\s]?p\b|setelah\s+revisi|sesudah\s+revisi/i;
const BEFORE_WORDS = /\bmurni\b|sebelum\s+perubahan|anggaran\s+awal|dpa\s+awal/i;
const PK_WORDS = /perjanjian\s+kinerja|penetapan\s+kinerja/i;

/** The stage a caption, title, header or sentence names; undefined when it names none or both. */
export function stageOf(text: string): Stage | undefined {
  const after = AFTER_WORDS.test(text.replace(/sebelum\s+perubahan/gi, ''));
  const before = BEFORE_WORDS.test(text);
  if (after && !before) return 'perubahan';
  if (before && !after) return 'murni';
  if (!after && !before && PK_WORDS.test(text)) return 'murni';
  return undefined;
}

/** The stage named by the last stage word of a stretch of text ("APBD Murni … setelah APBD Perubahan"). */
function lastStageWord(text: string): Stage | undefined {
  let best: { at: number; stage: Stage } | undefined;
  for (const m of text.matchAll(/\bmurni\b|sebelum\s+perubahan|perubahan|\bapbd[-\s]?p\b|\bp[-\s]?apbd\b/gi)) {
    const stage: Stage = /murni|sebelum/i.test(m[0]) ? 'murni' : 'perubahan';
    if (!best || m.index >= best.at) best = { at: m.index, stage };
  }
  return best?.stage;
}

// ---------------------------------------------------------------------------------------------
// Tables

/** Figures of another scope than the unit's own figures of the year. */
const OTHER_SCOPE =
  /nasional|provinsi|\bkab(upaten)?\b|\bkota\b|\bspm\b|renstra|rpjmd|akhir\s+periode|kondisi\s+awal|baseline|fisik|rata|standar|kemajuan|selisih|deviasi|kenaikan|penurunan|pertumbuhan|\bs\.?\s*d\b|sampai\s+dengan|kumulatif|triwulan|semester|\btw\b|bulan|predikat|kategori|keterangan|kriteria|atribut/i;
const RENSTRA = /renstra|rencana\s+strategis|rpjmd/i;
const YEAR = /\b((?:19|20)\d{2})\b/g;
const YEAR_RANGE = /\b(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s+s\.?\s*d\.?\s+(?:19|20)\d{2}\b/g;

/** The one year a caption or title names, if it names exactly one (ranges do not count). */
function singleYear(text: string): number | undefined {
  const years = new Set([...text.replace(YEAR_RANGE, ' ').matchAll(YEAR)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : undefined;
}

/** Budget (anggaran) or performance (kinerja) column, as in src/rulekit/columns.ts. */
function groupOf(t: TableModel, c: ColumnInfo, depth = 0): 'anggaran' | 'kinerja' {
  if (c.group) return c.group;
  if (c.role === 'pagu' || c.role === 'sisa' || c.unit === 'money' || /penyerapan|serapan|keuangan/i.test(c.header)) return 'anggaran';
  if (c.role === 'target') return 'kinerja';
  if (depth < 8) {
    for (let j = c.index - 1; j >= 0; j--) {
      const left = t.columns[j];
      if (['pagu', 'target', 'realisasi', 'sisa', 'capaian'].includes(left.role)) return groupOf(t, left, depth + 1);
    }
  }
  return t.columns.some((x) => x.role === 'pagu') && !t.columns.some((x) => x.role === 'target') ? 'anggaran' : 'kinerja';
}

export function columnAttribute(t: TableModel, c: ColumnInfo): Attribute | undefined {
  if (OTHER_SCOPE.test(c.header)) return undefined;
  switch (c.role) {
    case 'target':
      return c.unit === 'money' ? 'pagu' : 'target';
    case 'pagu':
      return 'pagu';
    case 'sisa':
      return 'sisa';
    case 'efisiensi':
      return 'efisiensi';
    case 'realisasi':
      if (groupOf(t, c) !== 'anggaran') return 'realisasi';
      return c.unit === 'percent' ? 'capaian-anggaran' : 'realisasi-anggaran';
    case 'capaian':
      return groupOf(t, c) === 'anggaran' ? 'capaian-anggaran' : 'capaian';
    default:
      return undefined;
  }
}

interface TableContext {
  /** Caption and title. */
  own: string;
  /** Caption, title and the sentence right before (never another table's caption). */
  near: string;
  /** The same and up to four paragraphs before, back to the last heading or table. */
  wide: string;
}

function tableContext(env: Env, t: TableModel): TableContext {
  const own = `${t.table.caption ?? ''} ${t.table.title ?? ''}`;
  const blocks = env.doc.blocks;
  const prev = blocks[t.table.index - 1];
  const near = prev?.kind === 'paragraph' ? `${own} ${prev.text}` : own;
  let wide = near;
  for (let i = t.table.index - 2, n = 0; i >= 0 && n < 4; i--, n++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') break;
    wide += ` ${b.text}`;
  }
  return { own, near, wide };
}

/** The stage the caption or title names, else the sentence before the table. */
function namedStage(ctx: TableContext): Stage | undefined {
  return stageOf(ctx.own) ?? stageOf(ctx.near.slice(ctx.own.length));
}

const LEVEL_WORD = /^\s*(program|kegiatan|sub\s*kegiatan)\b/i;
const hasLetter = (s: string) => /\p{L}/u.test(s);

function kindOf(name: string, r: DataRow | undefined, fromIndicatorColumn: boolean): SubjectKind {
  if (fromIndicatorColumn) return 'indicator';
  const label = name.replace(/^\s*(\(?\d+(\.\d+)*[.)]?|[a-z][.)])\s+/i, '');
  if (/^program\b/i.test(label) || r?.levelName === 'program') return 'program';
  if (/^(sub\s*)?kegiatan\b/i.test(label) || r?.levelName === 'kegiatan' || r?.levelName === 'subkegiatan') return 'kegiatan';
  if (/^(persentase|presentase|prosentase|indeks|angka|rasio|tingkat|cakupan|proporsi|jumlah)\b/i.test(label)) return 'indicator';
  return 'other';
}

/**
 * The subject of the figure in column `j` of a row: the indicator for a performance figure
 * (the nearest indicator column to its left, in the block of its nearest label column), the
 * program / kegiatan for a budget figure (the nearest label column, unless it names no budget
 * entity and the row has an indicator: "Sasaran : … | Indeks Kepuasan Masyarakat | … | Rp").
 */
/** Row labels that name no subject of their own: "Rata-rata", "Jumlah", "Total". */
const GENERIC_LABEL = /^\s*(rata[-\s]*rata|rerata|jumlah|total|sub\s*total|keterangan|catatan)(\s+(keseluruhan|seluruhnya|capaian|nilai|akhir|kinerja))?\s*:?\s*$/i;

export function rowSubject(t: TableModel, r: DataRow, j: number, attribute: Attribute): { name: string; kind: SubjectKind } | undefined {
  const s = rowSubjectOf(t, r, j, attribute);
  return s && !GENERIC_LABEL.test(s.name) ? s : undefined;
}

function rowSubjectOf(t: TableModel, r: DataRow, j: number, attribute: Attribute): { name: string; kind: SubjectKind } | undefined {
  const labelCols = t.columns.filter((c) => c.role === 'label' && c.index < j);
  const indicatorCols = t.columns.filter((c) => c.role === 'indicator' && c.index < j);
  const simple = t.columns.filter((c) => c.role === 'label').length <= 1 && indicatorCols.length === 0;
  if (simple) return hasLetter(r.label) ? { name: r.label, kind: kindOf(r.label, r, false) } : undefined;
  const text = (k: number) => (r.cells[k]?.text ?? '').trim();
  const lastLabel = labelCols.length ? labelCols[labelCols.length - 1].index : -1;
  let label: string | undefined;
  for (let k = labelCols.length - 1; k >= 0 && !label; k--) if (hasLetter(text(labelCols[k].index))) label = text(labelCols[k].index);
  let indicator: string | undefined;
  for (let k = indicatorCols.length - 1; k >= 0 && !indicator; k--) {
    const c = indicatorCols[k];
    if (c.index < lastLabel) break;
    if (hasLetter(text(c.index))) indicator = text(c.index);
  }
  if (!label && !indicator && hasLetter(r.label)) label = r.label;
  if (isBudgetAttribute(attribute) && label && (LEVEL_WORD.test(label) || (label === r.label && ['program', 'kegiatan', 'subkegiatan'].includes(r.levelName ?? '')))) {
    return { name: label, kind: kindOf(label, r, false) };
  }
  if (indicator) return { name: indicator, kind: 'indicator' };
  return label ? { name: label, kind: kindOf(label, r, false) } : undefined;
}

/** A table of spending groups (Belanja Operasi, Belanja Modal, …): its totals are the unit's whole budget. */
function isSpendingTable(t: TableModel): boolean {
  return t.rows.some((r) => r.kind === 'data' && !r.parent && (r.levelName === 'group' || /^belanja\b/i.test(r.label)));
}

interface ColumnSpec {
  column: ColumnInfo;
  attribute: Attribute;
  year?: number;
  stage?: Stage;
}

/** What the budget figures of a table are: after the revision when it reports spending. */
function tableStage(specs: Array<Pick<ColumnSpec, 'attribute'>>, ctx: TableContext): Stage | undefined {
  const realisation = specs.some((s) => s.attribute === 'realisasi-anggaran' || s.attribute === 'capaian-anggaran' || s.attribute === 'sisa');
  return realisation ? 'perubahan' : namedStage(ctx);
}

function tableFacts(env: Env, t: TableModel): RawFact[] {
  const ctx = tableContext(env, t);
  const renstra = RENSTRA.test(ctx.wide);
  const year = singleYear(ctx.own) ?? env.year;
  const specs: ColumnSpec[] = [];
  for (const column of t.columns) {
    const attribute = columnAttribute(t, column);
    if (!attribute || (attribute === 'target' && renstra)) continue;
    specs.push({ column, attribute, year: column.period ?? year });
  }
  if (specs.length === 0) return [];
  const named = namedStage(ctx);
  const stage = tableStage(specs, ctx);
  for (const s of specs) {
    // A header naming the stage ("Anggaran Murni", "Anggaran Setelah Perubahan") wins.
    s.stage = stageOf(s.column.header) ?? (isBudgetAttribute(s.attribute) ? stage : named);
  }
  const spending = isSpendingTable(t);
  const out: RawFact[] = [];
  for (const r of t.rows) {
    if (r.kind === 'note') continue;
    let excerpt: string | undefined;
    const totalRows = r.kind === 'total' && !isSubtotal(r) ? totalledRows(t, r) : undefined;
    if (r.kind === 'total' && (!totalRows || totalRows.length === 0)) continue;
    for (const s of specs) {
      const value = r.values.get(s.column.index);
      if (!value || value.empty || (MONEY_ATTRIBUTES.has(s.attribute) && value.percent)) continue;
      let ref: SubjectRef | undefined;
      if (totalRows) {
        if (!isBudgetAttribute(s.attribute)) continue;
        ref = spending ? { type: 'unit' } : { type: 'rows', table: t, rows: totalRows, column: s.column };
      } else {
        const subject = rowSubject(t, r, s.column.index, s.attribute);
        if (subject) ref = { type: 'name', ...subject };
      }
      if (!ref) continue;
      out.push({
        ref,
        attribute: s.attribute,
        period: { year: s.year, stage: s.stage },
        value,
        location: cellLocation(t, r, s.column),
        source: 'table',
        excerpt: (excerpt ??= rowExcerpt(r)),
        place: `t${t.table.index}:r${r.index}`,
        table: t,
        row: r,
        column: s.column,
        level: r.levelName,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences

type Keyword = Attribute | 'realisasi*' | 'capaian*';

/** Words that name what a figure is. "realisasi" and "capaian" are settled by the figure. */
function keywordOf(word: string): Keyword | undefined {
  if (/^target(nya)?$/.test(word)) return 'target';
  if (/^realisasi(nya)?$/.test(word)) return 'realisasi*';
  if (/^(capaian(nya)?|tercapai|pencapaian(nya)?)$/.test(word)) return 'capaian*';
  if (/^(penyerapan(nya)?|serapan(nya)?|terserap)$/.test(word)) return 'capaian-anggaran';
  if (/^(pagu(nya)?|alokasi|dialokasikan|dianggarkan|anggaran(nya)?)$/.test(word)) return 'pagu';
  if (/^(sisa(nya)?|silpa)$/.test(word)) return 'sisa';
  if (/^efisiensi(nya)?$/.test(word)) return 'efisiensi';
  return undefined;
}

/** A change or a comparison between the word and the figure: the figure is not the thing named. */
const BLOCKING = new Set([
  'menurun', 'meningkat', 'meningkatkan', 'peningkatan', 'penurunan', 'naik', 'turun', 'kenaikan', 'selisih', 'dibanding',
  'dibandingkan', 'dibagi', 'dikali', 'dikalikan', 'rata', 'kurang', 'lebih', 'melebihi', 'minimal', 'maksimal', 'hingga',
  'sampai', 'berkurang', 'bertambah', 'bertambahnya', 'deviasi', 'x',
]);

/** Words that may stand between the word naming a figure and the figure. */
const FILLER = new Set([
  'adalah', 'sebesar', 'yaitu', 'yakni', 'ialah', 'mencapai', 'menjadi', 'tetap', 'tahun', 'ditetapkan', 'kinerja', 'anggaran',
  'keuangan', 'sebanyak', 'senilai', 'rp', 'hanya', 'telah', 'sudah', 'baru', 'tercatat', 'total', 'jumlah', 'apbd', 'apbn', 'dpa',
  'murni', 'perubahan', 'setelah', 'sebelum', 'ta', 'tersebut', 'ini', 'program', 'belanja', 'indikator', 'persentase', 'nilai',
  'angka', 'hasil', 'namun', 'bernilai', 'sebelumnya', 'akhir', 'tahunnya', 'rupiah', 'idr',
]);

const PART_WORDS =
  /\b(program|kegiatan|sub\s*kegiatan|belanja\s+(operasi|modal|pegawai|barang|tidak|langsung|hibah|bantuan|transfer|jasa|subsidi)|dak|dau|dbh|did|bok|bos|hibah|bantuan\s+keuangan|pendapatan|retribusi|pajak|kelurahan|desa|bidang|seksi|bagian|upt)\b(?!-)/i;
const PROGRAMS_TOTAL = /\bprogram\b(?!-)\s*(tahun|prioritas|kerja|ta\b|:|adalah|sebesar|secara)/i;

/** A sentence about another year than a named one, or about another scope: its figures are not the unit's of the year. */
const OTHER_YEAR = /tahun\s+(lalu|sebelumnya|berikut(nya)?|depan|mendatang)|\bsebelumnya\b/i;
const OTHER_SCOPE_TEXT = /renstra|rpjmd|akhir\s+periode|rencana\s+strategis|nasional|provinsi|\bspm\b|\bs\.\s*d\b|sampai\s+dengan|kumulatif|triwulan|semester/i;

const INTRO = /(antara\s+lain|sebagai\s+berikut|berikut\s*(ini)?|tabel\s+berikut|rincian(nya)?|tabel)\s*:?\s*$|:\s*$/i;
const CONCLUSION = /^(total|jumlah|secara\s+keseluruhan|keseluruhan)\b|\btotal\s+anggaran\b|\bjumlah\s+anggaran\b/i;

const isYear = (f: FoundNumber) => {
  const n = f.number;
  return !n.percent && !n.currency && n.decimals === 0 && n.style === 'plain' && /^\d{4}$/.test(n.raw) && n.value.gte(1900) && n.value.lte(2100);
};

interface Linked {
  ref: SubjectRef;
  stage?: Stage;
}

/** The grand total of the table a sentence introduces or concludes. */
function linkedTotal(env: Env, p: Paragraph): Linked | undefined {
  const blocks = env.doc.blocks;
  const next = blocks[p.index + 1];
  const prev = blocks[p.index - 1];
  let t: TableModel | undefined;
  if (next?.kind === 'table' && INTRO.test(p.text.trim())) t = env.tableAt.get(next.index);
  else if (prev?.kind === 'table' && CONCLUSION.test(p.text.trim())) t = env.tableAt.get(prev.index);
  if (!t) return undefined;
  const total = t.rows.find((r) => r.kind === 'total' && !isSubtotal(r));
  const pagu = t.columns.find((c) => columnAttribute(t, c) === 'pagu');
  if (!total || !pagu) return undefined;
  const rows = totalledRows(t, total);
  if (rows.length === 0) return undefined;
  const specs = t.columns.flatMap((column) => {
    const attribute = columnAttribute(t, column);
    return attribute ? [{ column, attribute }] : [];
  });
  const stage = stageOf(pagu.header) ?? tableStage(specs, tableContext(env, t));
  return { ref: isSpendingTable(t) ? { type: 'unit' } : { type: 'rows', table: t, rows, column: pagu }, stage };
}

/** Sentence boundaries: a full stop, "!", "?" or ";" followed by a capital (not "Rp. 1.000"). */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/[.!?;]\s+(?=[\p{Lu}(])/gu)) out.push(m.index + m[0].length);
  return out;
}

/** The last figure read: a figure without a word of its own may continue it. */
interface Captured {
  attribute: Attribute;
  end: number;
}

interface Carry {
  ref: SubjectRef;
  age: number;
}

interface SentenceState {
  carry?: Carry;
  /** Consecutive "label : value" lines are read as one text. */
  labelled: boolean;
  group: number;
  previous?: Captured;
}

function within(spans: NameMatch[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/**
 * What the figure `f` is, from the last word naming a figure since the previous figure (or the
 * sentence start): that word must be close (at most two other words between, not counting names,
 * years and filler such as "adalah", "sebesar", "tahun") and no word of change ("meningkat",
 * "selisih", "dibandingkan") may stand between.
 */
function attributeBefore(all: Word[], from: number, f: FoundNumber, names: NameMatch[]): { keyword: Keyword; budget?: boolean; kinerja?: boolean } | undefined {
  const ws = wordsBetween(all, from, f.start);
  let found: { keyword: Keyword; budget?: boolean; kinerja?: boolean; index: number } | undefined;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].word;
    if (found && found.index === i - 1 && (w === 'anggaran' || w === 'keuangan' || w === 'kinerja')) {
      if (w === 'kinerja') found.kinerja = true;
      else found.budget = true;
      found.index = i;
      continue;
    }
    const k = keywordOf(w);
    if (k && !within(names, ws[i].start)) found = { keyword: k, index: i };
  }
  if (!found) return undefined;
  let gap = 0;
  for (const w of ws.slice(found.index + 1)) {
    if (BLOCKING.has(w.word)) return undefined;
    if (within(names, w.start) || /^\d+$/.test(w.word) || FILLER.has(w.word) || w.word.length <= 2) continue;
    gap++;
  }
  return gap <= 2 ? found : undefined;
}

/** The words lying wholly in [from, to), by binary search over the text's words. */
function wordsBetween(all: Word[], from: number, to: number): Word[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Word[] = [];
  for (let i = lo; i < all.length && all[i].end <= to; i++) out.push(all[i]);
  return out;
}

function settleAttribute(
  kw: { keyword: Keyword; budget?: boolean; kinerja?: boolean },
  f: FoundNumber,
  previous: Captured | undefined,
): Attribute | undefined {
  const money = isAmount(f);
  const n = f.number;
  switch (kw.keyword) {
    case 'realisasi*':
      if (money) return kw.kinerja ? undefined : 'realisasi-anggaran';
      if (kw.budget) return n.percent ? 'capaian-anggaran' : undefined;
      return n.currency ? undefined : 'realisasi';
    case 'capaian*':
      if (money || n.value.gt(1000)) return undefined;
      if (kw.budget) return 'capaian-anggaran';
      if (!kw.kinerja && previous?.attribute === 'realisasi-anggaran') return 'capaian-anggaran';
      return 'capaian';
    case 'target':
      if (kw.budget) return money ? 'pagu' : undefined;
      return n.currency ? undefined : 'target';
    case 'capaian-anggaran':
      return money || n.value.gt(1000) ? undefined : 'capaian-anggaran';
    case 'efisiensi':
      return money || n.percent ? undefined : 'efisiensi';
    default:
      return money ? kw.keyword : undefined;
  }
}

/** A figure with no word of its own, continuing the previous one: "Rp X atau 96,51%", "menjadi Rp Y". */
function continuation(text: string, f: FoundNumber, previous: Captured | undefined): Attribute | undefined {
  if (!previous) return undefined;
  const between = text.slice(previous.end, f.start).replace(/\([^()\d]*\)/g, ' ');
  if (previous.attribute === 'realisasi-anggaran' && f.number.percent && /^[\s,]*(atau|\(|atau\s+sebesar|sebesar)?[\s(]*$/i.test(between)) return 'capaian-anggaran';
  if (previous.attribute === 'pagu' && isAmount(f) && /\bmenjadi\b/i.test(between) && !words(between).some((w) => BLOCKING.has(w.word))) return 'pagu';
  return undefined;
}

function sentenceFacts(env: Env, p: Paragraph, matcher: NameMatcher, state: SentenceState): RawFact[] {
  const text = p.text;
  const ws = words(text);
  const names = matcher.match(text, ws);
  // Only figures with a word before them are read: a paragraph without digits is only a name.
  const nums = /\d/.test(text) ? textNumbers(text) : [];
  if (nums.length === 0) {
    carryOn(state, names);
    return [];
  }
  const starts = sentenceStarts(text);
  const sentenceOf = (at: number) => {
    let s = 0;
    for (const x of starts) if (x <= at) s = x;
    return s;
  };
  const sentenceEnd = (at: number) => starts.find((x) => x > at) ?? text.length;
  const linked = linkedTotal(env, p);
  const out: RawFact[] = [];
  let boundary = 0;
  let year: { value: number; sentence: number } | undefined;
  let previous = state.labelled ? state.previous : undefined;
  for (let k = 0; k < nums.length; k++) {
    const f = nums[k];
    const sentence = sentenceOf(f.start);
    if (isYear(f)) {
      const rangeAround = /[-–—]\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start)) || /^\s*[-–—]\s*\d{4}/.test(text.slice(f.end, f.end + 8)) || /^\s*s\.?\s*d\.?\s*\d{4}/i.test(text.slice(f.end, f.end + 10));
      if (!rangeAround) year = { value: f.number.value.toNumber(), sentence };
      continue;
    }
    const from = Math.max(boundary, sentence);
    boundary = f.end;
    const kw = attributeBefore(ws, from, f, names);
    const attribute = kw ? settleAttribute(kw, f, previous) : continuation(text, f, previous);
    if (!attribute) {
      previous = undefined;
      continue;
    }

    // Who it is about.
    const before = names.filter((n) => n.end <= f.start);
    const inSentence = before.filter((n) => n.start >= sentence);
    const laterInSentence = names.some((n) => n.start >= f.end && n.start < sentenceEnd(f.start));
    let ref: SubjectRef | undefined;
    let carried = false;
    const budget = isBudgetAttribute(attribute);
    if (inSentence.length) ref = { type: 'name', name: inSentence[inSentence.length - 1].name, kind: 'other' };
    else if (laterInSentence) ref = undefined;
    else if (before.length) ref = { type: 'name', name: before[before.length - 1].name, kind: 'other' };
    else if (budget && linked) ref = linked.ref;
    else if (state.carry && !MONEY_ATTRIBUTES.has(attribute)) {
      // An amount is never carried over from an indicator named in an earlier paragraph.
      ref = state.carry.ref;
      carried = true;
    } else if (budget) {
      const head = text.slice(sentence, f.start);
      const sentenceText = text.slice(sentence, sentenceEnd(f.start));
      if (PROGRAMS_TOTAL.test(head)) ref = { type: 'programs' };
      else if (attribute !== 'capaian-anggaran' || previous) {
        if (!PART_WORDS.test(sentenceText.replace(/\b(\w+)-\1\b/g, ' '))) ref = { type: 'unit' };
      }
    }
    previous = { attribute, end: f.end };
    if (!ref) continue;

    // When, and of what scope.
    const namedYear = year && year.sentence === sentence ? year.value : undefined;
    const lead = blankSpans(text.slice(sentence, f.start), names, sentence);
    if (OTHER_SCOPE_TEXT.test(lead) || (namedYear === undefined && OTHER_YEAR.test(text.slice(sentence, sentenceEnd(f.start))))) continue;
    const y = namedYear ?? env.year;
    let stage: Stage | undefined;
    if (budget) stage = lastStageWord(text.slice(from, f.start).replace(/\([^()]*\)/g, ' '));
    out.push({
      ref,
      attribute,
      period: { year: y, stage },
      value: f.number,
      location: p.loc,
      source: 'sentence',
      excerpt: excerptAround(text, f),
      place: `p${state.group}`,
      paragraph: p,
      carried,
    });
  }
  state.previous = previous;
  // The budget stage of figures that name none: after the revision when spending is reported
  // with them, else the stage of the table the sentence introduces, else the sentence's words.
  const groupSpends = out.some((x) => x.attribute === 'realisasi-anggaran');
  for (const x of out) {
    if (!isBudgetAttribute(x.attribute) || x.period.stage) continue;
    if (x.attribute !== 'pagu' || groupSpends) x.period.stage = 'perubahan';
    else if (linked && x.ref === linked.ref) x.period.stage = linked.stage;
    else x.period.stage = stageOf(text);
  }
  carryOn(state, names);
  return out;
}

/** The subject a paragraph leaves to the next ones: the last name it mentions, for three paragraphs. */
function carryOn(state: SentenceState, names: NameMatch[]): void {
  const last = names[names.length - 1];
  if (last) state.carry = { ref: { type: 'name', name: last.name, kind: 'other' }, age: 0 };
  else if (state.carry && ++state.carry.age > 3) state.carry = undefined;
}

/** The text with the names in it blanked out ("… Stabilitas Keamanan Lokal, Regional, dan Nasional" is a name, not a scope). */
function blankSpans(text: string, names: NameMatch[], offset: number): string {
  let out = text;
  for (const n of names) {
    const a = n.start - offset;
    const b = n.end - offset;
    if (b <= 0 || a >= out.length) continue;
    out = out.slice(0, Math.max(0, a)) + ' '.repeat(Math.min(out.length, b) - Math.max(0, a)) + out.slice(Math.min(out.length, b));
  }
  return out;
}

function excerptAround(text: string, f: FoundNumber): string {
  const a = Math.max(0, f.start - 100);
  const b = Math.min(text.length, f.end + 40);
  return `${a > 0 ? '…' : ''}${text.slice(a, b).trim()}${b < text.length ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------

/** Every figure of the report's tables and sentences, with subjects not yet matched. */
export function extractRawFacts(env: Env): RawFact[] {
  const out: RawFact[] = [];
  for (const t of env.doc.tables) out.push(...tableFacts(env, t));
  const matcher = new NameMatcher();
  for (const f of out) if (f.ref.type === 'name') matcher.add(f.ref.name);

  const state: SentenceState = { labelled: false, group: -1 };
  let previousBlock: Block | undefined;
  let groupSpends: RawFact[] = [];
  for (const b of env.doc.blocks) {
    if (b.kind !== 'paragraph') {
      state.carry = undefined;
      state.labelled = false;
      state.previous = undefined;
      previousBlock = b;
      continue;
    }
    const labelled = labelledValue(b) !== undefined;
    const continues = labelled && state.labelled && previousBlock?.kind === 'paragraph';
    if (!continues) {
      state.group = b.index;
      state.previous = undefined;
      groupSpends = [];
    }
    state.labelled = labelled;
    const facts = sentenceFacts(env, b, matcher, state);
    // In a run of "label : value" lines, a spending line makes the budget line before it post-revision too.
    if (labelled) {
      groupSpends.push(...facts);
      if (groupSpends.some((x) => x.attribute === 'realisasi-anggaran')) {
        for (const x of groupSpends) if (isBudgetAttribute(x.attribute) && x.period.stage === undefined) x.period.stage = 'perubahan';
      }
    }
    out.push(...facts);
    previousBlock = b;
  }
  return out;
}
