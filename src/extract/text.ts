import type { Block, Cell, Heading, Report, Row, SourceLocation, Table } from '../model/index.js';
import { cleanText, htmlParagraphs } from './clean.js';
import { Vocabulary, rejoinFragments } from './fragments.js';
import { OutlineTracker, describeContext, matchHeading, usesUpperCaseBab } from './outline.js';
import { parseCaption, isTitleLike, tableLabel } from './captions.js';

/**
 * Text extractor (.txt / .md): reports converted to text, where table rows are
 * tab-separated lines. Conversion leaves artefacts this reader repairs as well as the
 * text allows: rows broken over several lines, words broken into fragments or one letter
 * per line, HTML paragraphs inside cells.
 */
export function extractText(file: string, content: string): Report {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const vocab = Vocabulary.fromTexts(lines.flatMap((l) => l.split('\t').map(cleanText)));
  const reader = new TextReader(file, vocab, usesUpperCaseBab(lines));
  reader.read(lines);
  return {
    file,
    format: 'text',
    metadata: { unit: {} },
    blocks: reader.blocks,
    size: { lines: lines.length },
  };
}

interface RawRow {
  cells: string[];
  /** The cells cleaned (markup stripped), kept in step with `cells`. */
  clean: string[];
  line: number;
  endLine: number;
}

interface PendingTable {
  rows: RawRow[];
  gap: boolean;
  letters: string;
}

interface PendingCaption {
  number: string;
  text: string;
  absorbing: boolean;
}

const isTabLine = (l: string) => l.includes('\t');
const isSeparatorRow = (l: string) => l.split('\t').every((c) => /^\s*(-{2,}\s*)?$/.test(c)) && /-/.test(l);
const isSingleLetter = (l: string) => /^\p{L}$/u.test(l.trim());
const hasDigit = (s: string) => /\d/.test(s);
const isNumberish = (s: string) => /^[\s(]*(rp\.?|idr)?\s*[-–—]?[\d.,\s\u00a0]+(,-|%)?[\s)]*$/i.test(s) && hasDigit(s);

class TextReader {
  readonly blocks: Block[] = [];
  private readonly outline = new OutlineTracker();
  private table: PendingTable | undefined;
  private caption: PendingCaption | undefined;
  private tableCount = 0;
  private chapterAwaitingTitle: Heading | undefined;

  constructor(
    private readonly file: string,
    private readonly vocab: Vocabulary,
    private readonly upperCaseBab: boolean,
  ) {}

