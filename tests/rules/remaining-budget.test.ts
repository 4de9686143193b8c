import rule from '../../rules/remaining-budget.js';
import { lines, lintWith, row, testRule } from '../support/rule-tester.js';

/**
 * Dinas Kesehatan Kabupaten Sleman, sub kegiatan with pagu, realisasi, capaian and sisa.
 * Line 1 caption, 2 header, 3–6 rows, 7 Jumlah.
 */
function sleman(over: { sisa1?: string; sisa3?: string; sisaJumlah?: string } = {}): string {
  return lines(
    'Tabel 3.11 Realisasi Anggaran Dinas Kesehatan Kabupaten Sleman Tahun Anggaran 2023',
    row('No', 'Sub Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa Anggaran (Rp)'),
    row('1', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', '149.200.000', '140.118.000', '93,91', over.sisa1 ?? '9.082.000'),
    row('2', 'Pengelolaan Pelayanan Kesehatan Balita', '96.400.000', '91.766.500', '95,19', '4.633.500'),
    row('3', 'Pengelolaan Surveilans Kesehatan', '58.000.000', '58.000.000', '100', over.sisa3 ?? '-'),
    row('4', 'Investigasi Awal Kejadian Tidak Diharapkan (Kejadian Ikutan Pasca Imunisasi)', '12.500.000', '-', '0', '12.500.000'),
    row('', 'Jumlah', '316.100.000', '289.884.500', '91,70', over.sisaJumlah ?? '26.215.500'),
  );
}

/** Amounts in millions with two decimals: 12,34 − 5,67 = 6,67 (truncated 6,6, rounded 6,7). */
const millions = lines(
  'Tabel 3.9 Realisasi Anggaran Badan Pendapatan Daerah Provinsi Jawa Tengah (juta rupiah)',
  row('No', 'Program', 'Pagu', 'Realisasi', 'Sisa'),
  row('1', 'Program Pengelolaan Pendapatan Daerah', '12,34', '5,67', '6,6'),
);

/** Budget before and after the revision; the sisa must use the revised budget (the nearer pagu column). */
const revised = (sisa: string) =>
  lines(
    row('No', 'Program', 'Anggaran Murni (Rp)', 'Anggaran Perubahan (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%'),
    row('1', 'Program Penanggulangan Bencana', '1.250.000.000', '1.210.000.000', '1.187.455.300', sisa, '98,13'),
  );

testRule(rule, {
  valid: [
    {
      name: 'sisa = pagu − realisasi on every row, "-" when fully spent, sisa = pagu when nothing spent',
      text: sleman(),
    },
    {
      name: 'a zero sisa written 0,00 and amounts with cents (Indonesian style)',
      text: lines(
        'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Kota Pekanbaru Tahun 2023',
        row('No', 'Uraian', 'Target Keuangan (Rp)', 'Realisasi Keuangan (Rp)', 'Sisa Pagu Anggaran (Rp)'),
        row('1', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', '14.250.000,00', '14.237.812,00', '12.188,00'),
        row('2', 'Penyediaan Bahan Logistik Kantor', '37.600.000,00', '37.600.000,00', '0,00'),
        row('3', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Rp 96.000.000,-', 'Rp 95.750.000,-', 'Rp 250.000,-'),
      ),
    },
    {
      name: 'English number style, header "Selisih"',
      text: lines(
        'Tabel 3.5 Budget Realisation',
        row('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Selisih (Rp)'),
        row('1', 'Program Penanggulangan Bencana', '1,210,000,000', '1,187,455,300', '22,544,700'),
        row('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', '2,340,500,000', '2,298,120,750', '42,379,250'),
      ),
    },
    {
      name: 'an overspent row: a negative sisa in parentheses',
      text: lines(
        row('No', 'Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'),
        row('1', 'Pemeliharaan Gedung Kantor', '45.000.000', '47.500.000', '(2.500.000)'),
      ),
    },
    {
      name: 'rows without figures (indicator rows) and rows with no budget at all are skipped',
      text: lines(
        row('No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'),
        row('1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', '212.750.000', '198.100.000', '14.650.000'),
        row('', 'Indikator Program: Persentase pelayanan administrasi yang tuntas', '', '', ''),
        row('2', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', '-', '-', '-'),
      ),
    },
    {
      name: 'a table with kinerja and anggaran groups: sisa is taken from the anggaran columns',
      text: lines(
        'Tabel 3.9 Pencapaian Kinerja dan Anggaran BPBD Provinsi Jawa Tengah',
        row('No', 'Sasaran / Indikator', 'Kinerja', '', '', 'Anggaran', '', ''),
        row('', '', 'Target', 'Realisasi', 'Capaian (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'),
        row('1', 'Persentase Desa/Kelurahan Tangguh Bencana', '60', '54', '90,00', '1.210.000.000', '1.187.455.300', '22.544.700'),
        row('2', 'Persentase Penanganan Kejadian Bencana', '100', '100', '100,00', '2.340.500.000', '2.298.120.750', '42.379.250'),
      ),
    },
    {
      name: 'budget before and after the revision (murni / perubahan): sisa is from the revised budget',
      text: revised('22.544.700'),
    },
    {
      name: 'amounts in millions: a sisa truncated at one decimal (6,67 written 6,6) is accepted by default',
      text: millions,
    },
  ],
  invalid: [
    {
      name: 'a sisa with transposed digits',
      text: sleman({ sisa1: '9.028.000' }),
      findings: [
        {
          line: 3,
          expected: '9082000',
          actual: '9028000',
          severity: 'error',
          rowLabel: '1 Pengelolaan Pelayanan Kesehatan Ibu Hamil',
          columnLabel: 'Sisa Anggaran (Rp)',
          message: [
            'Tabel 3.11, baris "1 Pengelolaan Pelayanan Kesehatan Ibu Hamil", kolom Sisa Anggaran (Rp)',
            'sisa tertulis Rp 9.028.000',
            'pagu Rp 149.200.000 − realisasi Rp 140.118.000 = Rp 9.082.000',
            'selisih Rp 54.000',
          ],
        },
      ],
    },
    {
      name: 'a sisa left at "-" although part of the budget was not spent',
      text: sleman({ sisa3: '-' }).replace('58.000.000\t58.000.000\t100', '58.000.000\t57.400.000\t98,96'),
      findings: [
        // Only that row: the rule compares each row with itself, not with the Jumlah row (sum-total does).
        { line: 5, expected: '600000', actual: '0', message: ['sisa tertulis -,', 'pagu Rp 58.000.000 − realisasi Rp 57.400.000 = Rp 600.000'] },
      ],
    },
    {
      name: 'the Jumlah row is checked like any other row',
      text: sleman({ sisaJumlah: '26.251.500' }),
      findings: [{ line: 7, expected: '26215500', actual: '26251500', rowLabel: 'Jumlah', message: ['Rp 316.100.000 − realisasi Rp 289.884.500 = Rp 26.215.500', 'selisih Rp 36.000'] }],
    },
    {
      name: 'a sisa computed from the budget before the revision',
      text: revised('62.544.700'),
      findings: [{ line: 2, expected: '22544700', actual: '62544700', columnLabel: 'Sisa (Rp)', message: ['pagu Rp 1.210.000.000 − realisasi Rp 1.187.455.300 = Rp 22.544.700', 'selisih Rp 40.000.000'] }],
    },
    {
      name: 'strict rounding: a sisa truncated at one decimal (6,67 written 6,6) is flagged',
      rounding: 'round',
      text: millions,
      findings: [{ line: 3, expected: '6.67', actual: '6.6', message: ['= Rp 6,67'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: sleman({ sisa1: '9.028.000' }),
      findings: [
        {
          line: 3,
          expected: '9082000',
          actual: '9028000',
          message: ['row "1 Pengelolaan Pelayanan Kesehatan Ibu Hamil"', 'remaining budget states Rp 9,028,000', 'budget Rp 149,200,000 − spending Rp 140,118,000 = Rp 9,082,000', '(difference Rp 54,000)'],
        },
      ],
    },
  ],
});

describe('remaining-budget: regressions', () => {
  // Was a bug (false alarm): the realisasi of a sisa is the nearest column left of it whose header
  // says "realisasi", whatever its unit. A "Realisasi Fisik (%)" column between the money
  // columns and the sisa is taken as the spending: "pagu Rp 1.210.000.000 − realisasi Rp 100
  // = Rp 1.209.999.900", on a correct sisa.
  it('ignores a "Realisasi Fisik (%)" column when computing the sisa', () => {
    const text = lines(
      'Tabel 3.6 Realisasi Anggaran BPBD Provinsi Jawa Tengah Tahun 2023',
      row('No', 'Program', 'Pagu (Rp)', 'Realisasi Keuangan (Rp)', 'Realisasi Fisik (%)', 'Sisa Anggaran (Rp)'),
      row('1', 'Program Penanggulangan Bencana', '1.210.000.000', '1.187.455.300', '100', '22.544.700'),
    );
    expect(lintWith(rule, { name: 'realisasi fisik', text })).toEqual([]);
  });
});
