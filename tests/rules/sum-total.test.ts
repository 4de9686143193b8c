import rule from '../../rules/sum-total.js';
import { lines, lintWith, row, testRule, tsv } from '../support/rule-tester.js';

const header = ['No', 'Program', 'Anggaran', 'Realisasi'];

/**
 * Kecamatan Tampan, Kota Pekanbaru: one table in two segments, as budget tables are often
 * printed: roman spending groups closed by "Jumlah", then the programs (with their kegiatan)
 * closed by "TOTAL". Both totals add up.
 * Line 1 caption, 2 header, 3–4 groups, 5 Jumlah, 6 program, 7–8 kegiatan, 9 program,
 * 10 kegiatan, 11 TOTAL.
 */
function tampan(over: { jumlah?: string; total?: string; totalRealisasi?: string } = {}): string {
  return lines(
    'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Kota Pekanbaru Tahun 2023',
    row('No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa (Rp)'),
    row('I', 'Belanja Operasi', '2.846.215.400,00', '2.701.118.350,00', '94,90', '145.097.050,00'),
    row('II', 'Belanja Modal', '412.300.000,00', '409.875.000,00', '99,41', '2.425.000,00'),
    row('', 'Jumlah', over.jumlah ?? '3.258.515.400,00', '3.110.993.350,00', '95,47', '147.522.050,00'),
    row('1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '2.936.215.400,00', '2.792.518.350,00', '95,10', '143.697.050,00'),
    row('', '1 Administrasi Keuangan Perangkat Daerah', '2.436.215.400,00', '2.301.640.000,00', '94,47', '134.575.400,00'),
    row('', '2 Administrasi Umum Perangkat Daerah', '500.000.000,00', '490.878.350,00', '98,17', '9.121.650,00'),
    row('2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', '322.300.000,00', '318.475.000,00', '98,81', '3.825.000,00'),
    row('', '1 Penyelenggaraan Urusan Pemerintahan Umum Kecamatan', '322.300.000,00', '318.475.000,00', '98,81', '3.825.000,00'),
    row('', 'TOTAL', over.total ?? '3.258.515.400,00', over.totalRealisasi ?? '3.110.993.350,00', '95,47', '147.522.050,00'),
  );
}

/** Amounts in millions of rupiah with two decimals: 10,25 + 7,92 = 18,17 (truncated 18,1, rounded 18,2). */
const millions = lines(
  'Tabel 2.5 Pagu Program Badan Kepegawaian Daerah Provinsi Jawa Tengah (juta rupiah)',
  row('No', 'Program', 'Pagu Anggaran'),
  row('1', 'Program Kepegawaian Daerah', '10,25'),
  row('2', 'Program Pengembangan Sumber Daya Manusia', '7,92'),
  row('', 'Jumlah', '18,1'),
);

testRule(rule, {
  valid: [
    {
      name: 'a JUMLAH row that adds up (Indonesian style)',
      text: tsv(header, ['1', 'Program A', 'Rp. 207.902.500,-', 'Rp. 200.000.000,-'], ['2', 'Program B', 'Rp. 1.000.000,-', '-'], ['J U M L A H', '', 'Rp. 208.902.500,-', 'Rp. 200.000.000,-']),
    },
    {
      name: 'English-style amounts',
      text: tsv(header, ['1', 'Program A', '217,902,500', '1,000'], ['2', 'Program B', '20,000,000', '2,000'], ['Total', '', '237,902,500', '3,000']),
    },
    {
      name: 'two segments in one table: roman groups + Jumlah, then programs with kegiatan + TOTAL',
      text: tampan(),
    },
    {
      name: 'a "J U M L A H" row with dashes for zero and a row without figures',
      text: lines(
        'Tabel 3.8 Anggaran Program Prioritas Dinas Kesehatan Kabupaten Sleman Tahun 2023',
        row('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', '4.512.880.000', '4.387.090.150'),
        row('', 'Indikator: Persentase fasilitas kesehatan yang terakreditasi', '', ''),
        row('2', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', '635.400.000', '-'),
        row('3', 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', '-', '-'),
        row('J U M L A H', '', '5.148.280.000', '4.387.090.150'),
      ),
    },
    {
      name: 'the percentage column of a total row is not a sum (truncated 94,47 and 98,17 included)',
      // 2.301.640.000 / 2.436.215.400 = 94,476…; 490.878.350 / 500.000.000 = 98,175…; 2.792.518.350 / 2.936.215.400 = 95,106…
      text: lines(
        row('No', 'Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'),
        row('1', 'Administrasi Keuangan Perangkat Daerah', '2.436.215.400', '2.301.640.000', '94,47'),
        row('2', 'Administrasi Umum Perangkat Daerah', '500.000.000', '490.878.350', '98,17'),
        row('', 'Jumlah', '2.936.215.400', '2.792.518.350', '95,10'),
      ),
    },
    {
      name: 'amounts in millions: a total truncated at one decimal (18,17 written 18,1) is accepted by default',
      text: millions,
    },
    {
      name: 'Sub Total rows per group and a Jumlah Total that add up',
      text: lines(
        row('No', 'Uraian', 'Anggaran (Rp)'),
        row('1', 'Program Penanggulangan Bencana', '1.210.000.000'),
        row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2.340.500.000'),
        row('', 'Sub Total', '3.550.500.000'),
        row('3', 'Program Pencegahan dan Kesiapsiagaan Bencana', '450.000.000'),
        row('', 'Sub Total', '450.000.000'),
        row('', 'Jumlah Total', '4.000.500.000'),
      ),
    },
    {
      name: 'a table without a total row is left alone',
      text: lines(
        row('No', 'Program', 'Anggaran (Rp)'),
        row('1', 'Program Penanggulangan Bencana', '1.210.000.000'),
        row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2.340.500.000'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a total 300 short of its rows',
      text: tsv(header, ['1', 'Program A', 'Rp. 207.902.500,-', '10'], ['2', 'Program B', 'Rp. 1.118.997.800,-', '10'], ['JUMLAH', '', 'Rp. 1.326.900.000,-', '20']),
      findings: [{ line: 4, expected: '1326900300', actual: '1326900000', message: ['JUMLAH', 'Rp 1.326.900.300', 'selisih Rp 300'] }],
    },
    {
      name: 'the Jumlah of the roman groups is wrong, the TOTAL of the programs is right',
      text: tampan({ jumlah: '3.285.515.400,00' }),
      findings: [
        {
          line: 5,
          expected: '3258515400',
          actual: '3285515400',
          severity: 'error',
          columnLabel: 'Pagu Anggaran (Rp)',
          message: ['Tabel 3.7, baris "Jumlah", kolom Pagu Anggaran (Rp)', 'tertulis Rp 3.285.515.400', 'jumlah 2 baris di atasnya Rp 3.258.515.400', 'selisih Rp 27.000.000'],
        },
      ],
    },
    {
      name: 'the TOTAL of the programs is wrong: it sums the two programs, not their kegiatan or the groups above',
      text: tampan({ total: '3.259.515.400,00', totalRealisasi: '3.110.939.350,00' }),
      findings: [
        { line: 11, expected: '3258515400', actual: '3259515400', columnLabel: 'Pagu Anggaran (Rp)', message: ['baris "TOTAL"', 'jumlah 2 baris di atasnya Rp 3.258.515.400', 'selisih Rp 1.000.000'] },
        { line: 11, expected: '3110993350', actual: '3110939350', columnLabel: 'Realisasi (Rp)', message: ['tertulis Rp 3.110.939.350', 'Rp 3.110.993.350', 'selisih Rp 54.000'] },
      ],
    },
    {
      name: 'a "J U M L A H" row that forgets a program',
      text: lines(
        'Tabel 3.8 Anggaran Program Prioritas Dinas Kesehatan Kabupaten Sleman Tahun 2023',
        row('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', '4.512.880.000', '4.387.090.150'),
        row('2', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', '635.400.000', '-'),
        row('J U M L A H', '', '4.512.880.000', '4.387.090.150'),
      ),
      findings: [{ line: 5, expected: '5148280000', actual: '4512880000', message: ['jumlah 2 baris di atasnya Rp 5.148.280.000', 'selisih Rp 635.400.000'] }],
    },
    {
      name: 'strict rounding: a total truncated at one decimal (18,17 written 18,1) is flagged',
      rounding: 'round',
      text: millions,
      findings: [{ line: 5, expected: '18.17', actual: '18.1', message: ['padahal jumlah 2 baris di atasnya Rp 18,17', 'selisih Rp 0,07'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: tampan({ jumlah: '3.285.515.400,00' }),
      findings: [
        {
          line: 5,
          expected: '3258515400',
          actual: '3285515400',
          message: ['Tabel 3.7, row "Jumlah", column Pagu Anggaran (Rp): states Rp 3,285,515,400', 'the 2 rows above it add up to Rp 3,258,515,400', '(difference Rp 27,000,000)'],
        },
      ],
    },
  ],
});

describe('sum-total: regressions', () => {
  // Was a bug: a stated amount with decimals is shown without them in the message ("tertulis Rp 18"
  // for a printed 18,1): showStated(…, 'money') always prints 0 decimals. The finding's
  // `actual` field is right ("18.1"); only the message misquotes the report.
  it('quotes a stated amount with its decimals (18,1, not 18)', () => {
    const [finding] = lintWith(rule, { name: 'millions', text: millions, rounding: 'round' });
    expect(finding.message).toContain('tertulis Rp 18,1,');
  });

  // Was a bug (false alarm): without a PROGRAM row, a table of kegiatan with their sub kegiatan
  // (here even prefixed "Kegiatan" / "Sub Kegiatan", indented, each level numbered) is read as
  // flat: every row is top-level and the Jumlah is compared with kegiatan + sub kegiatan,
  // twice the real total ("padahal jumlah 5 baris di atasnya Rp 2.500.000.000").
  it('sums only the kegiatan of a table without a program row', () => {
    const text = lines(
      row('No', 'Uraian', 'Anggaran (Rp)'),
      row('1', 'Kegiatan Administrasi Keuangan Perangkat Daerah', '900.000.000'),
      row('', 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', '850.000.000'),
      row('', 'Sub Kegiatan Koordinasi Pelaporan Keuangan Akhir Tahun', '50.000.000'),
      row('2', 'Kegiatan Administrasi Umum Perangkat Daerah', '350.000.000'),
      row('', 'Sub Kegiatan Penyediaan Bahan Logistik Kantor', '350.000.000'),
      row('', 'Jumlah', '1.250.000.000'),
    );
    expect(lintWith(rule, { name: 'kegiatan table', text })).toEqual([]);
  });

  // Was a bug (missed error): a grand total right after Sub Total rows totals nothing (the rows
  // "since the previous total row" are none), so a wrong Jumlah Total is never checked.
  it('checks a Jumlah Total against the Sub Total rows above it', () => {
    const text = lines(
      row('No', 'Uraian', 'Anggaran (Rp)'),
      row('1', 'Program Penanggulangan Bencana', '1.210.000.000'),
      row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2.340.500.000'),
      row('', 'Sub Total', '3.550.500.000'),
      row('3', 'Program Pencegahan dan Kesiapsiagaan Bencana', '450.000.000'),
      row('', 'Sub Total', '450.000.000'),
      row('', 'Jumlah Total', '4.500.500.000'),
    );
    const found = lintWith(rule, { name: 'grand total', text });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: '4000500000', actual: '4500500000' });
  });
});
