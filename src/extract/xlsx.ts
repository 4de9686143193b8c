import * as XLSX from 'xlsx';
import type { CellObject, Range, WorkBook, WorkSheet } from 'xlsx';
import { Decimal } from 'decimal.js';
import type { Cell, Report, SourceLocation } from '../model/index.js';
import { InputError } from '../engine/errors.js';
import { formatNumber, plainDecimal } from '../numbers/format.js';
import { ReportBuilder, type CellInput, type RowInput } from './builder.js';
import { parseCaption } from './captions.js';
import { cleanText } from './clean.js';
import { agrees, evaluateFormula, type FormulaScope, type SheetValue } from './formula.js';
import { Vocabulary, rejoinFragments } from './fragments.js';
import { usesUpperCaseBab } from './outline.js';

/**
 * XLSX extractor. Every sheet, in workbook order, is cut into blocks at fully empty rows: a
 * block of lone text cells is text (a "Tabel 3.7 ..." title becomes the next table's caption),
 * any other block is a table. Numeric cells keep their value and the precision their number
 * format shows (`Cell.number`); formula cells keep their formula and, when the value the
 * workbook saved disagrees with what the formula gives from the cells it references, the
 * recomputed value (`Cell.formula.computed`).
 */
export function extractXlsx(file: string, data: Buffer): Report {
  const wb = readWorkbook(file, data);
  const sheets = wb.SheetNames.map((name) => readSheet(name, wb.Sheets[name]));
  const texts = sheets.flatMap((s) => s.texts);
  const reader = new WorkbookReader(file, sheets, Vocabulary.fromTexts(texts), usesUpperCaseBab(texts));
  for (const sheet of sheets) reader.readSheet(sheet);
  return {
    file,
    format: 'xlsx',
    metadata: { unit: {} },
    blocks: reader.builder.blocks,
    size: { sheets: wb.SheetNames.length },
  };
}

function corrupt(file: string, detail: string): InputError {
  return new InputError(
    file,
    { id: 'berkas XLSX rusak atau tidak dapat dibaca ({detail})', en: 'the XLSX file is corrupt or cannot be read ({detail})' },
    { detail },
  );
}

function readWorkbook(file: string, data: Buffer): WorkBook {
  // SheetJS reads any bytes as CSV: only a ZIP archive is a workbook here.
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) throw corrupt(file, 'not a ZIP archive');
  let wb: WorkBook;
  try {
    wb = XLSX.read(data, { type: 'buffer', cellFormula: true, cellNF: true, cellDates: false, dense: false });
  } catch (err) {
    throw corrupt(file, (err as Error).message || String(err));
  }
  if (!wb || !Array.isArray(wb.SheetNames) || wb.SheetNames.length === 0) throw corrupt(file, 'no worksheet');
  return wb;
}

// ---- sheets ---------------------------------------------------------------------------

interface Sheet {
  name: string;
  ws: WorkSheet;
  /** The used range, or undefined for an empty sheet. */
  range?: Range;
  /** Cells hidden under a merged range (not its top-left cell): read as empty. */
  covered: Set<string>;
  /** Clean texts of the sheet's text cells, for the vocabulary. */
  texts: string[];
  /** Non-empty columns of each row, once computed. */
  filled: Map<number, number[]>;
}

function readSheet(name: string, ws: WorkSheet | undefined): Sheet {
  const sheet: Sheet = { name, ws: ws ?? {}, covered: new Set(), texts: [], filled: new Map() };
  const ref = ws?.['!ref'];
  if (!ws || !ref) return sheet;
  // The range the cells really use: a declared range may cover a whole formatted sheet.
  const declared = XLSX.utils.decode_range(ref);
  const used = { s: { r: Infinity, c: Infinity }, e: { r: -1, c: -1 } };
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    if (r < declared.s.r || r > declared.e.r || c < declared.s.c || c > declared.e.c) continue;
    used.s.r = Math.min(used.s.r, r);
    used.s.c = Math.min(used.s.c, c);
    used.e.r = Math.max(used.e.r, r);
    used.e.c = Math.max(used.e.c, c);
  }
  if (used.e.r < 0) return sheet;
  sheet.range = used;
  for (const m of ws['!merges'] ?? []) {
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) sheet.covered.add(XLSX.utils.encode_cell({ r, c }));
    }
  }
  const { s, e } = sheet.range;
  for (let r = s.r; r <= e.r; r++) {
    for (let c = s.c; c <= e.c; c++) {
      const cell = cellAt(sheet, r, c);
      if (cell?.t === 's' && typeof cell.v === 'string') {
        const t = cleanCellText(cell.v);
        if (t) sheet.texts.push(t);
      }
    }
  }
  return sheet;
}

