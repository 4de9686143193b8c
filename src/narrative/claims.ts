import type { FoundNumber } from '../numbers/parse.js';
import { textNumbers } from '../rulekit/text.js';
import type { Sentence } from './figures.js';

/**
 * What a sentence of analysis claims about the figures it describes:
 * - a direction, year on year: "capaian tahun 2023 menurun sebesar 19,62%", "menunjukkan
 *   capaian yang meningkat", "realisasi meningkat dari 81,50 menjadi 99,01";
 * - a standing against the target: "melebihi target", "di bawah target", "belum mencapai
 *   target", "target telah tercapai".
 * A direction word is a claim only when it follows a measure (capaian, realisasi) with nothing
 * but a few linking words between ("Meningkatnya Kualitas Pelayanan", a sasaran, or "upaya
 * meningkatkan kompetensi", an action, are not claims).
 */

export type Direction = 'up' | 'down';
export type ClaimMeasure = 'capaian' | 'realisasi';

export interface DirectionClaim {
  kind: 'direction';
  sentence: Sentence;
  measure: ClaimMeasure;
  direction: Direction;
  /** The claim as printed, from the measure word to the direction word (and the figure). */
  phrase: string;
  /** Offset of the claim in the sentence. */
  start: number;
  /** "capaian tahun 2023 menurun": the year the measure is of. */
  year?: number;
  /** "menurun dari tahun 2022": the year compared with. */
  baseYear?: number;
  /** "sebesar 19,62%": the change stated. */
  change?: FoundNumber;
  /** "sekitar 5%": an approximate change, not checked for its size. */
  approximate?: boolean;
  /** "dari 81,50 menjadi 99,01": the figures compared, stated in the claim. */
  from?: FoundNumber;
  to?: FoundNumber;
}

export type TargetRelation = 'above' | 'reached' | 'below';

export interface TargetClaim {
  kind: 'target';
  sentence: Sentence;
  relation: TargetRelation;
  phrase: string;
  start: number;
  /** The one year the sentence names, if any. */
  year?: number;
}

export type Claim = DirectionClaim | TargetClaim;

const UP = /^(meningkat(kan|nya)?|peningkatan|naik|kenaikan|bertambah|lebih\s+tinggi)$/i;
const DIRECTION = /\b(meningkat(?:kan|nya)?|peningkatan|naik|kenaikan|bertambah|lebih\s+tinggi|menurun(?:kan|nya)?|penurunan|turun|berkurang|lebih\s+rendah)\b/giu;
const MEASURE = /\b(capaian|pencapaian|realisasi)\b/giu;
const NEGATION = /\b(tidak|belum|bukan|tanpa|tak)\s+(\p{L}+\s+)?$/iu;
/** A question, a condition, a purpose or a wish: "apakah telah/belum memenuhi target", "agar capaian meningkat". */
const HEDGE_WORDS = /(\b(apakah|jika|apabila|agar|supaya|upaya|diharapkan|harapan|harus|perlu|dapat|akan|rencana)\b[^,.;:]{0,30}|\/)$/iu;

/** The text before a claim hedges it ("jika dibandingkan", a comparison, does not). */
function hedged(before: string): boolean {
  return HEDGE_WORDS.test(before.replace(/\b(jika|apabila|bila)\s+dibandingkan\b/giu, ''));
}

/** Words that may stand between the measure and the direction word of a claim. */
const LINKING = new Set([
  'kinerja',
  'yang',
  'telah',
  'sudah',
  'juga',
  'mengalami',
  'menunjukkan',
  'menunjukan',
  'terus',
  'cenderung',
  'semakin',
  'ini',
  'tersebut',
  'justru',
  'masih',
  'pada',
  'secara',
  'keseluruhan',
  'nya',
]);

