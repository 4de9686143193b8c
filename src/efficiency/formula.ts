import { Decimal } from 'decimal.js';
import type { Block, SourceLocation } from '../model/index.js';
import type { NormalisedReport, TableModel } from '../normalise/types.js';
import { findNumbers, type ParsedNumber } from '../numbers/parse.js';
import type { Lang } from '../engine/types.js';
import { formatNumber } from '../numbers/format.js';

/**
 * How a report computes its efficiency (efisiensi penggunaan sumber daya):
 * - `performance-over-absorption`: capaian kinerja (%) ÷ penyerapan anggaran (%), the usual
 *   local LKjIP formula ("Efisiensi diperoleh dengan membandingkan Capaian Kinerja dengan
 *   Penyerapan Anggaran"); 1 or more is "Efisien";
 * - `absorption-over-performance`: the same ratio the other way round;
 * - `unabsorbed`: the share of the budget left unspent, (pagu − realisasi) ÷ pagu × 100
 *   = 100 − penyerapan;
 * - `pmk-249`: the Kemenkeu PMK 249/2011 measure, from output budgets and achievements per
 *   output; recognised so that it is not mistaken for the ratio, not recomputed.
 */
export type EfficiencyFormula = 'performance-over-absorption' | 'absorption-over-performance' | 'unabsorbed' | 'pmk-249';

export interface FormulaStatement {
  formula: EfficiencyFormula;
  text: string;
  loc: SourceLocation;
  blockIndex: number;
  /** The text defines the formula (no figures of its own), rather than applying it to figures. */
  definition: boolean;
}

const clean = (s: string) => s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

/** A performance figure: "capaian kinerja", "% capaian indikator", "realisasi kinerja" (not "capaian kinerja keuangan"). */
const PERF = /(?:persentase\s+|%\s*)?(?:capaian|realisasi|pencapaian)\s+(?:kinerja|indikator|sasaran|output|outcome)(?!\s+(?:keuangan|anggaran))/g;
/** A budget-absorption figure: "penyerapan anggaran", "realisasi anggaran", "capaian keuangan". */
const ABS = /(?:persentase\s+|%\s*)?(?:(?:penyerapan|serapan|realisasi|capaian)\s+(?:kinerja\s+)?(?:anggaran|dana|keuangan|belanja))/g;
const CONNECT = /membandingkan|dibandingkan|perbandingan|dibagi|pembagian|\/|÷|:|\bper\b|rasio|terhadap/;
const PMK = /\bpmk\b[^.]{0,25}\b249\b|\b249\s*\/\s*pmk|\bpak\s*[x×*]\s*ck\b/;
const UNSPENT =
  /(?:sisa\s+anggaran|anggaran\s+yang\s+tidak\s+terserap|selisih\s+(?:antara\s+)?(?:pagu|anggaran)(?:\s+anggaran)?\s+(?:dan|dengan)\s+realisasi(?:\s+anggaran)?|(?:pagu|anggaran)\s*[-−–]\s*realisasi(?:\s+anggaran)?)\s*\)?\s*(?:dibagi|\/|÷|:|terhadap|dibandingkan)\s*(?:dengan\s+)?(?:total\s+|jumlah\s+)?\(?\s*(?:pagu|anggaran|alokasi)/;
const HUNDRED_MINUS = /100\s*%?\s*[-−–]\s*(?:persentase\s+)?(?:penyerapan|serapan|realisasi)\s+(?:anggaran|keuangan)/;

/**
 * The efficiency formula a text states, if it states one. The text must speak of efficiency
 * unless the caller knows it does (a line under an "Efisiensi" heading).
 */
export function detectFormula(text: string, aboutEfficiency = false): EfficiencyFormula | undefined {
  const t = clean(text).toLowerCase();
  if (!aboutEfficiency && !/efisien/.test(t)) return undefined;
  if (PMK.test(t)) return 'pmk-249';
  if (UNSPENT.test(t) || HUNDRED_MINUS.test(t)) return 'unabsorbed';
  const perf = [...t.matchAll(PERF)];
  const abs = [...t.matchAll(ABS)];
  for (const p of perf) {
    for (const a of abs) {
      const pEnd = p.index + p[0].length;
      const aEnd = a.index + a[0].length;
      const [first, second, firstEnd] = p.index < a.index ? [p, a, pEnd] : [a, p, aEnd];
      const between = t.slice(firstEnd, second.index);
      if (between.length > 90) continue;
      // "A dibagi B", "A / B", or "membandingkan A dengan B" (the verb before A).
      const lead = t.slice(Math.max(0, first.index - 40), first.index);
      if (!CONNECT.test(between) && !(/membandingkan|perbandingan|dibandingkan|rasio/.test(lead) && /^\W*(?:dengan|dan|terhadap)\W/.test(between))) continue;
      // "membandingkan A dengan B", "A dibagi B", "A / B": A is the numerator.
      return first === p ? 'performance-over-absorption' : 'absorption-over-performance';
    }
  }
  return undefined;
}

/** Every efficiency formula the report states (paragraphs, and rows of small tables), in order. */
export function statedFormulas(doc: NormalisedReport): FormulaStatement[] {
  const out: FormulaStatement[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph' || b.kind === 'heading') {
      if (!/efisien/i.test(b.text) && !inEfficiencySection(b)) continue;
      const formula = detectFormula(b.text, inEfficiencySection(b));
      if (formula) out.push({ formula, text: clean(b.text), loc: b.loc, blockIndex: b.index, definition: !hasFigures(b.text) });
    } else if (b.kind === 'table') {
      for (const r of b.rows) {
        if (!r.cells.some((c) => /efisien/i.test(c.text))) continue;
        const text = r.cells.map((c) => c.text).join(' ');
        const formula = detectFormula(text);
        if (formula) out.push({ formula, text: clean(text), loc: r.loc, blockIndex: b.index, definition: !hasFigures(text) });
      }
    }
  }
  return out;
}

