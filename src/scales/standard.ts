import { Decimal } from 'decimal.js';
import type { Regulation, ScaleFamily, ScaleInterval } from './read.js';
import { labelKey } from './read.js';

/** A scale the linter knows without the report printing it. */
export interface ReferenceScale {
  name: { id: string; en: string };
  /** The regulation that sets it, when one does. */
  regulation?: { kind: string; number: string; year: number };
  family: ScaleFamily;
  bands: Array<{ label: string; key: string; interval: ScaleInterval }>;
}

const d = (v: number) => new Decimal(v);
const closed = (lo: number | undefined, hi: number | undefined, text: string): ScaleInterval => ({
  lo: lo === undefined ? undefined : { value: d(lo), closed: true },
  hi: hi === undefined ? undefined : { value: d(hi), closed: true },
  text,
});
const band = (label: string, interval: ScaleInterval) => ({ label, key: labelKey(label), interval });

/**
 * Permendagri 86/2017 (evaluasi hasil RKPD / Renja): 91–100 Sangat Tinggi, 76–90 Tinggi,
 * 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah. Bands of whole numbers: the regulation
 * leaves the values between them (90,5) and above 100 unassigned.
 */
export const PERMENDAGRI_86_2017: ReferenceScale = {
  name: { id: 'skala Permendagri 86/2017', en: 'the Permendagri 86/2017 scale' },
  regulation: { kind: 'Permendagri', number: '86', year: 2017 },
  family: 'tinggi',
  bands: [
    band('Sangat Tinggi', closed(91, 100, '91 ≤ 100')),
    band('Tinggi', closed(76, 90, '76 ≤ 90')),
    band('Sedang', closed(66, 75, '66 ≤ 75')),
    band('Rendah', closed(51, 65, '51 ≤ 65')),
    band('Sangat Rendah', closed(undefined, 50, '≤ 50')),
  ],
};

/** The widely used predicate scale: ≥ 85 Sangat Berhasil, 70–< 85 Berhasil, 55–< 70 Cukup Berhasil, < 55 Tidak Berhasil. */
export const COMMON_PREDICATES: ReferenceScale = {
  name: {
    id: 'skala predikat yang lazim dipakai (≥ 85 Sangat Berhasil, 70–< 85 Berhasil, 55–< 70 Cukup Berhasil, < 55 Tidak Berhasil)',
    en: 'the widely used predicate scale (≥ 85 Sangat Berhasil, 70–< 85 Berhasil, 55–< 70 Cukup Berhasil, < 55 Tidak Berhasil)',
  },
  family: 'berhasil',
  bands: [
    band('Sangat Berhasil', { lo: { value: d(85), closed: true }, text: '≥ 85' }),
    band('Berhasil', { lo: { value: d(70), closed: true }, hi: { value: d(85), closed: false }, text: '70 s.d < 85' }),
    band('Cukup Berhasil', { lo: { value: d(55), closed: true }, hi: { value: d(70), closed: false }, text: '55 s.d < 70' }),
    band('Tidak Berhasil', { hi: { value: d(55), closed: false }, text: '< 55' }),
  ],
};

/** Scales used when the report prints none with the predicate's words (findings then lowered to warnings). */
export const STANDARD_SCALES: ReferenceScale[] = [COMMON_PREDICATES, PERMENDAGRI_86_2017];

/** The scale a cited regulation sets, when the linter knows it. */
export function regulationScale(reg: Regulation | undefined): ReferenceScale | undefined {
  if (!reg) return undefined;
  for (const s of [PERMENDAGRI_86_2017]) {
    const r = s.regulation!;
    if (r.kind === reg.kind && r.number === reg.number && r.year === reg.year) return s;
  }
  return undefined;
}