/** The words between "capaian" and "meningkat": linking words, a year, an indicator's name after "indikator". */
function gapOf(gap: string): { ok: boolean; year?: number } {
  let g = gap.toLowerCase();
  // An indicator's name may hold "yang" ("Persentase Pengaduan yang Ditindaklanjuti"); a "yang" right before the direction word links.
  g = g.replace(/\b(untuk\s+|pada\s+|dari\s+)?indikator\b.*?(?=\b(menunjukkan|menunjukan|mengalami|pada|tahun|telah|sudah|juga|terus|cenderung|semakin)\b|\byang\s*$|$)/u, ' ');
  // The figure of the measure itself may stand in between: "capaian tahun 2023 sebesar 104,00% meningkat".
  g = g.replace(/\b(?:sebesar|yaitu|yakni|adalah)?\s*(?!\d{4}\b)\d+(?:[.,]\d+)?\s*(?:%|persen)?\s*,?/gu, ' ');
  const years = [...g.matchAll(/\b(?:tahun|th\.?|ta\.?)\s*(\d{4})\b/gu)].map((m) => Number(m[1]));
  g = g.replace(/\b(?:tahun|th\.?|ta\.?)\s*\d{4}\b/gu, ' ');
  const words = g.split(/[\s,]+/u).filter(Boolean);
  const ok = words.length <= 8 && words.every((w) => LINKING.has(w));
  return { ok, year: years.length === 1 ? years[0] : undefined };
}

/** A comparison with the target or the Renstra, not with last year. */
const AGAINST_TARGET = /^\s*,?\s*(jika\s+|bila\s+)?(dibandingkan|dibanding|dari|terhadap|daripada)\s+(dengan\s+)?(target|renstra|sasaran|standar|rata-?rata|nasional|provinsi)/iu;
const BASE_YEAR = /^\s*,?\s*(?:(?:jika\s+|bila\s+)?(?:dibandingkan|dibanding)(?:\s+dengan)?|dari|daripada)\s+(?:capaian\s+|realisasi\s+)?(?:pada\s+)?(?:tahun|th\.?)\s*(\d{4})/iu;

