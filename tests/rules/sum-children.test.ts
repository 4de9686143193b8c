import rule from '../../rules/sum-children.js';
import { lines, lintWith, row, testRule } from '../support/rule-tester.js';

const HEADER = row('No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa Anggaran (Rp)');

/**
 * Dinas Kesehatan Kabupaten Sleman: one program, two kegiatan, two sub kegiatan each.
 * Sub kegiatan are indented by an empty first cell and numbered from 1 again.
 * Line 1 caption, 2 title, 3 header, 4 program, 5 kegiatan, 6–7 sub, 8 kegiatan, 9–10 sub.
 */
function sleman(over: { gaji?: string; programRealisasi?: string } = {}): string {
  return lines(
    'Tabel 3.9',
    'Realisasi Anggaran Dinas Kesehatan Kabupaten Sleman Tahun 2023',
    HEADER,
    row('1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '1.250.000.000', over.programRealisasi ?? '1.180.450.000', '94,43', '69.550.000'),
    row('1', 'Administrasi Keuangan Perangkat Daerah', '900.000.000', '870.000.000', '96,66', '30.000.000'),
    row('', '1 Penyediaan Gaji dan Tunjangan ASN', over.gaji ?? '850.000.000', '825.000.000', '97,05', '25.000.000'),
    row('', '2 Koordinasi Pelaporan Keuangan Akhir Tahun', '50.000.000', '45.000.000', '90,00', '5.000.000'),
    row('2', 'Administrasi Umum Perangkat Daerah', '350.000.000', '310.450.000', '88,70', '39.550.000'),
    row('', '1 Penyediaan Bahan Logistik Kantor', '200.000.000', '190.450.000', '95,22', '9.550.000'),
    row('', '2 Penyediaan Jasa Surat Menyurat', '150.000.000', '120.000.000', '80,00', '30.000.000'),
  );
}

/** The same table written English style, with cents. */
const slemanEnglish = lines(
  'Tabel 3.9',
  'Budget realisation',
  HEADER,
  row('1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '1,250,000,000.00', '1,180,450,000.00', '94.43', '69,550,000.00'),
  row('1', 'Administrasi Keuangan Perangkat Daerah', '900,000,000.00', '870,000,000.00', '96.66', '30,000,000.00'),
  row('', '1 Penyediaan Gaji dan Tunjangan ASN', '850,000,000.00', '825,000,000.00', '97.05', '25,000,000.00'),
  row('', '2 Koordinasi Pelaporan Keuangan Akhir Tahun', '50,000,000.00', '45,000,000.00', '90.00', '5,000,000.00'),
  row('2', 'Administrasi Umum Perangkat Daerah', '350,000,000.00', '310,450,000.00', '88.70', '39,550,000.00'),
  row('', '1 Penyediaan Bahan Logistik Kantor', '200,000,000.00', '190,450,000.00', '95.22', '9,550,000.00'),
  row('', '2 Penyediaan Jasa Surat Menyurat', '150,000,000.00', '120,000,000.00', '80.00', '30,000,000.00'),
);

/**
 * Badan Penanggulangan Bencana Daerah Provinsi Jawa Tengah: roman spending groups with
 * lettered items, then a Jumlah row. Line 3 = I, 4–5 items, 6 = II, 7–8 items, 9 Jumlah.
 */
function bpbdJateng(operasi = 'Rp. 8.745.320.000,-'): string {
  return lines(
    'Tabel 3.12 Realisasi Belanja BPBD Provinsi Jawa Tengah Tahun 2023',
    row('No', 'Jenis Belanja', 'Anggaran (Rp)', 'Realisasi (Rp)'),
    row('I', 'Belanja Operasi', operasi, 'Rp. 8.402.118.450,-'),
    row('a.', 'Belanja Pegawai', 'Rp. 5.120.000.000,-', 'Rp. 4.987.650.000,-'),
    row('b.', 'Belanja Barang dan Jasa', 'Rp. 3.625.320.000,-', 'Rp. 3.414.468.450,-'),
    row('II', 'Belanja Modal', 'Rp. 1.310.000.000,-', 'Rp. 1.289.500.000,-'),
    row('a.', 'Belanja Modal Peralatan dan Mesin', 'Rp. 1.310.000.000,-', 'Rp. 1.289.500.000,-'),
    row('b.', 'Belanja Modal Gedung dan Bangunan', 'Rp. -', 'Rp. -'),
    row('', 'JUMLAH', 'Rp. 10.055.320.000,-', 'Rp. 9.691.618.450,-'),
  );
}

/**
 * Regional budget codes (Permendagri 90/2019): program 1.02.02, kegiatan 1.02.02.2.02,
 * sub kegiatan 1.02.02.2.02.0001. Line 2 header, 3 program, 4 kegiatan, 5–6 sub kegiatan.
 */
function coded(sub2 = '96.400.000'): string {
  return lines(
    'Tabel 3.10 Realisasi Anggaran per Sub Kegiatan',
    row('Kode', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran', 'Realisasi'),
    row('1.02.02', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', '245.600.000', '231.884.500'),
    row('1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', '245.600.000', '231.884.500'),
    row('1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', '149.200.000', '140.118.000'),
    row('1.02.02.2.02.0002', 'Pengelolaan Pelayanan Kesehatan Balita', sub2, '91.766.500'),
  );
}

/**
 * Two levels under a roman group: numbered items, lettered sub-items.
 * Line 3 = I, 4 item, 5–6 sub-items, 7 item, 8 = II, 9 item.
 */
function twoLevels(gajiRealisasi = '295.000.000'): string {
  return lines(
    'Tabel 3.6 Realisasi Belanja Tahun 2023',
    row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
    row('I', 'Belanja Operasi', '900.000.000', '870.000.000'),
    row('1', 'Belanja Pegawai', '500.000.000', '490.000.000'),
    row('', 'a. Gaji Pokok dan Tunjangan', '300.000.000', gajiRealisasi),
    row('', 'b. Tambahan Penghasilan ASN', '200.000.000', '195.000.000'),
    row('2', 'Belanja Barang dan Jasa', '400.000.000', '380.000.000'),
    row('II', 'Belanja Modal', '100.000.000', '99.000.000'),
    row('1', 'Belanja Modal Peralatan dan Mesin', '100.000.000', '99.000.000'),
  );
}

testRule(rule, {
  valid: [
    {
      name: 'program > kegiatan > sub kegiatan that add up (Indonesian style; percentages are not summed)',
      text: sleman(),
    },
    {
      name: 'the same table in English number style with cents',
      text: slemanEnglish,
    },
    {
      name: 'roman spending groups with lettered items, "Rp. -" for zero',
      text: bpbdJateng(),
    },
    {
      name: 'two levels under a roman group: numbered items with lettered sub-items',
      text: twoLevels(),
    },
    {
      name: 'regional budget codes give the levels',
      text: coded(),
    },
    {
      name: 'roman groups without items, a Jumlah, then programs with their kegiatan',
      text: lines(
        'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Kota Pekanbaru Tahun 2023',
        row('No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)'),
        row('I', 'Belanja Operasi', '2.846.215.400,00', '2.701.118.350,00'),
        row('II', 'Belanja Modal', '412.300.000,00', '409.875.000,00'),
        row('', 'Jumlah', '3.258.515.400,00', '3.110.993.350,00'),
        row('1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '2.936.215.400,00', '2.792.518.350,00'),
        row('', '1 Administrasi Keuangan Perangkat Daerah', '2.436.215.400,00', '2.301.640.000,00'),
        row('', '2 Administrasi Umum Perangkat Daerah', '500.000.000,00', '490.878.350,00'),
        row('2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', '322.300.000,00', '318.475.000,00'),
        row('', '1 Penyelenggaraan Urusan Pemerintahan Umum Kecamatan', '322.300.000,00', '318.475.000,00'),
        row('', 'TOTAL', '3.258.515.400,00', '3.110.993.350,00'),
      ),
    },
    {
      name: 'dotted outline numbers (1, 1.1, 1.1.1) give the levels',
      text: lines(
        row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        row('1', 'Program Penanggulangan Bencana', '1.210.000.000', '1.187.455.300'),
        row('1.1', 'Pelayanan Pencegahan dan Kesiapsiagaan Terhadap Bencana', '710.000.000', '698.455.300'),
        row('1.1.1', 'Sosialisasi, Komunikasi, Informasi dan Edukasi Rawan Bencana', '310.000.000', '301.455.300'),
        row('1.1.2', 'Penguatan Kapasitas Kawasan untuk Pencegahan dan Kesiapsiagaan', '400.000.000', '397.000.000'),
        row('1.2', 'Pelayanan Penyelamatan dan Evakuasi Korban Bencana', '500.000.000', '489.000.000'),
        row('1.2.1', 'Respon Cepat Darurat Bencana', '500.000.000', '489.000.000'),
      ),
    },
    {
      name: 'indicator rows without figures and dashes for zero spending',
      text: lines(
        'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Kota Pekanbaru Tahun 2023',
        row('No', 'Uraian Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'),
        row('1', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', '312.750.000', '298.100.000', '14.650.000'),
        row('', 'Indikator Program: Persentase pelayanan administrasi kecamatan yang tuntas', '', '', ''),
        row('1', 'Kegiatan Penyelenggaraan Urusan Pemerintahan Umum Kecamatan', '212.750.000', '198.100.000', '14.650.000'),
        row('', 'Indikator Kegiatan: Jumlah rapat koordinasi yang dilaksanakan', '', '', ''),
        row('', '1 Sub Kegiatan Koordinasi Kegiatan Pemerintahan di Tingkat Kecamatan', '112.750.000', '98.100.000', '14.650.000'),
        row('', '2 Sub Kegiatan Fasilitasi Pelaksanaan Musrenbang Kecamatan', '100.000.000', '100.000.000', '-'),
        row('2', 'Kegiatan Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan', '100.000.000', '100.000.000', '-'),
        row('', '1 Sub Kegiatan Pelayanan Administrasi Perizinan', '100.000.000', '100.000.000', '-'),
        row('', '2 Sub Kegiatan Penataan Arsip Kependudukan', '-', '-', '-'),
      ),
    },
    {
      name: 'amounts in millions with decimals: a parent truncated at one decimal is accepted by default',
      // 12,34 + 5,73 = 18,07: truncated at one decimal 18,0, rounded 18,1.
      text: lines(
        'Tabel 3.4 Anggaran Badan Pendapatan Daerah Provinsi Jawa Tengah (Rp juta)',
        row('No', 'Uraian', 'Pagu Anggaran', 'Realisasi'),
        row('1', 'Program Pengelolaan Pendapatan Daerah', '18,0', '17,5'),
        row('', '1 Kegiatan Pengelolaan Pajak Daerah', '12,34', '12,1'),
        row('', '2 Kegiatan Pengelolaan Retribusi Daerah', '5,73', '5,4'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a sub kegiatan typo leaves its kegiatan 45 million above the sum',
      text: sleman({ gaji: '805.000.000' }),
      findings: [
        {
          line: 5,
          expected: '855000000',
          actual: '900000000',
          severity: 'error',
          rowLabel: '1 Administrasi Keuangan Perangkat Daerah',
          columnLabel: 'Pagu Anggaran (Rp)',
          message: ['Tabel 3.9', 'baris "1 Administrasi Keuangan Perangkat Daerah"', 'kolom Pagu Anggaran (Rp)', 'tertulis Rp 900.000.000', 'jumlah 2 rincian di bawahnya Rp 855.000.000', 'selisih Rp 45.000.000'],
        },
      ],
    },
    {
      name: 'a program whose realisasi is not the sum of its kegiatan',
      text: sleman({ programRealisasi: '1.180.540.000' }),
      findings: [{ line: 4, expected: '1180450000', actual: '1180540000', columnLabel: 'Realisasi (Rp)', message: ['Rp 1.180.540.000', 'Rp 1.180.450.000', 'selisih Rp 90.000'] }],
    },
    {
      name: 'a roman group (Belanja Operasi) that is not the sum of its items',
      text: bpbdJateng('Rp. 8.745.230.000,-'),
      findings: [{ line: 3, expected: '8745320000', actual: '8745230000', rowLabel: 'I Belanja Operasi', message: ['I Belanja Operasi', 'tertulis Rp 8.745.230.000', 'Rp 8.745.320.000', 'selisih Rp 90.000'] }],
    },
    {
      name: 'a lettered sub-item typo is reported on its item, not on the group',
      text: twoLevels('259.000.000'),
      findings: [{ line: 4, expected: '454000000', actual: '490000000', rowLabel: '1 Belanja Pegawai', columnLabel: 'Realisasi (Rp)', message: ['jumlah 2 rincian di bawahnya Rp 454.000.000', 'selisih Rp 36.000.000'] }],
    },
    {
      name: 'a coded kegiatan that is not the sum of its coded sub kegiatan',
      text: coded('94.600.000'),
      findings: [
        // The kegiatan (line 4) no longer adds up; the program (line 3) still equals its one kegiatan.
        { line: 4, expected: '243800000', actual: '245600000', message: ['1.02.02.2.02', 'Rp 243.800.000', 'selisih Rp 1.800.000'] },
      ],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: sleman({ gaji: '805.000.000' }),
      findings: [
        {
          line: 5,
          expected: '855000000',
          actual: '900000000',
          message: ['Tabel 3.9, row "1 Administrasi Keuangan Perangkat Daerah", column Pagu Anggaran (Rp): states Rp 900,000,000', 'its 2 child rows add up to Rp 855,000,000', '(difference Rp 45,000,000)'],
        },
      ],
    },
    {
      name: 'strict rounding: a parent truncated at one decimal (18,07 written 18,0) is flagged',
      rounding: 'round',
      text: lines(
        'Tabel 3.4 Anggaran Badan Pendapatan Daerah Provinsi Jawa Tengah (Rp juta)',
        row('No', 'Uraian', 'Pagu Anggaran', 'Realisasi'),
        row('1', 'Program Pengelolaan Pendapatan Daerah', '18,0', '17,5'),
        row('', '1 Kegiatan Pengelolaan Pajak Daerah', '12,34', '12,1'),
        row('', '2 Kegiatan Pengelolaan Retribusi Daerah', '5,73', '5,4'),
      ),
      findings: [{ line: 3, expected: '18.07', actual: '18', columnLabel: 'Pagu Anggaran', message: ['Rp 18,07'] }],
    },
    {
      name: 'an unnumbered, indented row read with an uncertain hierarchy: findings lowered to warnings',
      // Without numbers or keywords, the last row may be a kegiatan or a sub kegiatan of the one
      // above; neither reading adds up, so the linter reports with severity warning.
      text: lines(
        row('No', 'Uraian', 'Anggaran (Rp)'),
        row('1', 'Program Pelayanan Kesehatan Masyarakat', '500.000.000'),
        row('', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', '300.000.000'),
        row('', '', 'Pelayanan Kesehatan Ibu Bersalin', '150.000.000'),
      ),
      findings: [
        { line: 2, severity: 'warning', expected: '300000000', actual: '500000000', message: ['jumlah 1 rincian di bawahnya Rp 300.000.000'] },
        { line: 3, severity: 'warning', expected: '150000000', actual: '300000000', message: ['jumlah 1 rincian di bawahnya Rp 150.000.000'] },
      ],
    },
  ],
});

describe('sum-children: regressions', () => {
  // Was a bug (missed error): without a PROGRAM row the kegiatan / sub kegiatan levels are not
  // inferred at all (every row is top-level), so a kegiatan that is not the sum of its sub
  // kegiatan is not reported.
  it('checks kegiatan against their sub kegiatan in a table without a program row', () => {
    const text = lines(
      row('No', 'Uraian', 'Anggaran (Rp)'),
      row('1', 'Kegiatan Administrasi Keuangan Perangkat Daerah', '900.000.000'),
      row('', 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', '805.000.000'),
      row('', 'Sub Kegiatan Koordinasi Pelaporan Keuangan Akhir Tahun', '50.000.000'),
      row('2', 'Kegiatan Administrasi Umum Perangkat Daerah', '350.000.000'),
      row('', 'Sub Kegiatan Penyediaan Bahan Logistik Kantor', '350.000.000'),
    );
    const found = lintWith(rule, { name: 'kegiatan table', text });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: '855000000', actual: '900000000' });
  });
});
