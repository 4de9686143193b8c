import rule from '../../rules/stated-count.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, lintWith, referenceText, row, testRule } from '../support/rule-tester.js';

/** Kecamatan Tampan, Kota Pekanbaru: a numbered list of programs, kegiatan and sub kegiatan whose numbering restarts per level. */
function tampanList(intro: string, extraSub = false): string {
  return lines(
    'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN TAMPAN KOTA PEKANBARU TAHUN 2023', // 1
    '', // 2
    intro, // 3
    '', // 4
    row('1 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', ''), // 5
    row('1', 'Administrasi Keuangan Perangkat Daerah'), // 6
    row('1', 'Penyediaan Gaji dan Tunjangan ASN'), // 7
    row('2', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD'), // 8
    row('2', 'Administrasi Umum Perangkat Daerah'), // 9
    row('1', 'Penyediaan Bahan Logistik Kantor'), // 10
    row('2', 'Penyediaan Barang Cetakan dan Penggandaan'), // 11
    row('3', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD'), // 12
    row('2', '', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK'), // 13
    row('', '1', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan'), // 14
    row('', '1', 'Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan'), // 15
    row('', '2', 'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan'), // 16
    row('', '1', 'Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan'), // 17
    row('3', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN'), // 18
    row('1', 'Kegiatan Pemberdayaan Kelurahan'), // 19
    row('1', 'Pembangunan Sarana dan Prasarana Kelurahan'), // 20
    row('2', 'Kegiatan Pemberdayaan dan Kesejahteraan Keluarga'), // 21
    row('1', 'Peningkatan Ketahanan Pangan Keluarga'), // 22
    row('2', 'Pelatihan Keluarga Tanggap Bencana Alam'), // 23
    ...(extraSub ? [row('3', 'Pelatihan Keluarga Tanggap Bencana Rumah Tangga')] : []), // 24
  );
}

/** 3 programs, 6 kegiatan, 10 sub kegiatan (11 with the extra one). */
const TAMPAN_INTRO =
  'Sasaran strategis Kecamatan Tampan dilaksanakan melalui 3 (Tiga) Program, 6 (Enam) Kegiatan dan 10 (Sepuluh) Sub Kegiatan dalam Rencana Kinerja Kecamatan Tampan Tahun 2023 antara lain :';

/** Kabupaten Sleman: a program table after the sentence that counts the programs. */
function slemanPrograms(count: string, rows = 4): string {
  const programs = [
    ['1.', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Rp. 212.750.000,-', 'APBD Kabupaten Sleman'],
    ['2.', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp. 845.300.000,-', 'APBD Kabupaten Sleman'],
    ['3.', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp. 96.000.000,-', 'APBD Kabupaten Sleman'],
    ['4.', 'Program Penyelenggaraan Urusan Pemerintahan Umum', 'Rp. 41.500.000,-', 'APBD Kabupaten Sleman'],
  ].slice(0, rows);
  return lines(
    `Untuk mendukung pelaksanaan Sasaran Strategis, Kecamatan Depok Kabupaten Sleman didukung dengan anggaran untuk melaksanakan ${count} Program Kerja antara lain :`, // 1
    '', // 2
    row('No.', 'Program', 'Anggaran', 'Sumber Dana'), // 3
    ...programs.map((p) => row(...p)), // 4..
  );
}

/** Numbered paragraphs after a sentence: "1. ...", one per line. */
const numbered = (items: string[], marker = (i: number) => `${i + 1}.`) => items.map((t, i) => `${marker(i)} ${t}`);

const MISI = [
  'Mewujudkan tata kelola pemerintahan yang baik',
  'Meningkatkan kualitas pelayanan publik',
  'Mewujudkan masyarakat yang berdaya dan sejahtera',
  'Meningkatkan ketentraman dan ketertiban umum',
];

/** Dinas Kesehatan Kabupaten Banyumas: a budget table with PROGRAM rows and a TOTAL (2 programs, 3 kegiatan, 5 sub kegiatan). */
const banyumasBudget = lines(
  'Tabel 3.7 Realisasi Anggaran Dinas Kesehatan Kabupaten Banyumas Tahun 2023',
  row('No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)'),
  row('1.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '300.000.000', '290.000.000', '96,67'),
  row('1.02.01.2.02', 'Administrasi Keuangan Perangkat Daerah', '200.000.000', '195.000.000', '97,50'),
  row('1.02.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', '150.000.000', '147.000.000', '98,00'),
  row('1.02.01.2.02.0005', 'Penyusunan Laporan Keuangan Akhir Tahun SKPD', '50.000.000', '48.000.000', '96,00'),
  row('1.02.01.2.06', 'Administrasi Umum Perangkat Daerah', '100.000.000', '95.000.000', '95,00'),
  row('1.02.01.2.06.0004', 'Penyediaan Bahan Logistik Kantor', '100.000.000', '95.000.000', '95,00'),
  row('1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', '500.000.000', '480.000.000', '96,00'),
  row('1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', '500.000.000', '480.000.000', '96,00'),
  row('1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', '300.000.000', '290.000.000', '96,67'),
  row('1.02.02.2.02.0002', 'Pengelolaan Pelayanan Kesehatan Balita', '200.000.000', '190.000.000', '95,00'),
  row('', 'TOTAL', '800.000.000', '770.000.000', '96,25'),
);

/** The budget table (lines 3–15), then the sentence (line 17), then what follows it (from line 19). */
const banyumas = (sentence: string, ...after: string[]) =>
  lines('LAPORAN KINERJA INSTANSI PEMERINTAH DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023', '', banyumasBudget, '', sentence, '', ...after);

testRule(rule, {
  valid: [
    {
      name: 'digits and words agree, nothing follows: "1 (Satu) Tujuan dengan 3 (Tiga) Indikator Kinerja Utama"',
      text: 'Renstra Kecamatan Tampan 2021 – 2026 telah menetapkan 1 (Satu) Tujuan dengan 3 (Tiga) Indikator Kinerja Utama yang menjadi tanggung jawab organisasi.',
    },
    {
      name: 'spellings of the words: limabelas, sebelas, Lima Puluh Sembilan, seratus, *Tiga*',
      text: 'Terdapat 15 (limabelas) kegiatan, 11 (sebelas) sub kegiatan, 59 (Lima Puluh Sembilan) paket, 100 (seratus) peserta dan 3 (*Tiga*) program.',
    },
    {
      name: 'a count of something that is not a kind of plan item: "4 Kelurahan" before a list of five',
      text: lines('Kecamatan Tampan terdiri dari 4 Kelurahan yaitu :', '', ...numbered(['Simpang Baru', 'Sidomulyo Barat', 'Tuah Karya', 'Delima', 'Tobek Godang'])),
    },
    {
      name: 'years and amounts in words are not counts: "Tahun 2023 (dua ribu dua puluh tiga)", "Rp 1.000.000 (satu juta rupiah)"',
      text: 'Pada Tahun 2023 (dua ribu dua puluh tiga) tersedia Rp 1.000.000 (satu juta rupiah) dan Rp. 1.357.900.000,- (Satu Milyar Tiga Ratus Lima Puluh Tujuh Juta Sembilan Ratus Ribu Rupiah).',
    },
    {
      name: '"4 (Empat) Misi ... yaitu:" before four numbered items',
      text: lines('Untuk mewujudkan Visi tersebut, ditetapkan 4 (Empat) Misi Kota Pekanbaru, yaitu:', '', ...numbered(MISI)),
    },
    {
      name: 'a parenthesis left open: "4 (empat Misi ... yaitu:" before four items',
      text: lines('Sebagai upaya mewujudkan Visi tersebut, ditetapkan 4 (empat Misi Kota Pekanbaru yang akan dilaksanakan, yaitu:', '', ...numbered(MISI)),
    },
    {
      name: 'programs, kegiatan and sub kegiatan of a numbered list table read from its restarting numbering',
      text: tampanList(TAMPAN_INTRO),
    },
    {
      name: '"4 (Empat) Program Kerja antara lain :" before a table of four programs',
      text: slemanPrograms('4 (Empat)'),
    },
    {
      name: 'the count in an earlier sentence of the paragraph is not compared with the list',
      text: lines('Kecamatan Tampan menetapkan 3 (tiga) Misi. Adapun misi Kota Pekanbaru adalah sebagai berikut:', '', ...numbered(MISI)),
    },
    {
      name: 'a list numbered with a gap (1, 2, 3, 5): four items or five by the numbering, either agrees',
      text: lines(
        'Kecamatan Depok melaksanakan 5 (lima) program sebagai berikut:',
        '',
        '1. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
        '2. Program Pemberdayaan Masyarakat Desa dan Kelurahan',
        '3. Program Koordinasi Ketentraman dan Ketertiban Umum',
        '5. Program Penyelenggaraan Urusan Pemerintahan Umum',
      ),
    },
    {
      name: 'numbering 1, 1, 2 under a program: a second sub kegiatan rather than a kegiatan without sub kegiatan',
      text: lines(
        'Dinas Kesehatan melaksanakan 1 (satu) program, 1 (satu) kegiatan dan 2 (dua) sub kegiatan sebagai berikut :',
        '',
        row('1 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', ''),
        row('1', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP'),
        row('1', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil'),
        row('2', 'Pengelolaan Pelayanan Kesehatan Balita'),
      ),
    },
    {
      name: 'a numbering that fits no reading (1, 1, 1, 3): nothing is said about kegiatan and sub kegiatan',
      text: lines(
        'Dinas Kesehatan melaksanakan 1 (satu) program, 2 (dua) kegiatan dan 9 (sembilan) sub kegiatan sebagai berikut :',
        '',
        row('1 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', ''),
        row('1', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP'),
        row('1', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil'),
        row('3', 'Pengelolaan Pelayanan Kesehatan Balita'),
      ),
    },
    {
      name: 'an item broken over two paragraphs by the conversion does not end the list',
      text: lines(
        'Tujuan tersebut diukur dengan 3 (tiga) indikator sebagai berikut :',
        '',
        '- a. Persentase pelayanan administrasi terpadu kecamatan yang diselesaikan tepat waktu sesuai',
        '',
        'standar pelayanan yang telah ditetapkan',
        '',
        '- b. Indeks Kepuasan Masyarakat',
        '- c. Persentase penyelesaian gangguan ketentraman dan ketertiban umum',
      ),
    },
    {
      name: 'nested paragraph list: programs numbered 1., kegiatan lettered a.',
      text: lines(
        'Kecamatan Depok melaksanakan 2 (dua) Program dan 4 (empat) Kegiatan sebagai berikut:',
        '',
        '1. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
        'a. Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
        'b. Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
        '2. Program Pemberdayaan Masyarakat Desa dan Kelurahan',
        'a. Pemberdayaan Kelurahan',
        'b. Pemberdayaan dan Kesejahteraan Keluarga',
      ),
    },
    {
      name: '"antara lain" before a shorter list that is confirmed by the budget table: the list is a selection',
      text: banyumas(
        'Pada Tahun 2023 Dinas Kesehatan melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 5 (lima) sub kegiatan, antara lain :',
        '1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      ),
    },
    {
      name: 'a sentence about the whole budget that agrees with the budget table',
      text: banyumas('Pada Tahun 2023 Dinas Kesehatan Kabupaten Banyumas melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 5 (lima) sub kegiatan.'),
    },
    {
      name: 'a sentence of the Renstra period (no report year) is not compared with the budget table',
      text: banyumas('Renstra Dinas Kesehatan 2021-2026 memuat 2 (dua) program, 7 (tujuh) kegiatan dan 20 (dua puluh) sub kegiatan.'),
    },
    {
      name: 'indicators and sasaran counted in the table that follows',
      text: lines(
        'Dinas Kesehatan Kabupaten Banyumas telah menetapkan 1 (satu) Sasaran Strategis dengan 2 (dua) Indikator Kinerja Utama sebagai berikut :',
        '',
        'Tabel 3.3 Pengukuran Kinerja Tahun 2023',
        row('No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
        row('1', 'Meningkatnya derajat kesehatan masyarakat', 'Angka Kematian Ibu', '80', '76', '105,00'),
        row('', '', 'Angka Kematian Bayi', '7', '6', '114,29'),
      ),
    },
    {
      name: 'a part of the items of the table that follows: "2 (dua) indikator yang belum mencapai target"',
      text: lines(
        'Dari indikator kinerja utama Dinas Kesehatan, terdapat 2 (dua) indikator yang belum mencapai target sebagaimana tabel berikut :',
        '',
        'Tabel 3.4 Capaian Indikator Kinerja Utama Tahun 2023',
        row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
        row('1', 'Angka Kematian Ibu', '80', '92', '85,00'),
        row('2', 'Angka Kematian Bayi', '7', '8', '85,71'),
        row('3', 'Persentase Balita Gizi Buruk yang Mendapat Perawatan', '100', '100', '100,00'),
      ),
    },
    {
      name: 'the list is of another kind than the one counted: "1 (satu) sasaran tersebut, dilaksanakan kegiatan sebagai berikut:"',
      text: lines(
        'Untuk mencapai 1 (satu) sasaran tersebut, Kecamatan Tampan melaksanakan kegiatan sebagai berikut:',
        '',
        ...numbered(['Koordinasi penyelenggaraan pemerintahan', 'Pemberdayaan kelurahan', 'Pembinaan ketentraman dan ketertiban umum']),
      ),
    },
    {
      name: 'a table of tujuan, sasaran and programs, each with its indicators, is not a list of indicators',
      text: lines(
        'Kecamatan Depok menetapkan 2 (dua) Indikator Kinerja Utama yang dicapai melalui program berikut:',
        '',
        row('TUJUAN/ SASARAN/ PROGRAM', 'INDIKATOR', 'TARGET', 'REALISASI', 'CAPAIAN %'),
        row('Tujuan : Mewujudkan pelayanan publik yang berkualitas', 'Indeks Kepuasan Masyarakat', '85', '86', '101,18'),
        row('Sasaran : Meningkatnya kualitas pelayanan kecamatan', 'Persentase layanan administrasi tepat waktu', '100', '98', '98,00'),
        row('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Persentase penyelenggaraan pemerintahan', '100', '100', '100,00'),
        row('Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Persentase kelurahan berdaya', '100', '100', '100,00'),
      ),
    },
    {
      name: 'a Program column that repeats the program on every row: distinct programs are counted',
      text: lines(
        'Anggaran Kecamatan Depok Tahun 2023 dialokasikan untuk 2 (dua) program prioritas sebagai berikut :',
        '',
        row('No', 'Sasaran Strategis', 'Program', 'Kegiatan', 'Anggaran (Rp)'),
        row('1', 'Meningkatnya kualitas pelayanan', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan', '120.000.000'),
        row('2', 'Meningkatnya kualitas pelayanan', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan', '45.000.000'),
        row('3', 'Meningkatnya kualitas pelayanan', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Pemberdayaan Kelurahan', '310.000.000'),
      ),
    },
  ],
  invalid: [
    {
      name: 'digits and words disagree: "3 (empat) Misi"',
      text: 'Pemerintah Kota Pekanbaru menetapkan 3 (empat) Misi pembangunan jangka menengah.',
      findings: [{ line: 1, expected: 'tiga', actual: 'empat', severity: 'error', message: ['Tertulis "3 (empat) Misi"', 'angka 3 tidak sama dengan kata "empat" yang berarti 4'] }],
    },
    {
      name: 'a wrong count in words outside any list: "12 (dua puluh satu) sub kegiatan"',
      text: 'Kecamatan Tampan melaksanakan 12 (dua puluh satu) sub kegiatan pada tahun 2023.',
      findings: [{ line: 1, expected: 'dua belas', actual: 'dua puluh satu', message: ['angka 12', '"dua puluh satu" yang berarti 21'] }],
    },
    {
      name: '"3 (Tiga) Program Kerja antara lain :" before a table of four programs',
      text: slemanPrograms('3 (Tiga)'),
      findings: [
        {
          line: 1,
          expected: '4',
          actual: '3',
          severity: 'error',
          message: ['Kalimat menyebut "3 (Tiga) Program Kerja"', 'tabel sesudahnya (baris 3–7) memuat 4 program'],
        },
      ],
    },
    {
      name: 'the sub kegiatan count of a numbered list table; programs and kegiatan agree',
      text: tampanList(TAMPAN_INTRO, true),
      findings: [
        {
          line: 3,
          expected: '11',
          actual: '10',
          severity: 'error',
          message: ['"10 (Sepuluh) Sub Kegiatan"', 'daftar bernomor sesudahnya (baris 5–24) memuat 11 sub kegiatan'],
        },
      ],
    },
    {
      name: 'the digits disagree with their words and with the list: "3 (empat) Misi ... yaitu:" before four items',
      text: lines('Ditetapkan 3 (empat) Misi Kota Pekanbaru, yaitu:', '', ...numbered(MISI)),
      findings: [{ line: 1, expected: '4', actual: '3', message: ['angka 3 tidak sama dengan kata "empat" (4) maupun dengan daftar bernomor sesudahnya (baris 3–6), yang memuat 4 misi'] }],
    },
    {
      name: 'the words disagree with their digits and with the list: "4 (tiga) Misi ... yaitu:" before four items',
      text: lines('Ditetapkan 4 (tiga) Misi Kota Pekanbaru, yaitu:', '', ...numbered(MISI)),
      findings: [{ line: 1, expected: 'empat', actual: 'tiga', message: ['kata "tiga" berarti 3, padahal angkanya 4', 'memuat 4 misi'] }],
    },
    {
      name: 'a nested paragraph list with one kegiatan more than the sentence says',
      text: lines(
        'Kecamatan Depok melaksanakan 2 (dua) Program dan 3 (tiga) Kegiatan sebagai berikut:',
        '',
        '1. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
        'a. Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
        'b. Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
        '2. Program Pemberdayaan Masyarakat Desa dan Kelurahan',
        'a. Pemberdayaan Kelurahan',
        'b. Pemberdayaan dan Kesejahteraan Keluarga',
      ),
      findings: [{ line: 1, expected: '4', actual: '3', message: ['"3 (tiga) Kegiatan"', 'memuat 4 kegiatan'] }],
    },
    {
      name: 'a list numbered with a gap agrees with neither count: six stated, four items numbered up to five',
      text: lines(
        'Kecamatan Depok melaksanakan 6 (enam) program sebagai berikut:',
        '',
        '1. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
        '2. Program Pemberdayaan Masyarakat Desa dan Kelurahan',
        '3. Program Koordinasi Ketentraman dan Ketertiban Umum',
        '5. Program Penyelenggaraan Urusan Pemerintahan Umum',
      ),
      findings: [{ line: 1, expected: '4', actual: '6', message: ['memuat 4 butir (bernomor sampai 5) program'] }],
    },
    {
      name: '"antara lain" before a shorter list, nothing to show it complete: a warning',
      text: lines('Kecamatan Depok melaksanakan 4 (empat) program, antara lain :', '', '1. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', '2. Program Pemberdayaan Masyarakat Desa dan Kelurahan'),
      findings: [{ line: 1, expected: '2', actual: '4', severity: 'warning' }],
    },
    {
      name: '"antara lain" before a list complete for programs and kegiatan but short of sub kegiatan, confirmed by the budget table',
      text: banyumas(
        'Pada Tahun 2023 Dinas Kesehatan melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 7 (tujuh) sub kegiatan antara lain :',
        '1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'a. Administrasi Keuangan Perangkat Daerah',
        '1) Penyediaan Gaji dan Tunjangan ASN',
        '2) Penyusunan Laporan Keuangan Akhir Tahun SKPD',
        'b. Administrasi Umum Perangkat Daerah',
        '1) Penyediaan Bahan Logistik Kantor',
        '2. Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
        'a. Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
        '1) Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      ),
      findings: [{ line: 17, expected: '4', actual: '7', severity: 'error', message: ['"7 (tujuh) sub kegiatan"', 'daftar bernomor sesudahnya (baris 19–27) memuat 4 sub kegiatan; tabel anggaran (Tabel 3.7) memuat 5 sub kegiatan'] }],
    },
    {
      name: 'a sentence about the whole budget of the year against the budget table',
      text: banyumas('Pada Tahun 2023 Dinas Kesehatan Kabupaten Banyumas melaksanakan 2 (dua) program, 4 (empat) kegiatan dan 5 (lima) sub kegiatan.'),
      findings: [{ line: 17, expected: '3', actual: '4', message: ['Kalimat menyebut "4 (empat) kegiatan", padahal tabel anggaran (Tabel 3.7) memuat 3 kegiatan'] }],
    },
    {
      name: 'glued words read like spaced ones: "16 (limabelas) kegiatan"',
      text: 'Pada tahun 2023 Kecamatan Tampan melaksanakan 16 (limabelas) kegiatan.',
      findings: [{ line: 1, expected: 'enam belas', actual: 'limabelas', message: ['"limabelas" yang berarti 15'] }],
    },
    {
      name: 'a parenthesis left open is still read: "4 (empat Misi ... yaitu:" before three items',
      text: lines('Sebagai upaya mewujudkan Visi tersebut, ditetapkan 4 (empat Misi Kota Pekanbaru yang akan dilaksanakan, yaitu:', '', ...numbered(MISI.slice(0, 3))),
      findings: [{ line: 1, expected: '3', actual: '4', message: ['Kalimat menyebut "4 (empat Misi"', 'memuat 3 misi'] }],
    },
    {
      name: 'the whole-budget sentence need not be the last of its paragraph',
      text: banyumas('Pada Tahun 2023 Dinas Kesehatan Kabupaten Banyumas melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 6 (enam) sub kegiatan. Seluruhnya dibiayai dari APBD Kabupaten Banyumas.'),
      findings: [{ line: 17, expected: '5', actual: '6', message: ['"6 (enam) sub kegiatan"', 'tabel anggaran (Tabel 3.7) memuat 5 sub kegiatan'] }],
    },
    {
      name: 'one indicator more stated than the table that follows shows',
      text: lines(
        'Dinas Kesehatan Kabupaten Banyumas telah menetapkan 1 (satu) Sasaran Strategis dengan 3 (tiga) Indikator Kinerja Utama sebagai berikut :',
        '',
        'Tabel 3.3 Pengukuran Kinerja Tahun 2023',
        row('No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
        row('1', 'Meningkatnya derajat kesehatan masyarakat', 'Angka Kematian Ibu', '80', '76', '105,00'),
        row('', '', 'Angka Kematian Bayi', '7', '6', '114,29'),
      ),
      findings: [{ line: 1, expected: '2', actual: '3', message: ['"3 (tiga) Indikator Kinerja Utama"', 'Tabel 3.3 sesudahnya', 'memuat 2 indikator'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: slemanPrograms('3 (Tiga)'),
      findings: [{ line: 1, expected: '4', actual: '3', message: ['The sentence states "3 (Tiga) Program Kerja", but the table that follows (lines 3–7) lists 4 programs.'] }],
    },
    {
      name: 'digits against words in English',
      lang: 'en',
      text: 'Pemerintah Kota Pekanbaru menetapkan 3 (empat) Misi pembangunan jangka menengah.',
      findings: [{ line: 1, message: ['The text says "3 (empat) Misi": the digits 3 and the words "empat" (= 4) differ.'] }],
    },
  ],
});

describe('stated-count: related locations', () => {
  it('lists the items counted, and the budget table', () => {
    const found = lintWith(rule, {
      name: 'related',
      text: banyumas(
        'Pada Tahun 2023 Dinas Kesehatan melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 4 (empat) sub kegiatan sebagai berikut :',
        '1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'a. Administrasi Keuangan Perangkat Daerah',
        '1) Penyediaan Gaji dan Tunjangan ASN',
        '2) Penyusunan Laporan Keuangan Akhir Tahun SKPD',
        'b. Administrasi Umum Perangkat Daerah',
        '1) Penyediaan Bahan Logistik Kantor',
        '2. Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
        'a. Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
        '1) Pengelolaan Pelayanan Kesehatan Ibu Hamil',
        '2) Pengelolaan Pelayanan Kesehatan Balita',
      ),
    });
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.expected).toBe('5');
    expect(f.actual).toBe('4');
    expect(f.message).toContain('memuat 5 sub kegiatan; tabel anggaran (Tabel 3.7) juga memuat 5 sub kegiatan');
    expect(f.related.map((r) => r.location.line)).toEqual([21, 22, 24, 27, 28, 4]);
    expect(f.related[0].note).toBe('sub kegiatan: Penyediaan Gaji dan Tunjangan ASN');
    expect(f.related[5].note).toBe('Tabel 3.7: 5 sub kegiatan');
  });

  it('leaves the budget table out when its copies disagree', () => {
    const copy = banyumasBudget.replace('Tabel 3.7', 'Tabel 3.8').replace(row('1.02.01.2.06.0004', 'Penyediaan Bahan Logistik Kantor', '100.000.000', '95.000.000', '95,00'), [
      row('1.02.01.2.06.0004', 'Penyediaan Bahan Logistik Kantor', '60.000.000', '55.000.000', '91,67'),
      row('1.02.01.2.06.0005', 'Penyediaan Barang Cetakan dan Penggandaan', '40.000.000', '40.000.000', '100,00'),
    ].join('\n'));
    const text = lines(banyumas('Pada Tahun 2023 Dinas Kesehatan Kabupaten Banyumas melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 9 (sembilan) sub kegiatan.'), '', copy);
    expect(lintWith(rule, { name: 'two copies', text })).toEqual([]);
    // With the copies agreeing, the sentence is compared.
    const agreeing = lines(banyumas('Pada Tahun 2023 Dinas Kesehatan Kabupaten Banyumas melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 9 (sembilan) sub kegiatan.'), '', banyumasBudget.replace('Tabel 3.7', 'Tabel 3.8'));
    const found = lintWith(rule, { name: 'two agreeing copies', text: agreeing });
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['5', '9']]);
    expect(found[0].message).toContain('Tabel 3.7 dan Tabel 3.8');
  });
});

describe('stated-count: the reference report', () => {
  it('does read the correct counts: changed, they are flagged', () => {
    const text = referenceText()
      .replace('4 (Empat) Program Kerja', '5 (Lima) Program Kerja')
      .replace('4 (empat Misi', '5 (lima Misi')
      .replace('15 (Lima belas) Kegiatan', '16 (Enam belas) Kegiatan');
    const found = lintWith(rule, { name: 'changed reference', text });
    const at = (line: number) => found.filter((f) => f.location.line === line).map((f) => [f.expected, f.actual]);
    expect(at(612)).toEqual([['4', '5']]);
    expect(at(512)).toEqual([['4', '5']]);
    expect(at(95)).toEqual([['15', '16'], ['51', '59']]);
  });

  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });

  it('flags the executive summary\'s "3 (Tiga) Program Kerja" before a table of four programs', () => {
    const f = findings.find((x) => x.location.line === 184);
    expect(f).toBeDefined();
    expect([f!.expected, f!.actual, f!.severity]).toEqual(['4', '3', 'error']);
    expect(f!.message).toContain('tabel sesudahnya (baris 186–192) memuat 4 program');
    expect(f!.related.map((r) => r.location.line)).toEqual([188, 189, 190, 191]);
  });

  it('flags "59 (Lima Puluh Sembilan) Sub Kegiatan": the list after it and both budget tables show 51', () => {
    const f = findings.find((x) => x.location.line === 95);
    expect(f).toBeDefined();
    expect([f!.expected, f!.actual, f!.severity]).toEqual(['51', '59', 'error']);
    expect(f!.message).toContain('daftar bernomor sesudahnya (baris 97–169) memuat 51 sub kegiatan');
    expect(f!.message).toContain('juga memuat 51 sub kegiatan');
    // 51 list items and the two copies of the budget table.
    expect(f!.related).toHaveLength(53);
  });

  it('leaves the correct counts alone: 5 Program, 15 Kegiatan, 4 Program Kerja, 1 Tujuan, 4 Kelurahan, 4 Misi', () => {
    expect(findings).toHaveLength(2);
    for (const line of [93, 512, 612, 699, 784, 1221, 1223, 1225]) expect(findings.filter((f) => f.location.line === line)).toEqual([]);
    for (const correct of ['"5 (Lima) Program"', '"15 (Lima belas) Kegiatan"', '"4 (Empat) Program Kerja"', '"1 (Satu) Tujuan"', '4 Kelurahan', '"4 (empat Misi"']) {
      expect(findings.filter((f) => f.message.includes(correct))).toEqual([]);
    }
  });
});
