import sameFact from '../../rules/same-fact.js';
import performanceAchievement from '../../rules/performance-achievement.js';
import { extractText } from '../../src/extract/text.js';
import { detectMetadata } from '../../src/extract/metadata.js';
import { lintReport } from '../../src/engine/linter.js';
import type { LintConfig } from '../../src/engine/types.js';
import { row } from '../support/rule-tester.js';

/** Kecamatan Kalasan, Kabupaten Sleman: one indicator stated in the summary, in Bab III and in a sentence. */
function report(summaryRealisasi: string, summaryCapaian: string, realisasi = '84,15', capaian = '99,00'): string {
  return [
    'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN KALASAN KABUPATEN SLEMAN TAHUN 2024',
    'Ringkasan Eksekutif',
    'Capaian kinerja Kecamatan Kalasan tahun 2024 adalah sebagai berikut :',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '85', summaryRealisasi, summaryCapaian),
    'BAB III AKUNTABILITAS KINERJA',
    'Tabel 3.1 Pengukuran Kinerja Tahun 2024',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '85', realisasi, capaian),
    `Target yang ditetapkan tahun 2024 adalah 85 realisasi sebesar ${realisasi} tercapai ${capaian}.`,
    'Tabel 3.2 Capaian Indikator Kinerja Utama',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '85', realisasi, capaian),
  ].join('\n');
}

function lint(text: string) {
  const r = extractText('kalasan.txt', text);
  r.metadata = detectMetadata(r);
  const config: LintConfig = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
  return lintReport(r, config, [performanceAchievement, sameFact]).map((f) => ({
    rule: f.ruleId,
    line: f.location.line,
    actual: f.actual,
    expected: f.expected,
    related: f.related.map((x) => x.location.line),
  }));
}

describe('one error, one finding across families', () => {
  it('keeps only the arithmetic finding when the rest of the report states what the row formula gives', () => {
    // 84,15 ÷ 85 × 100 = 99,00: the row's own formula and the other places agree on the correction.
    const found = lint(report('84,15', '84,15'));
    expect(found.filter((f) => f.line === 5)).toEqual([
      expect.objectContaining({ rule: 'performance-achievement', actual: '84.15', expected: '99.00', related: expect.arrayContaining([9, 13]) }),
    ]);
  });

  it('counts a correction rounded in one place and truncated in the other as the same', () => {
    // 84,20 ÷ 85 × 100 = 99,0588: the row formula gives 99,06, the report elsewhere prints 99,05.
    const found = lint(report('84,20', '84,20', '84,20', '99,05'));
    expect(found.filter((f) => f.line === 5)).toEqual([
      expect.objectContaining({ rule: 'performance-achievement', actual: '84.20', expected: '99.06', related: expect.arrayContaining([9, 13]) }),
    ]);
  });

  it('keeps both when the row formula and the other places give different values', () => {
    // 80,75 ÷ 85 × 100 = 95,00 from the row; 99,00 everywhere else (and 84,15 as realisasi).
    const found = lint(report('80,75', '80,75')).filter((f) => f.line === 5);
    expect(found.map((f) => [f.rule, f.actual, f.expected])).toEqual(
      expect.arrayContaining([
        ['performance-achievement', '80.75', '95.00'],
        ['same-fact', '80.75', '99.00'],
      ]),
    );
  });
});
