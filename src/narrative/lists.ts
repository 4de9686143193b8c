import type { Block, Paragraph } from '../model/index.js';
import { romanValue } from '../normalise/numbering.js';

/**
 * Numbered lists of the running text: list markers ("1.", "b)", "iv.", "- a."), the lists they
 * form, and the anomalies of a sequence of numbers (repeated, skipped, out of order), shared
 * by the list paragraphs and the numbered rows of tables.
 */

export type MarkerKind = 'arabic' | 'letter-lower' | 'letter-upper' | 'roman-lower' | 'roman-upper';

export interface MarkerReading {
  kind: MarkerKind;
  value: number;
}

/**
 * The readings of a list marker. "i." / "v." / "x." (and "I.", "V.", "X.", "L.") are a letter
 * or a roman numeral, so they have two; bullets ("-", "•") and compound markers ("1a.") none.
 */
export function markerReadings(marker: string | undefined): MarkerReading[] {
  if (!marker) return [];
  const m = marker.replace(/^[-•]\s+/, '').trim();
  let x: RegExpExecArray | null;
  if ((x = /^(\d{1,2})[.)]$/.exec(m))) return [{ kind: 'arabic', value: Number(x[1]) }];
  if ((x = /^([a-z])[.)]$/.exec(m))) {
    const out: MarkerReading[] = [{ kind: 'letter-lower', value: x[1].charCodeAt(0) - 96 }];
    const r = /^[ivx]$/.test(x[1]) ? romanValue(x[1].toUpperCase()) : undefined;
    if (r !== undefined) out.push({ kind: 'roman-lower', value: r });
    return out;
  }
  if ((x = /^([A-Z])[.)]$/.exec(m))) {
    const out: MarkerReading[] = [{ kind: 'letter-upper', value: x[1].charCodeAt(0) - 64 }];
    const r = /^[IVXL]$/.test(x[1]) ? romanValue(x[1]) : undefined;
    if (r !== undefined) out.push({ kind: 'roman-upper', value: r });
    return out;
  }
  if ((x = /^([ivxl]{2,5})[.)]$/.exec(m))) {
    const r = romanValue(x[1].toUpperCase());
    return r === undefined ? [] : [{ kind: 'roman-lower', value: r }];
  }
  if ((x = /^([IVXL]{2,5})[.)]$/.exec(m))) {
    const r = romanValue(x[1]);
    return r === undefined ? [] : [{ kind: 'roman-upper', value: r }];
  }
  return [];
}

const ROMAN_DIGITS: Array<[number, string]> = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN_DIGITS) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** A number as its kind prints it, without punctuation: 4, d, D, iv, IV. */
export function formatMarker(kind: MarkerKind, value: number): string {
  switch (kind) {
    case 'arabic':
      return String(value);
    case 'letter-lower':
      return value >= 1 && value <= 26 ? String.fromCharCode(96 + value) : String(value);
    case 'letter-upper':
      return value >= 1 && value <= 26 ? String.fromCharCode(64 + value) : String(value);
    case 'roman-lower':
      return value >= 1 ? toRoman(value).toLowerCase() : String(value);
    case 'roman-upper':
      return value >= 1 ? toRoman(value) : String(value);
  }
}

export interface SequenceAnomaly {
  /** Position in the sequence of the number found wrong. */
  index: number;
  kind: 'duplicate' | 'skip' | 'order';
  value: number;
  /** The number expected at this position: the one after the previous number. */
  expected: number;
  /** For a duplicate: the position where the number was first used. */
  first?: number;
  /** For a skip: the numbers that appear nowhere in the sequence. */
  missing?: number[];
}

export interface SequenceOptions {
  /**
   * Rows without a number between position i − 1 and i (their number may have been lost): a
   * gap no wider than that is not reported.
   */
  unnumberedBefore?: number[];
  /** A wider gap is not one sequence with a number left out (default 3). */
  maxGap?: number;
}

/**
 * Repeated, skipped and out-of-order numbers of a sequence meant to count 1, 2, 3 … from its
 * first number. One error gives one anomaly: after a repeated 5 the next 6 is not a second
 * error, nor is a 4 found further on a skip; a number whose absence a repeat explains (1, 2, 2,
 * 4) is not reported missing.
 */
