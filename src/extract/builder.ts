import { withLocation, type Block, type Cell, type Heading, type Row, type SourceLocation, type Table } from '../model/index.js';
import { isTitleLike, parseCaption, tableLabel } from './captions.js';
import { OutlineTracker, describeContext, matchHeading } from './outline.js';

interface PendingCaption {
  number: string;
  text: string;
  absorbing: boolean;
}

/** A list marker opening a paragraph ("1.", "a)", "iv.", "-", "• 2."), with the space after it. */
export const LIST_MARKER = /^((?:[-•]\s+)?(?:\d{1,2}[a-z]?[.)]|[a-z][.)]|[ivx]{1,4}[.)]|[-•]))\s+/i;

/** A cell as an extractor hands it over: its clean text, and its source location. */
export type CellInput = Omit<Cell, 'loc'> & { loc: SourceLocation };

export interface RowInput {
  cells: CellInput[];
  loc: SourceLocation;
}

/**
 * Turns the paragraphs and tables an extractor reads, in document order, into the report's
 * blocks: headings and the outline, captions ("Tabel 3.7" and its title lines) given to the
 * next table, titles of untitled tables, and the table coordinates of every row and cell.
 * Every extractor (text, DOCX, PDF, XLSX) feeds one.
 */
export class ReportBuilder {
  readonly blocks: Block[] = [];
  private readonly outline = new OutlineTracker();
  private caption: PendingCaption | undefined;
  private tableCount = 0;
  private chapterAwaitingTitle: Heading | undefined;

  constructor(private readonly options: { upperCaseBab: boolean }) {}

  /** A paragraph of clean text (markup already stripped). */
  addText(text: string, loc: SourceLocation): void {
    if (!text) return;
    const headingOptions = { upperCaseBab: this.options.upperCaseBab };
    if (this.chapterAwaitingTitle && isTitleLike(text) && !matchHeading(text, headingOptions) && text === text.toUpperCase()) {
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
    const heading = matchHeading(text, headingOptions);
    // Blocks are written out in full, not spread from a common base: see withLocation.
    const index = this.blocks.length;
    if (heading) {
      const context = this.outline.enter(heading);
      const block: Heading = { index, loc: withLocation(loc, { section: describeContext(context) }), kind: 'heading', text, level: heading.level, number: heading.number, context };
      this.blocks.push(block);
      // A caption left without its table (a picture) must not name a table of a later section.
      if (heading.level <= 2) this.caption = undefined;
      // "BAB III" alone on its line: the title is on the next line.
      if (heading.part === 'body' && heading.level === 1 && heading.title === '') this.chapterAwaitingTitle = block;
      return;
    }
    const context = this.outline.current();
    const marker = LIST_MARKER.exec(text);
    this.blocks.push({
      index,
      loc: withLocation(loc, { section: describeContext(context) }),
      kind: 'paragraph',
      text: marker ? text.slice(marker[0].length) : text,
      marker: marker ? marker[1] : undefined,
      context,
    });
  }

  /** A table: its rows in order; every row and cell is given the table coordinates. */
  addTable(rows: RowInput[], loc: SourceLocation): void {
    if (rows.length === 0) return;
    this.chapterAwaitingTitle = undefined;
    this.tableCount++;
    const context = this.outline.current();
    const caption = this.caption;
    this.caption = undefined;
    const title = caption ? undefined : this.precedingTitle();
    const number = caption?.number;
    const label = tableLabel(number, title);
    const section = describeContext(context);
    const where = { tableIndex: this.tableCount, table: label, section };
    const modelRows: Row[] = rows.map((r, ri) => {
      const rowLoc = withLocation(r.loc, where, { row: ri + 1 });
      return { loc: rowLoc, cells: r.cells.map((c, ci) => Object.assign({}, c, { loc: withLocation(c.loc, where, { row: ri + 1, column: ci + 1 }) })) };
    });
    const table: Table = {
      kind: 'table',
      index: this.blocks.length,
      loc: withLocation(loc, where),
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
