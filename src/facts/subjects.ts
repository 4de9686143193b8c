import { editDistance } from '../text/edit-distance.js';

/**
 * Names of indicators, programs and kegiatan, matched across the report.
 *
 * A name is reduced to its content words: lower case, punctuation and list markers dropped
 * ("a.", "1.2", "Tujuan :"), small words dropped ("dan", "di", "yang", …), spelling variants
 * folded ("Presentase" → "persentase"), and a leading "Program" / "Kegiatan" / "Sub Kegiatan"
 * dropped. Two names are the same subject when
 * - their words sorted are the same ("Tugas Pemerintahan Umum dan Trantibum" ~ "Tugas
 *   Pemerintahan dan Trantibum Umum"), or
 * - their words run together are the same ("Antar Suku" ~ "Antarsuku"), or
 * - they have the same number of words and differ in one word by a typo of one edit, in words
 *   of 5 letters or more ("Trantubum" ~ "Trantibum", "Pelempahan" ~ "Pelimpahan"); candidates
 *   come from an index of one-letter deletions (a two-deletion index cost more than the rest of
 *   the rule). Digits and short words must match exactly.
 *
 * Candidates for the typo check are found through keys made of the other words and a deletion
 * variant of the differing word (SymSpell's index): two names share a key only when they can be
 * one typo apart, so the index is linear in the number of names, not quadratic.
 */

const STOPWORDS = new Set(['dan', 'di', 'yang', 'pada', 'dalam', 'serta', 'dengan', 'atau', 'untuk', 'ke', 'dari', 'oleh', 'and', 'of', 'the', 'se']);

/** Spellings folded before comparing. */
const VARIANTS = new Map<string, string>([
  ['presentase', 'persentase'],
  ['prosentase', 'persentase'],
  ['prosentasi', 'persentase'],
  ['persentasi', 'persentase'],
  ['penyelenggaran', 'penyelenggaraan'],
  ['ketenteraman', 'ketentraman'],
  ['kordinasi', 'koordinasi'],
  ['kab', 'kabupaten'],
]);

