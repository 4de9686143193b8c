import mammoth from 'mammoth';
import { HTMLElement, TextNode, parse } from 'node-html-parser';
import type { Node } from 'node-html-parser';
import { withLocation, type Report, type SourceLocation } from '../model/index.js';
import { InputError } from '../engine/errors.js';
import { LIST_MARKER, ReportBuilder, type RowInput } from './builder.js';
import { cleanText, decodeEntities, isFigureText } from './clean.js';
import { Vocabulary, rejoinFragments } from './fragments.js';
import { usesUpperCaseBab } from './outline.js';
import { expandParagraphCells } from './paragraph-cells.js';

/**
 * DOCX extractor. mammoth turns the document into HTML (headings, paragraphs, lists and
 * tables with their `colspan`/`rowspan`, nested tables kept in their cell); the body is
 * then read in order. Every body-level paragraph (empty ones included, as Word counts them)
 * and table gets the next 1-based `paragraph` number, which locates what is found in it.
 * Tables are laid out on their full grid: a spanned cell's text stands in its top-left
 * position and the positions it covers are empty, as the other formats give them.
 */
export async function extractDocx(file: string, data: Buffer): Promise<Report> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      {
        ignoreEmptyParagraphs: false,
        // Pictures are not read: skip encoding them into the HTML.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    // mammoth's messages (unknown styles, unsupported elements) are warnings, not errors.
    html = result.value;
  } catch (err) {
    throw new InputError(
      file,
      { id: 'berkas DOCX rusak atau tidak dapat dibaca ({detail})', en: 'the DOCX file is corrupt or cannot be read ({detail})' },
      { detail: shortMessage(err) },
    );
  }

  const body = readBody(parse(html));
  const paragraphTexts: string[] = [];
  const cellTexts: string[] = [];
  for (const block of body) {
    if (block.kind === 'paragraph') paragraphTexts.push(cleanText(block.html));
    else for (const grid of block.grids) for (const row of grid.rows) for (const slot of row) for (const para of slot) cellTexts.push(cleanText(para));
  }
  const vocab = Vocabulary.fromTexts([...paragraphTexts, ...cellTexts]);
  const builder = new ReportBuilder({ upperCaseBab: usesUpperCaseBab(paragraphTexts) });
  for (const block of body) {
    const loc: SourceLocation = { file, paragraph: block.n };
    if (block.kind === 'paragraph') builder.addText(cleanText(block.html), loc);
    else for (const grid of block.grids) builder.addTable(tableRows(grid, loc, vocab), loc);
  }
  return {
    file,
    format: 'docx',
    metadata: { unit: {} },
    blocks: builder.blocks,
    size: {},
  };
}

function shortMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = message.split('\n')[0].trim() || 'unknown error';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

/** A grid position: the HTML text of each non-empty paragraph of its cell (none when covered by a span). */
type Slot = string[];

/** A table laid on its grid; `header` marks the rows Word repeats as header rows (`<th>` cells). */
interface Grid {
  rows: Slot[][];
  header: boolean[];
}

type BodyBlock =
  | { kind: 'paragraph'; n: number; html: string }
  /** A body-level table: its grid, then the grids of the tables nested in its cells (depth first). */
  | { kind: 'table'; n: number; grids: Grid[] };

/** Items of a container (the body, a cell, a list item) in order. */
type Item = { kind: 'paragraph'; html: string; list?: { ordered: boolean; index: number } } | { kind: 'table'; el: HTMLElement };

function readBody(root: HTMLElement): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let n = 0;
  for (const item of containerItems(root)) {
    n++;
    if (item.kind === 'paragraph') blocks.push({ kind: 'paragraph', n, html: withListMarker(item) });
    else blocks.push({ kind: 'table', n, grids: tableGrids(item.el) });
  }
  return blocks;
}

