/**
 * Mentions of regions in a report's text: "Kecamatan Dumai Barat", "KAB. SLEMAN", "Kelurahan
 * Purnama", "Provinsi Riau", "Camat Dumai Barat"; and the text segments they are found in
 * (paragraphs, headings, captions, table titles, table cells). Shared by the rules of the
 * 'names' family.
 */
import { clip } from '../text/clip.js';
import type { Lang } from '../engine/types.js';
import type { Block, Cell, SourceLocation, Table } from '../model/index.js';
import { nameKey } from './index.js';

export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

/** What the type word says: the level and, for regencies and villages, the kind. */
export type TypeKind = 'provinsi' | 'kota' | 'kabupaten' | 'kecamatan' | 'camat' | 'kelurahan' | 'desa';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface RegionMention {
  /** The type word as printed: "Kecamatan", "KEC.", "Kab.", "Camat". */
  typeWord: string;
  kind: TypeKind;
  level: RegionLevel;
  /** Offset of the type word in the segment's text. */
  start: number;
  /** End of the type word. */
  typeEnd: number;
  /** Up to six words after the type word, in the same phrase (no punctuation between). */
  words: Token[];
}

export interface NameMatch {
  /** The name as printed: "Dumai Barat". */
  text: string;
  key: string;
  /** Number of words of the name. */
  count: number;
  /** End offset of the name in the segment. */
  end: number;
}

/** One piece of text of the report with its place. */
export interface Segment {
  text: string;
  kind: 'heading' | 'paragraph' | 'caption' | 'title' | 'cell';
  loc: SourceLocation;
  block: Block;
  /** For cells: the cell, its row and column (0-based). */
  cell?: Cell;
  row?: number;
  column?: number;
  /** For cells: how many leading rows of the table are column headers. */
  headerRows?: number;
}

const TYPE_WORDS: Record<string, TypeKind> = {
  provinsi: 'provinsi',
  propinsi: 'provinsi',
  'prov.': 'provinsi',
  kota: 'kota',
  kabupaten: 'kabupaten',
  'kab.': 'kabupaten',
  kecamatan: 'kecamatan',
  'kec.': 'kecamatan',
  camat: 'camat',
  kelurahan: 'kelurahan',
  'kel.': 'kelurahan',
  desa: 'desa',
};

export const LEVEL_OF: Record<TypeKind, RegionLevel> = {
  provinsi: 'province',
  kota: 'regency',
  kabupaten: 'regency',
  kecamatan: 'district',
  camat: 'district',
  kelurahan: 'village',
  desa: 'village',
};

// "Kab." and "Kec." may be followed directly by the name ("Kab.Sleman"); the others end at a
// non-letter. An ASCII pattern, word boundaries checked by hand (a Unicode look-behind at every
// position is slow on long reports).
const MENTION = /provinsi|propinsi|prov\.|kota|kabupaten|kab\.|kecamatan|kec\.|camat|kelurahan|kel\.|desa/gi;
const LETTER = /[\p{L}\p{N}]/u;

const QUICK = /prov|propinsi|kota|kab|kec|camat|kel|desa/i;

