import { Decimal } from 'decimal.js';

export type NumberStyle = 'id' | 'en' | 'plain';

export interface Reading {
  value: Decimal;
  decimals: number;
  style: NumberStyle;
}

export interface ParsedNumber {
  /** The text given (trimmed). */
  raw: string;
  /** The number shown; for "96,51 %" value is 96.51 (not 0.9651). */
  value: Decimal;
  /** Digits printed after the decimal separator (0 for integers; "1.000,00" -> 2). */
  decimals: number;
  /** 'id' = dot thousands / comma decimals; 'en' = comma thousands / dot decimals; 'plain' = no separator. */
  style: NumberStyle;
  /** A % sign was present. */
  percent: boolean;
  /** Rp / Rp. / IDR prefix or a ",-" / ".-" suffix was present. */
  currency: boolean;
  /** A dash standing for zero/empty ("-", "–", "—", "--"): value 0, decimals 0. */
  empty?: boolean;
  /** When the separators allow a second reading, that reading (e.g. "1.357": 1357 id, alternative 1.357 en). */
  alternative?: Reading;
}

export interface FoundNumber {
  number: ParsedNumber;
  /** Offsets into the text: `text.slice(start, end)` is the number with its Rp prefix / % sign. */
  start: number;
  end: number;
}

/** Space-like characters accepted as digit-group separators (NBSP, narrow NBSP, thin space). */
const GROUP_SPACE = '\u00A0\u202F\u2009';
const SPACE = ` ${GROUP_SPACE}`;

const DASH_ONLY = /^[-\u2013\u2014\u2212]{1,3}$/;
const CURRENCY_PREFIX = new RegExp(`^(?:[Rr][Pp]\\.?|IDR)[${SPACE}]*`);
const CURRENCY_SUFFIX = /[.,]-$/;
const PERCENT_SUFFIX = new RegExp(`[${SPACE}]*%$`);
const SIGN = /^[-\u2212](?=\d)/;
/** Digit groups joined by ".", "," or one space-like character. */
const BODY = new RegExp(`^\\d+(?:[.,${SPACE}]\\d+)*$`);

const separatorStyle = (sep: string, role: 'group' | 'decimal'): NumberStyle =>
  (sep === '.') === (role === 'group') ? 'id' : 'en';

const otherStyle = (style: NumberStyle): NumberStyle => (style === 'id' ? 'en' : 'id');

function reading(intDigits: string, fracDigits: string, style: NumberStyle, negative: boolean): Reading {
  const zero = /^0*$/.test(intDigits + fracDigits);
  const sign = negative && !zero ? '-' : '';
  const value = new Decimal(sign + intDigits + (fracDigits ? `.${fracDigits}` : ''));
  return { value, decimals: fracDigits.length, style };
}

/** Groups after the first have exactly 3 digits; the first has 1–3 and no leading zero unless alone. */
function isGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return (
    first.length >= 1 &&
    first.length <= 3 &&
    (rest.length === 0 || !first.startsWith('0')) &&
    rest.every((g) => g.length === 3)
  );
}

interface BodyReadings {
  main: Reading;
  alternative?: Reading;
}

/**
 * Reads the digits-and-separators part. `preferDecimal` chooses the decimal reading of an
 * ambiguous single separator ("1.357") as the default; `integerOnly` rules decimals out.
 */
