import rule from '../../rules/predicate-scale.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

/** Kecamatan Tampan's attribute scale (lines 1–6). */
const berhasilScale = lines(
  'Tabel 3.2 Atribut Capaian Indikator Kinerja',
  row('No', 'Nilai Capaian Kinerja (%)', 'Atribut'),
  row('1', '85% s.d 100%', 'Sangat Berhasil'),
  row('2', '70% s.d < 85%', 'Berhasil'),
  row('3', '55% s.d < 70%', 'Cukup Berhasil'),
  row('4', '< 55%', 'Tidak Berhasil'),
);

/** A Permendagri 86/2017 table (lines 1–7). */
const tinggiScale = lines(
  'Tabel 3.1 Skala Nilai Peringkat Kinerja',
  row('No', 'Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian Realisasi Kinerja'),
  row('1', '91 - 100', 'Sangat Tinggi'),
  row('2', '76 - 90', 'Tinggi'),
  row('3', '66 - 75', 'Sedang'),
  row('4', '51 - 65', 'Rendah'),
  row('5', '≤ 50', 'Sangat Rendah'),
);

/** Capaian table of Kecamatan Tampan after the scale: lines 7–13 (rows 10–13). */
function tampan(p: { p1?: string; c1?: string; p2?: string; p4?: string } = {}): string {
  return lines(
    berhasilScale,
    'Tabel 3.3 Pengukuran Kinerja Kecamatan Tampan Kota Pekanbaru Tahun 2023',
    row('No', 'Sasaran', '', '2023', '', '', ''),
    row('', 'Uraian', 'Indikator', 'Target', 'Realisasi', 'Capaian Kinerja', 'Predikat Capaian'),
    row('1', 'Meningkatnya Kualitas Pelayanan Kecamatan Tampan', 'Indeks Kepuasan Masyarakat', '87', '71,76', p.c1 ?? '82,48', p.p1 ?? 'Berhasil'),
    row('', '', 'Persentase Pelaksanaan Tugas Pemerintahan Umum', '100', '99,01', '99,01', p.p2 ?? 'Sangat berhasil'),
    row('', '', 'Persentase Penyelesaian Pengaduan Masyarakat', '100', '60,00', '60,00', 'Cukup Berhasil'),
    row('', '', 'Persentase Kelurahan Tertib Administrasi', '100', '40,00', '40,00', p.p4 ?? 'Tidak Berhasil'),
  );
}

