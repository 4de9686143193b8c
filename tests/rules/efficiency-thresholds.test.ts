import rule from '../../rules/efficiency-thresholds.js';
import { lines, lintReference, row, testRule } from '../support/rule-tester.js';

/** Kecamatan Depok, Kabupaten Sleman (DI Yogyakarta): the thresholds under the efficiency table. */
const depok = (...thresholds: string[]) =>
  lines(
    'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
    'BAB III AKUNTABILITAS KINERJA',
    '3.9. Efisiensi Penggunaan Sumber Daya',
    'Efisiensi diperoleh dengan membandingkan capaian kinerja dengan penyerapan anggaran, dengan kategori:',
    ...thresholds,
  );

testRule(rule, {
  valid: [
    { name: '≥ 1 Efisien, < 1 Kurang Efisien', text: depok('≥ 1 Efisien', '< 1 Kurang Efisien') },
    { name: '> 1, = 1 and < 1', text: depok('> 1 Efisien', '= 1 Cukup Efisien', '< 1 Kurang Efisien') },
    { name: 'one line with two categories', text: depok('Efisien jika nilai efisiensi ≥ 1; Tidak Efisien jika nilai efisiensi < 1.') },
    { name: 'words for the comparators', text: depok('Lebih dari sama dengan 1 : Efisien', 'Kurang dari 1 : Tidak Efisien') },
    { name: 'percentages', text: depok('≥ 100% Efisien', '< 100% Kurang Efisien') },
    { name: 'a compound band "0,5 < x ≤ 1"', text: depok('x ≤ 0,5 Kurang Efisien', '0,5 < x ≤ 1 Cukup Efisien', 'x > 1 Efisien') },
    { name: 'one category only names the good one: nothing to compare', text: depok('Suatu kegiatan dinyatakan efisien apabila nilai efisiensi ≥ 1.') },
    {
      name: 'a threshold table',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Tabel 3.12 Kategori Efisiensi',
        row('No', 'Nilai Efisiensi', 'Kategori'),
        row('1', '≥ 1', 'Efisien'),
        row('2', '< 1', 'Tidak Efisien'),
      ),
    },
    {
      name: 'sentences about efficiency with figures are not thresholds',
      text: depok('Tingkat efisiensi Indeks Kepuasan Masyarakat adalah 1,14 sehingga termasuk kategori Efisien.', 'Anggaran 2021 - 2026 dikelola secara efisien.'),
    },
  ],
  invalid: [
    {
      name: '"1 ≥ Efisien" / "1 ≤ Kurang Efisien": read as ≥ 1 and ≤ 1, both contain 1',
      text: depok('1 ≥ Efisien', '', '1 ≤ Kurang Efisien'),
      findings: [
        {
          line: 7,
          severity: 'warning',
          actual: '1 ≤ Kurang Efisien',
          message: ['"1 ≥ Efisien" (dibaca ≥ 1 Efisien) dan "1 ≤ Kurang Efisien" (dibaca ≤ 1 Kurang Efisien) sama-sama mencakup nilai tepat 1', 'tingkat efisiensi 1,00 masuk ke dua kategori (Efisien dan Kurang Efisien)'],
        },
      ],
    },
    {
      name: '> 1 and < 1 leave exactly 1 without a category',
      text: depok('> 1 Efisien', '< 1 Tidak Efisien'),
      findings: [{ line: 5, message: ['tidak mencakup nilai tepat 1', 'tingkat efisiensi 1,00 tidak masuk kategori mana pun (di antara "< 1 Tidak Efisien" dan "> 1 Efisien")'] }],
    },
    {
      name: 'bands sharing an end point overlap there',
      text: depok('0 - 0,5 Kurang Efisien', '0,5 - 1 Cukup Efisien', '> 1 Efisien'),
      findings: [{ line: 6, message: ['"0 - 0,5 Kurang Efisien" dan "0,5 - 1 Cukup Efisien" sama-sama mencakup nilai tepat 0,5'] }],
    },
    {
      name: 'bands with a gap between them',
      text: depok('0 - 0,49 Kurang Efisien', '0,5 - 1 Cukup Efisien', '> 1 Efisien'),
      findings: [{ line: 6, message: ['tidak mencakup nilai antara 0,49 (tidak termasuk) dan 0,5 (tidak termasuk)', 'tingkat efisiensi 0,495 tidak masuk kategori mana pun'] }],
    },
    {
      name: 'nothing above the highest band',
      text: depok('0 - 0,5 Kurang Efisien', '0,51 - 1 Efisien'),
      findings: [
        { line: 6, message: ['antara 0,5 (tidak termasuk) dan 0,51 (tidak termasuk)'] },
        { line: 6, message: ['tidak mencakup nilai di atas 1', '(di atas "0,51 - 1 Efisien")'] },
      ],
    },
    {
      name: 'words for the comparators: "lebih dari 1" and "kurang dari 1" leave out 1',
      text: depok('Lebih dari 1 : Efisien', 'Kurang dari 1 : Tidak Efisien'),
      findings: [{ line: 5, message: ['tepat 1'] }],
    },
    {
      name: 'percentages: "> 100%" and "< 100%" leave out 100',
      text: depok('> 100% Efisien', '< 100% Kurang Efisien'),
      findings: [{ line: 5, message: ['tepat 100', 'tingkat efisiensi 100,00'] }],
    },
    {
      name: 'a compound band leaving out its lower end',
      text: depok('x < 0,5 Kurang Efisien', '0,5 < x ≤ 1 Cukup Efisien', 'x > 1 Efisien'),
      findings: [{ line: 6, message: ['tepat 0,5', '(di antara "x < 0,5 Kurang Efisien" dan "0,5 < x ≤ 1 Cukup Efisien")'] }],
    },
    {
      name: 'a threshold table whose rows overlap',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Tabel 3.12 Kategori Efisiensi',
        row('No', 'Nilai Efisiensi', 'Kategori'),
        row('1', '≥ 1', 'Efisien'),
        row('2', '≤ 1', 'Tidak Efisien'),
      ),
      findings: [{ line: 5, message: ['"≥ 1 Efisien" dan "≤ 1 Tidak Efisien" sama-sama mencakup nilai tepat 1'] }],
    },
    {
      name: 'one line with two overlapping categories',
      text: depok('Efisien jika nilai efisiensi ≥ 1; Tidak Efisien jika nilai efisiensi ≤ 1.'),
      findings: [{ line: 5, message: ['tepat 1'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: depok('1 ≥ Efisien', '1 ≤ Kurang Efisien'),
      findings: [{ line: 6, message: ['The efficiency categories overlap: "1 ≥ Efisien" (read as ≥ 1 Efisien) and "1 ≤ Kurang Efisien" (read as ≤ 1 Kurang Efisien) both include exactly 1', 'an efficiency of 1.00 falls in two categories'] }],
    },
  ],
});

describe('efficiency-thresholds: the reference report', () => {
  it('warns once about the overlap at 1 of "1 ≥ Efisien" and "1 ≤ Kurang Efisien" (lines 1200 and 1202)', async () => {
    const findings = await lintReference(rule);
    expect(findings.map((f) => [f.location.line, f.severity, f.related.map((r) => r.location.line)])).toEqual([[1202, 'warning', [1200]]]);
    expect(findings[0].message).toContain('tepat 1');
  });
});
