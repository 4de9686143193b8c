import rule from '../../rules/same-fact.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

interface Over {
  intro8?: string;
  pk2?: string;
  pkTotal?: string;
  r15?: string;
  c15?: string;
  real27?: string;
  alokasi36?: string;
  name41?: string;
  r41?: string;
  pagu42?: string;
  cap44?: string;
}

/**
 * Kecamatan Tampan, Kota Pekanbaru: the same figures in the executive summary, Bab III and the
 * appendix. Line n of the report is element n of this list. Budgets: murni (lines 3–7), perubahan
 * (8–12, and every table of spending); two programs, 275.000.000 + 95.000.000 = 370.000.000.
 */
function tampan(o: Over = {}): string {
  return lines(
    'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN TAMPAN KOTA PEKANBARU TAHUN 2023',
    'Ringkasan Eksekutif',
    'Untuk mendukung pelaksanaan Perjanjian Kinerja Tahun 2023, Kecamatan Tampan didukung dengan anggaran sebesar Rp 350.000.000 untuk melaksanakan 2 (dua) Program antara lain :',
    row('No', 'Program', 'Anggaran', 'Sumber Dana'),
    row('1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Rp 250.000.000', 'APBD'),
    row('2', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 100.000.000', 'APBD'),
    row('Jumlah', '', 'Rp 350.000.000', ''),
    o.intro8 ?? 'Seiring dengan Perubahan Anggaran maka disusun Perubahan Perjanjian Kinerja sebagai berikut :',
    row('No', 'Program', 'Anggaran', 'Sumber Dana'),
    row('1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Rp 275.000.000', 'APBD'),
    row('2', 'Program Koordinasi Ketentraman dan Ketertiban Umum', `Rp ${o.pk2 ?? '95.000.000'}`, 'APBD'),
    row('Jumlah', '', `Rp ${o.pkTotal ?? '370.000.000'}`, ''),
    'Capaian kinerja Kecamatan Tampan tahun 2023 adalah sebagai berikut :',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '85', o.r15 ?? '84,15', o.c15 ?? '99,00'),
    row('2', 'Persentase Penyelesaian Pengaduan Masyarakat', '100', '96,50', '96,50'),
    'BAB III AKUNTABILITAS KINERJA',
    '3.1. Capaian Kinerja',
    'Tabel 3.1 Pengukuran Kinerja Tahun 2023',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '85', '84,15', '99,00'),
    row('2', 'Presentase Penyelesaian Pengaduan Masyarakat', '100', '96,50', '96,50'),
    'Capaian kinerja untuk indikator Indeks Kepuasan Masyarakat menunjukkan capaian yang baik. Target yang ditetapkan tahun 2023 adalah 85 realisasi sebesar 84,15 tercapai 99,00. Bila dibandingkan dengan realisasi tahun 2022 sebesar 80,10 maka capaian meningkat sebesar 4,05.',
    '3.2. Realisasi Anggaran',
    'Tabel 3.2 Realisasi Anggaran Tahun 2023',
    row('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa (Rp)'),
    row('1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', '275.000.000', o.real27 ?? '261.250.000', '95,00', '13.750.000'),
    row('2', 'Program Koordinasi Ketentraman dan Ketertiban Umum', '95.000.000', '90.250.000', '95,00', '4.750.000'),
    row('Jumlah', '', '370.000.000', '351.500.000', '95,00', '18.500.000'),
    'Total anggaran program adalah Rp 370.000.000 dengan realisasi Rp 351.500.000 atau 95,00%.',
    '3.3. Kinerja dan Anggaran',
    'Tabel 3.3 Pencapaian Kinerja dan Anggaran',
    row('Program', 'Indikator', 'Kinerja', '', '', 'Anggaran', '', ''),
    row('', '', 'Target', 'Realisasi', 'Capaian %', 'Alokasi', 'Realisasi', 'Capaian'),
    row('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Persentase Layanan Administrasi Tepat Waktu', '100 %', '100 %', '100 %', '275.000.000', '261.250.000', '95,00'),
    row('Program Koordinasi Ketentraman dan Ketertiban Umum', 'Persentase Gangguan Ketertiban yang Ditangani', '100 %', '100 %', '100 %', o.alokasi36 ?? '95.000.000', '90.250.000', '95,00'),
    'LAMPIRAN',
    'PENGUKURAN KINERJA KECAMATAN TAMPAN TAHUN 2023',
    row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '85', '84,15', '99,00'),
    row('2', o.name41 ?? 'Persentase Penyelesaian Pengaduan Masyarakat', '100', o.r41 ?? '96,50', '96,50'),
    `Pagu Anggaran Program Tahun 2023 : Rp ${o.pagu42 ?? '370.000.000'}`,
    'Realisasi Anggaran Program Tahun 2023 : Rp 351.500.000',
    `Persentase Capaian Program Tahun 2023 : ${o.cap44 ?? '95,00'}%`,
  );
}