  read(lines: string[]): void {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const lineNo = i + 1;
      if (isTabLine(line) && line.trim() !== '') {
        if (isSeparatorRow(line)) {
          if (this.table) this.table.gap = true;
          continue;
        }
        this.addRow(line, lineNo);
        continue;
      }
      if (line.trim() === '') {
        if (this.table) this.table.gap = true;
        continue;
      }
      if (this.table && isSingleLetter(line)) {
        this.table.letters += line.trim();
        continue;
      }
      this.finishTable();
      // Emphasis spanning several lines is one paragraph (a bold title broken over lines).
      let text = line;
      let end = i;
      while (((text.match(/\*\*/g) ?? []).length % 2 === 1) && end + 1 < lines.length && end - i < 5 && !isTabLine(lines[end + 1])) {
        end++;
        text += ' ' + lines[end];
      }
      this.addText(text, lineNo, end + 1);
      i = end;
    }
    this.finishTable();
  }

  private loc(line: number, endLine?: number): SourceLocation {
    return { file: this.file, line, ...(endLine && endLine !== line ? { endLine } : {}) };
  }

  private addText(raw: string, line: number, endLine: number): void {
    // Markdown conversions write headings as "## 3.7. ...".
    const text = cleanText(raw.replace(/^\s*#{1,6}\s+/, ''));
    if (!text) return;
    if (this.chapterAwaitingTitle && isTitleLike(text) && !matchHeading(text, { upperCaseBab: this.upperCaseBab }) && text === text.toUpperCase()) {
      this.chapterAwaitingTitle.context.chapterTitle = text;
      this.chapterAwaitingTitle.text += ` ${text}`;
      this.chapterAwaitingTitle = undefined;
      return;
    }
    this.chapterAwaitingTitle = undefined;
    const caption = parseCaption(text);
    if (caption) {
      this.caption = { number: caption.number, text, absorbing: caption.title === '' || text.length < 60 };
      return;
    }
    if (this.caption?.absorbing && isTitleLike(text)) {
      this.caption.text += ' ' + text;
      return;
    }
    if (this.caption) this.caption.absorbing = false;
    const heading = matchHeading(text, { upperCaseBab: this.upperCaseBab });
    const base = { index: this.blocks.length, loc: this.loc(line, endLine) };
    if (heading) {
      const context = this.outline.enter(heading);
      base.loc.section = describeContext(context);
      const block: Heading = { ...base, kind: 'heading', text, level: heading.level, number: heading.number, context };
      this.blocks.push(block);
      // A caption left without its table (a picture) must not name a table of a later section.
      if (heading.level <= 2) this.caption = undefined;
      // "BAB III" alone on its line: the title is on the next line.
      if (heading.part === 'body' && heading.level === 1 && heading.title === '') this.chapterAwaitingTitle = block;
      return;
    }
    const context = this.outline.current();
    base.loc.section = describeContext(context);
    const marker = /^((?:[-•]\s+)?(?:\d{1,2}[a-z]?[.)]|[a-z][.)]|[ivx]{1,4}[.)]|[-•]))\s+/i.exec(text);
    this.blocks.push({
      ...base,
      kind: 'paragraph',
      text: marker ? text.slice(marker[0].length) : text,
      marker: marker ? marker[1] : undefined,
      context,
    });
  }

  private addRow(line: string, lineNo: number): void {
    const rawCells = line.split('\t');
    if (this.table && this.table.gap && this.startsNewTable(rawCells)) this.finishTable();
    if (!this.table) this.table = { rows: [], gap: false, letters: '' };
    const t = this.table;
    this.flushLetters();
    t.gap = false;
    for (const cells of expandParagraphCells(rawCells)) t.rows.push({ cells, clean: cells.map(cleanText), line: lineNo, endLine: lineNo });
  }

  /** After a blank line, a header-like row or a much narrower row starts another table. */
  private startsNewTable(rawCells: string[]): boolean {
    const t = this.table!;
    const width = t.rows[0]?.cells.length ?? 0;
    const cells = rawCells.map(cleanText);
    const nonEmpty = cells.filter((c) => c !== '');
    if (nonEmpty.length >= 2 && rawCells.length < width - 1) return true;
    const headerLike = nonEmpty.length >= 3 && nonEmpty.every((c) => !hasDigit(c) && c === c.toUpperCase());
    return headerLike;
  }

  private flushLetters(): void {
    const t = this.table;
    if (!t || !t.letters) return;
    const last = t.rows[t.rows.length - 1];
    if (last) {
      const k = labelCellIndex(last.clean);
      if (k >= 0) {
        last.cells[k] = `${last.cells[k]} ${t.letters}`;
        last.clean[k] = cleanText(last.cells[k]);
      }
    }
    t.letters = '';
  }

  private finishTable(): void {
    const t = this.table;
    if (!t) return;
    this.flushLetters();
    this.table = undefined;
    const rows = mergeContinuationRows(t.rows, this.vocab);
    if (rows.length === 0) return;
    this.tableCount++;
    const context = this.outline.current();
    const caption = this.caption;
    this.caption = undefined;
    const title = caption ? undefined : this.precedingTitle();
    const number = caption?.number;
    const label = tableLabel(number, title);
    const section = describeContext(context);
    const modelRows: Row[] = rows.map((r, ri) => {
      const rowLoc: SourceLocation = {
        ...this.loc(r.line, r.endLine),
        tableIndex: this.tableCount,
        table: label,
        row: ri + 1,
        section,
      };
      const cells: Cell[] = r.cells.map((raw, ci) => ({
        raw,
        text: rejoinFragments(r.clean[ci], this.vocab),
        loc: { ...rowLoc, column: ci + 1 },
      }));
      return { cells, loc: rowLoc };
    });
    const first = rows[0].line;
    const last = rows[rows.length - 1].endLine;
    const table: Table = {
      kind: 'table',
      index: this.blocks.length,
      loc: { ...this.loc(first, last), tableIndex: this.tableCount, table: label, section },
      context,
      caption: caption?.text,
      number,
      title,
      rows: modelRows,
      headerRows: 0,
    };
    this.blocks.push(table);
  }

  /** An untitled table takes the short title-like paragraph right above it, if any. */
  private precedingTitle(): string | undefined {
    const prev = this.blocks[this.blocks.length - 1];
    if (prev && prev.kind === 'paragraph' && !prev.marker && isTitleLike(prev.text)) return prev.text;
    return undefined;
  }
}