const PARAGRAPH_TAG = /^(P|H[1-6])$/;
const CONTAINER_TAG = /^(DIV|BLOCKQUOTE|SECTION|ARTICLE|BODY|HTML)$/;
const NOTE_ID = /^(footnote|endnote|comment)-/;

function containerItems(container: HTMLElement): Item[] {
  const items: Item[] = [];
  let loose = '';
  const flush = () => {
    if (loose.trim() !== '') items.push({ kind: 'paragraph', html: loose });
    loose = '';
  };
  for (const node of container.childNodes) {
    if (node instanceof HTMLElement) {
      const tag = node.tagName;
      if (PARAGRAPH_TAG.test(tag)) {
        flush();
        items.push({ kind: 'paragraph', html: inlineHtml(node) });
        continue;
      }
      if (tag === 'UL' || tag === 'OL') {
        flush();
        if (!isNoteList(node)) listItems(node, items);
        continue;
      }
      if (tag === 'TABLE') {
        flush();
        items.push({ kind: 'table', el: node });
        continue;
      }
      if (CONTAINER_TAG.test(tag)) {
        flush();
        items.push(...containerItems(node));
        continue;
      }
    }
    loose += inlineHtml(node);
  }
  flush();
  return items;
}

/** mammoth appends footnotes and endnotes as a list of items with ids "footnote-1", ...: not body text. */
function isNoteList(list: HTMLElement): boolean {
  const lis = list.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && c.tagName === 'LI');
  return lis.length > 0 && lis.every((li) => NOTE_ID.test(li.getAttribute('id') ?? ''));
}

/** Each list item is a paragraph; a list nested in an item follows it. */
function listItems(list: HTMLElement, items: Item[]): void {
  const ordered = list.tagName === 'OL';
  let index = 0;
  for (const li of list.childNodes) {
    if (!(li instanceof HTMLElement) || li.tagName !== 'LI') continue;
    index++;
    let own = '';
    const after: Item[] = [];
    for (const node of li.childNodes) {
      if (node instanceof HTMLElement && (node.tagName === 'UL' || node.tagName === 'OL')) {
        if (!isNoteList(node)) listItems(node, after);
      } else if (node instanceof HTMLElement && node.tagName === 'TABLE') after.push({ kind: 'table', el: node });
      else if (node instanceof HTMLElement && PARAGRAPH_TAG.test(node.tagName)) own += ` ${inlineHtml(node)} `;
      else own += inlineHtml(node);
    }
    items.push({ kind: 'paragraph', html: own, list: { ordered, index } });
    items.push(...after);
  }
}

/**
 * Word's automatic list numbers are not part of the text mammoth gives: a body list item
 * gets a marker ("1.", "-") so that it reads as the list item it is printed as. The number
 * is the item's position in its list (the printed format, "a." or "1.1", is not known).
 */
function withListMarker(item: Extract<Item, { kind: 'paragraph' }>): string {
  if (!item.list) return item.html;
  const text = cleanText(item.html);
  if (text === '' || LIST_MARKER.test(text)) return item.html;
  return `${item.list.ordered ? `${item.list.index}.` : '-'} ${item.html}`;
}

/** The text of inline content, still HTML-escaped (cleanText decodes it); line breaks become spaces. */
function inlineHtml(node: Node): string {
  if (node instanceof TextNode) return node.rawText;
  if (!(node instanceof HTMLElement)) return '';
  switch (node.tagName) {
    case 'BR':
      return ' ';
    case 'IMG':
      return '';
    case 'A':
      // Footnote and endnote references ("[1]") are not part of the sentence.
      if (/^#(footnote|endnote|comment)-/.test(node.getAttribute('href') ?? '')) return '';
      break;
    case 'TABLE':
    case 'UL':
    case 'OL':
    case 'P':
      return ` ${node.childNodes.map(inlineHtml).join('')} `;
  }
  return node.childNodes.map(inlineHtml).join('');
}

/** The rows of a table: `tr` right under it or under its `thead`/`tbody`/`tfoot`, never those of a nested table. */
function directRows(table: HTMLElement): Array<{ tr: HTMLElement; header: boolean }> {
  const rows: Array<{ tr: HTMLElement; header: boolean }> = [];
  for (const child of table.childNodes) {
    if (!(child instanceof HTMLElement)) continue;
    if (child.tagName === 'TR') rows.push({ tr: child, header: false });
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const tr of child.childNodes) if (tr instanceof HTMLElement && tr.tagName === 'TR') rows.push({ tr, header: child.tagName === 'THEAD' });
    }
  }
  return rows;
}

