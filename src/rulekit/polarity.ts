import { Decimal } from 'decimal.js';
import type { NormalisedReport } from '../normalise/types.js';
import { Interval, inputInterval } from '../numbers/interval.js';
import type { ParsedNumber } from '../numbers/parse.js';

/**
 * How capaian kinerja is computed:
 * - `higher`: realisasi / target × 100 (higher is better);
 * - `two-target-minus`: (2 × target − realisasi) / target × 100 (lower is better);
 * - `inverse`: target / realisasi × 100 (lower is better).
 */
export type AchievementFormula = 'higher' | 'two-target-minus' | 'inverse';

/** Indicator names that measure something to be reduced (lower is better). */
const LOWER_IS_BETTER =
  /\b(angka\s+kematian|kematian|prevalensi|stunting|gizi\s+buruk|kemiskinan|penduduk\s+miskin|pengangguran|angka\s+kesakitan|kasus|kriminalitas|kecelakaan|pelanggaran|tunggakan|temuan|kebakaran|genangan|banjir|sengketa|angka\s+putus\s+sekolah|rasio\s+gini|gini\s+rasio|inflasi|lahan\s+kritis|kawasan\s+kumuh|rumah\s+tidak\s+layak)\b/i;

export function lowerIsBetter(indicator: string): boolean {
  return LOWER_IS_BETTER.test(indicator) && !/\b(penurunan|menurunnya|turunnya|tertangani|ditangani|penanganan|terselesaikan|diselesaikan)\b/i.test(indicator);
}

/**
 * The lower-is-better formula the report states in its text, if it states one
 * ("capaian = target − (realisasi − target) / target × 100%" is read as 2T − R over T).
 */
export function statedLowerFormula(doc: NormalisedReport): AchievementFormula | undefined {
  for (const p of doc.paragraphs) {
    const t = p.text.toLowerCase().replace(/\s+/g, ' ');
    if (!/rumus|capaian\s*=|formula/.test(t)) continue;
    if (/\(?\s*2\s*[x×*]\s*target\s*\)?\s*[-–−]\s*realisasi/.test(t)) return 'two-target-minus';
    if (/target\s*[-–−]\s*\(+\s*realisasi\s*[-–−]\s*target/.test(t)) return 'two-target-minus';
    if (/target\s*\)?\s*(\/|÷|dibagi)\s*\(?\s*realisasi/.test(t)) return 'inverse';
  }
  return undefined;
}

/** capaian × 100 under a formula; undefined when it divides by zero. */
export function achievement(formula: AchievementFormula, realisasi: ParsedNumber, target: ParsedNumber): Interval | undefined {
  const r = inputInterval(realisasi);
  const t = inputInterval(target);
  switch (formula) {
    case 'higher':
      return r.div(t)?.times(100);
    case 'two-target-minus':
      return t.times(2).sub(r).div(t)?.times(100);
    case 'inverse':
      return t.div(r)?.times(100);
  }
}

export const formulaText: Record<AchievementFormula, { id: string; en: string }> = {
  higher: { id: 'realisasi ÷ target × 100', en: 'actual ÷ target × 100' },
  'two-target-minus': { id: '(2 × target − realisasi) ÷ target × 100', en: '(2 × target − actual) ÷ target × 100' },
  inverse: { id: 'target ÷ realisasi × 100', en: 'target ÷ actual × 100' },
};

export const ZERO = new Decimal(0);