testRule(rule, {
  valid: [
    {
      name: 'every predicate of the table is what the printed scale gives for the capaian of its row',
      text: tampan(),
    },
    {
      name: 'a capaian above the top band (114,83 with "85% s.d 100%") given the top predicate',
      text: tampan({ c1: '114,83', p1: 'Sangat Berhasil' }),
    },
    {
      name: 'predicates in sentences agree with the scale carrying their words',
      text: lines(
        tinggiScale,
        berhasilScale,
        'Target yang ditetapkan tahun 2023 adalah 87 realisasi sebesar 82,84 tercapai 95,21 atau bernilai kinerja Sangat berhasil. Bila dibandingkan dengan realisasi tahun 2022 sebesar 99,91 atau tercapai sebesar 114,83%, yang bernilai sangat tinggi, maka capaian tahun 2023 menurun.',
        'Capaian kinerja indikator ini mencapai 72,50% sehingga termasuk kategori Berhasil.',
        'Indikator Persentase Penyelesaian Pengaduan memperoleh predikat Cukup Berhasil dengan capaian sebesar 60,25%.',
        'Capaian kinerja 40,10% (Tidak Berhasil) disebabkan keterlambatan pengadaan.',
        'Capaian indikator Indeks Kepuasan Masyarakat sebesar 95,21% atau termasuk kategori Sangat Berhasil.',
      ),
    },
    {
      name: 'a capaian in a gap of whole-number bands (90,5 between 76–90 and 91–100) may take either band',
      text: lines(tinggiScale, 'Persentase capaian indikator tercapai 90,50% atau bernilai kinerja Tinggi.', 'Capaian indikator lainnya tercapai 90,60% atau bernilai kinerja Sangat Tinggi.'),
    },
    {
      name: 'a whole number at a band edge (85 may stand for 84,6) accepts both bands',
      text: tampan({ c1: '85', p1: 'Berhasil' }),
    },
    {
      name: 'a 2023 predicate is judged by the 2023 capaian, not the 2022 one',
      text: lines(
        berhasilScale,
        'Tabel 3.4 Perbandingan Capaian Dinas Kesehatan Kabupaten Banyumas',
        row('No', 'Indikator', '2022', '', '2023', '', ''),
        row('', '', 'Realisasi', 'Capaian Kinerja', 'Realisasi', 'Capaian Kinerja', 'Predikat'),
        row('1', 'Angka Kematian Ibu', '60', '60,00', '95', '95,00', 'Sangat Berhasil'),
      ),
    },
    {
      name: 'efficiency columns, "Tercapai" columns and ratings without a capaian figure are not judged',
      text: lines(
        berhasilScale,
        'Tabel 3.10 Efisiensi Penggunaan Sumber Daya',
        row('No', 'Indikator', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi', 'Kategori', 'Keterangan'),
        row('1', 'Indeks Kepuasan Masyarakat', '95,21', '82,84', '1,14', 'Efisien', 'Tercapai'),
        'Berdasarkan akumulasi capaian tersebut kinerja Kecamatan Tampan termasuk kategori 1 (satu) yaitu SANGAT BERHASIL.',
        'Meskipun target kinerja sasaran strategis Sangat Berhasil, belum semua kegiatan terealisasi 100%.',
      ),
    },
    {
      name: 'a rating word after a realisasi (not a capaian) or in an ordinary sentence is not judged',
      text: lines(
        tinggiScale,
        'Apabila semakin tinggi realisasi menunjukkan pencapaian kinerja yang semakin baik, digunakan rumus capaian = realisasi / target × 100.',
        'Realisasi Indeks Kepuasan Masyarakat sebesar 60 atau bernilai kinerja Sangat Tinggi menurut survei.',
        'Capaian dan realisasi anggaran sebesar 60 atau bernilai kinerja Sangat Tinggi menurut survei.',
        'Kecamatan Depok menyelenggarakan 12 kegiatan dengan partisipasi yang tinggi.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a table predicate one band too high',
      text: tampan({ p1: 'Sangat Berhasil' }),
      findings: [
        {
          line: 10,
          severity: 'error',
          expected: 'Berhasil',
          actual: 'Sangat Berhasil',
          columnLabel: '2023 Predikat Capaian',
          message: [
            'Tabel 3.3, baris "1 Meningkatnya Kualitas Pelayanan Kecamatan Tampan", kolom 2023 Predikat Capaian',
            'predikat "Sangat Berhasil" untuk capaian 82,48%',
            'menurut skala Tabel 3.2 capaian 82,48% termasuk "Berhasil" (Berhasil 70% s.d < 85%)',
          ],
        },
      ],
    },
    {
      name: 'two wrong predicates in one table, each reported at its cell',
      text: tampan({ p2: 'Berhasil', p4: 'Cukup Berhasil' }),
      findings: [
        { line: 11, expected: 'Sangat Berhasil', actual: 'Berhasil' },
        { line: 13, expected: 'Tidak Berhasil', actual: 'Cukup Berhasil' },
      ],
    },
    {
      name: 'a sentence using the other scale\'s word for the wrong band ("tinggi" for 98,33 where ≥ 91 is Sangat Tinggi)',
      text: lines(
        tinggiScale,
        berhasilScale,
        'Target yang ditetapkan tahun 2023 adalah 100 % realisasi sebesar 98,33 % tercapai 98,33 % atau bernilai kinerja tinggi. Bila dibandingkan dengan tahun 2022 capaian meningkat.',
      ),
      findings: [
        {
          line: 14,
          severity: 'error',
          expected: 'Sangat Tinggi',
          actual: 'tinggi',
          message: ['Kalimat "…98,33 % atau bernilai kinerja tinggi…"', 'predikat "tinggi" untuk capaian 98,33%', 'menurut skala Tabel 3.1 capaian 98,33% termasuk "Sangat Tinggi" (Sangat Tinggi 91 - 100)'],
        },
      ],
    },
    {
      name: 'a predicate stated before its capaian ("predikat … dengan capaian …"), one in parentheses, one after a named indicator',
      text: lines(
        berhasilScale,
        'Indikator ini memperoleh predikat Berhasil dengan capaian sebesar 92,50%.',
        'Capaian kinerja 64,20% (Berhasil) disebabkan keterlambatan pengadaan.',
        'Capaian indikator Persentase Penyelesaian Pengaduan Masyarakat sebesar 77,10% atau termasuk kategori Sangat Berhasil.',
      ),
      findings: [
        { line: 7, expected: 'Sangat Berhasil', actual: 'Berhasil', message: ['92,50%'] },
        { line: 8, expected: 'Cukup Berhasil', actual: 'Berhasil', message: ['64,20%'] },
        { line: 9, expected: 'Berhasil', actual: 'Sangat Berhasil', message: ['Kalimat "…77,10% atau termasuk kategori Sangat Berhasil…"'] },
      ],
    },
    {
      name: 'a capaian above the top band given a lower predicate: the top band is expected',
      text: tampan({ c1: '114,83', p1: 'Berhasil' }),
      findings: [{ line: 10, expected: 'Sangat Berhasil', message: ['capaian di atas batas atas skala diberi predikat tertinggi'] }],
    },
    {
      name: 'option reportAboveScale: a capaian above the top band is reported as info',
      options: { reportAboveScale: true },
      text: tampan({ c1: '114,83', p1: 'Sangat Berhasil' }),
      findings: [{ line: 10, severity: 'info', message: ['capaian 114,83% melebihi batas atas skala Tabel 3.2 (Sangat Berhasil 85% s.d 100%)'] }],
    },
    {
      name: 'a predicate that is not on the printed scale of its words',
      text: tampan({ p4: 'Kurang Berhasil' }),
      findings: [
        {
          line: 13,
          severity: 'error',
          expected: 'Tidak Berhasil',
          actual: 'Kurang Berhasil',
          message: ['predikat "Kurang Berhasil" tidak ada pada skala Tabel 3.2 (Sangat Berhasil, Berhasil, Cukup Berhasil, Tidak Berhasil)', 'capaian 40,00% termasuk "Tidak Berhasil"'],
        },
      ],
    },
    {
      name: 'no printed scale with the words: the standard scale is used and the finding is a warning',
      text: lines(
        'Tabel 3.3 Capaian Kinerja Kecamatan Depok Kabupaten Sleman',
        row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'),
        row('1', 'Persentase Penyelesaian Pengaduan Masyarakat', '100', '60', '60,00', 'Sangat Berhasil'),
        'Persentase kelurahan tertib administrasi tercapai 89,50% atau bernilai kinerja Sedang.',
      ),
      findings: [
        {
          line: 3,
          severity: 'warning',
          expected: 'Cukup Berhasil',
          message: ['skala predikat yang lazim dipakai', 'Laporan tidak mencantumkan skala dengan predikat "Sangat Berhasil"'],
        },
        { line: 4, severity: 'warning', expected: 'Tinggi', message: ['skala Permendagri 86/2017', '(Tinggi 76 ≤ 90)'] },
      ],
    },
    {
      name: 'two scales printed: each predicate is judged by the scale with its words',
      text: lines(tinggiScale, berhasilScale, 'Capaian indikator pertama tercapai 95,00% atau bernilai kinerja Tinggi.', 'Capaian indikator kedua tercapai 72,00% atau bernilai kinerja Sangat Berhasil.'),
      findings: [
        { line: 14, expected: 'Sangat Tinggi', message: ['skala Tabel 3.1'] },
        { line: 15, expected: 'Berhasil', message: ['skala Tabel 3.2'] },
      ],
    },
    {
      name: 'a value in two bands (an overlap of the printed scale, or a rounded figure at a band edge): both are named',
      text: lines(
        tinggiScale.replace('91 - 100', '≥ 90').replace('76 - 90', '76 ≤ 90'),
        'Capaian indikator pertama tercapai 90,00% atau bernilai kinerja Sedang.',
        berhasilScale,
        'Capaian indikator kedua tercapai 85% atau bernilai kinerja Cukup Berhasil.',
      ),
      findings: [
        { line: 8, expected: 'Sangat Tinggi / Tinggi', message: ['termasuk "Sangat Tinggi atau Tinggi"', 'interval skala tumpang tindih di sini'] },
        { line: 15, expected: 'Sangat Berhasil / Berhasil', message: ['angka capaian yang dibulatkan dapat berarti keduanya'] },
      ],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: tampan({ p1: 'Sangat Berhasil' }),
      findings: [
        {
          line: 10,
          message: ['Tabel 3.3, row "1 Meningkatnya Kualitas Pelayanan Kecamatan Tampan", column 2023 Predikat Capaian', 'rating "Sangat Berhasil" for an achievement of 82.48%', 'by the scale in Tabel 3.2 an achievement of 82.48% is "Berhasil"'],
        },
      ],
    },
  ],
});

describe('predicate-scale: the reference report', () => {
  it('flags "bernilai kinerja tinggi" for 98,33 only; the summary\'s "berhasil" for 82,48 and Bab III\'s predicates hold', async () => {
    const found = await lintReference(rule);
    // Exactly one finding: the other nine predicates (lines 207–209, 706–708, 714 twice, 736) hold, and
    // none of DOMAIN.md's correct statements (counts, terbilang, 2022 comparisons, Tabel 3.8, the PK appendices) is touched.
    expect(found.map((f) => [f.location.line, f.severity, f.expected, f.actual])).toEqual([[754, 'error', 'Sangat Tinggi', 'tinggi']]);
    expect(found[0].message).toContain('menurut skala Tabel 3.1 capaian 98,33% termasuk "Sangat Tinggi" (Sangat Tinggi ≥ 90)');
    expect(found[0].related.map((r) => r.location.line)).toEqual([657, 658]);
  });

  it('with reportAboveScale nothing more: 114,83 "sangat tinggi" is inside the printed "≥ 90"', async () => {
    const found = await lintReference(rule, { 'predicate-scale': { severity: 'error', options: { reportAboveScale: true } } });
    expect(found.map((f) => f.location.line)).toEqual([754]);
  });
});

describe('predicate-scale: regressions', () => {
  it('a predicate column whose header the table reader took for a capaian column is still read', () => {
    // "Predikat Capaian" contains "Capaian": the column is the predicate, the capaian is the one left of it.
    const found = lintWith(rule, { name: 'header', text: tampan({ p1: 'Cukup Berhasil' }) });
    expect(found.map((f) => [f.location.line, f.expected])).toEqual([[10, 'Berhasil']]);
  });
});
