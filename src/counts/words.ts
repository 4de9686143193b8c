/**
 * Indonesian number words for small counts (0–999), as written in parentheses after a count:
 * "5 (Lima) Program", "15 (Lima belas) Kegiatan", "59 (Lima Puluh Sembilan) Sub Kegiatan".
 *
 * Any case, extra or missing spaces ("limabelas", "Lima  Puluh"), hyphens ("se-ratus"), the
 * prefix "se-" (sepuluh, sebelas, seratus) and the long forms ("satu ratus", "satu puluh") are
 * read. Amounts with "ribu", "juta", "miliar" are terbilang, not counts: they are not read here.
 */

const UNITS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

type Token = { kind: 'unit'; value: number } | { kind: 'se' } | { kind: 'nol' } | { kind: 'belas' } | { kind: 'puluh' } | { kind: 'ratus' } | { kind: 'ten' } | { kind: 'eleven' };

/** Longest spellings first, so that "sembilan" is not read as "se" + "mbilan". */
const LEXICON: Array<[string, Token]> = (
  [
    ...Object.entries(UNITS).map(([w, value]): [string, Token] => [w, { kind: 'unit', value }]),
    ['sepuluh', { kind: 'ten' }],
    ['sebelas', { kind: 'eleven' }],
    ['belas', { kind: 'belas' }],
    ['puluh', { kind: 'puluh' }],
    ['ratus', { kind: 'ratus' }],
    ['nol', { kind: 'nol' }],
    ['kosong', { kind: 'nol' }],
    ['se', { kind: 'se' }],
  ] as Array<[string, Token]>
).sort((a, b) => b[0].length - a[0].length);

/** Every way of cutting a glued word ("limapuluhsembilan") into number words. */
function tokenize(s: string, from = 0, acc: Token[] = [], out: Token[][] = []): Token[][] {
  if (out.length > 8) return out;
  if (from === s.length) {
    out.push(acc);
    return out;
  }
  for (const [w, t] of LEXICON) if (s.startsWith(w, from)) tokenize(s, from + w.length, [...acc, t], out);
  return out;
}

/** A multiplier before "belas", "puluh", "ratus": a unit word or "se-". */
function multiplier(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'unit') return t.value;
  if (t.kind === 'se') return 1;
  return undefined;
}

/** Value of a token sequence: [hundreds] [tens | teens | ten | eleven] [unit], or "nol". */
function evaluate(tokens: Token[]): number | undefined {
  if (tokens.length === 1 && tokens[0].kind === 'nol') return 0;
  let i = 0;
  let total = 0;
  const next = () => tokens[i];
  // Hundreds: "seratus", "dua ratus".
  if (tokens[i + 1]?.kind === 'ratus') {
    const m = multiplier(next());
    if (m === undefined) return undefined;
    total += m * 100;
    i += 2;
  }
  if (i === tokens.length) return total > 0 ? total : undefined;
  // Below a hundred.
  const t = next();
  if (t.kind === 'ten') {
    total += 10;
    i += 1;
  } else if (t.kind === 'eleven') {
    total += 11;
    i += 1;
  } else if (tokens[i + 1]?.kind === 'belas') {
    const m = multiplier(t);
    if (m === undefined) return undefined;
    total += 10 + m;
    i += 2;
  } else if (tokens[i + 1]?.kind === 'puluh') {
    const m = multiplier(t);
    if (m === undefined) return undefined;
    total += 10 * m;
    i += 2;
    if (tokens[i]?.kind === 'unit') {
      total += (tokens[i] as { value: number }).value;
      i += 1;
    }
  } else if (t.kind === 'unit') {
    total += t.value;
    i += 1;
  } else return undefined;
  return i === tokens.length ? total : undefined;
}

/** Letters only, lower case: markup (`*Tiga*`), hyphens and spaces removed. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[*_\s\u00a0-]+/g, '');
}

/**
 * The count that the words state, or undefined when the text is not a count in words from 0
 * to 999 ("Lima Puluh Sembilan" → 59, "limabelas" → 15, "se-ratus" → 100, "tahun" → undefined).
 */
export function parseCountWords(text: string): number | undefined {
  const s = squeeze(text);
  if (s === '' || !/^[a-z]+$/.test(s)) return undefined;
  const values = new Set<number>();
  for (const tokens of tokenize(s)) {
    const v = evaluate(tokens);
    if (v !== undefined) values.add(v);
  }
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * The longest run of whole words at the start of `text` that states a count, and where it
 * ends: "empat Misi Kota Dumai" → { value: 4, end: 5 }. For a parenthesis left open.
 */
export function readCountWords(text: string): { value: number; end: number } | undefined {
  const words = [...text.matchAll(/[\p{L}*_-]+/gu)];
  for (let k = Math.min(words.length, 6); k >= 1; k--) {
    const first = words[0];
    if (first.index !== 0) return undefined;
    const last = words[k - 1];
    const end = (last.index ?? 0) + last[0].length;
    const between = text.slice(0, end);
    if (/[^\p{L}\s*_-]/u.test(between)) continue;
    const value = parseCountWords(between);
    if (value !== undefined) return { value, end };
  }
  return undefined;
}

const UNIT_WORDS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** The words for a count from 0 to 999, for messages: 59 → "lima puluh sembilan". */
export function countWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n === 0) return 'nol';
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 1) parts.push('seratus');
  else if (h > 1) parts.push(`${UNIT_WORDS[h]} ratus`);
  if (r === 10) parts.push('sepuluh');
  else if (r === 11) parts.push('sebelas');
  else if (r > 11 && r < 20) parts.push(`${UNIT_WORDS[r - 10]} belas`);
  else if (r >= 20) {
    parts.push(`${UNIT_WORDS[Math.floor(r / 10)]} puluh`);
    if (r % 10) parts.push(UNIT_WORDS[r % 10]);
  } else if (r > 0) parts.push(UNIT_WORDS[r]);
  return parts.join(' ');
}