/** Figures other than years and a "× 100%". */
function hasFigures(text: string): boolean {
  return findNumbers(text).some((f) => !/^(19|20)\d{2}$/.test(f.number.raw) && !/^100\s*%?$/.test(f.number.raw) && !/^1$/.test(f.number.raw));
}

export function inEfficiencySection(b: Block): boolean {
  return /efisiensi/i.test(b.context.sectionTitle ?? '');
}

/** The item nearest to a block (by block index), preferring an earlier one at equal distance. */
export function nearest<T extends { blockIndex: number }>(items: T[], blockIndex: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].blockIndex <= blockIndex) lo = mid + 1;
    else hi = mid;
  }
  const before = items[lo - 1];
  const after = items[lo];
  if (!before) return after;
  if (!after) return before;
  return blockIndex - before.blockIndex <= after.blockIndex - blockIndex ? before : after;
}

// ---------------------------------------------------------------------------------------
// Thresholds (kategori efisiensi)

export type Comparator = '≥' | '>' | '≤' | '<' | '=';

/** One category of a printed threshold scale, e.g. "≥ 1 Efisien", "0 - 0,5 Kurang Efisien". */
export interface Band {
  /** The category as printed ("Efisien", "Kurang Efisien"). */
  label: string;
  /** Lower bound, undefined for none (−∞); values in the scale printed. */
  lo?: Decimal;
  loIncl: boolean;
  hi?: Decimal;
  hiIncl: boolean;
  /** The clause as printed ("1 ≥ Efisien"). */
  text: string;
  /** The bound as read ("≥ 1", "0 – 0,5"). */
  reading: string;
  /** The comparator was printed after its number ("1 ≥ Efisien") and is read as applying to the value. */
  reversed: boolean;
  /** A bound was printed with a % sign. */
  percent: boolean;
  decimals: number;
  loc: SourceLocation;
  blockIndex: number;
}

/** The thresholds printed together (consecutive lines or one table): one scale. */
export interface ThresholdSet {
  bands: Band[];
  /** 100 when the bounds are percentages (≥ 100% Efisien), else 1 (≥ 1 Efisien). */
  scale: 1 | 100;
  blockIndex: number;
  loc: SourceLocation;
}

/** A category word: "Efisien", "Sangat Efisien", "Kurang Efisien", "Tidak Efisien" (not "efisiensi"). */
export const CATEGORY = /\b(?:(?:sangat|cukup|kurang|tidak)\s+)?efisien\b/gi;
const HAS_CATEGORY = new RegExp(CATEGORY.source, 'i');

