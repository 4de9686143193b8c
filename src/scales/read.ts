import { Decimal } from 'decimal.js';
import { withLocation, type Block, type Paragraph, type SourceLocation } from '../model/index.js';
import type { NormalisedReport, TableModel } from '../normalise/types.js';
import { formatNumber } from '../numbers/format.js';
import { parseNumber } from '../numbers/parse.js';

/**
 * Rating scales a report prints: tables of intervals and labels ("≥ 90 | Sangat Tinggi",
 * "70% s.d < 85% | Berhasil") and lists in the text ("85 – 100 : Sangat Berhasil"), with the
 * regulation the report says the scale comes from.
 */

/** One end of an interval; `closed` when the end value itself belongs to it. */
export interface Bound {
  value: Decimal;
  closed: boolean;
}

/** An interval as printed: a missing end is unbounded ("≥ 90" has no upper end). */
export interface ScaleInterval {
  lo?: Bound;
  hi?: Bound;
  /** As printed ("76 ≤ 90"). */
  text: string;
}

export interface ScaleBand {
  /** The label as printed ("Sangat Tinggi"). */
  label: string;
  /** Lower case, markup and parentheses removed, spaces collapsed: what predicates are matched on. */
  key: string;
  interval: ScaleInterval;
  /** Where the label stands (the cell, or the paragraph of a list). */
  loc: SourceLocation;
  /** Where the interval stands. */
  intervalLoc: SourceLocation;
}

/** A regulation named by the report ("Permendagri 86 Tahun 2017"). */
export interface Regulation {
  /** Normalised short name: "Permendagri 86/2017". */
  name: string;
  kind: string;
  number: string;
  year: number;
  /** As printed. */
  text: string;
  loc: SourceLocation;
}

/** Vocabulary a scale's labels belong to; predicates are matched to a scale of their family. */
export type ScaleFamily = 'berhasil' | 'tinggi' | 'baik';

export interface Scale {
  kind: 'table' | 'text';
  /** How messages name the scale: "Tabel 3.1" / a list at a line. */
  name: { id: string; en: string };
  loc: SourceLocation;
  /** Index of the (first) block the scale is printed in. */
  blockIndex: number;
  /** In printed order. */
  bands: ScaleBand[];
  family?: ScaleFamily;
  regulation?: Regulation;
  table?: TableModel;
}

// ---------------------------------------------------------------------------------------------
// Intervals

const VARIABLE_WORDS = /\b(?:nilai\s+capaian|capaian\s+kinerja|nilai|capaian|skor|realisasi|persentase|x|n|p)\b/g;

/** Sloppy interval notations brought to tokens: numbers, ≤ ≥ < >, "~" (range), "v" (the variable). */
function intervalTokens(text: string): string[] | null {
  let t = ` ${text.toLowerCase()} `;
  t = t
    .replace(/\\leq?\b/g, ' ≤ ')
    .replace(/\\geq?\b/g, ' ≥ ')
    .replace(/\\lt\b/g, ' < ')
    .replace(/\\gt\b/g, ' > ')
    .replace(/[${}]/g, ' ')
    .replace(/<=|=<|⩽|≦/g, ' ≤ ')
    .replace(/>=|=>|⩾|≧/g, ' ≥ ')
    .replace(/lebih\s+(?:besar\s+)?dari\s+(?:atau\s+)?sama\s+dengan/g, ' ≥ ')
    .replace(/(?:kurang|lebih\s+kecil)\s+dari\s+(?:atau\s+)?sama\s+dengan/g, ' ≤ ')
    .replace(/lebih\s+(?:besar\s+)?dari|di\s*atas|more\s+than|above/g, ' > ')
    .replace(/kurang\s+dari|lebih\s+kecil\s+dari|di\s*bawah|less\s+than|below/g, ' < ')
    .replace(/\b(?:minimal|minimum|paling\s+(?:sedikit|rendah)|sekurang-kurangnya|min\.)/g, ' ≥ ')
    .replace(/\b(?:maksimal|maksimum|paling\s+(?:banyak|tinggi)|setinggi-tingginya|maks\.)/g, ' ≤ ')
    .replace(/\bke\s*atas\b/g, ' ^up ')
    .replace(/\bke\s*bawah\b/g, ' ^down ')
    .replace(/\bs\s*\.\s*d\s*\.?|\bs\s*\/\s*d\b|\bsampai\s+dengan\b|\bsampai\b|\bhingga\b|\bsd\b|\bto\b/g, ' ~ ')
    .replace(/[-\u2013\u2014\u2212]/g, ' ~ ')
    .replace(/%|\bpersen\b/g, ' ')
    .replace(VARIABLE_WORDS, ' v ');
  const tokens = t.match(/\d+(?:[.,]\d+)*|[≤≥<>~]|\^up|\^down|\S+/g) ?? [];
  for (const tok of tokens) if (!/^(?:\d+(?:[.,]\d+)*|[≤≥<>~v]|\^up|\^down)$/.test(tok)) return null;
  return tokens;
}