function cellAt(sheet: Sheet, r: number, c: number): CellObject | undefined {
  const addr = XLSX.utils.encode_cell({ r, c });
  if (sheet.covered.has(addr)) return undefined;
  const cell = sheet.ws[addr] as CellObject | undefined;
  return cell && typeof cell === 'object' && 't' in cell ? cell : undefined;
}

/** Line breaks inside a cell (Alt+Enter) are spaces in the text. */
const cleanCellText = (v: string) => cleanText(v.replace(/\s*\r?\n\s*/g, ' '));

// ---- number formats -------------------------------------------------------------------

interface NumberFormat {
  /** Decimals shown; undefined for General (the value's own decimals). */
  decimals?: number;
  /** Optional decimals ("#" after the point) shown when the value has them. */
  optional: number;
  percent: boolean;
  /** Trailing commas scale by thousands ("#,##0,," shows millions). */
  scale: number;
  /** Negative numbers shown in parentheses. */
  negativeParens: boolean;
  /** Zero shown as a dash (accounting formats). */
  zeroDash: boolean;
  /** A "Rp" currency sign. */
  rupiah: boolean;
  date: boolean;
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
};

/** Split a format into its sections at ";" outside quotes, brackets and escapes. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (!quoted && !bracket && ch === '\\' && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === '[' && !quoted) bracket = true;
    else if (ch === ']' && !quoted) bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** A section with literals removed: what is left are the placeholders and symbols. */
function skeleton(section: string): { code: string; literals: string } {
  let code = '';
  let literals = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literals += section.slice(i + 1, stop);
      i = stop;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      if (inner.startsWith('$')) literals += inner.slice(1).split('-')[0];
      i = stop;
    } else if (ch === '\\') {
      literals += section[i + 1] ?? '';
      i++;
    } else if (ch === '_' || ch === '*') {
      i++; // padding / fill character
    } else code += ch;
  }
  return { code, literals };
}

const formatCache = new Map<string, NumberFormat>();

