import type { Report, SourceLocation } from '../model/index.js';
import { InputError } from '../engine/errors.js';
import { ReportBuilder, type RowInput } from './builder.js';
import { cleanText } from './clean.js';
import { ROW_START } from './captions.js';
import { Vocabulary, isBrokenWord, rejoinFragments, resolveLineBreaks } from './fragments.js';
import { usesUpperCaseBab } from './outline.js';
import { unionBox, type Box, type Ruling, type TextRun } from './pdf/geometry.js';
import { groupLines, type TextLine } from './pdf/lines.js';
import { readDocumentPage, type DocumentPage } from './pdf/page.js';
import { loadPdfjs, openPdf, type PdfDocument } from './pdf/pdfjs.js';
import { readInWorker, workerPagesFrom } from './pdf/offload.js';
import { ruledTables, unruledTables, type PdfTable } from './pdf/tables.js';

type Element = { kind: 'text'; lines: TextLine[]; page: number } | { kind: 'table'; table: PdfTable; pages: number[] };

interface RawPage {
  number: number;
  height: number;
  lines: TextLine[];
  rulings: Ruling[];
}

interface PageContent {
  number: number;
  height: number;
  elements: Element[];
}

/**
 * PDF extractor: text runs with their positions, lines and paragraphs, tables from their
 * ruling lines or, without borders, from the alignment of their columns; running headers,
 * footers and page numbers left out; a table continued on the next page joined, its repeated
 * header dropped. Locations are the page and the box (points, origin bottom-left).
 */
export async function extractPdf(file: string, data: Buffer): Promise<Report> {
  const pdfjs = await loadPdfjs();
  let doc: PdfDocument;
  try {
    doc = await openPdf(new Uint8Array(data));
  } catch (err) {
    throw pdfError(file, err);
  }
  // A worker thread reads the last pages while this thread reads the first ones.
  const workerFrom = workerPagesFrom(doc.numPages);
  const fromWorker = workerFrom <= doc.numPages ? readInWorker(data, workerFrom) : undefined;
  const pages: PageContent[] = [];
  let characters = 0;
  let readingThreads = 1;
  try {
    const read: DocumentPage[] = [];
    for (let n = 1; n <= (fromWorker ? workerFrom - 1 : doc.numPages); n++) read.push(await readDocumentPage(doc, n, pdfjs.OPS));
    const shared = fromWorker ? await fromWorker : undefined;
    if (shared) {
      read.push(...shared.pages);
      readingThreads = 2;
    } else for (let n = read.length + 1; n <= doc.numPages; n++) read.push(await readDocumentPage(doc, n, pdfjs.OPS));
    const raw: RawPage[] = read.map((p, i) => ({ number: i + 1, height: p.height, lines: groupLines(p.runs), rulings: p.rulings }));
    for (const p of raw) for (const l of p.lines) for (const r of l.runs) characters += r.text.length;
    const repeated = runningLines(raw);
    for (const p of raw) {
      const lines = p.lines.filter((l) => !repeated.has(l));
      // Borders count only where the text looks tabular (a line of several runs apart).
      const tabular = lines.filter((l) => hasGap(l)).length >= 2;
      pages.push({ number: p.number, height: p.height, elements: layoutPage(p.number, lines, tabular ? p.rulings : []) });
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw pdfError(file, err);
  } finally {
    await doc.destroy();
  }
  if (characters < 20 && doc.numPages > 0) {
    throw new InputError(file, {
      id: 'PDF ini tidak memiliki lapisan teks (hasil pindaian/gambar): jalankan OCR terlebih dahulu',
      en: 'this PDF has no text layer (a scan or images): run OCR on it first',
    });
  }
  const vocab = vocabularyOf(pages);
  const elements = joinContinuedTables(pages, vocab);
  const report = buildReport(file, elements, pages, vocab);
  report.size = { pages: pages.length, readingThreads };
  return report;
}

/** Two runs of the line stand apart (cells of a row, or tab stops), not one flowing sentence. */
function hasGap(l: TextLine): boolean {
  for (let k = 1; k < l.runs.length; k++) if (l.runs[k].x0 - l.runs[k - 1].x1 > l.size * 0.25) return true;
  return false;
}

function pdfError(file: string, err: unknown): InputError {
  const name = (err as { name?: string })?.name ?? '';
  const detail = String((err as Error)?.message ?? err).slice(0, 120);
  if (name === 'PasswordException') {
    return new InputError(file, { id: 'PDF terenkripsi/dilindungi kata sandi: buka kuncinya terlebih dahulu', en: 'the PDF is encrypted (password protected): unlock it first' });
  }
  // pdfjs words this one for the end of a truncated download; its other messages stay as written.
  if (name === 'InvalidPDFException') {
    return new InputError(file, { id: 'PDF rusak atau terpotong (strukturnya tidak sah)', en: 'the PDF is corrupt or truncated (invalid PDF structure)' });
  }
  return new InputError(file, { id: 'PDF rusak atau terpotong ({detail})', en: 'the PDF is corrupt or truncated ({detail})' }, { detail });
}

/**
 * Running headers and footers: lines in the top or bottom band of the page that recur (digits
 * aside) on many pages, and lone page numbers there.
 */
function runningLines(pages: RawPage[]): Set<TextLine> {
  const out = new Set<TextLine>();
  const keyed = pages.map((p) => {
    const band = p.height * 0.08;
    return p.lines
      .filter((l) => l.top < band || l.bottom > p.height - band)
      .map((l) => ({ key: l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' '), line: l }));
  });
  const counts = new Map<string, number>();
  for (const page of keyed) for (const k of new Set(page.map((l) => l.key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));
  for (const page of keyed) {
    for (const l of page) {
      const pageNumber = /^(hal(aman)?\.?\s*|page\s*)?[-–]?\s*(#|[ivxlc]+)\s*[-–]?(\s*(dari|of)\s*#)?$/i.test(l.key);
      if (pageNumber || (counts.get(l.key) ?? 0) >= threshold) out.add(l.line);
    }
  }
  return out;
}

function layoutPage(page: number, pageLines: TextLine[], rulings: Parameters<typeof ruledTables>[1]): Element[] {
  const ruled = ruledTables(pageLines.flatMap((l) => l.runs), rulings);
  // Lines wholly outside the ruled tables stay as they are, lines inside go; the few in part
  // inside are regrouped from their remaining runs.
  let lines = pageLines;
  if (ruled.used.size > 0) {
    const partial: TextRun[] = [];
    lines = [];
    for (const l of pageLines) {
      const left = l.runs.filter((r) => !ruled.used.has(r));
      if (left.length === l.runs.length) lines.push(l);
      else partial.push(...left);
    }
    if (partial.length) lines = [...lines, ...groupLines(partial)].sort((a, b) => a.y - b.y);
  }
  const unruled = unruledTables(lines);
  const elements: Array<Element & { top: number }> = [];
  for (const t of [...ruled.tables, ...unruled.tables]) elements.push({ kind: 'table', table: t, pages: t.rows.map(() => page), top: t.top });
  let paragraph: TextLine[] = [];
  const flush = () => {
    if (paragraph.length) elements.push({ kind: 'text', lines: paragraph, page, top: paragraph[0].top });
    paragraph = [];
  };
  for (const l of lines.filter((x) => !unruled.used.has(x))) {
    const prev = paragraph[paragraph.length - 1];
    if (prev && startsParagraph(prev, l)) flush();
    paragraph.push(l);
  }
  flush();
  return elements.sort((a, b) => a.top - b.top);
}

const NEW_ITEM = /^([-•]|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)]|bab\s+[ivx]+\b|tabel\s+\d|\d{1,2}(\.\d{1,2})+\.?\s)/i;