/** The comparable form of a category. */
export function categoryKey(s: string): string {
  return s.replace(/\*+/g, '').toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Efisien", "Sangat Efisien": good; "Kurang/Tidak Efisien": bad; "Cukup Efisien": in between. */
export function categoryPolarity(s: string): 'good' | 'bad' | 'middle' {
  const k = categoryKey(s);
  if (/^(kurang|tidak)\b/.test(k)) return 'bad';
  if (/^cukup\b/.test(k)) return 'middle';
  return 'good';
}

const OPERATOR_WORDS: Array<[RegExp, Comparator]> = [
  [/lebih\s+(?:besar\s+)?dari\s+(?:atau\s+)?sama\s+dengan|lebih\s+besar\s+atau\s+sama\s+dengan|minimal|paling\s+(?:sedikit|rendah)|sekurang-kurangnya/g, '≥'],
  [/kurang\s+dari\s+(?:atau\s+)?sama\s+dengan|lebih\s+kecil\s+(?:dari\s+)?(?:atau\s+)?sama\s+dengan|maksimal|paling\s+(?:tinggi|banyak)|setinggi-tingginya/g, '≤'],
  [/lebih\s+(?:besar\s+)?dari|di\s+atas/g, '>'],
  [/lebih\s+kecil\s+(?:dari|daripada)|kurang\s+dari|di\s+bawah/g, '<'],
  [/sama\s+dengan/g, '='],
  [/>=|=>|≧|⩾/g, '≥'],
  [/<=|=<|≦|⩽/g, '≤'],
];

/** Words that may stand around a threshold without changing it. */
const FILLER = new Set(
  'nilai nilainya efisiensi tingkat rasio skor hasil x e jika apabila bila maka kategori dikategorikan termasuk adalah berarti dinyatakan disebut predikat kriteria keterangan ket dan atau dengan antara sampai hingga yaitu yang persen angka indeks'.split(
    ' ',
  ),
);
const VARIABLE = /^(?:x|e|nilai|efisiensi|tingkat|hasil|rasio|skor|nilainya)$/;

type Token = { kind: 'op'; op: Comparator } | { kind: 'num'; n: ParsedNumber } | { kind: 'range' } | { kind: 'var' } | { kind: 'word'; w: string };

function tokenize(rest: string): Token[] | undefined {
  let s = ` ${rest.toLowerCase()} `;
  for (const [re, op] of OPERATOR_WORDS) s = s.replace(re, ` ${op} `);
  // Numbers first (with their own % and decimal comma), then what is left.
  const tokens: Array<{ at: number; t: Token }> = [];
  const nums = findNumbers(s);
  let masked = s;
  for (const f of nums) {
    tokens.push({ at: f.start, t: { kind: 'num', n: f.number } });
    masked = masked.slice(0, f.start) + ' '.repeat(f.end - f.start) + masked.slice(f.end);
  }
  for (const m of masked.matchAll(/s\/d|[≥>≤<=]|[-–—]|[\p{L}]+/gu)) {
    const w = m[0];
    let t: Token;
    if (/^[≥>≤<=]$/.test(w)) t = { kind: 'op', op: w as Comparator };
    else if (/^(?:[-–—]|s\/d|sampai|hingga)$/.test(w)) t = { kind: 'range' };
    else if (VARIABLE.test(w)) t = { kind: 'var' };
    else if (FILLER.has(w)) continue;
    else t = { kind: 'word', w };
    tokens.push({ at: m.index, t });
  }
  tokens.sort((a, b) => a.at - b.at);
  const out = tokens.map((x) => x.t);
  return out.some((t) => t.kind === 'word') ? undefined : out;
}

const flip: Record<Comparator, Comparator> = { '≥': '≤', '>': '<', '≤': '≥', '<': '>', '=': '=' };

interface Bound {
  lo?: Decimal;
  loIncl: boolean;
  hi?: Decimal;
  hiIncl: boolean;
}

function constrain(b: Bound, op: Comparator, v: Decimal): Bound {
  const out = { ...b };
  const raiseLo = (incl: boolean) => {
    if (out.lo === undefined || v.gt(out.lo) || (v.eq(out.lo) && !incl)) Object.assign(out, { lo: v, loIncl: incl });
  };
  const lowerHi = (incl: boolean) => {
    if (out.hi === undefined || v.lt(out.hi) || (v.eq(out.hi) && !incl)) Object.assign(out, { hi: v, hiIncl: incl });
  };
  if (op === '≥' || op === '=') raiseLo(true);
  if (op === '>') raiseLo(false);
  if (op === '≤' || op === '=') lowerHi(true);
  if (op === '<') lowerHi(false);
  return out;
}

/**
 * One threshold clause: a category and its bound. Forms read:
 * "≥ 1 Efisien", "Efisien : ≥ 1", "Efisien jika nilai ≥ 1", "> 1 = Efisien", "lebih dari 1
 * Efisien", "0 - 0,5 Kurang Efisien", "0,5 < x ≤ 1 Cukup Efisien" and the sloppy "1 ≥ Efisien"
 * / "1 ≤ Kurang Efisien", whose comparator follows the number with nothing after it: it is
 * read as applying to the value (≥ 1 Efisien, ≤ 1 Kurang Efisien), as the author means. The
 * mathematical reading (1 ≥ value) would put "Efisien" below 1 and "Kurang Efisien" above it,
 * contrary to the categories' meaning and to the report's own use.
 */
export function parseThreshold(clause: string): Omit<Band, 'loc' | 'blockIndex'> | undefined {
  const text = clean(clause);
  if (text.length > 120) return undefined;
  const labels = [...text.matchAll(CATEGORY)];
  if (labels.length !== 1) return undefined;
  const label = labels[0][0];
  const rest = text.slice(0, labels[0].index) + ' ' + text.slice(labels[0].index + label.length);
  const tokens = tokenize(rest.replace(/[:()\[\]"“”']/g, ' '));
  if (!tokens) return undefined;
  const nums = tokens.filter((t): t is { kind: 'num'; n: ParsedNumber } => t.kind === 'num');
  if (nums.length === 0 || nums.length > 2) return undefined;
  let bound: Bound = { loIncl: false, hiIncl: false };
  let reversed = false;
  let reading = '';
  const show = (n: ParsedNumber) => n.raw.replace(/\s+/g, '');
  const rangeAt = tokens.findIndex((t) => t.kind === 'range');
  const ops = tokens.filter((t) => t.kind === 'op');
  if (nums.length === 2 && rangeAt > 0 && tokens[rangeAt - 1].kind === 'num' && tokens[rangeAt + 1]?.kind === 'num' && ops.length === 0) {
    const [a, b] = [nums[0].n.value, nums[1].n.value];
    if (a.gt(b)) return undefined;
    bound = { lo: a, loIncl: true, hi: b, hiIncl: true };
    reading = `${show(nums[0].n)} – ${show(nums[1].n)}`;
  } else {
    const parts: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'num') continue;
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const afterNext = tokens[i + 2];
      if (before?.kind === 'op' && !(before.op === '=' && tokens[i - 2]?.kind === 'op')) {
        // "≥ 1", "x ≥ 1"
        bound = constrain(bound, before.op, t.n.value);
        parts.push(`${before.op} ${show(t.n)}`);
      } else if (before?.kind === 'op' && tokens[i - 2]?.kind === 'op') {
        const op = (tokens[i - 2] as { op: Comparator }).op;
        bound = constrain(bound, op, t.n.value);
        parts.push(`${op} ${show(t.n)}`);
      } else if (after?.kind === 'op' && afterNext?.kind === 'var') {
        // "0,5 < x": the value is above 0,5.
        bound = constrain(bound, flip[after.op], t.n.value);
        parts.push(`${flip[after.op]} ${show(t.n)}`);
      } else if (after?.kind === 'op' && (afterNext === undefined || afterNext.kind === 'op')) {
        // "1 ≥ Efisien": read as "≥ 1".
        bound = constrain(bound, after.op, t.n.value);
        parts.push(`${after.op} ${show(t.n)}`);
        reversed = true;
      } else return undefined;
    }
    reading = parts.join(', ');
  }
  if (bound.lo === undefined && bound.hi === undefined) return undefined;
  if (bound.lo !== undefined && bound.hi !== undefined && (bound.lo.gt(bound.hi) || (bound.lo.eq(bound.hi) && !(bound.loIncl && bound.hiIncl)))) return undefined;
  return {
    label: label.replace(/\s+/g, ' '),
    ...bound,
    text,
    reading,
    reversed,
    percent: nums.some((x) => x.n.percent),
    decimals: Math.max(...nums.map((x) => x.n.decimals)),
  };
}

/** Split a line into clauses of one category each ("≥ 1 Efisien; < 1 Kurang Efisien"). */
export function thresholdClauses(text: string): Array<Omit<Band, 'loc' | 'blockIndex'>> {
  const t = clean(text);
  const labels = [...t.matchAll(CATEGORY)];
  if (labels.length === 0) return [];
  if (labels.length === 1) {
    const one = parseThreshold(t);
    return one ? [one] : [];
  }
  const splits: string[][] = [
    t.split(/\s*[;\n]\s*|,\s+(?=\S)/),
    labels.map((m, i) => t.slice(i === 0 ? 0 : labels[i - 1].index + labels[i - 1][0].length, m.index + m[0].length)),
    labels.map((m, i) => t.slice(m.index, labels[i + 1]?.index ?? t.length)),
  ];
  for (const pieces of splits) {
    const withLabel = pieces.map((p) => p.replace(/^[\s,;.]+|[\s,;.]+$/g, '')).filter((p) => HAS_CATEGORY.test(p));
    if (withLabel.length !== labels.length) continue;
    const parsed = withLabel.map(parseThreshold);
    if (parsed.every((p) => p)) return parsed as Array<Omit<Band, 'loc' | 'blockIndex'>>;
  }
  return [];
}

/** The threshold scales the report prints: clauses on consecutive lines, or the rows of one table, form a set. */
export function thresholdSets(doc: NormalisedReport): ThresholdSet[] {
  const sets: ThresholdSet[] = [];
  let current: Band[] = [];
  let lastBlock = -10;
  const flush = () => {
    if (current.length === 0) return;
    const percent = current.some((b) => b.percent || [b.lo, b.hi].some((v) => v !== undefined && v.gt(10)));
    sets.push({ bands: current, scale: percent ? 100 : 1, blockIndex: current[0].blockIndex, loc: current[0].loc });
    current = [];
  };
  const add = (clauses: Array<Omit<Band, 'loc' | 'blockIndex'>>, loc: SourceLocation, blockIndex: number) => {
    if (clauses.length === 0) return;
    if (blockIndex - lastBlock > 2) flush();
    for (const c of clauses) current.push({ ...c, loc, blockIndex });
    lastBlock = blockIndex;
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (!/efisien\b/i.test(b.text)) continue;
      add(thresholdClauses(b.text), b.loc, b.index);
    } else if (b.kind === 'table') {
      if (b.rows.length > 12) continue;
      for (const r of b.rows) {
        const cells = r.cells.map((c) => c.text).filter((s) => s !== '');
        if (!cells.some((s) => /efisien\b/i.test(s))) continue;
        // A bare row number ("1", "2.") is not a bound.
        const body = cells.length >= 3 && /^\d{1,2}[.)]?$/.test(cells[0]) ? cells.slice(1) : cells;
        add(thresholdClauses(body.join(' ')), r.loc, b.index);
      }
    }
  }
  flush();
  return sets;
}

