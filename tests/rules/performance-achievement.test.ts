import rule from '../../rules/performance-achievement.js';
import { lines, lintWith, row, testRule } from '../support/rule-tester.js';

/**
 * Dinas Kesehatan Kabupaten Sleman, IKU (higher is better).
 * 86 / 90 = 95,555…% (truncated 95,55, rounded 95,56); 80 / 75 = 106,666…% (truncated 106,66);
 * 94 / 95 = 98,947…% (truncated 98,94, rounded 98,95).
 * Line 1 caption, 2 header, 3 sasaran row without figures, 4–6 indicators.
 */
function sleman(over: { balita?: string; k4?: string } = {}): string {
  return lines(
    'Tabel 3.3 Pengukuran Kinerja Dinas Kesehatan Kabupaten Sleman Tahun 2023',
    row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'),
    row('I', 'Sasaran: Meningkatnya derajat kesehatan masyarakat', '', '', '', ''),
    row('1', 'Persentase Balita Ditimbang', '90 %', '86 %', over.balita ?? '95,55', 'Sangat Berhasil'),
    row('2', 'Persentase Puskesmas Terakreditasi Paripurna', '75', '80', '106,66', 'Sangat Berhasil'),
    row('3', 'Cakupan Pelayanan Kesehatan Ibu Hamil (K4)', '95', '94', over.k4 ?? '98,94', 'Sangat Berhasil'),
  );
}

const FORMULA_2T =
  'Untuk indikator yang semakin rendah realisasinya semakin baik digunakan rumus: Capaian = (2 x Target - Realisasi) / Target x 100%.';
const FORMULA_INVERSE = 'Rumus capaian indikator dengan polaritas negatif: Capaian = Target / Realisasi x 100%.';

/**
 * A lower-is-better indicator, Angka Kematian Ibu: target 90, realisasi 84.
 * (2 × 90 − 84) / 90 × 100 = 106,666… (truncated 106,66); 90 / 84 × 100 = 107,142…;
 * 84 / 90 × 100 = 93,333… (the higher-is-better formula, wrong here).
 * Line 1 formula, 2 blank, 3 caption, 4 header, 5 indicator.
 */
const aki = (formula: string, capaian: string) =>
  lines(
    formula,
    '',
    'Tabel 3.3 Pengukuran Kinerja Dinas Kesehatan Kabupaten Sleman',
    row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
    row('1', 'Angka Kematian Ibu (per 100.000 kelahiran hidup)', '90', '84', capaian),
  );

/**
 * Bappeda Provinsi Jawa Tengah, Persentase Penduduk Miskin: target 10,20, realisasi 10,77.
 * 10,20 / 10,77 × 100 = 94,71; (2 × 10,20 − 10,77) / 10,20 × 100 = 94,41; 10,77 / 10,20 × 100 = 105,58.
 * Line 1 formula, 2 blank, 3 caption, 4 header, 5 indicator.
 */
const miskin = (formula: string, capaian: string) =>
  lines(
    formula,
    '',
    'Tabel 3.2 Capaian IKU Bappeda Provinsi Jawa Tengah',
    row('No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Persentase Penduduk Miskin', '10,20', '10,77', capaian),
  );

/**
 * Capaian for two years under a year header row. 81/85 = 95,29…; 86/90 = 95,55…;
 * 90/92 = 97,82…; 94/95 = 98,94…. Line 1 caption, 2–3 header, 4–5 indicators.
 */