/** A new paragraph: a wider gap, another font or size, a list marker or heading, or a line after a colon. */
function startsParagraph(prev: TextLine, l: TextLine): boolean {
  if (l.y - prev.y > Math.max(prev.size, l.size) * 1.5) return true;
  if (Math.abs(l.size - prev.size) > 0.5 || l.font !== prev.font) return true;
  if (NEW_ITEM.test(l.text)) return true;
  return /[:;]$/.test(prev.text);
}

/** A table that ends a page and one that starts the next, with the same columns, are one table. */
function joinContinuedTables(pages: PageContent[], vocab: Vocabulary): Array<{ element: Element; page: number }> {
  const out: Array<{ element: Element; page: number }> = [];
  for (const p of pages) {
    p.elements.forEach((e, i) => {
      const last = out[out.length - 1];
      if (i === 0 && e.kind === 'table' && last?.element.kind === 'table' && last.page === p.number - 1 && sameColumns(last.element.table, e.table)) {
        const first = last.element.table;
        const repeated = repeatedHeaderRows(first, e.table);
        let rest = e.table.rows.slice(repeated);
        let restPages = e.pages.slice(repeated);
        // A row broken by the page: its second half only continues the words of the first.
        if (rest.length && continuesRow(first.rows[first.rows.length - 1], rest[0], vocab)) {
          const lastRow = first.rows[first.rows.length - 1];
          rest[0].forEach((c, k) => (lastRow[k].text = c.text ? `${lastRow[k].text}\n${c.text}` : lastRow[k].text));
          rest = rest.slice(1);
          restPages = restPages.slice(1);
        }
        first.rows.push(...rest);
        last.element.pages.push(...restPages);
        last.page = p.number;
        return;
      }
      out.push({ element: e, page: p.number });
    });
  }
  return out;
}

