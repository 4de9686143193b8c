import { Decimal } from 'decimal.js';
import type { Paragraph } from '../model/index.js';
import { findNumbers, remembered, textMemo, type FoundNumber } from '../numbers/parse.js';

const SCALE: Record<string, number> = { ribu: 3, juta: 6, miliar: 9, milyar: 9, triliun: 12, trilyun: 12 };

/**
 * Figures of a sentence, with scale words applied: "Rp 3,55 miliar" is 3.550.000.000 with
 * its precision at the tens of millions (decimals −7), so it compares as an interval.
 */
export function textNumbers(text: string): readonly FoundNumber[] {
  return remembered(SCALED, text, scaledNumbers);
}

const SCALED = textMemo<readonly FoundNumber[]>();

function scaledNumbers(text: string): FoundNumber[] {
  return findNumbers(text).map((f) => {
    const m = /^\s*(ribu|juta|miliar|milyar|triliun|trilyun)\b/i.exec(text.slice(f.end));
    if (!m || f.number.percent) return f;
    const k = SCALE[m[1].toLowerCase()];
    const n = f.number;
    return {
      start: f.start,
      end: f.end + m[0].length,
      number: { ...n, value: n.value.times(new Decimal(10).pow(k)), decimals: n.decimals - k, currency: true, alternative: undefined },
    };
  });
}

/** An amount of money in running text: marked Rp, scaled by a word, or large. */
export function isAmount(f: FoundNumber): boolean {
  return !f.number.percent && !f.number.empty && (f.number.currency || f.number.value.abs().gte(10000));
}

export type AmountKind = 'anggaran' | 'realisasi' | 'sisa';

/** What an amount of a sentence is, from the last telling word before it. */
export function amountKind(text: string, f: FoundNumber, previousEnd = 0): AmountKind {
  const lead = text.slice(Math.max(previousEnd, f.start - 80), f.start).toLowerCase();
  const at = (re: RegExp) => {
    let last = -1;
    for (const m of lead.matchAll(re)) last = m.index ?? last;
    return last;
  };
  const realisasi = at(/realisasi/g);
  const sisa = at(/\bsisa\b|tidak\s+terserap|silpa/g);
  if (sisa >= 0 && sisa > realisasi) return 'sisa';
  if (realisasi >= 0) return 'realisasi';
  return 'anggaran';
}

export interface TextAmount {
  found: FoundNumber;
  kind: AmountKind;
}

export function textAmounts(text: string): TextAmount[] {
  const out: TextAmount[] = [];
  let previousEnd = 0;
  for (const found of textNumbers(text)) {
    if (!isAmount(found)) continue;
    out.push({ found, kind: amountKind(text, found, previousEnd) });
    previousEnd = found.end;
  }
  return out;
}

export interface StatedRatio {
  paragraph: Paragraph;
  /** The budget the share is of; other candidate budgets of the sentence after it. */
  bases: FoundNumber[];
  part: FoundNumber;
  percent: FoundNumber;
}

const BUDGET_WORD = /(anggaran|pagu|alokasi|dpa|apbd|menjadi|total|sebesar)\b[^.;]{0,40}$/i;

/**
 * "... anggaran sebesar Rp A ... dengan realisasi (Rp) B atau P%": the share P of A spent.
 * B is the amount right after the word "realisasi", P a percentage right after B; A is the
 * nearest earlier amount introduced as a budget ("anggaran ... sebesar", "menjadi"), not an
 * item of a breakdown ("terdiri dari Belanja Operasi Rp X dan Belanja Modal Rp Y").
 */
export function ratioSentences(p: Paragraph): StatedRatio[] {
  const text = p.text;
  const nums = textNumbers(text);
  const out: StatedRatio[] = [];
  for (let k = 0; k < nums.length; k++) {
    const percent = nums[k];
    if (!percent.number.percent) continue;
    const part = nums[k - 1];
    if (!part || !isAmount(part)) continue;
    const between = text.slice(part.end, percent.start);
    if (between.length > 60 || !/\b(atau|capaian|sebesar|penyerapan)\b|\(/i.test(between)) continue;
    const lead = text.slice(Math.max(0, part.start - 40), part.start);
    const kw = lead.search(/realisasi\w*\s*(anggaran\s*)?(sebesar\s*)?(rp\.?\s*)?$/i);
    if (kw < 0) continue;
    const kwAbs = Math.max(0, part.start - 40) + kw;
    const earlier = nums.slice(0, k - 1).filter((n) => n.end <= kwAbs && isAmount(n)).reverse();
    if (earlier.length === 0) continue;
    const introduced = earlier.filter((n) => BUDGET_WORD.test(text.slice(Math.max(0, n.start - 60), n.start)));
    const bases = introduced.length ? [...introduced, ...earlier.filter((n) => !introduced.includes(n))] : earlier;
    out.push({ paragraph: p, bases, part, percent });
  }
  return out;
}

export interface LabelledValue {
  paragraph: Paragraph;
  label: string;
  value: FoundNumber;
}

/** "Pagu Anggaran Program Tahun 2023 : Rp. 1.456.900.300": a label, a colon, one figure. */
export function labelledValue(p: Paragraph): LabelledValue | undefined {
  const m = /^(.{3,80}?)\s*:\s*(.+)$/.exec(p.text);
  if (!m) return undefined;
  const nums = textNumbers(m[2]);
  if (nums.length !== 1 || m[2].replace(/rp\.?|%|ribu|juta|miliar|milyar|triliun|[\d.,\s-]/gi, '').trim() !== '') return undefined;
  const offset = p.text.length - m[2].length;
  const f = nums[0];
  return { paragraph: p, label: m[1], value: { ...f, start: f.start + offset, end: f.end + offset } };
}
