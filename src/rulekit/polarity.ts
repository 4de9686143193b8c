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

/**
 * Indicators that measure something to be reduced (lower is better): the measured quantity
 * itself is the bad thing ("Angka Kematian Ibu", "Persentase Penduduk Miskin", "Prevalensi
 * Stunting"). An indicator that counts what was done about it ("Persentase Temuan yang
 * Ditindaklanjuti", "Kasus TB yang Diobati") is higher-is-better, hence the "yang" test.
 */
const LOWER_IS_BETTER =
  /^(angka\s+(kematian|kesakitan|putus\s+sekolah|kriminalitas|kecelakaan|pengangguran|kemiskinan)|prevalensi|tingkat\s+(pengangguran|kemiskinan|inflasi|kriminalitas|kecelakaan)|(persentase|presentase|jumlah|rasio|luas|indeks|proporsi)\s+(penduduk\s+miskin|kemiskinan|pengangguran|kasus|kematian|balita\s+(stunting|gizi\s+buruk|wasting)|stunting|gizi\s+buruk|rumah\s+tidak\s+layak|kawasan\s+kumuh|lahan\s+kritis|genangan|kejadian|pelanggaran|kecelakaan|kebakaran|tunggakan|temuan|sengketa|gini|ketimpangan))\b/i;

export function lowerIsBetter(indicator: string): boolean {
  const name = indicator.trim().replace(/^\d+[.)]\s*|^[a-z][.)]\s*/i, '');
  return LOWER_IS_BETTER.test(name) && !/\byang\b/i.test(name);
}

/** The formulas a capaian of this indicator may follow: the report's own for lower-is-better ones, if it states one. */
export function achievementFormulas(indicator: string, statedLower: AchievementFormula | undefined): AchievementFormula[] {
  if (!lowerIsBetter(indicator)) return ['higher'];
  return statedLower ? [statedLower] : ['two-target-minus', 'inverse'];
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
  return achievementOf(formula, inputInterval(realisasi), inputInterval(target));
}

export function achievementOf(formula: AchievementFormula, r: Interval, t: Interval): Interval | undefined {
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