const num = (tok: string): Decimal | undefined => {
  const n = parseNumber(tok);
  return n && !n.empty ? n.value : undefined;
};

/** Words an interval may be written with; a text with any other word is no interval. */
const INTERVAL_WORDS = new Set(
  (
    's d sd sampai dengan hingga to lebih besar dari atau sama kurang kecil di atas bawah diatas dibawah more than above less below ' +
    'minimal minimum paling sedikit rendah sekurang kurangnya min maksimal maksimum banyak tinggi setinggi tingginya maks ke ' +
    'nilai capaian kinerja skor realisasi persentase persen x n p leq le geq ge lt gt'
  ).split(' '),
);

/** Every interval has an operator, a range dash or a range word; a lone figure has none. */
const INTERVAL_CUE = /[≤≥<>⩽⩾≦≧\-–—−]|\\[lg]|s\s*[./]\s*d|\b(?:sd|sampai|hingga|dari|atas|bawah|min|minimal|minimum|maks|maksimal|maksimum|to|than|above|below)\b/i;

function onlyIntervalWords(text: string): boolean {
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (!INTERVAL_WORDS.has(w)) return false;
  return true;
}

/**
 * Reads an interval of a rating scale: "≥ 90", "> 100", "< 55%", "≤ 50", "91 - 100", "76 – 90",
 * "85% s.d 100%", "70% s.d < 85%", "> 90 - 100", "90 < x ≤ 100", "di bawah 55", "85 ke atas",
 * and "76 ≤ 90" (a variable dropped by conversion, as Permendagri 86/2017 prints it: both ends
 * carry the one operator, so "76 ≤ 90" is 76 ≤ x ≤ 90). A lone number is not an interval.
 */
