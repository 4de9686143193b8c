import type { Block, SourceLocation, Table } from '../model/index.js';
import type { NormalisedReport, TableModel } from '../normalise/types.js';
import { isTitleLike } from '../extract/captions.js';

/**
 * Where a text stands, which decides how much a year in it says:
 * - `heading`: a chapter or section heading;
 * - `caption`: a numbered table caption ("Tabel 3.3 Pengukuran Kinerja ... Tahun 2023");
 * - `title`: a title-like line of the cover, of the appendices, of a list of appendices, or
 *   one standing right above or below a table ("PERJANJIAN KINERJA ... TAHUN 2023");
 * - `toc`: an entry of the table of contents or of a list of tables;
 * - `header`: a header cell of a table;
 * - `prose`: a sentence of the text (list items included);
 * - `cell`: a data cell of a table (sub kegiatan names, remarks, dates).
 */
export type TextKind = 'heading' | 'caption' | 'title' | 'toc' | 'header' | 'prose' | 'cell';

export interface ScanText {
  text: string;
  kind: TextKind;
  loc: SourceLocation;
  block: Block;
  /** The block before, when it is a paragraph: "NAMA OPD : ... TAHUN" above "ANGGARAN : 2024". */
  previous?: { text: string; loc: SourceLocation };
  table?: TableModel;
  /** In the appendices: the document this text belongs to, from the last upper-case title above ("PENGUKURAN KINERJA"). */
  document?: string;
}

const TOC_CHAPTER = /\bdaftar\s+(isi|tabel|gambar|grafik|lampiran|bagan)\b/i;
const TITLE_WORDS = /^(lampiran|matrik|matriks|formulir|form)\b/i;

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/**
 * Every text of the report, in document order, with its kind: paragraphs, headings, table
 * captions and every table cell (header rows included). Table titles taken from the paragraph
 * above are not repeated: that paragraph is scanned itself.
 */
export function scanTexts(doc: NormalisedReport): ScanText[] {
  let out = scanned.get(doc);
  if (!out) scanned.set(doc, (out = scan(doc)));
  return out;
}

/** Both rules of the family read the same texts: read once per report. */
const scanned = new WeakMap<NormalisedReport, ScanText[]>();

function scan(doc: NormalisedReport): ScanText[] {
  const out: ScanText[] = [];
  const models = new Map<Table, TableModel>(doc.tables.map((t) => [t.table, t]));
  const blocks = doc.report.blocks;
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  let document: string | undefined;
  blocks.forEach((b, i) => {
    const prevBlock = blocks[i - 1];
    const nextBlock = blocks[i + 1];
    if (b.kind === 'heading') {
      document = undefined;
      out.push({ text: b.text, kind: 'heading', loc: b.loc, block: b });
      return;
    }
    if (b.kind === 'paragraph') {
      const previous = prevBlock?.kind === 'paragraph' ? { text: prevBlock.text, loc: prevBlock.loc } : undefined;
      const kind = paragraphKind(b, i, firstHeading, prevBlock, nextBlock);
      out.push({ text: b.text, kind, loc: b.loc, block: b, previous, document: b.context.part === 'appendix' ? document : undefined });
      if (b.context.part === 'appendix' && kind === 'title' && !b.marker && isUpper(b.text) && !/[:\d]/.test(b.text) && b.text.length <= 80) document = b.text;
      return;
    }
    const model = models.get(b);
    if (b.caption) out.push({ text: b.caption, kind: 'caption', loc: b.loc, block: b, table: model });
    const toc = TOC_CHAPTER.test(b.context.chapter ?? '') || TOC_CHAPTER.test(b.context.sectionTitle ?? '');
    const headerRows = model?.headerRows ?? b.headerRows;
    b.rows.forEach((r, ri) => {
      for (const c of r.cells) {
        if (!c.text || !/\d{4}/.test(c.text)) continue;
        const kind: TextKind = toc ? 'toc' : ri < headerRows ? 'header' : 'cell';
        out.push({ text: c.text, kind, loc: c.loc, block: b, table: model });
      }
    });
  });
  return out;
}

/** Small words that titles keep in lower case. */
const TITLE_SMALL = /^(dan|di|ke|dari|pada|dengan|yang|dalam|atas|untuk|serta|atau|per|s\.?d\.?|s\/d|terhadap|sampai|tahun)$/i;

/** Words of a sentence rather than a title: more than two lower-case words besides the small ones. */
function readsAsSentence(text: string): boolean {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/^\p{Ll}/u.test(w) && !TITLE_SMALL.test(w.replace(/[,;:]$/, ''))) n++;
  return n > 2;
}

function paragraphKind(b: Extract<Block, { kind: 'paragraph' }>, i: number, firstHeading: number, prev?: Block, next?: Block): TextKind {
  if (TOC_CHAPTER.test(b.context.chapter ?? '')) return 'toc';
  if (!isTitleLike(b.text) || readsAsSentence(b.text)) return 'prose';
  const cover = firstHeading < 0 ? i < 8 : i < firstHeading && b.context.part === 'front';
  if (cover && !b.marker) return 'title';
  if (b.context.part === 'appendix') return 'title';
  if (TITLE_WORDS.test(b.text)) return 'title';
  if (!b.marker && (isUpper(b.text) || prev?.kind === 'table' || next?.kind === 'table')) return 'title';
  return 'prose';
}