/**
 * The first row of a page that only carries on the row above, broken by the page: no row
 * number, no figure, text only under cells that have text, or words that only complete the
 * words above ("KEUANGA" / "N").
 */
function continuesRow(above: PdfTable['rows'][number], row: PdfTable['rows'][number], vocab: Vocabulary): boolean {
  const filled = row.map((c, k) => [c.text, above[k]?.text ?? ''] as const).filter(([t]) => t);
  if (filled.length === 0) return false;
  const completesWord = ([t, up]: readonly [string, string]) => {
    const a = up.match(/\p{L}+$/u)?.[0];
    const b = t.match(/^\p{L}+/u)?.[0];
    return !!a && !!b && isBrokenWord(a, b, vocab);
  };
  if (filled.every(([t, up]) => up && (/^\p{Ll}/u.test(t) || completesWord([t, up])))) return true;
  const isFigure = (t: string) => {
    const bare = t.trim().replace(/^(rp\.?|idr)\s*/i, '');
    return (/\d/.test(bare) && !/\p{L}/u.test(bare)) || /^[-–—]+$/.test(bare);
  };
  const hasFigure = (r: PdfTable['rows'][number]) => r.some((c) => isFigure(c.text));
  const numbered = row[0]?.text !== '';
  // A header row broken by the page: words under words, no figure on either side.
  if (!hasFigure(above) && !hasFigure(row) && filled.every(([, up]) => up !== '')) return true;
  const ownRow = filled.some(([t]) => ROW_START.test(t));
  return !numbered && !hasFigure(row) && !ownRow && filled.every(([, up]) => up !== '');
}

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.columns.length === b.columns.length && a.columns.every((x, k) => Math.abs(x - b.columns[k]) < 3);
}

const rowText = (r: PdfTable['rows'][number]) => r.map((c) => c.text).join('|');

/** The leading rows of a continuation that repeat the first rows of the table (its header). */
function repeatedHeaderRows(first: PdfTable, next: PdfTable): number {
  let k = 0;
  while (k < next.rows.length && k < first.rows.length && k < 4 && rowText(next.rows[k]) === rowText(first.rows[k]) && rowText(first.rows[k]).replace(/\|/g, '') !== '') k++;
  return k;
}

function boxLoc(file: string, page: number, height: number, b: Box): SourceLocation {
  const r = (v: number) => Math.round(v * 10) / 10;
  return { file, page, box: { x: r(b.x0), y: r(height - b.bottom), width: r(b.x1 - b.x0), height: r(b.bottom - b.top) } };
}

function vocabularyOf(pages: PageContent[]): Vocabulary {
  const texts: string[] = [];
  for (const p of pages) {
    for (const e of p.elements) {
      if (e.kind === 'text') texts.push(...e.lines.map((l) => l.text));
      else for (const row of e.table.rows) texts.push(...row.map((c) => c.text));
    }
  }
  // PDF text carries no markup: the words go to the vocabulary as they are.
  return Vocabulary.fromTexts(texts.flatMap((t) => t.split('\n')));
}

function buildReport(file: string, elements: Array<{ element: Element; page: number }>, pages: PageContent[], vocab: Vocabulary): Report {
  const height = new Map(pages.map((p) => [p.number, p.height]));
  const repair = (t: string) => rejoinFragments(cleanText(resolveLineBreaks(t, vocab)), vocab);
  const paragraphs = elements.flatMap(({ element: e }) => (e.kind === 'text' ? [e.lines.map((l) => l.text).join(' ')] : []));
  const builder = new ReportBuilder({ upperCaseBab: usesUpperCaseBab(paragraphs) });
  for (const { element } of elements) {
    if (element.kind === 'text') {
      const page = element.page;
      const text = repair(element.lines.map((l) => l.text).join('\n'));
      builder.addText(text, boxLoc(file, page, height.get(page)!, unionBox(element.lines)));
      continue;
    }
    const t = element.table;
    const rows: RowInput[] = t.rows.map((row, i) => {
      const page = element.pages[i];
      const h = height.get(page)!;
      return {
        loc: boxLoc(file, page, h, unionBox(row)),
        cells: row.map((c) => ({ raw: c.text, text: repair(c.text), loc: boxLoc(file, page, h, c) })),
      };
    });
    const first = element.pages[0];
    builder.addTable(rows, boxLoc(file, first, height.get(first)!, t));
  }
  return { file, format: 'pdf', metadata: { unit: {} }, blocks: builder.blocks };
}