/** A stretch of values: [lo, hi] with open or closed ends; lo undefined for −∞, hi for +∞. */
export interface Span extends Bound {}

const below = (a: Decimal | undefined, b: Decimal | undefined) => a !== undefined && (b === undefined || a.lt(b));

/** The values two bands share, if any. */
export function intersect(a: Bound, b: Bound): Span | undefined {
  let lo = a.lo;
  let loIncl = a.loIncl;
  if (b.lo !== undefined && (lo === undefined || b.lo.gt(lo) || (b.lo.eq(lo) && !b.loIncl))) [lo, loIncl] = [b.lo, b.loIncl];
  let hi = a.hi;
  let hiIncl = a.hiIncl;
  if (b.hi !== undefined && (hi === undefined || b.hi.lt(hi) || (b.hi.eq(hi) && !b.hiIncl))) [hi, hiIncl] = [b.hi, b.hiIncl];
  if (lo !== undefined && hi !== undefined && (lo.gt(hi) || (lo.eq(hi) && !(loIncl && hiIncl)))) return undefined;
  return { lo, loIncl, hi, hiIncl };
}

export interface Overlap {
  a: Band;
  b: Band;
  span: Span;
}

export interface Gap {
  /** The band below the gap (undefined: the gap is below every band). */
  below?: Band;
  above?: Band;
  span: Span;
}

