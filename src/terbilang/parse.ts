import { remembered, textMemo } from '../numbers/parse.js';
import { editDistance } from '../text/edit-distance.js';
import { Decimal } from 'decimal.js';

/**
 * Reading Indonesian number words (*terbilang*): "Satu Milyar Tiga Ratus Lima Puluh Tujuh Juta
 * Sembilan Ratus Ribu Rupiah" → 1357900000.
 *
 * Accepted: satuan (nol … sembilan), sepuluh, sebelas, "… belas", "… puluh", "… ratus", the
 * scale words ribu, juta, miliar/milyar, triliun/trilyun, kuadriliun; the "se-" forms (seratus,
 * seribu, sejuta, semiliar, "se-ribu", "se ribu") and "satu ratus" / "satu ribu"; any
 * capitalisation; missing spaces ("Limapuluh", "duaratusribu"), doubled spaces, hyphens;
 * "koma" decimals (digit by digit, "koma nol lima", or as a number, "koma dua puluh lima"),
 * "setengah" / "seperempat" ("satu setengah juta" = 1.500.000, "setengah juta" = 500.000), a
 * "Rupiah" suffix with optional "… sen" after it, and the fillers "terbilang" and "saja".
 * A word within one edit (a letter added, dropped, changed, or two swapped) of a number word
 * of five letters or more is read as that word ("Sembilam", "Ratsu", "Milyard", "Rupiah").
 * Anything else is returned in `unknown`.
 *
 * How a malformed sequence reads. Words are gathered, left to right, into groups of at most
 * "h ratus t puluh u" (or "u belas"), each closed by a scale word, by a word that cannot continue
 * it (a second "ratus", a second units word, …) or by "Rupiah" / the end. Then:
 * - a scale word lower than every scale before it multiplies its group (the normal case);
 * - a group closed without a scale word and followed by another group is *missing its scale
 *   word*: it is added as it is (×1), and reported as a `missing-scale` issue. "Satu Milyar Tiga
 *   Ratus Lima Puluh Tujuh Sembilan Ratus Ribu" reads 1.000.000.000 + 357 + 900.000;
 * - a scale word equal to or above a scale already passed ("… Tiga Ribu Dua Ratus Dua Puluh
 *   Ribu") still multiplies its own group, and the group is added: a `repeated-scale` issue.
 *   An immediately repeated scale word ("Ribu Ribu") is read once;
 * - a scale word right after a scale word, above everything read so far, multiplies it all:
 *   "seribu triliun" = 10^15, as written in long amounts;
 * - "belas" / "puluh" / "ratus" with no digit before it, or a scale word opening the words, is
 *   not read and is returned in `unknown`.
 * Each issue carries, when exactly one scale word fits the gap (below the scale before, above the
 * one after), the value the words would have with that repair (`repaired`).
 */

export type PieceKind = 'digit' | 'se' | 'mult' | 'scale' | 'koma' | 'fraction' | 'rupiah' | 'sen' | 'filler' | 'unknown';

export interface Piece {
  kind: PieceKind;
  /** Canonical spelling ("miliar" for milyar/miliar, "ratus"...). */
  norm: string;
  /** Digit value (digit), 10 or 100 for puluh/ratus and 10 for belas (mult: see `norm`), power of ten (scale). */
  value: number;
  /** Index of the token (word as written) the piece comes from. */
  token: number;
}

export interface TerbilangToken {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  pieces: Piece[];
  /** Read through a one-edit typo correction. */
  corrected?: boolean;
}

export interface TerbilangIssue {
  kind: 'missing-scale' | 'repeated-scale';
  /** The words of the group concerned, as written. */
  words: string;
  /** For `repeated-scale`, the scale word as written. */
  scale?: string;
  /**
   * The one repair that fits: the scale word to add after the group (`missing-scale`) or to put
   * in place of the written one (`repeated-scale`, "" = none: the group is the units), in the
   * capitalisation of the words.
   */
  fix?: string;
  /** The value of the words with that repair alone. */
  repaired?: Decimal;
}

export interface TerbilangReading {
  value: Decimal;
  /** Words that could not be read (not number words, or number words out of place). */
  unknown?: string[];
  issues?: TerbilangIssue[];
  /** The words end in "Rupiah". */
  rupiah?: boolean;
}