function numberFormat(z: CellObject['z']): NumberFormat {
  const fmt = typeof z === 'number' ? (BUILTIN_FORMATS[z] ?? 'General') : typeof z === 'string' && z.trim() ? z : 'General';
  let f = formatCache.get(fmt);
  if (f) return f;
  const parts = sections(fmt);
  const first = skeleton(parts[0]);
  const code = first.code;
  let date = false;
  try {
    date = XLSX.SSF.is_date(fmt) === true;
  } catch {
    date = false;
  }
  const general = /general/i.test(code) || !/[0#?]/.test(code) || /E[+-]/i.test(code);
  f = {
    decimals: undefined,
    optional: 0,
    percent: code.includes('%'),
    scale: 0,
    negativeParens: parts.length > 1 && skeleton(parts[1]).code.includes('('),
    // Accounting formats: zero is '_(* "-"??_)', a dash and blank placeholders.
    zeroDash: parts.length > 2 && !/0/.test(skeleton(parts[2]).code) && /-/.test(skeleton(parts[2]).literals + skeleton(parts[2]).code),
    rupiah: /\brp\b/i.test(first.literals) || /^rp/i.test(first.literals.trim()),
    date,
  };
  if (!general) {
    const point = /\.([0#?]+)/.exec(code);
    f.decimals = point ? (point[1].match(/0/g) ?? []).length : 0;
    f.optional = point ? point[1].length - f.decimals : 0;
    const trailing = /[0#?](,+)[^0#?]*$/.exec(code);
    f.scale = trailing ? trailing[1].length : 0;
  }
  formatCache.set(fmt, f);
  return f;
}

/** The figure a numeric cell shows: its value at the precision of its format, and its text. */
function showNumber(v: number, z: CellObject['z']): { number: NonNullable<Cell['number']>; text: string } | { date: string } {
  const f = numberFormat(z);
  if (f.date) return { date: dateText(v, z) };
  let value = new Decimal(v);
  if (f.percent) value = value.times(100);
  if (f.scale) value = value.div(new Decimal(1000).pow(f.scale));
  let decimals: number;
  if (f.decimals === undefined) decimals = Math.min(value.toSignificantDigits(15).decimalPlaces(), 10);
  else if (f.optional > 0) decimals = Math.max(f.decimals, value.toDecimalPlaces(f.decimals + f.optional, Decimal.ROUND_HALF_UP).decimalPlaces());
  else decimals = f.decimals;
  const plain = plainDecimal(value, decimals);
  const shown = new Decimal(plain);
  let text: string;
  if (shown.isZero() && f.zeroDash) text = '-';
  else if (shown.isNegative() && !shown.isZero() && f.negativeParens) text = `(${formatNumber(shown.abs(), decimals, 'id')}${f.percent ? '%' : ''})`;
  else text = formatNumber(shown, decimals, 'id') + (f.percent ? '%' : '');
  if (f.rupiah && text !== '-') text = `Rp ${text}`;
  return { number: { value: plain, decimals, percent: f.percent }, text };
}

function dateText(v: number, z: CellObject['z']): string {
  try {
    return String(XLSX.SSF.format(typeof z === 'string' ? z : 'dd/mm/yyyy', v));
  } catch {
    return String(v);
  }
}

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function errorText(v: unknown): string {
  if (typeof v === 'number') return ERRORS[v] ?? '#ERROR!';
  return typeof v === 'string' && v.startsWith('#') ? v : '#ERROR!';
}

/** A numeric cell holding a figure (not a date). */
function isFigureCell(cell: CellObject | undefined): boolean {
  return cell !== undefined && cell.t === 'n' && typeof cell.v === 'number' && !numberFormat(cell.z).date;
}

/** Decimal at the precision a spreadsheet keeps (15 significant digits), in plain notation. */
const sheetDecimal = (v: Decimal | number) => plainDecimal(new Decimal(v).toSignificantDigits(15));

// ---- reading ----------------------------------------------------------------------------

type CellContent = Omit<CellInput, 'loc'>;

class WorkbookReader {
  readonly builder: ReportBuilder;
  private readonly byName = new Map<string, Sheet>();

  constructor(
    private readonly file: string,
    sheets: Sheet[],
    private readonly vocab: Vocabulary,
    upperCaseBab: boolean,
  ) {
    this.builder = new ReportBuilder({ upperCaseBab });
    for (const s of sheets) this.byName.set(s.name.toLowerCase(), s);
  }

  private loc(sheet: Sheet, cell: string): SourceLocation {
    return { file: this.file, sheet: sheet.name, cell };
  }

  readSheet(sheet: Sheet): void {
    const range = sheet.range;
    if (!range) return;
    const blocks = this.blocks(sheet, range);
    // A sheet named "Tabel 3.7" whose table has no caption row of its own is captioned by its name.
    if (parseCaption(sheet.name)) {
      const firstTable = blocks.findIndex((b) => b.kind === 'table');
      const before = firstTable < 0 ? [] : blocks.slice(0, firstTable);
      const ownCaption = before.some((b) => b.rows.some((r) => parseCaption(this.loneText(sheet, r, range) ?? '')));
      if (firstTable >= 0 && !ownCaption) this.builder.addText(cleanText(sheet.name), { file: this.file, sheet: sheet.name });
    }
    for (const b of blocks) {
      if (b.kind === 'text') {
        for (const r of b.rows) {
          const c = this.loneColumn(sheet, r, range);
          if (c < 0) continue;
          const text = this.loneText(sheet, r, range) ?? '';
          this.builder.addText(cleanText(text), this.loc(sheet, XLSX.utils.encode_cell({ r, c })));
        }
      } else this.emitTable(sheet, b.rows, range);
    }
  }

  /** Rows cut at fully empty rows; tables lose leading title rows and trailing source notes. */
  private blocks(sheet: Sheet, range: Range): Array<{ kind: 'text' | 'table'; rows: number[] }> {
    const runs: number[][] = [];
    let cur: number[] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      if (this.filledColumns(sheet, r, range).length === 0) {
        if (cur.length) runs.push(cur);
        cur = [];
      } else cur.push(r);
    }
    if (cur.length) runs.push(cur);
    const out: Array<{ kind: 'text' | 'table'; rows: number[] }> = [];
    for (const run of runs) {
      if (run.every((r) => this.isTextRow(sheet, r, range))) {
        out.push({ kind: 'text', rows: run });
        continue;
      }
      let start = 0;
      while (start < run.length - 1 && this.isTitleRow(sheet, run[start], range)) start++;
      let end = run.length;
      while (end - 1 > start && this.isTextRow(sheet, run[end - 1], range) && NOTE.test(this.loneText(sheet, run[end - 1], range) ?? '')) end--;
      if (start > 0) out.push({ kind: 'text', rows: run.slice(0, start) });
      out.push({ kind: 'table', rows: run.slice(start, end) });
      if (end < run.length) out.push({ kind: 'text', rows: run.slice(end) });
    }
    return out;
  }

  private filledColumns(sheet: Sheet, r: number, range: Range): number[] {
    let cols = sheet.filled.get(r);
    if (cols) return cols;
    cols = [];
    for (let c = range.s.c; c <= range.e.c; c++) if (!isEmptyCell(cellAt(sheet, r, c))) cols.push(c);
    sheet.filled.set(r, cols);
    return cols;
  }

  /** At most one non-empty cell, and not a figure. */
  private isTextRow(sheet: Sheet, r: number, range: Range): boolean {
    const cols = this.filledColumns(sheet, r, range);
    return cols.length <= 1 && cols.every((c) => !isFigureCell(cellAt(sheet, r, c)));
  }

  /** A title above a table: one text cell, in the first column, merged across, or a caption. */
  private isTitleRow(sheet: Sheet, r: number, range: Range): boolean {
    const cols = this.filledColumns(sheet, r, range);
    if (cols.length !== 1 || !this.isTextRow(sheet, r, range)) return false;
    const c = cols[0];
    const text = this.loneText(sheet, r, range) ?? '';
    if (parseCaption(text)) return true;
    const merged = (sheet.ws['!merges'] ?? []).some((m) => m.s.r === r && m.s.c === c && m.e.c > m.s.c);
    return merged || c === range.s.c;
  }

  private loneColumn(sheet: Sheet, r: number, range: Range): number {
    return this.filledColumns(sheet, r, range)[0] ?? -1;
  }

  private loneText(sheet: Sheet, r: number, range: Range): string | undefined {
    const c = this.loneColumn(sheet, r, range);
    if (c < 0) return undefined;
    const cell = cellAt(sheet, r, c);
    if (cell?.t === 's') return cleanCellText(String(cell.v ?? ''));
    return this.content(sheet, cell, r, c).text;
  }

  private emitTable(sheet: Sheet, rows: number[], range: Range): void {
    let c0 = Infinity;
    let c1 = -Infinity;
    for (const r of rows) {
      for (const c of this.filledColumns(sheet, r, range)) {
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }
    }
    if (!Number.isFinite(c0)) return;
    const out: RowInput[] = rows.map((r) => {
      const cells: CellInput[] = [];
      for (let c = c0; c <= c1; c++) {
        const addr = XLSX.utils.encode_cell({ r, c });
        cells.push({ ...this.content(sheet, cellAt(sheet, r, c), r, c), loc: this.loc(sheet, addr) });
      }
      return { cells, loc: this.loc(sheet, XLSX.utils.encode_cell({ r, c: c0 })) };
    });
    const ref = XLSX.utils.encode_range({ s: { r: rows[0], c: c0 }, e: { r: rows[rows.length - 1], c: c1 } });
    this.builder.addTable(out, this.loc(sheet, ref));
  }

  /** Text, raw text, figure and formula of one cell. */
  private content(sheet: Sheet, cell: CellObject | undefined, r: number, c: number): CellContent {
    if (!cell || isEmptyCell(cell)) return { text: '', raw: '' };
    const formulaText = typeof cell.f === 'string' && cell.f !== '' ? `=${cell.f.replace(/^=/, '')}` : undefined;
    if (cell.t === 'n' || (formulaText && cell.v === undefined)) {
      let v = typeof cell.v === 'number' ? cell.v : undefined;
      let computed: Decimal | undefined;
      if (formulaText) computed = evaluateFormula(formulaText, this.scope(sheet));
      // A formula saved without its value (written by a program that does not calculate):
      // a spreadsheet program shows what the formula gives.
      const uncached = v === undefined;
      if (uncached && computed) v = computed.toNumber();
      if (v === undefined) return { text: '', raw: '', formula: formulaText ? { text: formulaText, cached: '' } : undefined };
      const shown = showNumber(v, cell.z);
      const content: CellContent =
        'date' in shown ? { text: shown.date, raw: String(v) } : { text: shown.text, raw: String(v), number: shown.number };
      if (formulaText) {
        const cached = uncached && computed ? computed : new Decimal(v);
        content.formula = { text: formulaText, cached: sheetDecimal(cached) };
        if (!uncached && computed && !agrees(computed, cached)) content.formula.computed = sheetDecimal(computed);
      }
      return content;
    }
    let text: string;
    let raw: string;
    switch (cell.t) {
      case 's':
        raw = String(cell.v ?? '');
        text = rejoinFragments(cleanCellText(raw), this.vocab);
        break;
      case 'b':
        raw = String(cell.v);
        text = cell.v ? 'TRUE' : 'FALSE';
        break;
      case 'e':
        raw = errorText(cell.v);
        text = raw;
        break;
      case 'd':
        raw = cell.v instanceof Date ? cell.v.toISOString() : String(cell.v ?? '');
        text = cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : raw;
        break;
      default:
        raw = String(cell.v ?? '');
        text = cleanCellText(raw);
    }
    return formulaText ? { text, raw, formula: { text: formulaText, cached: raw } } : { text, raw };
  }

  private scope(sheet: Sheet): FormulaScope {
    return {
      sheet: sheet.name,
      lookup: (name, r, c) => {
        const s = this.byName.get(name.toLowerCase());
        if (!s) return undefined;
        return sheetValue(cellAt(s, r, c));
      },
      bounds: (name) => {
        const s = this.byName.get(name.toLowerCase());
        return s?.range ? { rows: s.range.e.r, cols: s.range.e.c } : undefined;
      },
    };
  }
}

/** A cell that shows nothing: none, a stub, blank text; a formula is never empty. */
function isEmptyCell(cell: CellObject | undefined): boolean {
  if (!cell || (cell.t === 'z' && !cell.f)) return true;
  if (cell.t === 's') return cleanCellText(String(cell.v ?? '')) === '';
  if (cell.t === 'n') return typeof cell.v !== 'number' && !cell.f;
  return cell.v === undefined && !cell.f;
}

const NOTE = /^(sumber|keterangan|ket\s*[.:]|catatan|note|\*)/i;

/** A referenced cell, as the formula evaluator reads it; formula cells give their cached value. */
function sheetValue(cell: CellObject | undefined): SheetValue {
  if (!cell) return { kind: 'empty' };
  // A formula saved without its value (SheetJS reads it as an empty or error cell).
  if (cell.f && cell.v === undefined) return { kind: 'formula', formula: cell.f };
  switch (cell.t) {
    case 'z':
      return { kind: 'empty' };
    case 'n':
      return typeof cell.v === 'number' ? { kind: 'number', value: cell.v } : { kind: 'empty' };
    case 's': {
      const v = String(cell.v ?? '');
      // An empty string (a blank written as text, or a formula giving "") counts as blank.
      if (v.trim() === '') return { kind: 'empty' };
      return { kind: 'text', text: v };
    }
    case 'b':
      return { kind: 'bool', value: cell.v === true };
    default:
      return { kind: 'error' };
  }
}
