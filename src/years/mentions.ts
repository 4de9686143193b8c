/**
 * Years written in running text and what surrounds them: the building blocks of the `years`
 * rules (fiscal-year, plan-period). Everything here works on one string at a time, in one pass.
 */

/** A four-digit year as written, with what the words around it make of it. */
export interface YearMention {
  year: number;
  start: number;
  end: number;
  /**
   * - `range`: one end of a period or of a comparison ("2021 – 2026", "2022 dan 2023", "2022 s.d 2023");
   * - `regulation`: the year of a regulation's number ("Nomor 29 Tahun 2014", "86 Tahun 2017", "29/2014");
   * - `date`: part of a date ("15 Januari 2024", "Desember 2023", "31/12/2023");
   * - `plain`: any other year.
   */
  role: 'range' | 'regulation' | 'date' | 'plain';
}

const YEAR = /(?<![\d.,])(19[89]\d|20\d\d)(?![\d])(?![.,]\d)/g;

const MONTHS =
  'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember|' +
  'january|february|march|may|june|july|august|october|december|' +
  'jan|feb|febr|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|nop|des|dec';

/** Words that join two years into a period or a comparison. */
const JOIN = String.raw`(?:-|–|—|−|s\s*\.?\s*/?\s*d\s*\.?|sampai(?:\s+dengan)?|hingga|dan|&|/|,)`;
const JOINED_AFTER = new RegExp(String.raw`^\s*${JOIN}\s*(?:(?:tahun|th\.?)\s+)?(?:19[89]\d|20\d\d)(?!\d)`, 'i');
const JOINED_BEFORE = new RegExp(String.raw`(?:19[89]\d|20\d\d)\s*${JOIN}\s*(?:(?:tahun|th\.?)\s+)?$`, 'i');
const DATE_BEFORE = new RegExp(String.raw`(?:\b(?:${MONTHS})\.?\s*|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)$`, 'i');
/** "Nomor 29 Tahun", "No. 6 tahun", "86 Tahun", "Nomor 29/", "PP 12/". */
const REGULATION_BEFORE = /(?:\b(?:nomor|no\.?|nr\.?)\s*[\w./-]*\s*(?:tahun\s+)?|\b\d{1,4}[a-z]?\s+tahun\s+|\b\d{1,4}[a-z]?\s*\/\s*)$/i;

/** Every year of a text, each classified by the words right around it. */
export function yearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 30);
    let role: YearMention['role'] = 'plain';
    if (DATE_BEFORE.test(before)) role = 'date';
    else if (REGULATION_BEFORE.test(before)) role = 'regulation';
    else if (JOINED_AFTER.test(after) || JOINED_BEFORE.test(before)) role = 'range';
    out.push({ year: Number(m[0]), start, end, role });
  }
  return out;
}

/** A period "2021 – 2026" as written, its two years and where it stands. */
export interface Period {
  from: number;
  to: number;
  start: number;
  end: number;
}

const PERIOD = new RegExp(
  String.raw`(?<![\d.,/])(19[89]\d|20\d\d)\s*(?:-|–|—|−|s\s*\.?\s*/?\s*d\s*\.?|sampai(?:\s+dengan)?|hingga)\s*(?:(?:tahun|th\.?)\s+)?(19[89]\d|20\d\d)(?!\d)`,
  'iy',
);

/** A period starting exactly at `at` (sticky), with a plausible span (1 to 25 years). */
export function periodAt(text: string, at: number): Period | undefined {
  PERIOD.lastIndex = at;
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (to <= from || to - from > 25) return undefined;
  return { from, to, start: at, end: at + m[0].length };
}

export const showPeriod = (p: { from: number; to: number }) => `${p.from}–${p.to}`;

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /\b(?:rp|no|nr|s\.d|s|d|dll|dsb|dst|jl|kab|prov|kec|kel|h|hj|dr|drs|ir|st|m|sos|si|se|sh|skm|mars|mm|tbk|th|tgl|a\.n|u\.p|an|up|ttd|nip|gol|pem|bpk|ibu|sdr|yth|hal|lamp|ket|vol|no\.reg)$/i;

/** Bounds of the sentence around `at`: split at . ! ? followed by a space (not after an abbreviation or a digit). */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  const re = /[.!?](?=\s|$)/g;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    const word = /[\w.]*$/.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
    if (ABBREVIATION.test(word) || /\d$/.test(word)) continue;
    if (i < at) start = i + 1;
    else {
      end = i + 1;
      break;
    }
  }
  return { start, end };
}

/**
 * Bounds of the clause around a span: cut at ; : and at a comma followed by a space (not a
 * decimal comma), within the sentence.
 */
export function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  const s = sentenceAround(text, from);
  let start = s.start;
  let end = s.end;
  const re = /[;:]|,(?=\s)/g;
  for (const m of text.slice(s.start, s.end).matchAll(re)) {
    const i = s.start + (m.index ?? 0);
    if (i < from) start = i + 1;
    else if (i >= to) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/**
 * Words that make a year a point of comparison or of history rather than the report's own
 * year: comparisons with earlier years, trends, evaluations of earlier reports and their
 * follow-up, starting conditions.
 */
export const COMPARISON =
  /\b(?:di\s*banding(?:kan)?|membandingkan|perbandingan|bandingkan|tahun\s+(?:lalu|sebelumnya|kemarin|berikutnya|depan|mendatang)|sebelumnya|sedangkan|sementara\s+itu|meningkat|menurun|peningkatan|penurunan|kenaikan|naik|turun|evaluasi|lhe|tindak\s*lanjut|rekomendasi|kondisi\s+awal|baseline|sejak|semula|selama\s+\d+\s+tahun|tren|trend)\b/i;

/** Plain mentions of `year` in a span (not a regulation, a date or a period end). */
export function namesYearPlainly(text: string, year: number, from = 0, to = text.length): boolean {
  return yearMentions(text.slice(from, to)).some((m) => m.year === year && m.role === 'plain');
}