const periods = (c2022: string) =>
  lines(
    'Tabel 3.4 Perbandingan Capaian Kinerja Tahun 2022 dan 2023',
    row('No', 'Indikator Kinerja', '2022', '', '', '2023', '', ''),
    row('', '', 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'),
    row('1', 'Persentase Balita Ditimbang', '85', '81', c2022, '90', '86', '95,55'),
    row('2', 'Cakupan Pelayanan Kesehatan Ibu Hamil (K4)', '92', '90', '97,82', '95', '94', '98,94'),
  );

testRule(rule, {
  valid: [
    {
      name: 'higher is better: capaian = realisasi / target × 100, truncated values (95,55 for 95,555…) accepted by default',
      text: sleman(),
    },
    {
      name: 'rounded values are accepted too',
      text: sleman({ balita: '95,56', k4: '98,95' }),
    },
    {
      name: 'English number style',
      text: lines(
        row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
        row('1', 'Persentase Balita Ditimbang', '90.00', '86.00', '95.55'),
        row('2', 'Persentase Puskesmas Terakreditasi Paripurna', '75', '80', '106.66'),
      ),
    },
    {
      name: 'rows without figures, dashes, and targets in words are skipped',
      text: lines(
        row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
        row('', 'Sasaran: Meningkatnya akuntabilitas kinerja', '', '', ''),
        row('1', 'Opini BPK atas Laporan Keuangan', 'WTP', 'WTP', '100'),
        row('2', 'Persentase Desa Siaga Aktif', '-', '-', '-'),
      ),
    },
    {
      name: 'lower is better, stated formula (2 × target − realisasi) / target: Angka Kematian Ibu',
      text: aki(FORMULA_2T, '106,66'),
    },
    {
      name: 'lower is better, stated formula target / realisasi: Persentase Penduduk Miskin',
      text: miskin(FORMULA_INVERSE, '94,71'),
    },
    {
      name: 'lower is better without a stated formula: either negative-polarity formula is accepted',
      text: lines(
        row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
        row('1', 'Angka Kematian Ibu (per 100.000 kelahiran hidup)', '90', '84', '106,66'),
        row('2', 'Prevalensi Stunting pada Balita', '14', '12,5', '112,00'),
      ),
    },
    {
      name: '"Penurunan …" and "… yang ditangani" indicators are higher-is-better',
      text: lines(
        row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
        row('1', 'Persentase Kasus Gizi Buruk yang Ditangani', '100', '96', '96,00'),
        row('2', 'Persentase Penurunan Angka Kesakitan DBD', '10', '8', '80,00'),
      ),
    },
    {
      name: 'periods: Target / Realisasi / Capaian for 2022 and 2023 under a year header row',
      text: periods('95,29'),
    },
    {
      name: 'periods: years under each of Target / Realisasi / Capaian',
      text: lines(
        row('No', 'Indikator Kinerja', 'Target', '', 'Realisasi', '', 'Capaian', ''),
        row('', '', '2022', '2023', '2022', '2023', '2022', '2023'),
        row('1', 'Persentase Balita Ditimbang', '85', '90', '81', '86', '95,29', '95,55'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a capaian with two digits swapped',
      text: sleman({ balita: '59,55' }),
      findings: [
        {
          line: 4,
          expected: '95.56',
          actual: '59.55',
          severity: 'error',
          rowLabel: '1 Persentase Balita Ditimbang',
          columnLabel: 'Capaian (%)',
          message: ['Tabel 3.3, baris "1 Persentase Balita Ditimbang", kolom Capaian (%)', 'capaian tertulis 59,55', 'realisasi ÷ target × 100 = 95,56', '(realisasi 86, target 90)'],
        },
      ],
    },
    {
      name: 'strict rounding: truncated capaian values are flagged',
      rounding: 'round',
      text: sleman(),
      findings: [
        { line: 4, expected: '95.56', actual: '95.55' },
        { line: 5, expected: '106.67', actual: '106.66' },
        { line: 6, expected: '98.95', actual: '98.94' },
      ],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: sleman({ balita: '59,55' }),
      findings: [
        {
          line: 4,
          expected: '95.56',
          actual: '59.55',
          message: ['Tabel 3.3, row "1 Persentase Balita Ditimbang", column Capaian (%): achievement states 59.55', 'actual ÷ target × 100 = 95.56 (actual 86, target 90)'],
        },
      ],
    },
    {
      name: 'Angka Kematian Ibu computed as realisasi / target although the report states (2 × target − realisasi) / target',
      text: aki(FORMULA_2T, '93,33'),
      findings: [{ line: 5, expected: '106.67', actual: '93.33', message: ['(2 × target − realisasi) ÷ target × 100 = 106,67', '(realisasi 84, target 90)'] }],
    },
    {
      name: 'Angka Kematian Ibu: the formula stated is target / realisasi, the table used (2 × target − realisasi) / target',
      text: aki('Rumus capaian indikator negatif: Capaian = Target / Realisasi x 100%.', '106,66'),
      findings: [{ line: 5, expected: '107.14', actual: '106.66', message: ['target ÷ realisasi × 100 = 107,14'] }],
    },
    {
      name: 'Persentase Penduduk Miskin computed as realisasi / target',
      text: miskin(FORMULA_INVERSE, '105,58'),
      findings: [{ line: 5, expected: '94.71', actual: '105.58', message: ['target ÷ realisasi × 100 = 94,71', '(realisasi 10,77, target 10,20)'] }],
    },
    {
      name: 'strict rounding: a truncated lower-is-better capaian (106,66 for 106,666…) is flagged',
      rounding: 'round',
      text: aki(FORMULA_2T, '106,66'),
      findings: [{ line: 5, expected: '106.67', actual: '106.66' }],
    },
    {
      name: 'lower is better without a stated formula, matching neither formula: reported with (2 × target − realisasi)',
      text: lines(row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'), row('1', 'Angka Kematian Ibu (per 100.000 kelahiran hidup)', '90', '84', '93,33')),
      findings: [{ line: 2, expected: '106.67', actual: '93.33', message: ['(2 × target − realisasi) ÷ target × 100'] }],
    },
    {
      name: 'periods: the 2022 capaian is compared with the 2022 target and realisasi',
      text: periods('92,59'),
      findings: [{ line: 4, expected: '95.29', actual: '92.59', columnLabel: '2022 Capaian (%)', message: ['kolom 2022 Capaian (%)', '(realisasi 81, target 85)'] }],
    },
  ],
});

describe('performance-achievement: regressions', () => {
  // Was a bug (false alarm): lower-is-better is guessed from keywords ("temuan", "kasus") with a
  // short list of exceptions. "Persentase Temuan yang Ditindaklanjuti", "Persentase Kasus TB
  // yang Diobati" and "Persentase Penyelesaian Tindak Lanjut Temuan" measure how much was
  // done (higher is better); their correct realisasi ÷ target capaian is reported as an error
  // against (2 × target − realisasi) ÷ target.
  it('treats "… temuan yang ditindaklanjuti" / "… kasus … yang diobati" as higher-is-better', () => {
    const text = lines(
      'Tabel 3.3 Pengukuran Kinerja Tahun 2023',
      row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
      row('1', 'Persentase Temuan yang Ditindaklanjuti', '85', '80', '94,11'),
      row('2', 'Persentase Kasus TB yang Diobati', '90', '86', '95,55'),
      row('3', 'Persentase Penyelesaian Tindak Lanjut Temuan BPK', '80', '76', '95,00'),
    );
    expect(lintWith(rule, { name: 'polarity keywords', text })).toEqual([]);
  });

  // Was a bug (false alarm): in a one-header-row table that holds kinerja and anggaran columns, an
  // ungrouped "%" column after the budget columns is taken for a kinerja capaian, because the
  // table has a Target column, and is compared with realisasi ÷ target of the kinerja columns.
  // It is the budget absorption (1.187.455.300 ÷ 1.210.000.000 = 98,13…%).
  it('leaves the "%" column after the Anggaran / Realisasi (Rp) columns to budget-absorption', () => {
    const text = lines(
      'Tabel 3.10 Pencapaian Kinerja dan Anggaran',
      row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'),
      row('1', 'Persentase Desa/Kelurahan Tangguh Bencana', '60', '54', '90,00', '1.210.000.000', '1.187.455.300', '98,13'),
    );
    expect(lintWith(rule, { name: 'mixed table', text })).toEqual([]);
  });
});
