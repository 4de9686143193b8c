import type { Paragraph } from '../model/index.js';
import { findNumbers, type FoundNumber } from '../numbers/parse.js';

/** An amount of money in running text: marked Rp, or written with thousand groups and large. */
export function isAmount(f: FoundNumber): boolean {
  return !f.number.percent && (f.number.currency || f.number.value.abs().gte(10000));
}

export interface StatedRatio {
  paragraph: Paragraph;
  base: FoundNumber;
  part: FoundNumber;
  percent: FoundNumber;
}

/**
 * "... anggaran sebesar Rp A ... dengan realisasi (Rp) B atau P%": the share P of A spent.
 * The base A is the last amount before the word "realisasi"; B the first amount after it;
 * P a percentage right after B.
 */
export function ratioSentences(p: Paragraph): StatedRatio[] {
  const text = p.text;
  const nums = findNumbers(text);
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
    const base = [...nums.slice(0, k - 1)].reverse().find((n) => n.end <= kwAbs && isAmount(n));
    if (!base) continue;
    out.push({ paragraph: p, base, part, percent });
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
  const nums = findNumbers(m[2]);
  if (nums.length !== 1 || m[2].replace(/rp\.?|%|[\d.,\s-]/gi, '').trim() !== '') return undefined;
  const offset = p.text.length - m[2].length;
  const f = nums[0];
  return { paragraph: p, label: m[1], value: { ...f, start: f.start + offset, end: f.end + offset } };
}
