import type { FoundNumber } from '../numbers/parse.js';
import { isAmount, textNumbers } from '../rulekit/text.js';

/**
 * The figures a sentence of analysis gives, each with what it is (target, realisasi, capaian)
 * and the year it is for: "Target yang ditetapkan tahun 2023 adalah 87 realisasi sebesar 82.84
 * tercapai 95.21" gives target 2023 = 87, realisasi 2023 = 82.84, capaian 2023 = 95.21; "Bila
 * dibandingkan dengan realisasi tahun 2022 sebesar 99,91 atau tercapai sebesar 114.83%" gives
 * realisasi 2022 and capaian 2022.
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence in the passage text. */
  start: number;
}

/** Sentences of a passage: cut at ". ", "! ", "? " before a capital, a digit or a list mark, and at the end. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?](?=\s+(?:[\p{Lu}\d(“"-]|$))|[.!?]$/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + 1;
    // "Rp. 1.000", "No. 5", "Kab. Sleman": an abbreviation, not the end of a sentence.
    const word = /(\S+)$/.exec(text.slice(start, end - 1))?.[1] ?? '';
    if (/^(rp|no|nomor|kab|kec|kel|prov|tgl|th|thn|ta|hal|dr|ir|drs|h|hj|s\.d|dst|dll|dsb|vol|jl)$/i.test(word)) continue;
    const s = text.slice(start, end);
    if (s.trim() !== '') out.push({ text: s, start });
    start = end;
  }
  if (start < text.length && text.slice(start).trim() !== '') out.push({ text: text.slice(start), start });
  return out;
}

export type Measure = 'target' | 'realisasi' | 'capaian';

export interface Figure {
  measure: Measure;
  /** The year the figure is for; undefined when the text does not say. */
  year?: number;
  found: FoundNumber;
  /** Offset of the figure in the passage text. */
  start: number;
}

export interface YearToken {
  year: number;
  start: number;
  end: number;
}

/** A figure's role from the word before it. Direction words and other measures end a role. */
const KEYWORD =
  /\b(target|realisasi(?:nya)?|capaian(?:nya)?|pencapaian|tercapai|meningkat\w*|peningkatan|naik|kenaikan|bertambah|menurun\w*|penurunan|turun|berkurang|selisih|anggaran|keuangan|fisik|pagu|penyerapan|efisiensi\w*|rata-?rata|sebanyak|jumlah|bobot|skor)\b/giu;

function roleOf(word: string): Measure | undefined {
  const w = word.toLowerCase();
  if (w === 'target') return 'target';
  if (w.startsWith('realisasi')) return 'realisasi';
  if (w.startsWith('capaian') || w === 'pencapaian' || w === 'tercapai') return 'capaian';
  return undefined;
}

/** A 4-digit year printed as such (not a figure). */
function isYear(f: FoundNumber): boolean {
  const n = f.number;
  return !n.percent && !n.currency && n.style === 'plain' && n.decimals === 0 && /^\d{4}$/.test(n.raw) && n.value.gte(1990) && n.value.lte(2100);
}

/** Years of a sentence: "tahun 2023", "2022", and "tahun lalu / sebelumnya" (the year before the report's). */
export function yearsOf(s: Sentence, reportYear: number | undefined): YearToken[] {
  const out: YearToken[] = [];
  for (const f of textNumbers(s.text)) if (isYear(f)) out.push({ year: f.number.value.toNumber(), start: f.start, end: f.end });
  if (reportYear !== undefined) {
    for (const m of s.text.matchAll(/\btahun\s+(lalu|sebelumnya|kemarin)\b/giu)) out.push({ year: reportYear - 1, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    for (const m of s.text.matchAll(/\btahun\s+(ini|berjalan)\b/giu)) out.push({ year: reportYear, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Things counted: a figure followed by one of these is a count, not a measure. */
const COUNTED = /^\s*(indikator|iku|program|kegiatan|sub\s*kegiatan|sasaran|tujuan|orang|pegawai|unit|kelurahan|desa|kecamatan|dokumen|laporan|kali|bulan|hari|minggu|buah|jenis|paket|lokasi|perangkat)\b/iu;

/** How far (characters) a figure may stand from the word that says what it is. */
const MAX_DISTANCE = 80;

/**
 * The target / realisasi / capaian figures of a sentence. A figure takes its role from the
 * nearest role word before it, with no other figure in between and nothing that gives it
 * another role ("menurun sebesar 19,62%" is a change, "anggaran Rp ..." money); its year is
 * the last year named before it in the sentence, else the first after it, else `fallbackYear`
 * (the year the passage spoke of last).
 */
export function sentenceFigures(s: Sentence, reportYear: number | undefined, fallbackYear: number | undefined): Figure[] {
  const numbers = textNumbers(s.text);
  const years = yearsOf(s, reportYear);
  const keywords = [...s.text.matchAll(KEYWORD)].map((m) => ({ word: m[1], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const figures = numbers.filter((f) => !isYear(f) && !years.some((y) => f.start >= y.start && f.end <= y.end));
  const out: Figure[] = [];
  figures.forEach((f, i) => {
    if (f.number.empty || isAmount(f)) return;
    // "3 (tiga)", "1 indikator", "5 kegiatan": a count.
    if (/^\s*\(\s*\p{L}+/u.test(s.text.slice(f.end)) || COUNTED.test(s.text.slice(f.end))) return;
    const before = keywords.filter((k) => k.end <= f.start);
    const k = before[before.length - 1];
    if (!k || f.start - k.end > MAX_DISTANCE) return;
    const prevFigure = figures[i - 1];
    if (prevFigure && prevFigure.end > k.end) return;
    const measure = roleOf(k.word);
    if (!measure) return;
    const yBefore = years.filter((y) => y.end <= f.start);
    const yAfter = years.find((y) => y.start >= f.end);
    const year = yBefore.length ? yBefore[yBefore.length - 1].year : yAfter ? yAfter.year : fallbackYear;
    out.push({ measure, year, found: f, start: s.start + f.start });
  });
  return out;
}

/** Figures of every sentence of a passage, the year of a sentence that names none carried from the one before. */
export function passageFigures(text: string, reportYear: number | undefined): Figure[] {
  const out: Figure[] = [];
  let carried: number | undefined;
  for (const s of sentencesOf(text)) {
    out.push(...sentenceFigures(s, reportYear, carried ?? reportYear));
    const ys = yearsOf(s, reportYear);
    if (ys.length) carried = ys[ys.length - 1].year;
  }
  return out;
}

/**
 * Figures by measure and year. A measure stated twice for a year with different values (two
 * indicators in one passage, or a contradiction) is left out: which one a claim means is not clear.
 */
export class FigureTable {
  private readonly byKey = new Map<string, Figure[]>();

  constructor(figures: Iterable<Figure>) {
    for (const f of figures) {
      if (f.year === undefined) continue;
      const key = `${f.measure}:${f.year}`;
      const list = this.byKey.get(key);
      if (list) list.push(f);
      else this.byKey.set(key, [f]);
    }
  }

  get(measure: Measure, year: number): Figure | undefined {
    const list = this.byKey.get(`${measure}:${year}`);
    if (!list?.length) return undefined;
    const v = list[0].found.number.value;
    return list.every((f) => f.found.number.value.eq(v)) ? list[0] : undefined;
  }

  /** The measure was stated for the year, whether or not the statements agree. */
  has(measure: Measure, year: number): boolean {
    return this.byKey.has(`${measure}:${year}`);
  }
}