const DIGITS: Record<string, number> = {
  nol: 0,
  kosong: 0,
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
const MULTS: Record<string, number> = { belas: 10, puluh: 10, ratus: 100 };
/** Scale words and their power of ten; alternative spellings map to the canonical one. */
const SCALES: Record<string, [string, number]> = {
  ribu: ['ribu', 3],
  juta: ['juta', 6],
  miliar: ['miliar', 9],
  milyar: ['miliar', 9],
  milyard: ['miliar', 9],
  miliard: ['miliar', 9],
  milliar: ['miliar', 9],
  triliun: ['triliun', 12],
  trilyun: ['triliun', 12],
  trilliun: ['triliun', 12],
  kuadriliun: ['kuadriliun', 15],
  quadriliun: ['kuadriliun', 15],
  kwadriliun: ['kuadriliun', 15],
};
const SCALE_NAME: Record<number, string> = { 3: 'ribu', 6: 'juta', 9: 'miliar', 12: 'triliun', 15: 'kuadriliun' };
/** "satu setengah juta" = 1,5 juta; "seperempat" = 0,25. */
const FRACTIONS: Record<string, string> = { setengah: '5', seperempat: '25' };
const OTHER: Record<string, PieceKind> = {
  se: 'se',
  koma: 'koma',
  setengah: 'fraction',
  seperempat: 'fraction',
  rupiah: 'rupiah',
  sen: 'sen',
  terbilang: 'filler',
  saja: 'filler',
};

function lookup(word: string): Omit<Piece, 'token'> | undefined {
  if (word in DIGITS) return { kind: 'digit', norm: word, value: DIGITS[word] };
  if (word in MULTS) return { kind: 'mult', norm: word, value: MULTS[word] };
  if (word in SCALES) return { kind: 'scale', norm: SCALES[word][0], value: SCALES[word][1] };
  if (word in OTHER) return { kind: OTHER[word], norm: word, value: 0 };
  return undefined;
}

const VOCABULARY = [...Object.keys(DIGITS), ...Object.keys(MULTS), ...Object.keys(SCALES), ...Object.keys(OTHER)];
/** Words read through a one-edit correction: long enough that one edit does not make another word. */
const FUZZY_TARGETS = VOCABULARY.filter((w) => w.length >= 5 && lookup(w)!.kind !== 'filler');
/** Real words one edit away from a number word, never read as numbers. */
const NOT_TYPOS = new Set(['tempat', 'empati', 'kelas', 'jelas', 'balas', 'bebas', 'bekas', 'belah', 'beras', 'sebelah', 'peluh', 'pulih']);

/**
 * A word as number pieces: "limapuluh" → lima + puluh, "seratus" → se + ratus. Fewest pieces
 * win; "se" only stands before belas/puluh/ratus or a scale word.
 */
function segment(word: string): Omit<Piece, 'token'>[] | undefined {
  const n = word.length;
  const best: (Omit<Piece, 'token'>[] | undefined)[] = new Array(n + 1).fill(undefined);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (const w of VOCABULARY) {
      if (!word.startsWith(w, i)) continue;
      const rest = best[i + w.length];
      if (!rest) continue;
      const p = lookup(w)!;
      // "se" stands before belas/puluh/ratus or a scale word, or alone ("se ratus", "se-ribu").
      if (p.kind === 'se' && w.length !== n && !(rest[0] && (rest[0].kind === 'mult' || rest[0].kind === 'scale'))) continue;
      if (p.kind === 'filler' && w.length !== n) continue;
      if (!best[i] || best[i]!.length > rest.length + 1) best[i] = [p, ...rest];
    }
  }
  return best[0];
}

/** Reports repeat the same words: each word is read once per lint. */
const readings = textMemo<{ pieces: Omit<Piece, 'token'>[]; corrected?: boolean }>();

function readWord(word: string): { pieces: Omit<Piece, 'token'>[]; corrected?: boolean } {
  return remembered(readings, word, readWordUncached);
}

function readWordUncached(word: string): { pieces: Omit<Piece, 'token'>[]; corrected?: boolean } {
  const pieces = segment(word);
  if (pieces) return { pieces };
  if (word.length >= 4 && /^\p{L}+$/u.test(word) && !NOT_TYPOS.has(word)) {
    const near = FUZZY_TARGETS.filter((t) => editDistance(word, t, 1) <= 1);
    const kinds = new Set(near.map((t) => `${lookup(t)!.kind}:${lookup(t)!.norm}`));
    if (kinds.size === 1) return { pieces: [lookup(near[0])!], corrected: true };
  }
  return { pieces: [{ kind: 'unknown', norm: word, value: 0 }] };
}

const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;

/** The words of a text, each read as number pieces (or one `unknown` piece). */
export function tokenizeTerbilang(text: string): TerbilangToken[] {
  const tokens: TerbilangToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = m[0].normalize('NFKC').toLowerCase().replace(/[-\u2010\u2011]/g, '');
    const { pieces, corrected } = readWord(norm);
    const token = tokens.length;
    tokens.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      pieces: pieces.map((p) => ({ ...p, token })),
      ...(corrected ? { corrected } : {}),
    });
  }
  return tokens;
}

