/**
 * Does a mention of a unit stand where the report speaks of ITSELF (the subject or owner of a
 * sentence, a title, a caption, a heading, a signature, a table cell), or is it a mention of a
 * neighbour (introduced by a border, cooperation, location or list word)? Used by `unit-name`.
 */
import type { Block } from '../model/index.js';
import type { Segment } from './mentions.js';

/**
 * Words that, as the last one or two words before the mention, make it a mention of another
 * unit: "berbatasan dengan Kecamatan X", "Kecamatan A dan Kecamatan X", "studi tiru ke
 * Kecamatan X", "kegiatan di Kecamatan X", "pindahan dari Kecamatan X".
 */
const ADJACENT_CUE =
  /(?:^|[\s(,;:])(dengan|dan|serta|atau|maupun|ke|kepada|dari|di|antara|antar|seperti|yaitu|yakni|meliputi|bersama|bersama-sama|menuju|dibandingkan|dibanding|daripada|sedangkan|sementara|setelah|sesudah|mengalahkan|se)\s*[-,:]?\s*(?:(?:kantor|aula|wilayah|daerah|lingkungan|pihak|jajaran|pemerintah|pemerintahan|staf|pegawai|perangkat)\s+)?$/i;

/**
 * Words that anywhere in the sentence before the mention (names of regions left out) make it
 * a neighbour: borders and directions, cooperation, splitting off, rankings, former
 * membership ("dahulu termasuk"), guests and visits ("dihadiri oleh Camat X", "kunjungan").
 */
const CLAUSE_CUE =
  /(?:^|[^\p{L}])(berbatas\p{L}*|perbatasan|batas|sebelah|utara|selatan|timur|barat|tenggara|bersebelahan|tetangga|kerja\s*sama|kerjasama|bekerja\s*sama|bekerjasama|kolaborasi|pemekaran|dimekarkan|mekar|juara|peringkat|(?:kecamatan|kelurahan|desa|wilayah|daerah)\s+lain|lainnya|masing-masing|antarkecamatan|antar-kecamatan|antarkelurahan|antardesa|termasuk|sebelumnya|semula|dahulu|dulu|dulunya|eks|hadir|dihadiri|menghadiri|diundang|mengundang|undangan|tamu|narasumber|kunjungan|berkunjung|mengunjungi|dikunjungi)(?![\p{L}])/iu;

/**
 * Words that anywhere in the sentence (before or after the mention, names left out) make it a
 * comparison or an event involving other units: "Kecamatan X memperoleh nilai 85, sedangkan
 * Kecamatan (own) 82", "Sekcam Kecamatan X dilantik menjadi Camat (own)".
 */
const SENTENCE_CUE =
  /(?:^|[^\p{L}])(sedangkan|sementara\s+itu|dibandingkan|dibanding|daripada|peringkat|juara|mengungguli|dilantik|pelantikan|mutasi|dimutasi|pindah|dipindahkan|bersama)(?![\p{L}])/iu;

/** Words right after the mention that make it a neighbour or an item of a list. */
const AFTER_CUE =
  /^\s*(?:,\s*|\s)(?:(?:dan|serta|atau|maupun|&)\s+(?:kecamatan|kec\.|kelurahan|kel\.|desa|camat)\b|(?:yang\s+)?(?:berbatas\p{L}*|bersebelahan|merupakan\s+pemekaran|pemekaran|dimekarkan|lainnya|dan\s+sekitarnya|meraih|juara|peringkat))/iu;

/** Border words that, in the sentence introducing a list or a table, make its items neighbours. */
const LEAD_IN_CUE = /(?:^|[^\p{L}])(berbatas\p{L}*|perbatasan|batas|sebelah|bersebelahan|tetangga)(?![\p{L}])/iu;

/** Start of the sentence holding position `at`: after the last ". ", "; ", "? ", "! " before it. */
export function sentenceStart(text: string, at: number): number {
  let start = 0;
  const re = /[.;!?]\s+(?=\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < at) start = m.index + m[0].length;
  return start;
}

/** End of the sentence holding position `at`. */
function sentenceEnd(text: string, at: number): number {
  const re = /[.;!?](\s+|$)/g;
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

export interface PositionInput {
  segment: Segment;
  /** Start of the type word and end of the name of the mention. */
  start: number;
  end: number;
  /** End of the previous region mention in the segment (its name), or 0. */
  previousEnd: number;
  /** Start of the next region mention in the segment, or the text's length. */
  nextStart: number;
  /** Spans of every region mention of the segment (type word and name): left out of the sentence's words. */
  spans?: { start: number; end: number }[];
  /** Official names of the units of that level (bare, "Dumai Barat"): left out too. */
  names?: readonly string[];
  /** The mention follows a lower-level place directly ("Kelurahan Bukit Datuk Kecamatan X"): its address. */
  afterPlace?: boolean;
  /**
   * The own unit's mentions of the segment (start, and end of the region mention before it):
   * when the own unit appears later in the same sentence as another actor ("Kecamatan X
   * menyerahkan piala kepada Kecamatan (own)"), X is not the own unit misnamed.
   */
  ownMentions?: { start: number; previousEnd: number }[];
  /** Text that introduces the segment (the lead-in sentence of a list or of a table), if any. */
  leadIn?: string;
  /** For a table cell: the texts of the row's earlier cells and of the column's header cells. */
  rowContext?: string;
}

export type Position = { self: true } | { self: false; cue: string };

/** Whether the mention names the reporting unit (its place) or a neighbour (the cue that says so). */
export function selfPosition(p: PositionInput): Position {
  const text = p.segment.text;
  if (p.afterPlace) return { self: false, cue: 'alamat' };
  const sentence = sentenceStart(text, p.start);
  const before = text.slice(Math.max(sentence, p.previousEnd), p.start);
  const adjacent = ADJACENT_CUE.exec(before) ?? /([&/])\s*$/.exec(before);
  if (adjacent) return { self: false, cue: adjacent[1] };
  const clause = CLAUSE_CUE.exec(withoutNames(text, sentence, p.start, p.spans ?? [], p.names ?? []));
  if (clause) return { self: false, cue: clause[1] };
  const whole = SENTENCE_CUE.exec(withoutNames(text, sentence, sentenceEnd(text, p.end), p.spans ?? [], p.names ?? []));
  if (whole) return { self: false, cue: whole[1] };
  const end = sentenceEnd(text, p.end);
  for (const o of p.ownMentions ?? []) {
    if (o.start <= p.end || o.start > end) continue;
    const lead = text.slice(Math.max(sentenceStart(text, o.start), o.previousEnd), o.start);
    const m = ADJACENT_CUE.exec(lead);
    if (m) return { self: false, cue: m[1] };
  }
  const after = text.slice(p.end, Math.min(p.nextStart + 12, end, p.end + 60));
  const follow = AFTER_CUE.exec(after);
  if (follow) return { self: false, cue: follow[0].trim() };
  for (const extra of [p.rowContext, p.leadIn]) {
    if (!extra) continue;
    const m = LEAD_IN_CUE.exec(extra);
    if (m) return { self: false, cue: m[1] };
  }
  if (p.rowContext) {
    const m = CLAUSE_CUE.exec(p.rowContext);
    if (m) return { self: false, cue: m[1] };
  }
  return { self: true };
}

/** The text from `from` to `to` with the region mentions and official names blanked out. */
function withoutNames(text: string, from: number, to: number, spans: { start: number; end: number }[], names: readonly string[]): string {
  const chars = text.slice(from, to).split('');
  for (const s of spans) for (let i = Math.max(s.start, from); i < Math.min(s.end, to); i++) chars[i - from] = ' ';
  let out = chars.join('');
  for (const n of names) {
    // Only names holding a cue word matter: "Dumai Barat" must not read as "barat", "Mekar Baru" as "mekar".
    if (!CLAUSE_CUE.test(n) && !SENTENCE_CUE.test(n)) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'giu'), (m) => ' '.repeat(m.length));
  }
  return out;
}

/**
 * The sentence introducing a block: the last sentence of the paragraph right before a table or
 * before the first item of a list, when it ends with ":" or "berikut".
 */
export function leadInOf(blocks: readonly Block[], index: number): string | undefined {
  const b = blocks[index];
  let i = index - 1;
  if (b.kind === 'paragraph' && b.marker) {
    while (i >= 0) {
      const p = blocks[i];
      if (p.kind !== 'paragraph' || !p.marker) break;
      i--;
    }
  }
  const prev = blocks[i];
  if (!prev || prev.kind !== 'paragraph') return undefined;
  if (!/(:|berikut(\s+ini)?)\s*$/i.test(prev.text)) return undefined;
  return prev.text.slice(sentenceStart(prev.text, prev.text.length - 1));
}
