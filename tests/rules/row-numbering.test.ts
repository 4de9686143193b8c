import rule from '../../rules/row-numbering.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

/**
 * Kecamatan Tampan, Kota Pekanbaru: programs, kegiatan numbered 1.. under each program, sub
 * kegiatan numbered 1.. under each kegiatan. Line 1 caption, 2 header, 3–16 rows, 17 Jumlah.
 * `k4` is the number of the fourth kegiatan of program 1 (line 12).
 */
function tampan(over: { k4?: string; s2?: string } = {}): string {
  return lines(
    'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Kota Pekanbaru Tahun Anggaran 2023',
    row('No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa (Rp)'),
    row('1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '370.000.000', '352.000.000', '95,14', '18.000.000'),
    row('1', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '30.000.000', '29.000.000', '96,67', '1.000.000'),
    row('', '1 Penyusunan Dokumen Perencanaan Perangkat Daerah', '10.000.000', '9.500.000', '95,00', '500.000'),
    row('', `${over.s2 ?? '2'} Evaluasi Kinerja Perangkat Daerah`, '20.000.000', '19.500.000', '97,50', '500.000'),
    row('2', 'Administrasi Keuangan Perangkat Daerah', '200.000.000', '190.000.000', '95,00', '10.000.000'),
    row('', '1 Penyediaan Gaji dan Tunjangan ASN', '200.000.000', '190.000.000', '95,00', '10.000.000'),
    row('3', 'Administrasi Umum Perangkat Daerah', '60.000.000', '58.000.000', '96,67', '2.000.000'),
    row('', '1 Penyediaan Bahan Logistik Kantor', '25.000.000', '24.000.000', '96,00', '1.000.000'),
    row('', '2 Penyediaan Barang Cetak dan Penggandaan', '35.000.000', '34.000.000', '97,14', '1.000.000'),
    row(over.k4 ?? '4', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', '80.000.000', '75.000.000', '93,75', '5.000.000'),
    row('', '1 Penyediaan Jasa Surat Menyurat', '80.000.000', '75.000.000', '93,75', '5.000.000'),
    row('2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', '150.000.000', '140.000.000', '93,33', '10.000.000'),
    row('1', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', '150.000.000', '140.000.000', '93,33', '10.000.000'),
    row('', '1 Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', '150.000.000', '140.000.000', '93,33', '10.000.000'),
    row('', 'JUMLAH', '520.000.000', '492.000.000', '94,62', '28.000.000'),
  );
}

/** Kecamatan Depok, Kabupaten Sleman: a list table (isu strategis) numbered in its first column. Rows on lines 4–7. */
function isuStrategis(numbers: string[]): string {
  const issues = ['Ketersediaan anggaran', 'Sumber daya aparatur', 'Kualitas sumber daya aparatur', 'Partisipasi masyarakat dan dunia usaha'];
  return lines(
    'Tabel 1.1 Isu Strategis Kecamatan Depok Kabupaten Sleman',
    row('No', 'Isu Strategis', 'Rumusan Masalah'),
    row('1', '2', '3'),
    ...issues.map((issue, i) => row(numbers[i], issue, 'Belum memadai untuk mendukung pelayanan')),
  );
}

/** A numbered list of the text (Dinas Kesehatan Kabupaten Banyumas). The items are on lines 3–7. */
function tugas(markers: string[]): string {
  const items = [
    'Perumusan kebijakan teknis di bidang kesehatan;',
    'Pelaksanaan kebijakan di bidang kesehatan;',
    'Pelaksanaan evaluasi dan pelaporan di bidang kesehatan;',
    'Pelaksanaan administrasi dinas;',
    'Pelaksanaan fungsi lain yang diberikan oleh Bupati.',
  ];
  return lines(
    'Dinas Kesehatan Kabupaten Banyumas menyelenggarakan fungsi sebagai berikut:',
    '',
    ...markers.map((m, i) => `${m} ${items[i]}`),
  );
}

testRule(rule, {
  valid: [
    {
      name: 'kegiatan restart at 1 under each program, sub kegiatan under each kegiatan',
      text: tampan(),
    },
    {
      name: 'a list table numbered 1, 2, 3, 4 under a column-index row',
      text: isuStrategis(['1', '2', '3', '4']),
    },
    {
      name: 'rows numbered with budget codes are not a count',
      text: lines(
        row('Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'),
        row('7.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '50.000.000', '48.000.000'),
        row('7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '30.000.000', '29.000.000'),
        row('7.01.01.2.05', 'Administrasi Kepegawaian Perangkat Daerah', '20.000.000', '19.000.000'),
        row('7.01.01.2.07', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', '0', '0'),
      ),
    },
    {
      name: 'a gap where rows lost their number (printed without one) is not a skip',
      text: isuStrategis(['1', '2', '', '4']),
    },
    {
      name: 'ranks that do not count from 1 (Golongan IV, III, II) are labels, not a sequence',
      text: lines(
        'Tabel 1.2 Jumlah Pegawai Kecamatan Depok Menurut Golongan',
        row('Golongan', 'Keterangan', 'Jumlah (orang)'),
        row('IV', 'Pembina', '3'),
        row('III', 'Penata', '12'),
        row('II', 'Pengatur', '5'),
      ),
    },
    {
      name: 'numbers at the start of text cells are the cell\'s own list, not row numbers',
      text: lines(
        'Tabel 2.2 Strategi dan Arah Kebijakan Kecamatan Depok',
        row('Sasaran', 'Strategi', 'Arah Kebijakan'),
        row('Meningkatnya kualitas pelayanan', '1. Meningkatkan kualitas penyelenggaraan pemerintahan', 'Terlaksananya koordinasi'),
        row('', '2. Meningkatkan ketentraman dan ketertiban', 'Terlaksananya ketentraman'),
        row('', '2. Meningkatkan pemberdayaan masyarakat', 'Terlaksananya pemberdayaan'),
      ),
    },
    {
      name: 'a list table whose rows are not numbered from 1 (continued from another page) is not judged',
      text: isuStrategis(['5', '6', '8', '9']),
    },
    {
      name: 'a numbered list of the text, counting right',
      text: tugas(['1.', '2.', '3.', '4.', '5.']),
    },
    {
      name: 'lettered sub-lists restart under each numbered item; roman lists read "i." as one',
      text: lines(
        '1. Indikator Indeks Kepuasan Masyarakat',
        'a. Capaian kinerja tahun 2023 sebesar 95,21%.',
        'b. Faktor pendukung sebagai berikut.',
        'c. Faktor penghambat sebagai berikut.',
        '2. Indikator Persentase Penyelesaian Pengaduan',
        'a. Capaian kinerja tahun 2023 sebesar 99,01%.',
        'b. Faktor pendukung sebagai berikut.',
        '3. Indikator Persentase Pelimpahan Kewenangan',
        'a. Capaian kinerja tahun 2023 sebesar 98,33%.',
        '',
        'Hambatan yang ditemukan antara lain:',
        'i. Belum terbangunnya sistem pengumpulan data kinerja;',
        'ii. Keterbatasan sumber daya aparatur;',
        'iii. Keterbatasan sarana dan prasarana;',
        'iv. Koordinasi antar perangkat daerah belum optimal;',
        'v. Swadaya masyarakat masih rendah.',
        '',
        'Susunan organisasi terdiri dari:',
        'a. Camat',
        'b. Sekretariat',
        'a. Subbagian Umum dan Kepegawaian',
        'b. Subbagian Perencanaan dan Keuangan',
        'c. Seksi Pemerintahan',
        'd. Seksi Ketentraman dan Ketertiban',
        'e. Seksi Pemberdayaan Masyarakat',
        'f. Seksi Kesejahteraan Sosial',
        'g. Seksi Pelayanan Umum',
        'h. Kelompok Jabatan Fungsional',
        'i. Kelurahan',
      ),
    },
    {
      name: 'a list introduced by a sentence is a new list, even when its first marker was lost',
      text: lines(
        'Dasar hukum penyusunan laporan ini adalah:',
        '1. Peraturan Presiden Nomor 29 Tahun 2014;',
        '2. Peraturan Menteri PAN dan RB Nomor 53 Tahun 2014;',
        '3. Peraturan Daerah Kabupaten Sleman Nomor 6 Tahun 2021;',
        'Fungsi kecamatan adalah sebagai berikut:',
        'Pengkoordinasian penyelenggaraan tugas umum pemerintahan;',
        '2. Pemberian pelayanan masyarakat;',
        '3. Pembinaan kelurahan.',
      ),
    },
    {
      name: 'an item repeated word for word is a duplicated paragraph, not a numbering slip',
      text: lines(
        'Rumus capaian yang digunakan:',
        'a. Untuk indikator positif: capaian = realisasi / target x 100%',
        'b. Untuk indikator negatif: capaian = (2 x target - realisasi) / target x 100%',
        'b. Untuk indikator negatif: capaian = (2 x target - realisasi) / target x 100%',
        'c. Capaian dibandingkan dengan skala nilai peringkat kinerja.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a kegiatan number used twice under one program (3, 3)',
      text: tampan({ k4: '3' }),
      findings: [
        {
          line: 12,
          expected: '4',
          actual: '3',
          severity: 'warning',
          rowLabel: '3 Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
          message: [
            'Tabel 3.7, nomor kegiatan di bawah "1 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"',
            'nomor 3 dipakai dua kali ("3 Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah" dan sebelumnya "3 Administrasi Umum Perangkat Daerah")',
            'urutan tertulis 1, 2, 3, 3, seharusnya 1, 2, 3, 4 (baris ini nomor 4)',
          ],
        },
      ],
    },
    {
      name: 'a kegiatan number skipped under one program (3 then 5)',
      text: tampan({ k4: '5' }),
      findings: [{ line: 12, expected: '4', actual: '5', message: ['sesudah nomor 3 langsung nomor 5', 'nomor 4 terlewat', 'urutan tertulis 1, 2, 3, 5, seharusnya 1, 2, 3, 4'] }],
    },
    {
      name: 'a list table skipping a number (Tabel 1.1: 1, 2, 3, 5)',
      text: isuStrategis(['1', '2', '3', '5']),
      findings: [{ line: 7, expected: '4', actual: '5', rowLabel: '5 Partisipasi masyarakat dan dunia usaha', message: ['Tabel 1.1, nomor baris: sesudah nomor 3 langsung nomor 5'] }],
    },
    {
      name: 'two numbers swapped give one finding, at the number out of order',
      text: isuStrategis(['1', '3', '2', '4']),
      findings: [{ line: 6, expected: '4', actual: '2', message: ['nomor 2 ("2 Kualitas sumber daya aparatur") muncul sesudah nomor 3', 'urutan tertulis 1, 3, 2, 4'] }],
    },
    {
      name: 'a column-index row repeated inside the table (after a page break) is not a row',
      text: lines(
        'Tabel 1.1 Isu Strategis Kecamatan Depok Kabupaten Sleman',
        row('No', 'Isu Strategis', 'Rumusan Masalah'),
        row('1', '2', '3'),
        row('1', 'Ketersediaan anggaran', 'Belum memadai'),
        row('2', 'Sumber daya aparatur', 'Belum memadai'),
        row('1', '2', '3'),
        row('3', 'Kualitas sumber daya aparatur', 'Belum memadai'),
        row('5', 'Partisipasi masyarakat dan dunia usaha', 'Belum memadai'),
      ),
      findings: [{ line: 8, expected: '4', actual: '5' }],
    },
    {
      name: 'roman groups skipping III',
      text: lines(
        row('', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        row('I', 'Belanja Operasi', '9.969.639.470', '9.602.274.749'),
        row('II', 'Belanja Modal', '554.659.830', '554.234.350'),
        row('IV', 'Belanja Transfer', '0', '0'),
        row('Jumlah', '', '10.524.299.300', '10.156.509.099'),
      ),
      findings: [{ line: 4, expected: 'III', actual: 'IV', message: ['kelompok belanja: sesudah nomor II langsung nomor IV ("IV Belanja Transfer"), nomor III terlewat', 'seharusnya I, II, III'] }],
    },
    {
      name: 'a numbered list of the text skipping 4',
      text: tugas(['1.', '2.', '3.', '5.', '6.']),
      findings: [
        {
          line: 6,
          expected: '4',
          actual: '5',
          message: ['Daftar bernomor: sesudah butir 3 langsung butir 5 ("Pelaksanaan administrasi dinas;")', 'butir 4 terlewat', 'urutan tertulis 1, 2, 3, 5, 6, seharusnya 1, 2, 3, 4, 5'],
        },
      ],
    },
    {
      name: 'a lettered list repeating b',
      text: tugas(['a.', 'b.', 'b.', 'c.', 'd.']),
      findings: [{ line: 5, expected: 'c', actual: 'b', message: ['butir b dipakai dua kali', 'urutan tertulis a, b, b, c, d, seharusnya a, b, c, d, e (butir ini c)'] }],
    },
    {
      name: 'an outer list skipping a number after its lettered sub-list',
      text: lines(
        'BAB III AKUNTABILITAS KINERJA',
        '3.1. Analisis Capaian Kinerja',
        '1. Indikator Indeks Kepuasan Masyarakat',
        'a. Capaian kinerja tahun 2023 sebesar 95,21%.',
        'b. Faktor pendukung sebagai berikut.',
        '2. Indikator Persentase Penyelesaian Pengaduan',
        'a. Capaian kinerja tahun 2023 sebesar 99,01%.',
        '4. Indikator Persentase Pelimpahan Kewenangan',
        'a. Capaian kinerja tahun 2023 sebesar 98,33%.',
      ),
      findings: [{ line: 8, expected: '3', actual: '4', message: ['Daftar bernomor di 3.1 Analisis Capaian Kinerja: sesudah butir 2 langsung butir 4'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: tampan({ k4: '3' }),
      findings: [
        {
          line: 12,
          expected: '4',
          actual: '3',
          message: [
            'Tabel 3.7, kegiatan numbers under "1 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA": number 3 is used twice',
            'the numbers read 1, 2, 3, 3, expected 1, 2, 3, 4 (this row 4)',
          ],
        },
      ],
    },
  ],
});

describe('row-numbering: details', () => {
  it('gives the sibling rows as related locations', () => {
    const [f] = lintWith(rule, { name: 'duplicate', text: tampan({ k4: '3' }) });
    expect(f.related.map((r) => r.location.line)).toEqual([4, 7, 9]);
    expect(f.related.map((r) => r.note)).toEqual(['1', '2', '3']);
  });

  it('does not judge a sequence of two (sub kegiatan 1, 3)', () => {
    expect(lintWith(rule, { name: 'sub kegiatan', text: tampan({ s2: '3' }) })).toEqual([]);
  });

  it('checks sub kegiatan under their kegiatan', () => {
    const text = tampan().replace(
      row('', '2 Penyediaan Barang Cetak dan Penggandaan', '35.000.000', '34.000.000', '97,14', '1.000.000'),
      [
        row('', '2 Penyediaan Barang Cetak dan Penggandaan', '20.000.000', '19.000.000', '95,00', '1.000.000'),
        row('', '2 Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan', '15.000.000', '15.000.000', '100,00', '0'),
      ].join('\n'),
    );
    const found = lintWith(rule, { name: 'sub kegiatan', text });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: '3', actual: '2', location: { line: 12 } });
    expect(found[0].message).toContain('nomor sub kegiatan di bawah "3 Administrasi Umum Perangkat Daerah"');
  });
});

describe('row-numbering: reference report', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });

  it('flags the kegiatan numbered 5 twice under program 1 in both copies of Tabel 3.7', () => {
    const at = (line: number) => findings.find((f) => f.location.line === line);
    expect(at(884)).toMatchObject({ expected: '6', actual: '5' });
    expect(at(884)!.message).toContain('urutan tertulis 1, 2, 3, 4, 5, 5, 6,');
    expect(at(1342)).toMatchObject({ expected: '6', actual: '5' });
    expect(at(1342)!.message).toContain('urutan tertulis 1, 2, 3, 4, 5, 5, 6, 7,');
  });

  it('flags the isu strategis numbered 1, 2, 3, 5 (Tabel 1.1)', () => {
    expect(findings.find((f) => f.location.line === 417)).toMatchObject({ expected: '4', actual: '5' });
  });

  it('finds nothing else: the lists of the text, the other tables and the nested listing of the summary count right', () => {
    expect(findings.map((f) => f.location.line)).toEqual([417, 884, 1342]);
  });
});
