import { clip } from '../src/text/clip.js';
import { Decimal } from 'decimal.js';
import type { SourceLocation } from '../src/model/index.js';
import type { Lang, RelatedLocation, Rule, RuleContext } from '../src/engine/types.js';
import type { ColumnInfo, DataRow, TableModel } from '../src/normalise/types.js';
import { parseNumber, type ParsedNumber } from '../src/numbers/parse.js';
import { cellLocation, columnName, plainDecimal, rowName, showNumber, showStated, tableName } from '../src/rulekit/describe.js';
import { textNumbers } from '../src/rulekit/text.js';
import { isNumberPiece, readTerbilang, tokenizeTerbilang, type TerbilangReading, type TerbilangToken } from '../src/terbilang/parse.js';

/** An amount in digits and the words stating it, as found in one text (a paragraph or a cell). */
interface AmountInWords {
  number: ParsedNumber;
  /** The words as written, from the first number word to the last (incl. "Rupiah"). */
  words: string;
  reading: TerbilangReading;
  /** Offsets of the digits and of the words in the text searched. */
  numberStart: number;
  numberEnd: number;
  wordsStart: number;
  wordsEnd: number;
}

/** Words that may open the parenthesis before the number words: "(terbilang: …)", "(sebesar …)". */
const LEAD = new Set(['terbilang', 'sebesar', 'senilai', 'sejumlah', 'yaitu']);
const WINDOW = 400;

const startsNumber = (t: TerbilangToken) => ['digit', 'se', 'fraction'].includes(t.pieces[0].kind);
const isNumberish = (t: TerbilangToken) => t.pieces.some((p) => isNumberPiece(p) || p.kind === 'rupiah' || p.kind === 'sen');
const hasRupiah = (ts: TerbilangToken[]) => ts.some((t) => t.pieces.some((p) => p.kind === 'rupiah'));
const isFiller = (t: TerbilangToken) => t.pieces.every((p) => p.kind === 'filler');

/**
 * The number words of a parenthesis (or a cell): leading "terbilang"/"sebesar" dropped; they must
 * start with a number word; words after the last number word are allowed only after "Rupiah" or
 * when they are fillers ("saja"). "(lima ribu orang)" is a count with its unit, not an amount.
 */
function wordsOf(tokens: TerbilangToken[]): TerbilangToken[] | undefined {
  let from = 0;
  while (from < tokens.length && (LEAD.has(tokens[from].text.toLowerCase()) || isFiller(tokens[from]))) from++;
  if (from >= tokens.length || !startsNumber(tokens[from])) return undefined;
  let to = tokens.length - 1;
  while (to >= from && !isNumberish(tokens[to])) to--;
  const words = tokens.slice(from, to + 1);
  const trailing = tokens.slice(to + 1);
  if (trailing.some((t) => !isFiller(t)) && !hasRupiah(words)) return undefined;
  return words;
}

/** Do the words open, after any "terbilang"/"sebesar" or filler, with a number word? (`wordsOf`'s first test) */
function opensWithNumberWord(text: string): boolean {
  const head = /^\P{L}*(?:[\p{L}\p{N}]+\P{L}+){0,4}/u.exec(text)?.[0] ?? text;
  const first = tokenizeTerbilang(head).find((t) => !LEAD.has(t.text.toLowerCase()) && !isFiller(t));
  // Only fillers so far: leave the answer to the full reading.
  return first === undefined || startsNumber(first);
}

/**
 * Number words right before "(Rp 1.000.000)", ending in "Rupiah": walked back from the
 * parenthesis over number words (one unreadable word between two number words is kept, so a
 * typo does not cut the words short) and stopped by punctuation.
 */