export function sequenceAnomalies(values: number[], options: SequenceOptions = {}): SequenceAnomaly[] {
  const maxGap = options.maxGap ?? 3;
  const all = new Set(values);
  const seen = new Map<number, number>();
  const claimed = new Set<number>();
  const out: SequenceAnomaly[] = [];
  if (values.length === 0) return out;
  let prev = values[0];
  seen.set(prev, 0);
  for (let i = 1; i < values.length; i++) {
    const w = values[i];
    const expected = prev + 1;
    if (seen.has(w)) {
      out.push({ index: i, kind: 'duplicate', value: w, expected, first: seen.get(w) });
      if (!all.has(expected)) claimed.add(expected);
    } else if (w > expected) {
      const missing: number[] = [];
      for (let m = expected; m < w; m++) if (!all.has(m) && !claimed.has(m)) missing.push(m);
      const unnumbered = options.unnumberedBefore?.[i] ?? 0;
      if (missing.length > 0 && w - expected <= maxGap && missing.length > unnumbered) {
        out.push({ index: i, kind: 'skip', value: w, expected, missing });
      }
    } else if (w < prev) {
      out.push({ index: i, kind: 'order', value: w, expected });
    }
    prev = w;
    if (!seen.has(w)) seen.set(w, i);
  }
  return out;
}

export interface ListItem {
  paragraph: Paragraph;
  reading: MarkerReading;
}

export interface NumberedList {
  kind: MarkerKind;
  items: ListItem[];
  /** Starts at 1 (a, i, I): only such lists are checked; one starting elsewhere may continue a list we cannot see. */
  anchored: boolean;
}

/** A paragraph that introduces a list ("... sebagai berikut:") and is not itself an item: a new list begins. */
const INTRODUCTION = /[:：]\s*$/;

const sameText = (a: Paragraph, b: Paragraph) => a.text.replace(/\s+/g, ' ').trim() === b.text.replace(/\s+/g, ' ').trim();

/**
 * The numbered lists of the text, with nesting: a list that restarts at 1 inside an item of
 * another opens a sub-list, an item that continues an outer list (its number follows the outer
 * list's last) closes the sub-lists. An item whose number continues no open list and does not
 * start one joins the innermost open list of its kind when there is exactly one (it is then
 * an anomaly of that list), else starts a list of its own that is not checked. Headings and
 * introductory paragraphs ("... sebagai berikut:") close every list. A paragraph repeated word
 * for word is a duplicated paragraph, not a numbering slip: it is left out.
 */
export function paragraphLists(blocks: readonly Block[]): NumberedList[] {
  const lists: NumberedList[] = [];
  let stack: NumberedList[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      stack = [];
      continue;
    }
    if (b.kind !== 'paragraph') continue;
    const readings = markerReadings(b.marker);
    if (readings.length === 0) {
      if (!b.marker && INTRODUCTION.test(b.text)) stack = [];
      continue;
    }
    // 1. The next number of an open list (innermost first).
    let placed = false;
    for (let s = stack.length - 1; s >= 0 && !placed; s--) {
      const list = stack[s];
      const last = list.items[list.items.length - 1];
      const r = readings.find((x) => x.kind === list.kind && x.value === last.reading.value + 1);
      if (!r) continue;
      list.items.push({ paragraph: b, reading: r });
      stack = stack.slice(0, s + 1);
      placed = true;
    }
    if (placed) continue;
    // 2. A new (sub-)list.
    const start = readings.find((x) => x.value === 1);
    if (start) {
      const list: NumberedList = { kind: start.kind, items: [{ paragraph: b, reading: start }], anchored: true };
      lists.push(list);
      stack.push(list);
      continue;
    }
    // 3. A number that does not follow: an anomaly of the one open list of its kind.
    let target: { list: NumberedList; at: number; reading: MarkerReading } | undefined;
    let candidates = 0;
    stack.forEach((list, at) => {
      const r = readings.find((x) => x.kind === list.kind);
      if (!r) return;
      candidates++;
      target = { list, at, reading: r };
    });
    if (target && candidates === 1) {
      const last = target.list.items[target.list.items.length - 1];
      if (!sameText(last.paragraph, b)) target.list.items.push({ paragraph: b, reading: target.reading });
      stack = stack.slice(0, target.at + 1);
      continue;
    }
    const list: NumberedList = { kind: readings[0].kind, items: [{ paragraph: b, reading: readings[0] }], anchored: false };
    lists.push(list);
    stack.push(list);
  }
  return lists;
}