/** "a.", "1.", "1.2", "(3)", "II.", "-": list markers in front of a name. */
const LEADING_MARKER = /^\s*(?:[-–•*]|\(?\d+(?:\.\d+)*[.)]?|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+/i;
/** "Tujuan :", "Sasaran 1 :", "Indikator Program :": a row's kind written before its name. */
const LEADING_LABEL = /^\s*(?:tujuan|sasaran(?:\s+strategis)?|indikator(?:\s+(?:program|kegiatan|sasaran|kinerja))?|program|kegiatan|sub\s*kegiatan)(?:\s+\d+)?\s*:\s*/i;
const LEADING_LEVEL = /^(program|kegiatan|sub\s*kegiatan)\b\s*/i;

export interface NormalName {
  /** Content words in order. */
  tokens: string[];
  /** The name began with "Program" / "Kegiatan" / "Sub Kegiatan". */
  level?: 'program' | 'kegiatan';
}

export interface Word {
  word: string;
  start: number;
  end: number;
}

/** Words of a text, lower case, with their offsets. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  // Lower-casing the whole text at once keeps the offsets unless a letter changes length.
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  for (const m of source.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = source === lower ? m[0] : m[0].toLowerCase();
    out.push({ word: VARIANTS.get(w) ?? w, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function normaliseName(name: string): NormalName {
  let s = name.replace(/\s+/g, ' ').trim();
  for (let k = 0; k < 4; k++) {
    const before = s;
    s = s.replace(LEADING_MARKER, '').replace(LEADING_LABEL, '');
    if (s === before) break;
  }
  let level: NormalName['level'];
  const m = LEADING_LEVEL.exec(s);
  if (m) {
    level = /^program/i.test(m[1]) ? 'program' : 'kegiatan';
    s = s.slice(m[0].length);
  }
  const tokens = words(s)
    .map((w) => w.word)
    .filter((w) => !STOPWORDS.has(w));
  return { tokens, level };
}

/** Sorted words: the key of a name whatever the word order. */
export function nameKey(name: string): string {
  return [...normaliseName(name).tokens].sort().join(' ');
}

/** Can two different words be the same word mistyped? */
export function typoOf(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const len = Math.min(a.length, b.length);
  if (len < 5) return false;
  const max = len >= 10 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}

/**
 * Names added one by one; `key(id)` gives the key shared by every name of the same subject
 * (the sorted words of the first name added to its group). Call `resolve()` after the last add.
 */
export class SubjectIndex {
  private readonly seen = new Map<string, number>();
  private readonly names: Array<{ sorted: string[]; joined: string }> = [];
  private readonly byKey = new Map<string, number>();
  private readonly byJoined = new Map<string, number>();
  private readonly blocks = new Map<string, number[]>();
  private readonly rests = new Map<string, number>();
  private readonly parent: number[] = [];
  private keys: string[] = [];

  /** Adds a name, returns its id (the same id for a name already added with the same words). */
  add(name: string): number {
    const again = this.seen.get(name);
    if (again !== undefined) return again;
    const id = this.addNew(name);
    this.seen.set(name, id);
    return id;
  }

  private addNew(name: string): number {
    const tokens = normaliseName(name).tokens;
    const sorted = [...tokens].sort();
    const key = sorted.join(' ');
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.names.length;
    this.names.push({ sorted, joined: tokens.join('') });
    this.parent.push(id);
    this.byKey.set(key, id);
    return id;
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier name stays the representative: keys follow document order.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  resolve(): void {
    this.names.forEach((n, id) => {
      if (n.sorted.length === 0) return;
      const other = this.byJoined.get(n.joined);
      if (other !== undefined) this.union(id, other);
      else this.byJoined.set(n.joined, id);
      if (n.sorted.length < 2) return;
      for (let i = 0; i < n.sorted.length; i++) {
        const word = n.sorted[i];
        if (word.length < 5 || /\d/.test(word)) continue;
        // The other words, then a deletion variant of this one: two names share such a key only
        // if they differ in this one word by deletions that a typo check then confirms.
        const restText = `${n.sorted.length}|${[...n.sorted.slice(0, i), ...n.sorted.slice(i + 1)].join(' ')}`;
        let rest = this.rests.get(restText);
        if (rest === undefined) this.rests.set(restText, (rest = this.rests.size));
        for (const variant of deletions(word, 1)) {
          const key = `${rest}|${variant}`;
          const members = this.blocks.get(key);
          if (!members) {
            this.blocks.set(key, [id]);
            continue;
          }
          for (const m of members) if (this.find(m) !== this.find(id) && this.differsByTypo(id, m)) this.union(id, m);
          members.push(id);
        }
      }
    });
    this.keys = this.names.map((_, id) => this.names[this.find(id)].sorted.join(' '));
  }

  /** Same number of words, all equal but one pair that is a typo. */
  private differsByTypo(a: number, b: number): boolean {
    const x = this.names[a].sorted;
    const y = this.names[b].sorted;
    if (x.length !== y.length) return false;
    const onlyX = x.filter((w) => !y.includes(w));
    const onlyY = y.filter((w) => !x.includes(w));
    return onlyX.length === 1 && onlyY.length === 1 && typoOf(onlyX[0], onlyY[0]);
  }

  key(id: number): string {
    return this.keys[id];
  }
}

/** The word and every word made from it by deleting up to `max` letters (SymSpell's index). */
function deletions(word: string, max: number): Set<string> {
  const out = new Set([word]);
  let layer = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    layer = next;
  }
  return out;
}

export interface NameMatch {
  name: string;
  start: number;
  end: number;
}

/**
 * Finds known names in running text: the longest name whose content words appear in order
 * at a position, with or without its leading "Program" / "Kegiatan". Names are indexed by their
 * first word, so a paragraph is scanned once.
 */
export class NameMatcher {
  private readonly byFirst = new Map<string, Array<{ tokens: string[]; name: string }>>();

  private readonly seen = new Set<string>();

  add(name: string): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    const { tokens, level } = normaliseName(name);
    if (tokens.length < 2) return;
    this.register(tokens, name);
    if (level) this.register([level, ...tokens], name);
  }

  private register(tokens: string[], name: string): void {
    const list = this.byFirst.get(tokens[0]) ?? [];
    if (list.some((e) => e.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, name });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0], list);
  }

  /** Names in a text; `ws` are the text's words when already at hand. */
  match(text: string, ws: Word[] = words(text)): NameMatch[] {
    ws = ws.filter((w) => !STOPWORDS.has(w.word));
    const out: NameMatch[] = [];
    for (let i = 0; i < ws.length; i++) {
      const candidates = this.byFirst.get(ws[i].word);
      if (!candidates) continue;
      const hit = candidates.find((c) => c.tokens.every((t, k) => ws[i + k]?.word === t));
      if (!hit) continue;
      const last = ws[i + hit.tokens.length - 1];
      out.push({ name: hit.name, start: ws[i].start, end: last.end });
      i += hit.tokens.length - 1;
    }
    return out;
  }
}