function readBody(
  body: string,
  negative: boolean,
  integerOnly: boolean,
  preferDecimal: boolean,
  hint: NumberStyle | undefined,
): BodyReadings | null {
  const groups = body.split(/[., \u00A0\u202F\u2009]/);
  const seps = body.replace(/\d/g, '').split('');
  if (seps.length === 0) return { main: reading(body, '', 'plain', negative) };

  const spaces = seps.filter((s) => s !== '.' && s !== ',').length;
  const marks = seps.filter((s) => s === '.' || s === ',');
  const last = seps[seps.length - 1];
  const lastIsMark = last === '.' || last === ',';

  // Space-grouped ("1 234 567,89"): a single trailing "." or "," is the decimal separator.
  if (spaces > 0) {
    if (marks.length > 1 || (marks.length === 1 && !lastIsMark)) return null;
    const intGroups = marks.length ? groups.slice(0, -1) : groups;
    if (!isGrouping(intGroups)) return null;
    if (marks.length === 0) return { main: reading(groups.join(''), '', 'plain', negative) };
    if (integerOnly) return null;
    return { main: reading(intGroups.join(''), groups[groups.length - 1], separatorStyle(last, 'decimal'), negative) };
  }

  const kinds = new Set(marks);
  if (kinds.size === 2) {
    // The last separator is the decimal one; it appears once, the other groups by 3.
    if (marks.filter((s) => s === last).length !== 1 || integerOnly) return null;
    const intGroups = groups.slice(0, -1);
    if (!isGrouping(intGroups)) return null;
    return { main: reading(intGroups.join(''), groups[groups.length - 1], separatorStyle(last, 'decimal'), negative) };
  }

  if (marks.length > 1) {
    if (!isGrouping(groups)) return null;
    return { main: reading(groups.join(''), '', separatorStyle(last, 'group'), negative) };
  }

  const [intPart, fracPart] = groups;
  const thousands = reading(intPart + fracPart, '', separatorStyle(last, 'group'), negative);
  const decimal = reading(intPart, fracPart, separatorStyle(last, 'decimal'), negative);
  const ambiguous = fracPart.length === 3 && intPart.length <= 3 && !intPart.startsWith('0');
  if (!ambiguous) return integerOnly ? null : { main: decimal };
  if (integerOnly) return { main: thousands };
  const decimalFirst = hint === decimal.style || (hint !== thousands.style && preferDecimal);
  return decimalFirst ? { main: decimal, alternative: thousands } : { main: thousands, alternative: decimal };
}