function wordsBefore(tokens: TerbilangToken[], text: string): TerbilangToken[] | undefined {
  let end = tokens.length - 1;
  while (end >= 0 && isFiller(tokens[end])) end--;
  if (end < 0 || !hasRupiah([tokens[end]])) return undefined;
  let start = end;
  for (let k = end - 1; k >= 0; k--) {
    if (!/^\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    if (hasRupiah([tokens[k]])) break; // the end of an earlier amount in words
    if (isNumberish(tokens[k])) start = k;
    else if (k > 0 && isNumberish(tokens[k - 1]) && isNumberish(tokens[k + 1]) && /^\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) continue;
    else break;
  }
  while (start < end && !startsNumber(tokens[start])) start++;
  if (start >= end) return undefined;
  return tokens.slice(start, end + 1);
}

function pair(n: ParsedNumber, numberStart: number, numberEnd: number, words: TerbilangToken[], text: string, offset: number): AmountInWords | undefined {
  const reading = readTerbilang(words);
  if (!reading) return undefined;
  const wordsStart = offset + words[0].start;
  const wordsEnd = offset + words[words.length - 1].end;
  return { number: n, words: text.slice(wordsStart, wordsEnd), reading, numberStart, numberEnd, wordsStart, wordsEnd };
}

/** Amounts in digits with their words in parentheses after them, or before "(Rp …)", in a text. */
function amountsInWords(text: string): AmountInWords[] {
  const out: AmountInWords[] = [];
  for (const f of textNumbers(text)) {
    if (f.number.percent || f.number.empty || f.number.value.isNegative()) continue;
    const after = /^\s*\(([^()]{1,400})\)/.exec(text.slice(f.end, f.end + WINDOW + 10));
    if (after) {
      const offset = f.end + after[0].indexOf('(') + 1;
      const words = wordsOf(tokenizeTerbilang(after[1]));
      const found = words && pair(f.number, f.start, f.end, words, text, offset);
      if (found) out.push(found);
      continue;
    }
    const open = /\(\s*$/.exec(text.slice(Math.max(0, f.start - 10), f.start));
    if (open && /^\s*\)/.test(text.slice(f.end))) {
      const paren = f.start - (open[0].length - open[0].indexOf('('));
      const from = Math.max(0, paren - WINDOW);
      const window = text.slice(from, paren);
      const words = wordsBefore(tokenizeTerbilang(window), window);
      const found = words && pair(f.number, f.start, f.end, words, text, from);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Money (Rp, or words in Rupiah) or a figure of 1.000 and more; smaller bare counts ("5 (lima)") are left to the counts rules. */
function isMoney(a: AmountInWords): boolean {
  return a.number.currency || !!a.reading.rupiah;
}
const inScope = (a: AmountInWords) => isMoney(a) || a.number.value.gte(1000);

const q = (s: string) => `"${s}"`;

function issueNote(r: TerbilangReading, lang: Lang, figure: Decimal): { note: string; repair: string } {
  const notes: string[] = [];
  const repairs: string[] = [];
  for (const i of r.issues ?? []) {
    if (i.kind === 'missing-scale') {
      const fix = i.fix ? (lang === 'id' ? ` (kata ${q(i.fix)} hilang?)` : ` (${q(i.fix)} missing?)`) : '';
      notes.push(lang === 'id' ? `sesudah ${q(i.words)} tidak ada kata ribu/juta/miliar${fix}` : `${q(i.words)} has no scale word (ribu/juta/miliar) after it${fix}`);
      if (i.fix && i.repaired?.eq(figure)) repairs.push(lang === 'id' ? `dengan ${q(i.fix)} terbilang itu sama dengan angkanya` : `with ${q(i.fix)} the words match the figure`);
    } else {
      notes.push(
        lang === 'id'
          ? `kata ${q(i.scale!)} sesudah ${q(i.words)} mengulang skala yang sudah dilewati`
          : `${q(i.scale!)} after ${q(i.words)} repeats a scale already passed`,
      );
      if (i.fix !== undefined && i.repaired?.eq(figure)) {
        const how = i.fix === '' ? (lang === 'id' ? `tanpa kata ${q(i.scale!)}` : `without ${q(i.scale!)}`) : lang === 'id' ? `dengan ${q(i.fix)} sebagai ganti ${q(i.scale!)}` : `with ${q(i.fix)} instead of ${q(i.scale!)}`;
        repairs.push(lang === 'id' ? `${how} terbilang itu sama dengan angkanya` : `${how} the words match the figure`);
      }
    }
  }
  return { note: notes.join('; '), repair: repairs.length ? `; ${repairs.join('; ')}` : '' };
}

interface Place {
  location: SourceLocation;
  /** "Tabel 3.7, baris "…", kolom …: " for a cell; empty for a paragraph. */
  prefix: string;
  related?: RelatedLocation[];
}

function report(ctx: RuleContext, a: AmountInWords, place: Place, text: string): void {
  const n = a.number;
  const r = a.reading;
  const matches = r.value.eq(n.value) || (n.alternative !== undefined && r.value.eq(n.alternative.value));
  if (matches) return;
  const unit = isMoney(a) ? 'money' : 'number';
  const lang = ctx.lang;
  // A bare figure printed without grouping (a year, "2023") is shown as printed.
  const show = (v: Decimal) => (unit === 'number' && n.style === 'plain' ? plainDecimal(v) : showNumber(v, v.decimalPlaces(), lang, unit));
  const data = {
    place: place.prefix,
    expected: unit === 'number' && n.style === 'plain' ? n.raw : showStated(n, lang, unit),
    words: clip(a.words, 200),
  };
  const from = Math.min(a.numberStart, a.wordsStart);
  const lead = text.slice(Math.max(0, from - 40), from);
  const cut = lead.length < 40 ? 0 : lead.indexOf(' ') + 1;
  const excerpt = clip(`${lead.slice(cut)}${text.slice(from, Math.max(a.numberEnd, a.wordsEnd) + 1)}`.trim(), 320);
  const base = { location: place.location, related: place.related, expected: plainDecimal(n.value), excerpt };
  if (r.unknown?.length) {
    ctx.report({
      ...base,
      messageId: 'unreadable',
      data: { ...data, unknown: r.unknown.map(q).join(', ') },
      actual: a.words,
      // Our vocabulary may lack a word the writer used: an unreadable word is a warning.
      severity: 'warning',
    });
    return;
  }
  const actual = show(r.value);
  if (r.issues?.length) {
    const { note, repair } = issueNote(r, lang, n.value);
    ctx.report({ ...base, messageId: 'malformed', data: { ...data, actual, note, repair }, actual: plainDecimal(r.value) });
    return;
  }
  const difference = show(r.value.minus(n.value).abs());
  ctx.report({ ...base, messageId: 'mismatch', data: { ...data, actual, difference }, actual: plainDecimal(r.value) });
}

function cellPrefix(t: TableModel, r: DataRow, c: ColumnInfo, lang: Lang): string {
  return lang === 'id'
    ? `${tableName(t, lang)}, baris ${q(rowName(r))}, kolom ${columnName(c)}: `
    : `${tableName(t, lang)}, row ${q(rowName(r))}, column ${columnName(c)}: `;
}

const columnOf = (t: TableModel, index: number): ColumnInfo => t.columns[index] ?? { index, header: '', role: 'other' };

/** A cell holding only an amount in words, beside a cell holding the figure ("Jumlah (Rp)" | "Terbilang"). */
function besideCell(ctx: RuleContext, t: TableModel, r: DataRow, c: number): void {
  const text = r.cells[c]?.text ?? '';
  if (!/\p{L}/u.test(text) || /\d/.test(text)) return;
  const inner = text.replace(/^\s*\(\s*/, '').replace(/\s*\)\s*$/, '');
  const offset = text.indexOf(inner);
  // Most text cells are labels: reading their first words is enough to pass them by.
  if (!opensWithNumberWord(inner)) return;
  const tokens = tokenizeTerbilang(inner);
  const words = wordsOf(tokens);
  if (!words || tokens.some((x) => !words.includes(x) && !isFiller(x) && !LEAD.has(x.text.toLowerCase()))) return;
  const header = columnOf(t, c).header;
  if (!hasRupiah(words) && !/terbilang|huruf/i.test(header)) return;
  let k = c - 1;
  while (k >= 0 && (r.cells[k]?.text ?? '').trim() === '') k--;
  if (k < 0) return;
  const n = parseNumber(r.cells[k].text);
  if (!n || n.percent || n.empty || !(n.currency || n.value.gte(1000))) return;
  const found = pair(n, 0, 0, words, text, offset);
  if (!found) return;
  const col = columnOf(t, c);
  const left = columnOf(t, k);
  report(
    ctx,
    found,
    {
      location: cellLocation(t, r, col),
      prefix: cellPrefix(t, r, col, ctx.lang),
      related: [{ location: cellLocation(t, r, left), note: r.cells[k].text }],
    },
    text,
  );
}

/** Amounts written in words must state the amount written in digits beside them. */
const rule: Rule = {
  meta: {
    id: 'amount-in-words',
    family: 'terbilang',
    defaultSeverity: 'error',
    description: {
      id: 'Terbilang (jumlah uang yang ditulis dengan huruf) harus menyatakan jumlah yang sama dengan angka di sampingnya.',
      en: 'An amount written in words (terbilang) must state the same amount as the figure beside it.',
    },
    docs: 'docs/rules/amount-in-words.md',
    messages: {
      mismatch: {
        id: '{place}Angka {expected} ditulis dengan huruf "{words}", yang berarti {actual} (selisih {difference}).',
        en: '{place}The figure {expected} is written in words as "{words}", which states {actual} (difference {difference}).',
      },
      malformed: {
        id: '{place}Angka {expected} ditulis dengan huruf "{words}", yang susunannya keliru: {note}. Dibaca apa adanya, terbilang itu berarti {actual}{repair}.',
        en: '{place}The figure {expected} is written in words as "{words}", which are malformed: {note}. Read as written, the words state {actual}{repair}.',
      },
      unreadable: {
        id: '{place}Angka {expected} ditulis dengan huruf "{words}", tetapi kata {unknown} tidak dapat dibaca sebagai bilangan.',
        en: '{place}The figure {expected} is written in words as "{words}", but {unknown} cannot be read as number words.',
      },
    },
  },
  check(ctx) {
    for (const p of ctx.doc.paragraphs) {
      if (!p.text.includes('(')) continue;
      for (const a of amountsInWords(p.text)) if (inScope(a)) report(ctx, a, { location: p.loc, prefix: '' }, p.text);
    }
    for (const t of ctx.doc.tables) {
      for (const r of t.rows) {
        for (let c = 0; c < r.cells.length; c++) {
          const text = r.cells[c]?.text ?? '';
          if (!/\p{L}/u.test(text)) continue;
          if (text.includes('(') && /\d/.test(text)) {
            const col = columnOf(t, c);
            for (const a of amountsInWords(text)) {
              if (inScope(a)) report(ctx, a, { location: cellLocation(t, r, col), prefix: cellPrefix(t, r, col, ctx.lang) }, text);
            }
          } else besideCell(ctx, t, r, c);
        }
      }
    }
  },
};

export default rule;
