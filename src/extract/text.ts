import type { Report, SourceLocation } from '../model/index.js';
import { ReportBuilder } from './builder.js';
import { cleanText, htmlParagraphs, isFigureText } from './clean.js';
import { ROW_START } from './captions.js';
import { Vocabulary, rejoinFragments } from './fragments.js';
import { usesUpperCaseBab } from './outline.js';
import { paragraphRows } from './paragraph-cells.js';

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
    blocks: reader.builder.blocks,
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

const isTabLine = (l: string) => l.includes('\t');
const isSeparatorRow = (l: string) => l.split('\t').every((c) => /^\s*(-{2,}\s*)?$/.test(c)) && /-/.test(l);
const isSingleLetter = (l: string) => /^\p{L}$/u.test(l.trim());
const hasDigit = (s: string) => /\d/.test(s);

class TextReader {
  readonly builder: ReportBuilder;
  private table: PendingTable | undefined;

  constructor(
    private readonly file: string,
    private readonly vocab: Vocabulary,
    upperCaseBab: boolean,
  ) {
    this.builder = new ReportBuilder({ upperCaseBab });
  }

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
      // Markdown conversions write headings as "## 3.7. ...".
      this.builder.addText(cleanText(text.replace(/^\s*#{1,6}\s+/, '')), this.loc(lineNo, end + 1));
      i = end;
    }
    this.finishTable();
  }

  private loc(line: number, endLine?: number): SourceLocation {
    return { file: this.file, line, ...(endLine && endLine !== line ? { endLine } : {}) };
  }

  private addRow(line: string, lineNo: number): void {
    const rawCells = line.split('\t');
    if (this.table && this.table.gap && this.startsNewTable(rawCells)) this.finishTable();
    if (!this.table) this.table = { rows: [], gap: false, letters: '' };
    const t = this.table;
    this.flushLetters();
    t.gap = false;
    for (const cells of expandHtmlParagraphCells(rawCells)) t.rows.push({ cells, clean: cells.map(cleanText), line: lineNo, endLine: lineNo });
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
    this.builder.addTable(
      rows.map((r) => {
        const loc = this.loc(r.line, r.endLine);
        return { loc, cells: r.cells.map((raw, ci) => ({ raw, text: rejoinFragments(r.clean[ci], this.vocab), loc })) };
      }),
      this.loc(rows[0].line, rows[rows.length - 1].endLine),
    );
  }
}

/** Cells holding several HTML paragraphs side by side are rows printed inside one row. */
function expandHtmlParagraphCells(rawCells: string[]): string[][] {
  return paragraphRows(rawCells.map(htmlParagraphs)) ?? [rawCells];
}

/** The cell holding a row's words: the longest cell with letters that is not a figure. */
function labelCellIndex(cells: string[]): number {
  let best = -1;
  for (let i = 0; i < cells.length; i++) {
    if (!/\p{L}/u.test(cells[i]) || isFigureText(cells[i])) continue;
    if (best < 0 || cells[i].length > cells[best].length) best = i;
  }
  return best;
}


/**
 * A line holding only the rest of the previous row's text (no figures, no number of its
 * own) is that row broken by the conversion: merge it back.
 */
function mergeContinuationRows(rows: RawRow[], vocab: Vocabulary): RawRow[] {
  const out: RawRow[] = [];
  for (const row of rows) {
    const nonEmpty = row.clean.filter((c) => c !== '');
    const prev = out[out.length - 1];
    const prevHasFigures = prev !== undefined && prev.clean.some(isFigureText);
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