function directionClaims(s: Sentence): DirectionClaim[] {
  const out: DirectionClaim[] = [];
  const text = s.text;
  const measures = [...text.matchAll(MEASURE)].map((m) => ({ word: m[1].toLowerCase(), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const d of text.matchAll(DIRECTION)) {
    const at = d.index ?? 0;
    if (NEGATION.test(text.slice(Math.max(0, at - 25), at))) continue;
    const before = measures.filter((m) => m.end <= at);
    const m = before[before.length - 1];
    if (!m || hedged(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const gap = gapOf(text.slice(m.end, at));
    if (!gap.ok) continue;
    const tail = text.slice(at + d[0].length);
    if (AGAINST_TARGET.test(tail)) continue;
    // "lebih tinggi dari 100%": a comparison with a figure, not with last year.
    if (/^lebih/i.test(d[1]) && !/^\s*,?\s*(dari(pada)?|dibandingkan|dibanding)\s+(capaian\s+|realisasi\s+)?(pada\s+)?(tahun|th\.?)\s/iu.test(tail)) continue;
    let rest = tail;
    let baseYear: number | undefined;
    const base = BASE_YEAR.exec(rest);
    if (base) {
      baseYear = Number(base[1]);
      rest = rest.slice(base[0].length);
    }
    const restStart = text.length - rest.length;
    const claim: DirectionClaim = {
      kind: 'direction',
      sentence: s,
      measure: m.word === 'realisasi' ? 'realisasi' : 'capaian',
      direction: UP.test(d[1]) ? 'up' : 'down',
      phrase: text.slice(m.start, at + d[0].length),
      start: m.start,
      year: gap.year,
      baseYear,
    };
    const nums = textNumbers(rest);
    const lead = (f: FoundNumber) => rest.slice(0, f.start);
    const first = nums[0];
    if (first) {
      const l = lead(first);
      const fromTo = /^\s*,?\s*dari\s+$/iu.test(l) && nums[1] && /^\s*%?\s*(menjadi|ke)\s+$/iu.test(rest.slice(first.end, nums[1].start));
      if (fromTo) {
        claim.from = first;
        claim.to = nums[1];
        claim.phrase = text.slice(m.start, restStart + nums[1].end);
      } else if (/^\s*,?\s*(sebesar|sekitar|kurang\s+lebih|±|hingga|sampai)?\s*$/iu.test(l) && l.length <= 30) {
        const unit = /^\s*(%|persen|poin|point)/iu.exec(rest.slice(first.end));
        if (first.number.percent || unit) {
          claim.change = first;
          claim.approximate = /sekitar|kurang\s+lebih|±|hingga|sampai/iu.test(l);
          claim.phrase = text.slice(m.start, restStart + first.end + (unit && !first.number.percent ? unit[0].length : 0));
        }
      }
    }
    out.push(claim);
  }
  return out;
}

const TARGET_PATTERNS: Array<{ re: RegExp; relation: TargetRelation }> = [
  { re: /\b(melebihi|melampaui|(?:berada\s+)?di\s*atas|lebih\s+(?:tinggi\s+)?dari(?:pada)?)\s+(?:dari\s+)?target\b/giu, relation: 'above' },
  {
    re: /\b((?:berada\s+)?di\s*bawah|kurang\s+dari|lebih\s+rendah\s+dari(?:pada)?|(?:belum|tidak)\s+(?:mencapai|memenuhi))\s+target\b/giu,
    relation: 'below',
  },
  { re: /\btarget\b[^.;:]{0,40}?\b(?:belum|tidak)\s+(?:tercapai|terpenuhi|dapat\s+dicapai)\b/giu, relation: 'below' },
  { re: /\b(?:telah|sudah|berhasil)\s+(?:mencapai|memenuhi|melampaui)\s+target\b/giu, relation: 'reached' },
  { re: /\btarget\b[^.;:]{0,40}?\b(?:telah|sudah|berhasil)\s+(?:tercapai|terpenuhi|dicapai)\b/giu, relation: 'reached' },
];

/** Sentences about money, or about the Renstra's end target, are not claims about the indicator's yearly target. */
const OFF_TOPIC = /\b(anggaran|keuangan|pagu|penyerapan|dana|renstra|rpjmd|jangka\s+menengah|akhir\s+periode)\b/iu;
/** The subject of the claim is the indicator's performance. */
const SUBJECT = /\b(capaian|pencapaian|realisasi|indikator|kinerja)\b/iu;

function targetClaims(s: Sentence): TargetClaim[] {
  const text = s.text;
  if (OFF_TOPIC.test(text)) return [];
  const out: TargetClaim[] = [];
  const years = [...new Set([...text.matchAll(/\b(?:tahun|th\.?)\s*(\d{4})\b/giu)].map((m) => Number(m[1])))];
  for (const { re, relation } of TARGET_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (relation !== 'below' && NEGATION.test(text.slice(Math.max(0, at - 25), at))) continue;
      if (hedged(text.slice(Math.max(0, at - 40), at).replace(/\s*(telah|sudah|belum|tidak)\s*$/iu, ''))) continue;
      if (!SUBJECT.test(text.slice(0, at + m[0].length))) continue;
      if (out.some((c) => at < c.start + c.phrase.length && c.start < at + m[0].length)) continue;
      out.push({ kind: 'target', sentence: s, relation, phrase: m[0], start: at, year: years.length === 1 ? years[0] : undefined });
    }
  }
  return out;
}

/** Cheap test before reading a passage's sentences: could it hold a claim at all? */
const TRIGGER = /meningkat|peningkatan|naik|kenaikan|bertambah|menurun|penurunan|turun|berkurang|lebih|target/i;

export function mayClaim(text: string): boolean {
  return TRIGGER.test(text);
}

/** The claims of a sentence, in order. A sentence saying both that a target was reached and that one was not speaks of several indicators: its standings are not judged. */
export function claimsOf(s: Sentence): Claim[] {
  let targets = targetClaims(s);
  const reached = targets.some((c) => c.relation !== 'below');
  const missed = targets.some((c) => c.relation === 'below');
  if (reached && missed) targets = [];
  return [...directionClaims(s), ...targets].sort((a, b) => a.start - b.start);
}