function span(el: HTMLElement, name: string, max: number): number {
  const v = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, max) : 1;
}

/** The grid of a table, then the grids of the tables nested in it, depth first. */
function tableGrids(table: HTMLElement): Grid[] {
  const nested: HTMLElement[] = [];
  const grid = tableGrid(table, nested);
  return [grid, ...nested.flatMap(tableGrids)];
}

/**
 * Lay a table on its full grid: a cell spanning columns or rows puts its paragraphs in its
 * top-left position and leaves the positions it covers empty. Tables nested in cells are
 * left out of the cell's text and handed back in `nested`.
 */
function tableGrid(table: HTMLElement, nested: HTMLElement[]): Grid {
  const trs = directRows(table);
  const grid: Array<Array<Slot | undefined>> = trs.map(() => []);
  const header = trs.map(({ tr, header }) => {
    const cells = tr.childNodes.filter((td): td is HTMLElement => td instanceof HTMLElement && (td.tagName === 'TD' || td.tagName === 'TH'));
    return header || (cells.length > 0 && cells.every((td) => td.tagName === 'TH'));
  });
  trs.forEach(({ tr }, r) => {
    let c = 0;
    for (const td of tr.childNodes) {
      if (!(td instanceof HTMLElement) || (td.tagName !== 'TD' && td.tagName !== 'TH')) continue;
      while (grid[r][c] !== undefined) c++;
      const colspan = span(td, 'colspan', 1000);
      const rowspan = span(td, 'rowspan', trs.length - r);
      const paragraphs: string[] = [];
      for (const item of containerItems(td)) {
        if (item.kind === 'table') nested.push(item.el);
        // Empty paragraphs (spacing) are dropped, so that side-by-side paragraphs line up.
        else if (cleanText(item.html) !== '') paragraphs.push(item.html);
      }
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? paragraphs : [];
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return { rows: grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? [])), header };
}

const YEAR = /^(19|20)\d{2}$/;
/** A paragraph that is a figure (an amount, a percentage, a row number), not a year. */
const isFigure = (html: string) => {
  const t = cleanText(html);
  return isFigureText(t) && !YEAR.test(t);
};

/**
 * The rows of a grid as the builder takes them. A row whose cells hold several paragraphs
 * side by side is split into the rows it prints, except in the header: a header row
 * (Word's repeated header rows, or a leading row without figures) breaks its titles over
 * paragraphs ("TARGET¶KEUANGAN"), and those are joined. Rows without any text are dropped.
 */
function tableRows(grid: Grid, loc: SourceLocation, vocab: Vocabulary): RowInput[] {
  const rows: RowInput[] = [];
  let leading = true;
  grid.rows.forEach((slots, r) => {
    leading &&= !slots.some((slot) => slot.some(isFigure));
    const header = grid.header[r] || leading;
    for (const cells of header ? [slots.map((slot) => slot.join(' '))] : expandParagraphCells(slots)) {
      const row: RowInput = {
        loc: withLocation(loc),
        cells: cells.map((html) => ({
          raw: decodeEntities(html).replace(/\s+/g, ' ').trim(),
          text: rejoinFragments(cleanText(html), vocab),
          loc: withLocation(loc),
        })),
      };
      if (row.cells.some((c) => c.text !== '')) rows.push(row);
    }
  });
  return rows;
}