export function parseInterval(text: string): ScaleInterval | null {
  const raw = text.replace(/\s+/g, ' ').trim();
  if (!raw || raw.length > 60 || !/\d/.test(raw) || !INTERVAL_CUE.test(raw) || !onlyIntervalWords(raw)) return null;
  const tokens = intervalTokens(raw);
  if (!tokens || tokens.length === 0) return null;
  const hadVar = tokens.includes('v');
  const toks = tokens.filter((t) => t !== 'v');
  const values: Decimal[] = [];
  let pattern = '';
  for (const t of toks) {
    if (/^\d/.test(t)) {
      const v = num(t);
      if (!v) return null;
      values.push(v);
      pattern += 'N';
    } else pattern += t === '^up' ? 'U' : t === '^down' ? 'D' : t;
  }
  const lower = (op: string) => op === '≥' || op === '>' || op === '≤' || op === '<';
  const closedOf = (op: string) => op === '≥' || op === '≤';
  const mk = (lo?: Bound, hi?: Bound): ScaleInterval | null => {
    if (lo && hi) {
      const c = lo.value.cmp(hi.value);
      if (c > 0 || (c === 0 && !(lo.closed && hi.closed))) return null;
    }
    return { lo, hi, text: raw };
  };
  const [a, b] = values;
  let m: RegExpExecArray | null;
  if ((m = /^([≥>])N$/.exec(pattern))) return mk({ value: a, closed: closedOf(m[1]) });
  if ((m = /^([≤<])N$/.exec(pattern))) return mk(undefined, { value: a, closed: closedOf(m[1]) });
  if (hadVar && (m = /^N([≤<])$/.exec(pattern))) return mk({ value: a, closed: closedOf(m[1]) });
  if (hadVar && (m = /^N([≥>])$/.exec(pattern))) return mk(undefined, { value: a, closed: closedOf(m[1]) });
  if (pattern === 'NU') return mk({ value: a, closed: true });
  if (pattern === 'ND') return mk(undefined, { value: a, closed: true });
  if (pattern === 'N~N') {
    const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
    return mk({ value: lo, closed: true }, { value: hi, closed: true });
  }
  if ((m = /^N~([≤<])N$/.exec(pattern))) return mk({ value: a, closed: true }, { value: b, closed: closedOf(m[1]) });
  if ((m = /^([≥>])N~N$/.exec(pattern))) return mk({ value: a, closed: closedOf(m[1]) }, { value: b, closed: true });
  if ((m = /^([≥>])N~([≤<])N$/.exec(pattern))) return mk({ value: a, closed: closedOf(m[1]) }, { value: b, closed: closedOf(m[2]) });
  if ((m = /^N([≤<≥>])N$/.exec(pattern)) && lower(m[1])) {
    const closed = closedOf(m[1]);
    if (m[1] === '≤' || m[1] === '<') return mk({ value: a, closed }, { value: b, closed });
    return mk({ value: b, closed }, { value: a, closed });
  }
  if ((m = /^N([≤<])([≤<])N$/.exec(pattern))) return mk({ value: a, closed: closedOf(m[1]) }, { value: b, closed: closedOf(m[2]) });
  if ((m = /^N([≥>])([≥>])N$/.exec(pattern))) return mk({ value: b, closed: closedOf(m[2]) }, { value: a, closed: closedOf(m[1]) });
  return null;
}

/** Does the interval hold the value? */
export function inInterval(i: ScaleInterval, v: Decimal): boolean {
  if (i.lo && (i.lo.closed ? v.lt(i.lo.value) : v.lte(i.lo.value))) return false;
  if (i.hi && (i.hi.closed ? v.gt(i.hi.value) : v.gte(i.hi.value))) return false;
  return true;
}

/** Does the interval meet the closed range [lo, hi] (the values a printed figure may stand for)? */
export function meetsRange(i: ScaleInterval, lo: Decimal, hi: Decimal): boolean {
  if (i.lo && (i.lo.closed ? hi.lt(i.lo.value) : hi.lte(i.lo.value))) return false;
  if (i.hi && (i.hi.closed ? lo.gt(i.hi.value) : lo.gte(i.hi.value))) return false;
  return true;
}

/** An interval written out for messages: "91–100", "≥ 90", "70 ≤ x < 85". */
export function showInterval(i: ScaleInterval, lang: 'id' | 'en'): string {
  const f = (d: Decimal) => formatNumber(d, Math.max(0, d.decimalPlaces()), lang);
  if (i.lo && i.hi) {
    if (i.lo.closed && i.hi.closed) return `${f(i.lo.value)}–${f(i.hi.value)}`;
    return `${f(i.lo.value)} ${i.lo.closed ? '≤' : '<'} x ${i.hi.closed ? '≤' : '<'} ${f(i.hi.value)}`;
  }
  if (i.lo) return `${i.lo.closed ? '≥' : '>'} ${f(i.lo.value)}`;
  if (i.hi) return `${i.hi.closed ? '≤' : '<'} ${f(i.hi.value)}`;
  return i.text;
}

// ---------------------------------------------------------------------------------------------
// Labels