/** Cells holding several HTML paragraphs side by side are rows printed inside one row. */
function expandParagraphCells(rawCells: string[]): string[][] {
  const parts = rawCells.map(htmlParagraphs);
  const n = Math.max(...parts.map((p) => p.length));
  if (n < 2 || parts.filter((p) => p.length === n).length < 2) return [rawCells];
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) rows.push(parts.map((p) => (p.length === n ? p[i] : i === 0 ? p.join(' ') : '')));
  return rows;
}

/** The cell holding a row's words: the longest cell with letters that is not a figure. */
function labelCellIndex(cells: string[]): number {
  let best = -1;
  for (let i = 0; i < cells.length; i++) {
    if (!/\p{L}/u.test(cells[i]) || isNumberish(cells[i])) continue;
    if (best < 0 || cells[i].length > cells[best].length) best = i;
  }
  return best;
}

const ROW_START = /^(indikator|program|kegiatan|sub\s*kegiatan|jumlah|total|sub\s*total|sasaran|tujuan|j\s*u\s*m\s*l\s*a\s*h|belanja)\b/i;

/**
 * A line holding only the rest of the previous row's text (no figures, no number of its
 * own) is that row broken by the conversion: merge it back.
 */
function mergeContinuationRows(rows: RawRow[], vocab: Vocabulary): RawRow[] {
  const out: RawRow[] = [];
  for (const row of rows) {
    const nonEmpty = row.clean.filter((c) => c !== '');
    const prev = out[out.length - 1];
    const prevHasFigures = prev !== undefined && prev.clean.some(isNumberish);
    const isContinuation =
      prev !== undefined &&
      prevHasFigures &&
      nonEmpty.length === 1 &&
      /\p{L}/u.test(nonEmpty[0]) &&
      !hasDigit(nonEmpty[0]) &&
      !ROW_START.test(nonEmpty[0]);
    if (isContinuation) {
      const k = labelCellIndex(prev.clean);
      // A stray letter after a complete word is debris of the conversion, not the rest of a word.
      const lastWord = k >= 0 ? (prev.clean[k].match(/\p{L}+$/u)?.[0] ?? '') : '';
      if (k >= 0 && nonEmpty[0].length <= 2 && vocab.has(lastWord) && lastWord.length > 3) {
        prev.endLine = row.endLine;
        continue;
      }
      if (k >= 0) {
        prev.cells[k] = `${prev.cells[k]} ${nonEmpty[0]}`;
        prev.clean[k] = `${prev.clean[k]} ${nonEmpty[0]}`;
        prev.endLine = row.endLine;
        continue;
      }
    }
    out.push({ ...row, cells: [...row.cells], clean: [...row.clean] });
  }
  return out;
}