/** A piece that makes a number: a digit, "se", belas/puluh/ratus, a scale word, "koma", "setengah". */
export const isNumberPiece = (p: Piece): boolean =>
  p.kind === 'digit' || p.kind === 'se' || p.kind === 'mult' || p.kind === 'scale' || p.kind === 'koma' || p.kind === 'fraction';

interface Group {
  h?: number;
  t?: number;
  u?: number;
  frac?: string;
  /** Power of ten of the scale word closing the group; undefined when none did. */
  exp?: number;
  tokens: Set<number>;
  scaleToken?: number;
}

const isEmpty = (g: Group) => g.h === undefined && g.t === undefined && g.u === undefined && g.frac === undefined;

function groupValue(g: Group): Decimal {
  const whole = (g.h ?? 0) + (g.t ?? 0) + (g.u ?? 0);
  return new Decimal(g.frac ? `${whole}.${g.frac}` : whole);
}

/** "lima puluh satu" → 51 as pieces of a small number (no scale); undefined if not one. */
function smallNumber(pieces: Piece[]): number | undefined {
  const g: Group = { tokens: new Set() };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind !== 'digit' && p.kind !== 'se') return undefined;
    const d = p.kind === 'se' ? 1 : p.value;
    const next = pieces[i + 1];
    if (next?.kind === 'mult') {
      if (next.norm === 'ratus' && g.h === undefined && g.t === undefined && g.u === undefined) g.h = d * 100;
      else if (next.norm === 'puluh' && g.t === undefined && g.u === undefined) g.t = d * 10;
      else if (next.norm === 'belas' && g.t === undefined && g.u === undefined) (g.t = 10), (g.u = d);
      else return undefined;
      i++;
    } else if (g.u === undefined) g.u = d;
    else return undefined;
  }
  return isEmpty(g) ? undefined : (g.h ?? 0) + (g.t ?? 0) + (g.u ?? 0);
}