/** The matching key of a label or predicate: "**SANGAT  Berhasil** (SB)." → "sangat berhasil". */
export function labelKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short label ("Sangat Tinggi", "Cukup Berhasil", "AA"): up to 4 words, letters only. */
export function labelLike(s: string): string | undefined {
  const t = s
    .replace(/\*+|["“”'`]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[\s:=\-–—>→]+|[\s.:;,=]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || t.length > 40 || /\d/.test(t)) return undefined;
  const words = t.split(' ');
  if (words.length > 4 || !words.every((w) => /^\p{L}[\p{L}/-]*$/u.test(w))) return undefined;
  return t;
}

/** Words rating scales are made of. */
const RATING_WORD = /\b(sangat|tinggi|rendah|sedang|berhasil|baik|cukup|kurang|buruk|memuaskan|istimewa|optimal|efektif|tercapai|amat|aa|bb|cc)\b/i;
/** Words that name a scale in a caption, a header or the sentence before it. */
export const SCALE_WORD = /skala|kriteria|predikat|kategori|atribut|peringkat|interval|rentang|penilaian|klasifikasi|range/i;
/** Efficiency scales ("1 ≥ Efisien") belong to the efficiency rules. */
const EFFICIENCY = /efisien/i;

export function familyOf(key: string): ScaleFamily | undefined {
  if (EFFICIENCY.test(key)) return undefined;
  if (/\bberhasil\b/.test(key)) return 'berhasil';
  if (/\b(tinggi|rendah|sedang)\b/.test(key)) return 'tinggi';
  if (/\b(baik|buruk|cukup|kurang)\b/.test(key)) return 'baik';
  return undefined;
}

function scaleFamily(bands: ScaleBand[]): ScaleFamily | undefined {
  const count = new Map<ScaleFamily, number>();
  for (const b of bands) {
    const f = familyOf(b.key);
    if (f) count.set(f, (count.get(f) ?? 0) + 1);
  }
  let best: ScaleFamily | undefined;
  let n = 0;
  for (const [f, c] of count) if (c > n) [best, n] = [f, c];
  return n * 2 >= bands.length ? best : undefined;
}

// ---------------------------------------------------------------------------------------------
// Regulations

const REGULATION =
  /\b(permendagri|peraturan\s+menteri\s+dalam\s+negeri|permen\s*pan[\s-]*rb|permenpan|peraturan\s+menteri\s+pendayagunaan\s+aparatur\s+negara(?:\s+dan\s+reformasi\s+birokrasi)?|perpres|peraturan\s+presiden|kepmendagri|keputusan\s+menteri\s+dalam\s+negeri|permenkeu|pmk|peraturan\s+menteri\s+keuangan|pp|peraturan\s+pemerintah)\b[\s,]*(?:republik\s+indonesia\s*)?(?:(?:nomor|no)\s*\.?\s*)?(\d{1,4})\s*(?:tahun|thn\.?|th\.?|\/)\s*((?:19|20)\d{2})\b/gi;

function regulationKind(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('permendagri') || w.startsWith('peraturan menteri dalam')) return 'Permendagri';
  if (w.startsWith('kepmendagri') || w.startsWith('keputusan menteri dalam')) return 'Kepmendagri';
  if (w.startsWith('permen') && w.includes('pan')) return 'Permenpan RB';
  if (w.startsWith('peraturan menteri pendayagunaan')) return 'Permenpan RB';
  if (w === 'perpres' || w.startsWith('peraturan presiden')) return 'Perpres';
  if (w === 'pmk' || w === 'permenkeu' || w.startsWith('peraturan menteri keuangan')) return 'PMK';
  return 'PP';
}

/** Regulations named in a text, in order. */
export function findRegulations(text: string, loc: SourceLocation): Regulation[] {
  const out: Regulation[] = [];
  for (const m of text.matchAll(REGULATION)) {
    const kind = regulationKind(m[1]);
    out.push({ kind, number: m[2].replace(/^0+(?=\d)/, ''), year: Number(m[3]), name: `${kind} ${m[2].replace(/^0+(?=\d)/, '')}/${m[3]}`, text: m[0], loc });
  }
  return out;
}

const CITING = /(dikutip|berdasarkan|sesuai|mengacu|menurut|sumber|berpedoman|dari|pada)\W+(?:\S+\s+){0,6}$/i;

/** The regulation a sentence cites for a scale: the one introduced by "dikutip dari", "sesuai" …, else the first. */
function citedIn(p: Paragraph): Regulation | undefined {
  const regs = findRegulations(p.text, p.loc);
  if (regs.length <= 1) return regs[0];
  for (const m of p.text.matchAll(REGULATION)) {
    if (CITING.test(p.text.slice(Math.max(0, (m.index ?? 0) - 80), m.index))) return findRegulations(m[0], p.loc)[0];
  }
  return regs[0];
}

const SOURCE_LINE = /^\s*sumber\s*:?/i;

/**
 * The regulation a scale printed in blocks [first, last] cites: its caption or title; a
 * "Sumber : …" line right after it; or the nearest sentence before it (back to the previous
 * table, at most 6 blocks) that names a regulation and speaks of a scale. A "Sumber" line
 * right after the previous table is that table's.
 */
function citation(blocks: Block[], first: number, last: number, captionText: string | undefined): Regulation | undefined {
  const block = blocks[first];
  if (captionText) {
    const r = findRegulations(captionText, block.loc)[0];
    if (r) return r;
  }
  for (let i = last + 1; i <= Math.min(blocks.length - 1, last + 2); i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') break;
    if (SOURCE_LINE.test(b.text)) {
      const r = findRegulations(b.text, b.loc)[0];
      if (r) return r;
      break;
    }
  }
  for (let i = first - 1; i >= Math.max(0, first - 6); i--) {
    const b = blocks[i];
    if (b.kind === 'table') break;
    if (b.kind !== 'paragraph') continue;
    if (SOURCE_LINE.test(b.text)) {
      if (i > 0 && blocks[i - 1].kind === 'table') break;
      const r = findRegulations(b.text, b.loc)[0];
      if (r) return r;
      continue;
    }
    if (!SCALE_WORD.test(b.text)) continue;
    const r = citedIn(b);
    if (r) return r;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Scales in tables

/** Rows of a scale table, header rows included: no rating scale has more than a dozen bands. */
const MAX_SCALE_ROWS = 20;

const LABEL_HEADER = /predikat|kategori|kriteria|atribut|peringkat|penilaian|status|klasifikasi|hasil/i;

function readTableScale(doc: NormalisedReport, t: TableModel): Scale | undefined {
  const rows = t.table.rows;
  // A scale has a handful of bands: long tables (budgets, appendices) are not read cell by cell.
  if (rows.length < 3 || rows.length > MAX_SCALE_ROWS) return undefined;
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  if (width < 2) return undefined;
  const parsed = rows.map((r) => r.cells.map((c) => (c.text ? parseInterval(c.text) : null)));
  let ic = -1;
  let best = 0;
  for (let c = 0; c < width; c++) {
    const n = parsed.filter((p) => p[c]).length;
    if (n > best) [ic, best] = [c, n];
  }
  if (best < 3) return undefined;
  const withInterval = rows.map((_, i) => i).filter((i) => parsed[i][ic]);
  const header = (c: number) => t.columns[c]?.header ?? '';
  let lc = -1;
  let lcScore = -1;
  for (let c = 0; c < width; c++) {
    if (c === ic) continue;
    const labels = withInterval.map((i) => labelLike(rows[i].cells[c]?.text ?? ''));
    const ok = labels.filter(Boolean) as string[];
    if (ok.length < Math.max(3, Math.ceil(withInterval.length * 0.8))) continue;
    if (new Set(ok.map(labelKey)).size !== ok.length) continue;
    const vocab = ok.filter((l) => RATING_WORD.test(l) || EFFICIENCY.test(l)).length;
    const score = vocab * 2 + (LABEL_HEADER.test(header(c)) ? 3 : 0) + (c > ic ? 1 : 0);
    if (score > lcScore) [lc, lcScore] = [c, score];
  }
  if (lc < 0) return undefined;
  const bands: ScaleBand[] = [];
  for (const i of withInterval) {
    const label = labelLike(rows[i].cells[lc]?.text ?? '');
    if (!label) continue;
    const cell = rows[i].cells[lc];
    const icell = rows[i].cells[ic];
    const tableLabel = t.table.loc.table;
    bands.push({
      label,
      key: labelKey(label),
      interval: parsed[i][ic]!,
      loc: withLocation(cell.loc, { table: tableLabel, rowLabel: label, columnLabel: header(lc) || undefined }),
      intervalLoc: withLocation(icell.loc, { table: tableLabel, rowLabel: label, columnLabel: header(ic) || undefined }),
    });
  }
  if (bands.some((b) => EFFICIENCY.test(b.label))) return undefined;
  if (!plausible(bands)) return undefined;
  const caption = [t.table.caption, t.table.title].filter(Boolean).join(' ');
  const vocab = bands.filter((b) => RATING_WORD.test(b.label)).length;
  const named = SCALE_WORD.test(caption) || SCALE_WORD.test(header(ic)) || SCALE_WORD.test(header(lc));
  if (!named && vocab * 2 < bands.length) return undefined;
  const idx = t.table.index;
  const nameId = t.table.loc.table ?? `tabel skala di baris ${t.table.loc.line ?? '?'}`;
  const nameEn = t.table.loc.table ?? `scale table at line ${t.table.loc.line ?? '?'}`;
  return {
    kind: 'table',
    name: { id: nameId, en: nameEn },
    loc: t.table.loc,
    blockIndex: idx,
    bands,
    family: scaleFamily(bands),
    regulation: citation(doc.blocks, idx, idx, caption),
    table: t,
  };
}

/** A rating scale: at least 3 bands with distinct labels, figures of the size of percentages. */
function plausible(bands: ScaleBand[]): boolean {
  if (bands.length < 3) return false;
  if (new Set(bands.map((b) => b.key)).size !== bands.length) return false;
  for (const b of bands) {
    for (const e of [b.interval.lo, b.interval.hi]) if (e && (e.value.lt(-100) || e.value.gt(1000))) return false;
  }
  return new Set(bands.map((b) => b.interval.text)).size === bands.length;
}

// ---------------------------------------------------------------------------------------------
// Scales in text

/** "85 – 100 : Sangat Berhasil", "≥ 90 Sangat Tinggi", "Sangat Tinggi (91 - 100)", "Tinggi = 76 s.d 90". */
export function parseBandText(text: string): { label: string; interval: ScaleInterval } | undefined {
  if (text.length > 120 || !/\d/.test(text) || !INTERVAL_CUE.test(text)) return undefined;
  const s = text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  if (!s || s.length > 90) return undefined;
  const sep = /^(.+?)\s*(?:[:=→]|->)\s*(.+)$/.exec(s);
  if (sep) {
    const i1 = parseInterval(sep[1]);
    const l2 = labelLike(sep[2]);
    if (i1 && l2) return { label: l2, interval: i1 };
    const l1 = labelLike(sep[1]);
    const i2 = parseInterval(sep[2].replace(/^\(|\)$/g, ''));
    if (l1 && i2) return { label: l1, interval: i2 };
  }
  const paren = /^(.+?)\s*\(([^)]*)\)$/.exec(s);
  if (paren) {
    const l = labelLike(paren[1]);
    const i = parseInterval(paren[2]);
    if (l && i) return { label: l, interval: i };
  }
  // The interval holds every figure; the label (up to 4 words) none: only a few cuts are possible.
  const words = s.split(' ');
  const digit = words.map((w) => /\d/.test(w));
  const firstDigit = digit.indexOf(true);
  const lastDigit = digit.lastIndexOf(true);
  if (firstDigit < 0) return undefined;
  const cuts = new Set<number>();
  for (let k = Math.max(lastDigit + 1, words.length - 4); k < words.length; k++) cuts.add(k);
  for (let k = 1; k <= Math.min(firstDigit, 4); k++) cuts.add(k);
  for (const k of cuts) {
    const left = words.slice(0, k).join(' ');
    const right = words.slice(k).join(' ');
    const i1 = /\d/.test(left) && !/\d/.test(right) ? parseInterval(left) : null;
    if (i1) {
      const l = labelLike(right);
      if (l) return { label: l, interval: i1 };
    }
    const i2 = !/\d/.test(left) && /\d/.test(right) ? parseInterval(right) : null;
    if (i2) {
      const l = labelLike(left);
      if (l) return { label: l, interval: i2 };
    }
  }
  return undefined;
}

function textScale(doc: NormalisedReport, parts: Array<{ p: Paragraph; label: string; interval: ScaleInterval }>, first: number, last: number): Scale | undefined {
  const bands: ScaleBand[] = parts.map(({ p, label, interval }) => ({ label, key: labelKey(label), interval, loc: withLocation(p.loc, { rowLabel: label }), intervalLoc: p.loc }));
  if (bands.some((b) => EFFICIENCY.test(b.label)) || !plausible(bands)) return undefined;
  if (bands.filter((b) => RATING_WORD.test(b.label)).length * 2 < bands.length) return undefined;
  const loc = parts[0].p.loc;
  const at = loc.line ?? loc.page ?? loc.paragraph;
  const unitId = loc.line !== undefined ? 'baris' : loc.page !== undefined ? 'hal.' : 'paragraf';
  const unitEn = loc.line !== undefined ? 'line' : loc.page !== undefined ? 'p.' : 'paragraph';
  return {
    kind: 'text',
    name: { id: `skala dalam teks (${unitId} ${at ?? '?'})`, en: `the scale listed in the text (${unitEn} ${at ?? '?'})` },
    loc,
    blockIndex: first,
    bands,
    family: scaleFamily(bands),
    regulation: citation(doc.blocks, first, last, undefined),
  };
}

/** Lists of bands in the text: consecutive paragraphs of one band each, or one paragraph of "a; b; c". */
function readTextScales(doc: NormalisedReport): Scale[] {
  const out: Scale[] = [];
  const blocks = doc.blocks;
  let run: Array<{ p: Paragraph; label: string; interval: ScaleInterval }> = [];
  let runStart = -1;
  const flush = (end: number) => {
    if (run.length >= 3) {
      const s = textScale(doc, run, runStart, end);
      if (s) out.push(s);
    }
    run = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') {
      flush(i - 1);
      continue;
    }
    const band = parseBandText(b.text);
    if (band) {
      if (run.length === 0) runStart = i;
      run.push({ p: b, ...band });
      continue;
    }
    flush(i - 1);
    // One paragraph listing the bands: "Kriteria: 91-100 Sangat Tinggi; 76-90 Tinggi; …".
    if (b.text.length > 400 || !/[;,]/.test(b.text) || !/\d/.test(b.text) || !RATING_WORD.test(b.text)) continue;
    const segments = b.text.split(/;\s*|,\s+(?=\D)|\s+dan\s+(?=\S*\d)/);
    const parts: Array<{ p: Paragraph; label: string; interval: ScaleInterval }> = [];
    segments.forEach((seg, k) => {
      let band = parseBandText(seg);
      if (!band && k === 0 && seg.includes(':')) band = parseBandText(seg.slice(seg.indexOf(':') + 1));
      if (band) parts.push({ p: b, ...band });
    });
    if (parts.length >= 3 && parts.length >= segments.length - 1) {
      const s = textScale(doc, parts, i, i);
      if (s) out.push(s);
    }
  }
  flush(blocks.length - 1);
  return out;
}

// ---------------------------------------------------------------------------------------------

const cache = new WeakMap<NormalisedReport, Scale[]>();

/** Every rating scale the report prints, in report order (efficiency scales left out). */
export function readScales(doc: NormalisedReport): Scale[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const scales: Scale[] = [];
  for (const t of doc.tables) {
    const s = readTableScale(doc, t);
    if (s) scales.push(s);
  }
  scales.push(...readTextScales(doc));
  scales.sort((a, b) => a.blockIndex - b.blockIndex);
  cache.set(doc, scales);
  return scales;
}