/** Parses one number as printed in a report; null unless the whole text is one number. */
export function parseNumber(text: string, hint?: NumberStyle): ParsedNumber | null {
  const raw = text.trim();
  let s = raw;
  let negative = false;
  let currency = false;
  let percent = false;
  let integerOnly = false;

  const empty = (): ParsedNumber => ({
    raw,
    value: new Decimal(0),
    decimals: 0,
    style: 'plain',
    percent: false,
    currency,
    empty: true,
  });
  const unwrapParentheses = (): boolean => {
    if (!s.startsWith('(') || !s.endsWith(')') || negative) return false;
    s = s.slice(1, -1).trim();
    negative = true;
    return true;
  };

  if (DASH_ONLY.test(s)) return empty();
  unwrapParentheses();
  if (!negative && /^[-\u2212](?=[Rr][Pp]|IDR)/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  const prefix = CURRENCY_PREFIX.exec(s);
  if (prefix) {
    currency = true;
    s = s.slice(prefix[0].length);
    if (!negative && DASH_ONLY.test(s)) return empty();
    unwrapParentheses();
  }
  if (SIGN.test(s)) {
    if (negative) return null;
    negative = true;
    s = s.slice(1);
  }
  if (PERCENT_SUFFIX.test(s)) {
    percent = true;
    s = s.replace(PERCENT_SUFFIX, '');
  }
  if (CURRENCY_SUFFIX.test(s)) {
    currency = true;
    integerOnly = true;
    s = s.slice(0, -2);
  }
  if ((percent && currency) || !BODY.test(s)) return null;

  const readings = readBody(s, negative, integerOnly, percent, hint);
  if (!readings) return null;
  const { main, alternative } = readings;
  return { raw, ...main, percent, currency, ...(alternative ? { alternative } : {}) };
}

/** The reading of `n` in the given style, when it has one; otherwise `n` unchanged. */
export function withStyle(n: ParsedNumber, style: NumberStyle): ParsedNumber {
  const alt = n.alternative;
  if (n.style === style || !alt || alt.style !== style) return n;
  return {
    ...n,
    value: alt.value,
    decimals: alt.decimals,
    style: alt.style,
    alternative: { value: n.value, decimals: n.decimals, style: n.style },
  };
}

/** The style most unambiguous id/en numbers use; undefined when there are none or it is a tie. */
export function resolveStyle(numbers: ParsedNumber[]): NumberStyle | undefined {
  let id = 0;
  let en = 0;
  for (const n of numbers) {
    if (n.alternative || n.empty) continue;
    if (n.style === 'id') id++;
    else if (n.style === 'en') en++;
  }
  if (id === en) return undefined;
  return id > en ? 'id' : 'en';
}

/** Re-reads the ambiguous numbers of a column/list in the style the others settle. */
export function resolveAmbiguous(numbers: (ParsedNumber | null)[]): (ParsedNumber | null)[] {
  const style = resolveStyle(numbers.filter((n): n is ParsedNumber => n !== null));
  if (!style) return numbers;
  return numbers.map((n) => (n?.alternative ? withStyle(n, style) : n));
}

const CANDIDATE = new RegExp(
  '(?<![\\p{L}\\p{N}_])(?:(?:[Rr][Pp]\\.?|IDR)[' + SPACE + ']?)?' + // currency prefix
    '(?:[-\\u2212](?=\\d))?' + // sign
    // NBSP-type grouping by exactly 3, or digit groups joined by "." / ","
    `(?:\\d{1,3}(?:[${GROUP_SPACE}]\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*)` +
    '(?:[.,]-)?' + // currency suffix
    `(?:[${SPACE}]?%)?`,
  'gu',
);
/** Dates written with hyphens ("12-05-2023"); their parts are not figures. */
const HYPHEN_DATE = /(?<![\p{L}\p{N}])\d{1,4}-\d{1,2}-\d{2,4}(?![\p{L}\p{N}])/gu;
const ALNUM = /[\p{L}\p{N}_]/u;

const isAlnum = (ch: string | undefined): ch is string => ch !== undefined && ALNUM.test(ch);

/** Glued to a code or word after it: "3.a", "12/BKD", "2021abc". */
function gluedAfter(text: string, end: number): boolean {
  const next = text[end];
  return isAlnum(next) || (/[.,/]/.test(next ?? '') && isAlnum(text[end + 1]));
}

/** Glued to a code or word before it: "II.3", "SK/12", "SK-12" (a letter or digit right before is excluded by CANDIDATE). */
function gluedBefore(text: string, start: number): boolean {
  const prev = text[start - 1] ?? '';
  const word = text[start - 2];
  return (/[.,/]/.test(prev) && isAlnum(word)) || (prev === '-' && isAlnum(word) && !/\d/.test(word));
}

function followsDigit(text: string, start: number): boolean {
  let i = start - 1;
  while (text[i] === ' ') i--;
  return /\d/.test(text[i] ?? '');
}

/**
 * Numbers in running text (markdown already stripped), in order, with offsets. Several rules
 * read the same sentences, so results are remembered; callers must not change them.
 */
export function findNumbers(text: string): readonly FoundNumber[] {
  return remembered(FOUND, text, findNumbersIn);
}

const REMEMBERED_TEXTS = 20000;
const MEMOS: Map<string, unknown>[] = [];

/** A memo for a pure function of a text, emptied by `forgetTexts`. */
export function textMemo<T>(): Map<string, T> {
  const memo = new Map<string, T>();
  MEMOS.push(memo);
  return memo;
}

const FOUND = textMemo<readonly FoundNumber[]>();

/** Each lint starts with empty memos: one report's texts are no help with the next. */
export function forgetTexts(): void {
  for (const memo of MEMOS) memo.clear();
}

/** Look up or compute; a memo that grows too large (a huge report) is emptied rather than grown. */
export function remembered<T>(memo: Map<string, T>, text: string, compute: (text: string) => T): T {
  let value = memo.get(text);
  if (value === undefined) {
    if (memo.size >= REMEMBERED_TEXTS) memo.clear();
    memo.set(text, (value = compute(text)));
  }
  return value;
}

function findNumbersIn(text: string): FoundNumber[] {
  const dates = [...text.matchAll(HYPHEN_DATE)].map((m) => [m.index, m.index + m[0].length]);
  const inDate = (i: number): boolean => dates.some(([a, b]) => i >= a && i < b);
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let start = m.index;
    const end = start + m[0].length;
    let token = m[0];
    // A dash after a number and spaces is a range dash ("2021 -2026"), not a minus.
    if (/^[-\u2212]/.test(token) && followsDigit(text, start)) {
      start += 1;
      token = token.slice(1);
    }
    if (gluedBefore(text, start) || gluedAfter(text, end) || inDate(start)) continue;
    const number = parseNumber(token);
    if (number) found.push({ number, start, end });
  }
  return found;
}