/** Kecamatan Depok, Kabupaten Sleman: two tables of one indicator and a narrative. */
function depok(exec: string, bab3: string, narrative: string[] = []): string {
  return lines(
    'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
    'Ringkasan Eksekutif',
    'Capaian kinerja tahun 2023 adalah sebagai berikut :',
    row('No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian'),
    exec,
    'BAB III AKUNTABILITAS KINERJA',
    '3.1. Pengukuran Kinerja',
    'Tabel 3.1 Pengukuran Kinerja',
    row('No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian'),
    bab3,
    ...narrative,
  );
}

testRule(rule, {
  valid: [
    { name: 'the same figures in the summary, Bab III, the sentences and the appendix; budgets before and after the revision differ', text: tampan() },
    { name: 'a figure printed with fewer decimals (84,2 for 84,15) agrees at its precision', text: tampan({ r15: '84,2' }) },
    { name: 'a figure truncated at one decimal (84,1 for 84,15) agrees under the default policy', text: tampan({ r15: '84,1' }) },
    {
      name: 'figures of different years (2022 realisasi in a comparison) are different facts',
      text: depok(
        row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '90,00'),
        row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '90,00'),
        ['Capaian kinerja untuk indikator Persentase Desa Tangguh Bencana: realisasi tahun 2022 sebesar 48 dan realisasi tahun 2023 sebesar 54, meningkat sebesar 6.'],
      ),
    },
    {
      name: 'a figure printed twice in one row (two realisasi columns) is one place',
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Tabel 3.6 Perbandingan dengan Realisasi Nasional',
        row('No', 'Indikator', 'Target (%)', 'Realisasi Tahun 2023 (%)', 'Realisasi (%)', 'Realisasi Nasional (%)'),
        row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '90', '75'),
        'Tabel 3.7 Pengukuran Kinerja',
        row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
        row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '90,00'),
      ),
    },
    {
      name: 'a target revised by the Perubahan Perjanjian Kinerja (85 before, 80 after) is not a disagreement',
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Tabel 2.4 Perjanjian Kinerja Kecamatan Depok Tahun 2023',
        row('No', 'Indikator Kinerja', 'Target'),
        row('1', 'Indeks Kepuasan Masyarakat', '85'),
        'Tabel 2.5 Perubahan Perjanjian Kinerja Kecamatan Depok Tahun 2023',
        row('No', 'Indikator Kinerja', 'Target'),
        row('1', 'Indeks Kepuasan Masyarakat', '80'),
        'Tabel 3.1 Pengukuran Kinerja',
        row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'),
        row('1', 'Indeks Kepuasan Masyarakat', '80', '82', '102,50'),
      ),
    },
    {
      name: 'Renstra end targets, national figures and sentences about last year are other facts',
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Tabel 3.1 Pengukuran Kinerja',
        row('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'),
        row('1', 'Indeks Kepuasan Masyarakat', '85', '86', '101,18'),
        'Tabel 3.5 Perbandingan Realisasi Kinerja sampai dengan Akhir Periode Renstra',
        row('No', 'Indikator Kinerja', 'Target Akhir Renstra', 'Realisasi Nasional'),
        row('1', 'Indeks Kepuasan Masyarakat', '90', '78'),
        'Pada tahun lalu target Indeks Kepuasan Masyarakat adalah 82 dengan realisasi 83.',
        'Target akhir Renstra untuk Indeks Kepuasan Masyarakat adalah 90.',
      ),
    },
    {
      name: 'an output indicator repeated under two kegiatan of one table names two things',
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023',
        'Tabel 3.2 Capaian Indikator Kegiatan',
        row('No', 'Kegiatan', 'Indikator', 'Target', 'Realisasi'),
        row('1', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Jumlah Laporan Kegiatan', '12', '12'),
        row('2', 'Pengelolaan Surveilans Kesehatan', 'Jumlah Laporan Kegiatan', '4', '4'),
        'Tabel 3.3 Capaian Indikator Kegiatan (Lampiran)',
        row('No', 'Kegiatan', 'Indikator', 'Target', 'Realisasi'),
        row('1', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Jumlah Laporan Kegiatan', '12', '12'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a realisasi in the executive summary that disagrees with three other places',
      text: tampan({ r15: '84,51' }),
      findings: [
        {
          line: 15,
          expected: '84.15',
          actual: '84.51',
          severity: 'error',
          columnLabel: 'Realisasi',
          message: [
            'Indeks Kepuasan Masyarakat — realisasi kinerja tahun 2023',
            'tabel tanpa judul di Ringkasan Eksekutif (mulai baris 14) menyebut 84,51',
            '3 dari 4 tempat yang menyebutnya menulis 84,15',
            'Tabel 3.1',
            'kalimat baris 23',
          ],
        },
      ],
    },
    {
      name: 'a capaian computed right from the wrong realisasi beside it is not reported again',
      text: tampan({ r15: '84,51', c15: '99,42' }),
      findings: [{ line: 15, expected: '84.15', actual: '84.51', columnLabel: 'Realisasi' }],
    },
    {
      name: 'strict rounding: 84,1 for 84,15 is reported',
      rounding: 'round',
      text: tampan({ r15: '84,1' }),
      findings: [{ line: 15, expected: '84.15', actual: '84.1' }],
    },
    {
      name: 'a program budget of the Perubahan PK: reported once, the Jumlah that adds it up is its consequence',
      text: tampan({ pk2: '90.000.000', pkTotal: '365.000.000' }),
      findings: [
        {
          line: 11,
          expected: '95000000',
          actual: '90000000',
          message: ['Program Koordinasi Ketentraman dan Ketertiban Umum — pagu anggaran tahun 2023 (setelah perubahan anggaran)', 'menyebut Rp 90.000.000', '2 dari 3 tempat', 'Rp 95.000.000 (Tabel 3.2, Tabel 3.3)'],
        },
      ],
    },
    {
      name: 'a total stated wrong in more places than right: the sum of the agreed parts decides',
      text: tampan({
        pk2: '90.000.000',
        pkTotal: '365.000.000',
        intro8: 'Seiring dengan Perubahan Anggaran maka disusun Perubahan Perjanjian Kinerja dengan anggaran sebesar Rp 365.000.000 sebagai berikut :',
        pagu42: '365.000.000',
        cap44: '96,30',
      }),
      findings: [
        {
          line: 8,
          expected: '370000000',
          actual: '365000000',
          message: [
            'Jumlah 2 program (Penyelenggaraan Pemerintahan dan Pelayanan Publik; Koordinasi Ketentraman dan Ketertiban Umum)',
            'kalimat baris 8 menyebut Rp 365.000.000',
            'padahal Rp 275.000.000 + Rp 95.000.000 = Rp 370.000.000',
            'Tabel 3.2, kalimat baris 30',
          ],
        },
        { line: 11, expected: '95000000', actual: '90000000' },
        // Line 12 (the PK's Jumlah) and line 44 (96,30% = 351.500.000 ÷ 365.000.000) follow from these.
        { line: 42, expected: '370000000', actual: '365000000' },
      ],
    },
    {
      name: 'a name with a typo ("Pengadun") is the same indicator',
      text: tampan({ name41: 'Persentase Penyelesaian Pengadun Masyarakat', r41: '69,50' }),
      findings: [{ line: 41, expected: '96.50', actual: '69.50', message: ['Persentase Penyelesaian Pengaduan Masyarakat — realisasi kinerja tahun 2023'] }],
    },
    {
      name: 'two places, two values: one finding listing both, no expected value',
      text: tampan({ real27: '261.520.000' }),
      findings: [
        {
          line: 27,
          actual: '261520000',
          message: ['realisasi anggaran tahun 2023 (setelah perubahan anggaran) tidak sama di 2 tempat', 'Rp 261.520.000 (Tabel 3.2); Rp 261.250.000 (Tabel 3.3)', 'Tidak ada nilai'],
        },
      ],
    },
    {
      name: 'a report that never mentions a budget revision compares its budgets as one stage',
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023',
        'Tabel 2.3 Program dan Anggaran Tahun 2023',
        row('No', 'Program', 'Anggaran (Rp)'),
        row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', '2.150.000.000'),
        'Tabel 3.4 Realisasi Anggaran Tahun 2023',
        row('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'),
        row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', '2.510.000.000', '2.401.250.000'),
      ),
      findings: [{ line: 4, actual: '2150000000', message: ['pagu anggaran tahun 2023 tidak sama di 2 tempat', 'Rp 2.150.000.000 (Tabel 2.3); Rp 2.510.000.000 (Tabel 3.4)'] }],
    },
    {
      name: 'a sentence that does not name its indicator takes it from the paragraph before: a warning',
      text: depok(
        row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '90,00'),
        row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '90,00'),
        ['a. Indikator pertama adalah Persentase Desa Tangguh Bencana dengan target 60.', 'b. Pada tahun 2023 realisasinya adalah 45 dengan capaian 90,00.'],
      ),
      findings: [{ line: 12, expected: '54', actual: '45', severity: 'warning', message: ['kalimat baris 12 menyebut 45', '2 dari 3 tempat'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: tampan({ r15: '84,51' }),
      findings: [
        {
          line: 15,
          expected: '84.15',
          actual: '84.51',
          message: ['Indeks Kepuasan Masyarakat — performance actual for 2023', 'untitled table in Ringkasan Eksekutif (from line 14) states 84.51', 'while 3 of the 4 places that state it give 84.15', 'sentence at line 23'],
        },
      ],
    },
  ],
});

