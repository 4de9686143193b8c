import rule from '../../rules/text-total.js';
import { lines, lintWith, row, testRule } from '../support/rule-tester.js';

/**
 * Kecamatan Tampan, Kota Pekanbaru: an introduction ending "antara lain :" before the program
 * table of the Perjanjian Kinerja. 212.750.000 + 296.460.000 + 25.000.000 = 534.210.000.
 * Line 3 the sentence, 5–6 caption and title, 7 header, 8–10 programs.
 */
function tampanIntro(amount = 'Rp. 534.210.000,-'): string {
  return lines(
    '2.3 Perjanjian Kinerja',
    '',
    `Untuk mencapai sasaran strategis Tahun 2023, Kecamatan Tampan Kota Pekanbaru didukung anggaran sebesar ${amount} untuk melaksanakan 3 (tiga) program, antara lain :`,
    '',
    'Tabel 2.3',
    'Program dan Anggaran Kecamatan Tampan Tahun 2023',
    row('No', 'Program', 'Anggaran (Rp)'),
    row('1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', '212.750.000'),
    row('2', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', '296.460.000'),
    row('3', 'Program Koordinasi Ketentraman dan Ketertiban Umum', '25.000.000'),
  );
}

/**
 * BPBD Provinsi Jawa Tengah: a conclusion sentence after the table.
 * 1.210.000.000 + 2.340.500.000 = 3.550.500.000; 1.187.455.300 + 2.298.120.750 = 3.485.576.050.
 * Line 1 caption, 2 header, 3–4 programs, 5 blank, 6 the sentence.
 */
function bpbdAfter(sentence = 'Total anggaran BPBD Provinsi Jawa Tengah Tahun 2023 sebesar Rp 3.550.500.000 dengan realisasi Rp 3.485.576.050 atau 98,17%.'): string {
  return lines(
    'Tabel 3.6 Realisasi Anggaran BPBD Provinsi Jawa Tengah Tahun 2023',
    row('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)'),
    row('1', 'Program Penanggulangan Bencana', '1.210.000.000', '1.187.455.300'),
    row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2.340.500.000', '2.298.120.750'),
    '',
    sentence,
  );
}

/**
 * Dinas Kesehatan Kabupaten Sleman: a bullet list of program budgets and its total.
 * 4.512.880.000 + 635.400.000 + 118.250.000 = 5.266.530.000. Line 1 intro, 2–4 items, 5 total.
 */
function slemanList(total = 'Rp 5.266.530.000', intro = 'Alokasi anggaran program prioritas Dinas Kesehatan Kabupaten Sleman Tahun 2023 adalah sebagai berikut:'): string {
  return lines(
    intro,
    '- Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat sebesar Rp 4.512.880.000;',
    '- Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan sebesar Rp 635.400.000;',
    '- Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman sebesar Rp 118.250.000.',
    `Jumlah anggaran program prioritas sebesar ${total}.`,
  );
}

/** Budget before and after the revision in one sentence; the table holds the revised budget. */
const revised = (murni: string, perubahan: string) =>
  lines(
    `Anggaran murni sebesar Rp ${murni} dan setelah perubahan menjadi Rp ${perubahan}, dengan rincian sebagai berikut:`,
    row('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)'),
    row('1', 'Program Penanggulangan Bencana', '1.210.000.000', '1.187.455.300'),
    row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2.340.500.000', '2.298.120.750'),
  );

/** Amounts in millions with two decimals: 10,25 + 7,92 = 18,17, truncated 18,1 (rounded 18,2). */
const millions = lines(
  'Tabel 2.5 Pagu Program Badan Kepegawaian Daerah Provinsi Jawa Tengah',
  row('No', 'Program', 'Pagu Anggaran (Rp juta)'),
  row('1', 'Program Kepegawaian Daerah', '10,25'),
  row('2', 'Program Pengembangan Sumber Daya Manusia', '7,92'),
  'Jumlah pagu kedua program tersebut sebesar Rp 18,1 (dalam juta rupiah).',
);

testRule(rule, {
  valid: [
    {
      name: 'an introduction ending "antara lain :" whose amount is the sum of the program table',
      text: tampanIntro(),
    },
    {
      name: 'a "Total anggaran … Rp X dengan realisasi Rp Y" sentence after the table',
      text: bpbdAfter(),
    },
    {
      name: 'a sentence with two amounts (APBD murni and perubahan): one matches the table',
      text: revised('3.500.000.000', '3.550.500.000'),
    },
    {
      name: 'a bullet list of amounts followed by "Jumlah … Rp X"',
      text: slemanList(),
    },
    {
      name: 'English number style',
      text: bpbdAfter('Total anggaran BPBD Provinsi Jawa Tengah sebesar Rp 3,550,500,000 dengan realisasi Rp 3,485,576,050.'),
    },
    {
      name: 'dashes for zero and rows without figures in the table',
      text: lines(
        'Dinas Kesehatan Kabupaten Sleman didukung anggaran sebesar Rp 5.148.280.000 untuk program-program sebagai berikut:',
        row('No', 'Program', 'Anggaran (Rp)'),
        row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', '4.512.880.000'),
        row('', 'Indikator: Persentase fasilitas kesehatan yang terakreditasi', ''),
        row('2', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', '635.400.000'),
        row('3', 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', '-'),
      ),
    },
    {
      name: 'a two-segment table (groups + Jumlah, programs + TOTAL): the sentence matches a segment total',
      text: lines(
        'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Tahun 2023',
        row('No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)'),
        row('I', 'Belanja Operasi', '2.846.215.400', '2.701.118.350'),
        row('II', 'Belanja Modal', '412.300.000', '409.875.000'),
        row('', 'Jumlah', '3.258.515.400', '3.110.993.350'),
        row('1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '2.936.215.400', '2.792.518.350'),
        row('2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', '322.300.000', '318.475.000'),
        row('', 'TOTAL', '3.258.515.400', '3.110.993.350'),
        'Jumlah anggaran Kecamatan Tampan Tahun 2023 sebesar Rp 3.258.515.400,- dengan realisasi sebesar Rp 3.110.993.350,-.',
      ),
    },
    {
      name: 'a sentence that is neither an introduction nor a conclusion is not compared',
      text: lines(
        'Program Penanggulangan Bencana mendapat tambahan anggaran Rp 60.500.000 pada perubahan APBD.',
        row('No', 'Program', 'Anggaran (Rp)'),
        row('1', 'Program Penanggulangan Bencana', '1.210.000.000'),
        row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2.340.500.000'),
      ),
    },
    {
      name: 'two amounts that both differ from the table (a comparison with last year) are not compared',
      text: bpbdAfter('Jumlah anggaran tersebut naik sebesar Rp 250.500.000 dibandingkan Tahun 2022 yang sebesar Rp 3.300.000.000.'),
    },
  ],
  invalid: [
    {
      name: 'an introduction whose amount is 9.000 off the program table',
      text: tampanIntro('Rp. 534.201.000,-'),
      findings: [
        {
          line: 3,
          expected: '534210000',
          actual: '534201000',
          severity: 'error',
          message: ['Kalimat menyebut anggaran Rp 534.201.000', 'jumlah 3 baris pada Tabel 2.3', 'Rp 534.210.000', 'selisih Rp 9.000'],
        },
      ],
    },
    {
      name: 'a conclusion sentence whose realisasi is not the sum of the realisasi column',
      text: bpbdAfter('Total anggaran BPBD Provinsi Jawa Tengah Tahun 2023 sebesar Rp 3.550.500.000 dengan realisasi Rp 3.485.675.050 atau 98,17%.'),
      findings: [{ line: 6, expected: '3485576050', actual: '3485675050', message: ['Kalimat menyebut realisasi Rp 3.485.675.050', 'Rp 3.485.576.050', 'selisih Rp 99.000'] }],
    },
    {
      name: 'a conclusion sentence with both amounts wrong gives two findings',
      text: bpbdAfter('Total anggaran BPBD Provinsi Jawa Tengah sebesar Rp 3.505.500.000 dengan realisasi Rp 3.485.675.050.'),
      findings: [
        { line: 6, expected: '3550500000', actual: '3505500000', message: ['anggaran Rp 3.505.500.000'] },
        { line: 6, expected: '3485576050', actual: '3485675050', message: ['realisasi Rp 3.485.675.050'] },
      ],
    },
    {
      name: 'a list total that does not add up',
      text: slemanList('Rp 5.266.350.000'),
      findings: [
        {
          line: 5,
          expected: '5266530000',
          actual: '5266350000',
          message: ['Kalimat menyebut total Rp 5.266.350.000', 'jumlah 3 nilai yang dirinci Rp 5.266.530.000', 'selisih Rp 180.000'],
        },
      ],
    },
    {
      name: 'an introduction to a list stating a wrong total',
      text: slemanList('Rp 5.266.530.000', 'Anggaran program prioritas sebesar Rp 5.166.530.000 dialokasikan sebagai berikut:'),
      findings: [{ line: 1, expected: '5266530000', actual: '5166530000', message: ['jumlah 3 nilai yang dirinci Rp 5.266.530.000', 'selisih Rp 100.000.000'] }],
    },
    {
      name: 'messages in English (table)',
      lang: 'en',
      text: tampanIntro('Rp. 534.201.000,-'),
      findings: [{ line: 3, expected: '534210000', actual: '534201000', message: ['The sentence states a budget of Rp 534,201,000', 'the 3 rows of Tabel 2.3 next to it add up to Rp 534,210,000', '(difference Rp 9,000)'] }],
    },
    {
      name: 'messages in English (list)',
      lang: 'en',
      text: slemanList('Rp 5.266.350.000'),
      findings: [{ line: 5, message: ['The sentence states a total of Rp 5,266,350,000, but the 3 amounts listed add up to Rp 5,266,530,000 (difference Rp 180,000).'] }],
    },
    {
      name: 'strict rounding: a total truncated at one decimal (18,17 written 18,1) is flagged',
      rounding: 'round',
      text: millions,
      findings: [{ line: 5, expected: '18.17', actual: '18.1' }],
    },
  ],
});

describe('text-total: regressions', () => {
  // Was a bug (false alarm): scale words are ignored. "Rp 3,55 miliar" is read as 3,55 rupiah and
  // reported against 3.550.500.000 ("Kalimat menyebut anggaran Rp 4, padahal …"). At its printed
  // precision, 3,55 miliar is 3.545.000.000–3.560.000.000 (rounded or truncated) and agrees;
  // so does the truncated "Rp 3,48 miliar" for 3.485.576.050.
  it('reads "Rp 3,55 miliar" / "Rp 3,48 miliar" as amounts in billions', () => {
    const text = bpbdAfter('Total anggaran BPBD Provinsi Jawa Tengah tahun 2023 sebesar Rp 3,55 miliar dengan realisasi Rp 3,48 miliar.');
    expect(lintWith(rule, { name: 'miliar', text })).toEqual([]);
  });

  // Was a bug (policy ignored): text-total compares a stated total at its rounding interval whatever
  // the policy, so a truncated total is flagged by default too (sum-total accepts it).
  it('accepts a truncated total under the default policy', () => {
    expect(lintWith(rule, { name: 'millions', text: millions })).toEqual([]);
  });

  // Was a bug (false alarm): every amount not introduced by "realisasi" is taken for a budget. A
  // conclusion "Total sisa anggaran … Rp 64.923.950" (the correct sum of the Sisa column) is
  // compared with the Anggaran column: "Kalimat menyebut anggaran Rp 64.923.950, padahal …
  // Rp 3.550.500.000".
  it('does not compare a stated total sisa with the pagu column', () => {
    const text = lines(
      'Tabel 3.6 Realisasi Anggaran BPBD Provinsi Jawa Tengah Tahun 2023',
      row('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'),
      row('1', 'Program Penanggulangan Bencana', '1.210.000.000', '1.187.455.300', '22.544.700'),
      row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2.340.500.000', '2.298.120.750', '42.379.250'),
      '',
      'Total sisa anggaran yang tidak terserap pada Tahun 2023 sebesar Rp 64.923.950 atau 1,83% dari pagu.',
    );
    expect(lintWith(rule, { name: 'sisa', text })).toEqual([]);
  });
});