/**
 * Overlaps (a value in two categories) and gaps (a value in none) of a scale. Values run from
 * 0 up (an efficiency is never negative); with the bounds as percentages, up to 100 for the
 * unspent-budget share, without a top otherwise. A set of one category only names the good
 * one ("efisien apabila ≥ 1"): nothing to compare.
 */
export function analyseSet(set: ThresholdSet): { overlaps: Overlap[]; gaps: Gap[] } {
  const overlaps: Overlap[] = [];
  const gaps: Gap[] = [];
  const bands = set.bands;
  if (bands.length < 2) return { overlaps, gaps };
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) {
      if (categoryKey(bands[i].label) === categoryKey(bands[j].label)) continue;
      const span = intersect(bands[i], bands[j]);
      if (span) overlaps.push({ a: bands[i], b: bands[j], span });
    }
  }
  // Sweep from 0 upwards over the bands sorted by their lower bound.
  const sorted = [...bands].sort((x, y) => {
    const a = x.lo ?? new Decimal(-Infinity);
    const b = y.lo ?? new Decimal(-Infinity);
    return a.cmp(b) || (x.loIncl === y.loIncl ? 0 : x.loIncl ? -1 : 1);
  });
  let reach: Decimal | undefined = new Decimal(0);
  let reachIncl = false; // values below `reach` (and `reach` itself when reachIncl) are covered
  let lastBand: Band | undefined;
  let covered = false;
  for (const b of sorted) {
    if (b.lo === undefined || b.lo.lt(reach!) || (b.lo.eq(reach!) && (b.loIncl || reachIncl))) {
      // Touches or overlaps what is covered.
    } else if (b.lo.gt(reach!) || (b.lo.eq(reach!) && !b.loIncl && !reachIncl)) {
      const fromZero = !covered;
      if (!(fromZero && reach!.isZero() && b.lo.isZero())) {
        gaps.push({ below: fromZero ? undefined : lastBand, above: b, span: { lo: reach, loIncl: !reachIncl, hi: b.lo, hiIncl: !b.loIncl } });
      }
    }
    covered = true;
    if (b.hi === undefined) {
      reach = undefined;
      break;
    }
    if (below(reach, b.hi) || (reach!.eq(b.hi) && b.hiIncl)) {
      reach = b.hi;
      reachIncl = b.hiIncl;
    }
    lastBand = b;
  }
  if (reach !== undefined) {
    const top = set.scale === 100 ? new Decimal(100) : undefined;
    if (top === undefined || reach.lt(top) || (reach.eq(top) && !reachIncl)) {
      gaps.push({ below: lastBand, span: { lo: reach, loIncl: !reachIncl, hi: top, hiIncl: true } });
    }
  }
  // A gap between two bands narrower than nothing is no gap; one above an unbounded set is handled above.
  return { overlaps, gaps };
}