describe('same-fact: details', () => {
  it('lists every place as a related location with the value it states', () => {
    const [f] = lintWith(rule, { name: 'related', text: tampan({ r15: '84,51' }) });
    expect(f.related.map((r) => [r.location.line, r.note])).toEqual([
      [21, '84,15'],
      [23, '84,15'],
      [40, '84,15'],
    ]);
  });

  it('states a capaian computed from the agreed realisasi and target', () => {
    const text = depok(row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '54,00'), row('1', 'Persentase Desa Tangguh Bencana', '60', '54', '90,00'));
    const found = lintWith(rule, { name: 'implied capaian', text });
    expect(found).toHaveLength(1);
    expect(found[0].location.line).toBe(5);
    expect(found[0].expected).toBe('90.00');
    expect(found[0].message).toContain('realisasi 54 ÷ target 60 × 100 = 90,00');
  });

  it('reports one finding for the same wrong figure stated for two attributes of a sentence', () => {
    const text = lines(
      'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN TAMPAN KOTA PEKANBARU TAHUN 2023',
      'Tabel 3.9 Pencapaian Kinerja dan Anggaran',
      row('Indikator', 'Kinerja', '', '', 'Anggaran', '', ''),
      row('', 'Target', 'Realisasi', 'Capaian %', 'Alokasi', 'Realisasi', 'Capaian'),
      row('Persentase Pengaduan yang Diselesaikan', '100', '97,50', '97,50', '40.000.000', '39.000.000', '97,50'),
      'Tabel 3.10 Efisiensi Penggunaan Sumber Daya',
      row('No', 'Indikator Kinerja Utama', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi'),
      row('1', 'Persentase Pengaduan yang Diselesaikan', '97,50', '97,50', '1,00'),
      'Pada Indikator Persentase Pengaduan yang Diselesaikan tingkat efisiensinya adalah 1,00 berasal dari perhitungan persentase capaian kinerja tahun 2023 (79,50%) dibagi dengan persentase penyerapan anggaran tahun 2023 (79,50%).',
    );
    const found = lintWith(rule, { name: 'merged', text });
    expect(found).toHaveLength(1);
    expect(found[0].location.line).toBe(9);
    expect(found[0].message).toContain('capaian kinerja dan penyerapan anggaran tahun 2023: kalimat baris 9 menyebut 79,50% untuk keduanya');
    expect(found[0].expected).toBe('97.50');
  });
});