/** Every type word of the text and the words after it. */
export function findMentions(text: string): RegionMention[] {
  const out: RegionMention[] = [];
  if (!QUICK.test(text)) return out;
  for (const m of text.matchAll(MENTION)) {
    const typeWord = m[0];
    const kind = TYPE_WORDS[typeWord.toLowerCase()];
    if (!kind) continue;
    const start = m.index ?? 0;
    const typeEnd = start + typeWord.length;
    if (start > 0 && LETTER.test(text[start - 1])) continue;
    if (!typeWord.endsWith('.') && typeEnd < text.length && LETTER.test(text[typeEnd])) continue;
    const words: Token[] = [];
    let pos = typeEnd;
    while (words.length < 6) {
      const rest = text.slice(pos, pos + 80);
      // Words are separated by spaces or by a hyphen ("Lawe Sigala-Gala", "Dumai Barat-Kota
      // Dumai"): keys ignore both, so a hyphenated official name still matches.
      const sep = words.length === 0 ? (typeWord.endsWith('.') ? /^[ \u00a0]*/u : /^[ \u00a0]+/u) : /^(?:[ \u00a0]+|-)/u;
      const gap = sep.exec(rest);
      if (!gap) break;
      const w = /^[\p{L}\p{N}][\p{L}\p{N}'’]*/u.exec(rest.slice(gap[0].length));
      if (!w) break;
      const s = pos + gap[0].length;
      const word = w[0].replace(/['’]+$/, '');
      words.push({ text: word, start: s, end: s + word.length });
      pos = s + w[0].length;
      if (word.length !== w[0].length) break;
    }
    out.push({ typeWord, kind, level: LEVEL_OF[kind], start, typeEnd, words });
  }
  return out;
}

/**
 * The longest run of the mention's first words (1 to 5) that `isName` accepts as an official
 * name, by key ("Dumai Barat" of "Dumai Barat Kota Dumai").
 */
export function longestName(m: RegionMention, isName: (key: string) => boolean, maxWords = 5): NameMatch | undefined {
  let best: NameMatch | undefined;
  let key = '';
  for (let i = 0; i < Math.min(maxWords, m.words.length); i++) {
    key += nameKey(m.words[i].text);
    if (key && isName(key)) best = { text: wordsText(m, i + 1), key, count: i + 1, end: m.words[i].end };
  }
  return best;
}

export function wordsText(m: RegionMention, count: number): string {
  return m.words
    .slice(0, count)
    .map((w) => w.text)
    .join(' ');
}

/**
 * Words that never begin or continue a place name in running text: function words, the report's
 * own vocabulary, other type words.
 */
const NAME_STOP = new Set(
  `dan atau serta yang di ke dari dengan untuk pada dalam oleh se sebagai ini itu tersebut adalah merupakan telah akan
  sudah belum tidak juga maupun bahwa sehingga karena agar yaitu yakni antara antar bagi atas terhadap secara
  tahun thn nomor no tentang tanggal tgl bulan periode anggaran kota kabupaten kab provinsi prov propinsi kecamatan
  kec kelurahan kel desa camat lurah kepala pemerintah pemerintahan pemkot pemkab pemprov dinas badan kantor
  sekretariat jalan jl jln rt rw kode pos telp telepon fax email website dalam angka tingkat wilayah se`.split(/\s+/),
);

/** A segment whose letters are (nearly) all capitals: a title, a heading, a table header. */
export function isAllCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') lower++;
  }
  return upper >= 3 && lower <= upper * 0.1;
}

/**
 * The words after the type word that read as a proper name, for a name that is in no list:
 * capitalised words (any words in an all-caps segment), no function words, at most four, cut
 * at the first lower-case word or number.
 */
export function properName(m: RegionMention, allCaps: boolean): NameMatch | undefined {
  let count = 0;
  for (const w of m.words) {
    if (count >= 4) break;
    if (!/^\p{L}[\p{L}'’-]*$/u.test(w.text)) break;
    if (NAME_STOP.has(w.text.toLowerCase()) || /^se-/i.test(w.text)) break;
    if (!allCaps && !/^\p{Lu}/u.test(w.text)) break;
    count++;
  }
  if (count === 0) return undefined;
  return { text: wordsText(m, count), key: nameKey(wordsText(m, count)), count, end: m.words[count - 1].end };
}

/**
 * The official name found, with the next word of a proper name added ("Rumbai Barta" after
 * "Rumbai"): to catch a misspelt last word of a name whose first words are a name too.
 */
export function withNextWord(m: RegionMention, known: NameMatch, allCaps: boolean): NameMatch | undefined {
  const w = m.words[known.count];
  if (!w || !/^\p{L}[\p{L}'’]*$/u.test(w.text) || NAME_STOP.has(w.text.toLowerCase())) return undefined;
  if (!allCaps && !/^\p{Lu}/u.test(w.text)) return undefined;
  if (m.words[known.count - 1].end === w.start) return undefined;
  const count = known.count + 1;
  return { text: wordsText(m, count), key: known.key + nameKey(w.text), count, end: w.end };
}

/** Whether `key` is the key of the first words of `name` ("dumai" of "Dumai Barat"): a name cut short. */
export function isWordPrefix(words: string[], name: string): boolean {
  const parts = name.split(/\s+/).filter(Boolean);
  if (words.length >= parts.length) return false;
  return words.every((w, i) => nameKey(w) === nameKey(parts[i]));
}

/**
 * Every piece of text of the report, in document order. `headerRows` gives the number of header
 * rows of each table as normalisation read them (the extractor's guess otherwise).
 */
export function* segments(blocks: readonly Block[], headerRows?: ReadonlyMap<Table, number>): Generator<Segment> {
  for (const b of blocks) {
    if (b.kind === 'heading') yield { text: b.text, kind: 'heading', loc: b.loc, block: b };
    else if (b.kind === 'paragraph') yield { text: b.text, kind: 'paragraph', loc: b.loc, block: b };
    else {
      if (b.caption) yield { text: b.caption, kind: 'caption', loc: captionLoc(b), block: b };
      if (b.title) yield { text: b.title, kind: 'title', loc: captionLoc(b), block: b };
      const header = Math.max(b.headerRows, headerRows?.get(b) ?? 0);
      for (let r = 0; r < b.rows.length; r++) {
        const cells = b.rows[r].cells;
        for (let c = 0; c < cells.length; c++) {
          if (cells[c].text) yield { text: cells[c].text, kind: 'cell', loc: cells[c].loc, block: b, cell: cells[c], row: r, column: c, headerRows: header };
        }
      }
    }
  }
}

/** Header rows of every table, as normalisation read them. */
export function headerRowsOf(tables: readonly { table: Table; headerRows: number }[]): Map<Table, number> {
  return new Map(tables.map((t) => [t.table, t.headerRows]));
}

/** The table's location without row and column: where its caption or title is reported. */
function captionLoc(t: Table): SourceLocation {
  const { row: _r, column: _c, rowLabel: _rl, columnLabel: _cl, ...loc } = t.loc;
  return loc;
}

/** The text of a segment around a position, for the finding's excerpt. */
export function excerptAround(text: string, start: number, end: number, width = 90): string {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  return `${a > 0 ? '…' : ''}${text.slice(a, b).trim()}${b < text.length ? '…' : ''}`;
}

/** Where a segment is, for messages: "Paragraf (BAB III › 3.1 ...)", "Tabel 3.3, baris 3, kolom 2", "Judul tabel "..."". */
export function segmentWhere(seg: Segment, lang: Lang): string {
  const id = lang === 'id';
  switch (seg.kind) {
    case 'heading':
      return id ? `Judul "${clip(seg.text, 60)}"` : `Heading "${clip(seg.text, 60)}"`;
    case 'caption':
    case 'title':
      return id ? `Judul tabel "${clip(seg.text, 60)}"` : `Table title "${clip(seg.text, 60)}"`;
    case 'cell': {
      const table = seg.loc.table ?? (id ? 'tabel tanpa judul' : 'untitled table');
      const r = (seg.row ?? 0) + 1;
      const c = (seg.column ?? 0) + 1;
      return id ? `${table}, baris ${r}, kolom ${c}` : `${table}, row ${r}, column ${c}`;
    }
    default:
      return seg.loc.section ? (id ? `Paragraf (${seg.loc.section})` : `Paragraph (${seg.loc.section})`) : id ? 'Paragraf' : 'Paragraph';
  }
}