/** Is a value (in the set's printed scale) in the band? */
export function inBand(b: Bound, v: Decimal): boolean {
  if (b.lo !== undefined && (v.lt(b.lo) || (v.eq(b.lo) && !b.loIncl))) return false;
  if (b.hi !== undefined && (v.gt(b.hi) || (v.eq(b.hi) && !b.hiIncl))) return false;
  return true;
}

/** The categories of the set whose band holds the value (two where the bands overlap). */
export function categoriesOf(set: ThresholdSet, v: Decimal): Band[] {
  return set.bands.filter((b) => inBand(b, v));
}

/** A stretch of values in words: "tepat 1" / "exactly 1", "antara 0,5 dan 0,51", "di atas 1". */
export function describeSpan(s: Span, lang: Lang): string {
  const fmt = (v: Decimal) => formatNumber(v, Math.max(0, v.decimalPlaces()), lang);
  const id = lang === 'id';
  if (s.lo !== undefined && s.hi !== undefined && s.lo.eq(s.hi)) return id ? `tepat ${fmt(s.lo)}` : `exactly ${fmt(s.lo)}`;
  if (s.hi === undefined) return id ? `${s.loIncl ? 'mulai' : 'di atas'} ${fmt(s.lo!)}` : `${s.loIncl ? 'from' : 'above'} ${fmt(s.lo!)}`;
  if (s.lo === undefined) return id ? `${s.hiIncl ? 'sampai' : 'di bawah'} ${fmt(s.hi)}` : `${s.hiIncl ? 'up to' : 'below'} ${fmt(s.hi)}`;
  const lo = `${fmt(s.lo)}${s.loIncl ? '' : id ? ' (tidak termasuk)' : ' (excluded)'}`;
  const hi = `${fmt(s.hi)}${s.hiIncl ? '' : id ? ' (tidak termasuk)' : ' (excluded)'}`;
  return id ? `antara ${lo} dan ${hi}` : `between ${lo} and ${hi}`;
}

/** A band as read: "≥ 1 Efisien". */
export function describeBand(b: Band, lang: Lang): string {
  const reading = lang === 'id' ? b.reading : b.reading.replace(/,(?=\d)/g, '.');
  return `${reading} ${b.label}`;
}

/** A whole scale: "≥ 1 Efisien; ≤ 1 Kurang Efisien". */
export function describeSet(set: ThresholdSet, lang: Lang): string {
  return set.bands.map((b) => describeBand(b, lang)).join('; ');
}

export type { TableModel };