describe('same-fact on the reference report (Kecamatan Dumai Barat 2023)', () => {
  let found: Finding[];
  beforeAll(async () => {
    found = await lintReference(rule);
  });
  const at = (line: number, column?: string) => found.filter((f) => f.location.line === line && (column === undefined || f.location.columnLabel === column));

  it.each([
    // [line, column, actual, expected]: one value against the rest of the report.
    [207, '2023 Realisasi', '82.48', '82.84'], // IKM realisasi, executive summary vs Bab III
    [233, 'ANGGARAN ALOKASI', '217902200', '217902500'], // Program Penyelenggaraan Pemerintahan, executive summary
    [911, 'REALISASI KEUANGAN (RP)', '180500000', '180500300'], // its realisasi in Tabel 3.7
    [1359, 'REALISASI KEUANGAN (RP)', '180500000', '180500300'], // and in the appendix copy
    [229, 'KINERJA REALISASI', '96.56', '99.01'], // Trantibum realisasi, executive summary
    [1171, 'KINERJA REALISASI', '96.56', '99.01'], // and Tabel 3.9
    [1193, 'CAPAIAN KINERJA (%)', '96.56', '99.01'], // and Tabel 3.10
    [230, 'KINERJA REALISASI', '89.77', '98.33'], // Pelimpahan, executive summary
    [1172, 'KINERJA REALISASI', '89.77', '98.33'], // Tabel 3.9
    [1194, 'CAPAIAN KINERJA (%)', '89.77', '98.33'], // Tabel 3.10
    [199, 'Anggaran', '100000000', '101000000'], // Koordinasi Ketentraman after the revision: Perubahan PK vs Tabel 3.7/3.8/3.9
    [632, 'Anggaran', '100000000', '101000000'], // Tabel 2.6
    [1173, 'ANGGARAN CAPAIAN', '98.57', '96.57'], // Program Penunjang penyerapan, Tabel 3.9
  ])('line %i (%s): %s where the report agrees on %s', (line, column, actual, expected) => {
    const f = at(line, column);
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe(actual);
    expect(f[0].expected).toBe(expected);
    expect(f[0].severity).toBe('error');
  });

  it('the Trantibum budget (121.000.000 vs 120.000.000) has no majority: one finding listing both', () => {
    const f = at(229, 'ANGGARAN ALOKASI');
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBeUndefined();
    expect(f[0].message).toContain('Rp 121.000.000');
    expect(f[0].message).toContain('Rp 120.000.000 (Tabel 3.9)');
    expect(at(1171, 'ANGGARAN ALOKASI')).toEqual([]);
  });

  it('the program total after the revision is 1.457.900.300 (the sum of the agreed program budgets), reported at the Pengukuran Kinerja line', () => {
    const f = at(1522);
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('1456900300');
    expect(f[0].expected).toBe('1457900300');
    expect(f[0].message).toContain('Rp 217.902.500 + Rp 1.118.997.800 + Rp 101.000.000 + Rp 20.000.000 = Rp 1.457.900.300');
    // The Perubahan PK Jumlah rows add up their own rows: consequences of the 100.000.000 above.
    expect(at(201)).toEqual([]);
    expect(at(633)).toEqual([]);
    // 96,14% is right for 1.456.900.300: a consequence too.
    expect(at(1524)).toEqual([]);
  });

  it('leaves alone what DOMAIN.md calls correct', () => {
    // Tabel 3.8's totals and the sentence after it.
    expect(at(1155)).toEqual([]);
    expect(at(1157)).toEqual([]);
    // The Perjanjian Kinerja appendices.
    for (let line = 1436; line <= 1498; line++) expect(at(line)).toEqual([]);
    // The 2022 comparisons.
    expect(found.filter((f) => /tahun 2022/.test(f.message))).toEqual([]);
    // Budgets before the revision (Program Kerja Murni) are not compared with those after it.
    expect(at(190)).toEqual([]);
    expect(at(620)).toEqual([]);
    // The unit's whole budget (10.524.299.300 / 10.156.509.099 / 96,51%) agrees everywhere.
    for (const line of [213, 220, 842, 854, 1141, 1223, 1312, 1395]) expect(at(line)).toEqual([]);
  });

  it('gives every finding a place, related places and, but for no-majority findings, an expected value', () => {
    expect(found.length).toBeGreaterThanOrEqual(30);
    expect(found.length).toBeLessThanOrEqual(40);
    for (const f of found) {
      expect(f.related.length).toBeGreaterThan(0);
      if (!/tidak sama di/.test(f.message)) expect(f.expected).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });
});