/** Reads tokens (from `tokenizeTerbilang`) as one amount; undefined when there is no number word. */
export function readTerbilang(tokens: TerbilangToken[]): TerbilangReading | undefined {
  const pieces = tokens.flatMap((t) => t.pieces);
  if (!pieces.some((p) => p.kind === 'digit' || p.kind === 'se' || p.kind === 'mult' || p.kind === 'scale' || p.kind === 'fraction')) return undefined;
  const unknown: string[] = [];
  const groups: Group[] = [];
  let cur: Group = { tokens: new Set() };
  let rupiah = false;
  let cents: Decimal | undefined;
  const close = (exp?: number, scaleToken?: number) => {
    if (isEmpty(cur) && exp === undefined) return;
    groups.push({ ...cur, exp, scaleToken });
    cur = { tokens: new Set() };
  };

  let i = 0;
  while (i < pieces.length) {
    const p = pieces[i];
    if (p.kind === 'digit' || p.kind === 'se') {
      const d = p.kind === 'se' ? 1 : p.value;
      const next = pieces[i + 1];
      if (next?.kind === 'mult') {
        if (next.norm === 'ratus') {
          if (!isEmpty(cur)) close();
          cur.h = d * 100;
        } else {
          if (cur.t !== undefined || cur.u !== undefined || cur.frac !== undefined) close();
          if (next.norm === 'puluh') cur.t = d * 10;
          else (cur.t = 10), (cur.u = d);
        }
        cur.tokens.add(p.token).add(next.token);
        i += 2;
        continue;
      }
      if (cur.u !== undefined || cur.frac !== undefined) close();
      cur.u = d;
      cur.tokens.add(p.token);
      i++;
    } else if (p.kind === 'scale') {
      if (isEmpty(cur) && groups.length === 0) {
        unknown.push(tokens[p.token].text);
        i++;
        continue;
      }
      close(p.value, p.token);
      i++;
    } else if (p.kind === 'koma') {
      let j = i + 1;
      while (j < pieces.length && (pieces[j].kind === 'digit' || pieces[j].kind === 'se' || pieces[j].kind === 'mult')) j++;
      const after = pieces.slice(i + 1, j);
      let frac: string | undefined;
      if (after.length > 0 && after.every((q) => q.kind === 'digit')) frac = after.map((q) => String(q.value)).join('');
      else if (after.length > 0) {
        const n = smallNumber(after);
        if (n !== undefined) frac = String(n);
      }
      if (frac === undefined || cur.frac !== undefined) {
        unknown.push(...[p, ...after].map((q) => tokens[q.token].text));
      } else {
        if (isEmpty(cur)) cur.u = 0;
        cur.frac = frac;
        cur.tokens.add(p.token);
        for (const q of after) cur.tokens.add(q.token);
      }
      i = j;
    } else if (p.kind === 'fraction') {
      if (cur.frac !== undefined) unknown.push(tokens[p.token].text);
      else {
        if (isEmpty(cur)) cur.u = 0;
        cur.frac = FRACTIONS[p.norm];
        cur.tokens.add(p.token);
      }
      i++;
    } else if (p.kind === 'rupiah') {
      close();
      rupiah = true;
      // "… Rupiah lima puluh sen": cents after the currency word; any other words are not the amount.
      const rest = pieces.slice(i + 1);
      const senAt = rest.findIndex((q) => q.kind === 'sen');
      if (senAt > 0) {
        const n = smallNumber(rest.slice(0, senAt));
        if (n !== undefined) cents = new Decimal(n).div(100);
      }
      break;
    } else if (p.kind === 'mult' || p.kind === 'sen' || p.kind === 'unknown') {
      unknown.push(tokens[p.token].text);
      i++;
    } else i++; // filler
  }
  close();

  const issues: TerbilangIssue[] = [];
  const groupWords = (g: Group) => [...g.tokens].sort((a, b) => a - b).map((k) => tokens[k].text).join(' ');
  const styled = (name: string, g: Group) => {
    const first = tokens[Math.min(...g.tokens)]?.text ?? '';
    if (first.length > 1 && first === first.toUpperCase()) return name.toUpperCase();
    if (/^\p{Lu}/u.test(first)) return name[0].toUpperCase() + name.slice(1);
    return name;
  };
  /** Scales strictly between `below` and `above` (0 = the units, no scale word). */
  const between = (above: number, below: number) => [0, 3, 6, 9, 12, 15].filter((e) => e < above && e > below);
  const pending: Array<{ issue: TerbilangIssue; group: Decimal; from: number; to?: number }> = [];

  let total = new Decimal(0);
  let lastExp = Infinity;
  let prev: Group | undefined;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    const next = groups[k + 1];
    const nextExp = next ? (next.exp ?? 0) : -1;
    if (g.exp === undefined) {
      const v = groupValue(g);
      total = total.plus(v);
      if (next) {
        const fits = between(lastExp, nextExp).filter((e) => e > 0);
        const issue: TerbilangIssue = { kind: 'missing-scale', words: groupWords(g) };
        if (fits.length === 1) issue.fix = styled(SCALE_NAME[fits[0]], g);
        issues.push(issue);
        pending.push({ issue, group: v, from: 0, to: fits.length === 1 ? fits[0] : undefined });
      }
    } else if (isEmpty(g)) {
      const scale = new Decimal(10).pow(g.exp);
      if (total.lt(scale)) {
        total = total.times(scale);
        lastExp = g.exp;
      } else if (!(prev && prev.exp === g.exp)) {
        unknown.push(tokens[g.scaleToken!].text);
      }
    } else {
      const v = groupValue(g);
      total = total.plus(v.times(new Decimal(10).pow(g.exp)));
      if (g.exp >= lastExp) {
        const fits = between(lastExp, nextExp);
        const issue: TerbilangIssue = { kind: 'repeated-scale', words: groupWords(g), scale: tokens[g.scaleToken!].text };
        if (fits.length === 1) issue.fix = fits[0] === 0 ? '' : styled(SCALE_NAME[fits[0]], g);
        issues.push(issue);
        pending.push({ issue, group: v, from: g.exp, to: fits.length === 1 ? fits[0] : undefined });
      }
      lastExp = Math.min(lastExp, g.exp);
    }
    prev = g;
  }
  if (cents) total = total.plus(cents);
  for (const { issue, group, from, to } of pending) {
    if (to === undefined) continue;
    issue.repaired = total.minus(group.times(new Decimal(10).pow(from))).plus(group.times(new Decimal(10).pow(to)));
  }

  return {
    value: total,
    ...(unknown.length ? { unknown } : {}),
    ...(issues.length ? { issues } : {}),
    ...(rupiah ? { rupiah } : {}),
  };
}

/**
 * The amount Indonesian number words state: "Sepuluh Milyar Lima ratus Dua Puluh Empat Juta Dua
 * Ratus Sembilan Puluh Sembilan Ribu Tiga Ratus Rupiah" → 10524299300. Undefined when the text
 * holds no number word; words that cannot be read are listed in `unknown`. See the module
 * comment for how malformed sequences read.
 */
export function parseTerbilang(words: string): TerbilangReading | undefined {
  return readTerbilang(tokenizeTerbilang(words));
}
