import { extractText } from '../../src/extract/text.js';
import { normaliseReport } from '../../src/normalise/index.js';
import { buildTableModel } from '../../src/normalise/table.js';
import { sumsAgree } from '../../src/normalise/hierarchy.js';
import type { Table } from '../../src/model/index.js';
import type { DataRow, TableModel } from '../../src/normalise/types.js';

const text = (...lines: string[]) => lines.join('\n');
const row = (...cells: string[]) => cells.join('\t');

/** The one table of a small report, understood. */
function model(...lines: string[]): TableModel {
  const report = extractText('laporan.txt', text(...lines));
  const tables = report.blocks.filter((b): b is Table => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return buildTableModel(tables[0]);
}

/** The row tree as an indented outline: "  kegiatan Penyediaan ..." (level = indentation). */
function outline(m: TableModel): string[] {
  return m.rows.map((r) => `${'  '.repeat(r.level)}${r.kind === 'data' ? r.levelName ?? '-' : r.kind} ${r.label}`);
}

const byLabel = (m: TableModel, label: string): DataRow => {
  const r = m.rows.find((x) => x.label === label);
  if (!r) throw new Error(`no row "${label}" in ${JSON.stringify(m.rows.map((x) => x.label))}`);
  return r;
};
const money = (m: TableModel) => m.columns.filter((c) => c.unit === 'money').map((c) => c.index);
const value = (r: DataRow, column: number) => r.values.get(column)?.value.toNumber();

/** The program › kegiatan › sub kegiatan tree every layout below must give. */
const PROGRAM_TREE = [
  'program PROGRAM PELAYANAN KESEHATAN',
  '  kegiatan Penyediaan Layanan Kesehatan Dasar',
  '    subkegiatan Operasional Puskesmas',
  '    subkegiatan Pelayanan Rujukan',
  '  kegiatan Pengendalian Penyakit Menular',
  '    subkegiatan Surveilans Penyakit',
  '    subkegiatan Imunisasi Rutin',
  '  kegiatan Kesehatan Lingkungan',
  '    subkegiatan Pengawasan Sanitasi',
  'program PROGRAM SEDIAAN FARMASI',
  '  kegiatan Pengawasan Obat dan Makanan',
  '    subkegiatan Pemeriksaan Apotek',
  '    subkegiatan Pembinaan Toko Obat',
];
const HEADER = row('No', '', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)');

describe('roman groups and Jumlah', () => {
  const m = model(
    row('URAIAN', '', 'PAGU ANGGARAN (RP)', 'REALISASI (RP)', 'CAPAIAN (%)'),
    row('I', 'Belanja Operasi', '7.450.000.000,00', '7.102.500.000,00', '95,34'),
    row('II', 'Belanja Modal', '1.050.000.000,00', '998.750.000,00', '95,12'),
    row('III', 'Belanja Tidak Terduga', '0,00', '0,00', '0,00'),
    row('Jumlah', '', '8.500.000.000,00', '8.101.250.000,00', '95,31'),
    row('1', 'PROGRAM PELAYANAN ADMINISTRASI DINAS', '6.000.000.000,00', '5.800.000.000,00', '96,67'),
    row('1', 'Pengelolaan Keuangan Kantor', '6.000.000.000,00', '5.800.000.000,00', '96,67'),
    row('2', 'PROGRAM PELAYANAN KESEHATAN', '2.500.000.000,00', '2.301.250.000,00', '92,05'),
  );

  it('reads roman rows as groups and the Jumlah as a total', () => {
    expect(outline(m)).toEqual([
      'group Belanja Operasi',
      'group Belanja Modal',
      'group Belanja Tidak Terduga',
      'total Jumlah',
      'program PROGRAM PELAYANAN ADMINISTRASI DINAS',
      '  kegiatan Pengelolaan Keuangan Kantor',
      'program PROGRAM PELAYANAN KESEHATAN',
    ]);
    expect(m.rows.slice(0, 3).map((r) => r.numbering)).toEqual([
      { text: 'I', kind: 'roman', value: 1 },
      { text: 'II', kind: 'roman', value: 2 },
      { text: 'III', kind: 'roman', value: 3 },
    ]);
  });

  it('does not put the programs after the Jumlah under the last group', () => {
    expect(byLabel(m, 'PROGRAM PELAYANAN ADMINISTRASI DINAS').parent).toBeUndefined();
    expect(byLabel(m, 'Belanja Tidak Terduga').children).toEqual([]);
  });

  it('reads the Indonesian figures of the rows', () => {
    const total = byLabel(m, 'Jumlah');
    expect(value(total, 2)).toBe(8_500_000_000);
    expect(value(total, 3)).toBe(8_101_250_000);
    expect(value(total, 4)).toBe(95.31);
    expect(money(m)).toEqual([2, 3]);
  });

  it('puts numbered items under their group', () => {
    const g = model(
      row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      row('I', 'Belanja Operasi', '900.000.000', '850.000.000'),
      row('1', 'Belanja Pegawai', '500.000.000', '480.000.000'),
      row('2', 'Belanja Barang dan Jasa', '400.000.000', '370.000.000'),
      row('II', 'Belanja Modal', '100.000.000', '90.000.000'),
      row('1', 'Belanja Modal Peralatan dan Mesin', '100.000.000', '90.000.000'),
      row('', 'Jumlah', '1.000.000.000', '940.000.000'),
    );
    expect(outline(g)).toEqual([
      'group Belanja Operasi',
      '  item Belanja Pegawai',
      '  item Belanja Barang dan Jasa',
      'group Belanja Modal',
      '  item Belanja Modal Peralatan dan Mesin',
      'total Jumlah',
    ]);
    expect(byLabel(g, 'Belanja Operasi').children.map((c) => c.label)).toEqual(['Belanja Pegawai', 'Belanja Barang dan Jasa']);
    expect(sumsAgree(byLabel(g, 'Belanja Operasi'), byLabel(g, 'Belanja Operasi').children, money(g))).toBe(true);
  });
});

describe('programs, kegiatan and sub kegiatan', () => {
  it('reads the clean layout: kegiatan and sub kegiatan numbered 1.. under each parent', () => {
    const m = model(
      HEADER,
      row('1', '', 'PROGRAM PELAYANAN KESEHATAN', '1.150.000.000', '1.040.000.000', '90,43'),
      row('1', '', 'Penyediaan Layanan Kesehatan Dasar', '400.000.000', '360.000.000', '90,00'),
      row('1', '', 'Operasional Puskesmas', '250.000.000', '230.000.000', '92,00'),
      row('2', '', 'Pelayanan Rujukan', '150.000.000', '130.000.000', '86,67'),
      row('2', '', 'Pengendalian Penyakit Menular', '200.000.000', '180.000.000', '90,00'),
      row('1', '', 'Surveilans Penyakit', '120.000.000', '100.000.000', '83,33'),
      row('2', '', 'Imunisasi Rutin', '80.000.000', '80.000.000', '100,00'),
      row('3', '', 'Kesehatan Lingkungan', '550.000.000', '500.000.000', '90,91'),
      row('1', '', 'Pengawasan Sanitasi', '550.000.000', '500.000.000', '90,91'),
      row('2', '', 'PROGRAM SEDIAAN FARMASI', '300.000.000', '270.000.000', '90,00'),
      row('1', '', 'Pengawasan Obat dan Makanan', '300.000.000', '270.000.000', '90,00'),
      row('1', '', 'Pemeriksaan Apotek', '180.000.000', '160.000.000', '88,89'),
      row('2', '', 'Pembinaan Toko Obat', '120.000.000', '110.000.000', '91,67'),
    );
    expect(outline(m)).toEqual(PROGRAM_TREE);
    expect(m.hierarchyUncertain).toBe(false);
    const k = byLabel(m, 'Pengendalian Penyakit Menular');
    expect(k.parent?.label).toBe('PROGRAM PELAYANAN KESEHATAN');
    expect(k.children.map((c) => c.label)).toEqual(['Surveilans Penyakit', 'Imunisasi Rutin']);
    expect(k.level).toBe(1);
    expect(k.children[0].level).toBe(2);
  });

  it('reads the same table with sub kegiatan numbered in another column and some kegiatan without a number', () => {
    const m = model(
      HEADER,
      row('1', '', 'PROGRAM PELAYANAN KESEHATAN', '1.150.000.000', '1.040.000.000', '90,43'),
      row('1', '', 'Penyediaan Layanan Kesehatan Dasar', '400.000.000', '360.000.000', '90,00'),
      row('', '1', 'Operasional Puskesmas', '250.000.000', '230.000.000', '92,00'),
      row('', '2', 'Pelayanan Rujukan', '150.000.000', '130.000.000', '86,67'),
      row('', '', 'Pengendalian Penyakit Menular', '200.000.000', '180.000.000', '90,00'),
      row('', '1', 'Surveilans Penyakit', '120.000.000', '100.000.000', '83,33'),
      row('', '2', 'Imunisasi Rutin', '80.000.000', '80.000.000', '100,00'),
      row('3', '', 'Kesehatan Lingkungan', '550.000.000', '500.000.000', '90,91'),
      row('', '1', 'Pengawasan Sanitasi', '550.000.000', '500.000.000', '90,91'),
      row('2', '', 'PROGRAM SEDIAAN FARMASI', '300.000.000', '270.000.000', '90,00'),
      row('', '', 'Pengawasan Obat dan Makanan', '300.000.000', '270.000.000', '90,00'),
      row('', '1', 'Pemeriksaan Apotek', '180.000.000', '160.000.000', '88,89'),
      row('', '2', 'Pembinaan Toko Obat', '120.000.000', '110.000.000', '91,67'),
    );
    expect(outline(m)).toEqual(PROGRAM_TREE);
    expect(byLabel(m, 'Pengendalian Penyakit Menular').numbering).toBeUndefined();
    expect(byLabel(m, 'Surveilans Penyakit').indent).toBe(1);
    expect(byLabel(m, 'Penyediaan Layanan Kesehatan Dasar').indent).toBe(0);
  });

  it('reads the same table when the indentation shifts one column to the right half-way', () => {
    const m = model(
      HEADER,
      row('1', '', 'PROGRAM PELAYANAN KESEHATAN', '1.150.000.000', '1.040.000.000', '90,43'),
      row('1', '', 'Penyediaan Layanan Kesehatan Dasar', '400.000.000', '360.000.000', '90,00'),
      row('', '1', 'Operasional Puskesmas', '250.000.000', '230.000.000', '92,00'),
      row('', '2', 'Pelayanan Rujukan', '150.000.000', '130.000.000', '86,67'),
      // From here the converter put every number one column further right.
      row('', '2', '', 'Pengendalian Penyakit Menular', '200.000.000', '180.000.000', '90,00'),
      row('', '', '1', 'Surveilans Penyakit', '120.000.000', '100.000.000', '83,33'),
      row('', '', '2', 'Imunisasi Rutin', '80.000.000', '80.000.000', '100,00'),
      row('', '3', '', 'Kesehatan Lingkungan', '550.000.000', '500.000.000', '90,91'),
      row('', '', '1', 'Pengawasan Sanitasi', '550.000.000', '500.000.000', '90,91'),
      row('', '2', '', 'PROGRAM SEDIAAN FARMASI', '300.000.000', '270.000.000', '90,00'),
      row('', '1', '', 'Pengawasan Obat dan Makanan', '300.000.000', '270.000.000', '90,00'),
      row('', '', '1', 'Pemeriksaan Apotek', '180.000.000', '160.000.000', '88,89'),
      row('', '', '2', 'Pembinaan Toko Obat', '120.000.000', '110.000.000', '91,67'),
    );
    expect(outline(m)).toEqual(PROGRAM_TREE);
    // The shifted rows are realigned: label in the Uraian column, figures under their headers.
    const r = byLabel(m, 'Surveilans Penyakit');
    expect(r.cells.map((c) => c.text)).toEqual(['', '1', 'Surveilans Penyakit', '120.000.000', '100.000.000', '83,33']);
    expect(value(r, 3)).toBe(120_000_000);
    expect(value(r, 5)).toBe(83.33);
    expect(r.indent).toBe(2);
  });

  it('reads the broken layout of a converted report (blank lines, separator rows, numbers in the label)', () => {
    const doc = normaliseReport(
      extractText(
        'laporan.txt',
        text(
          'Tabel 3.7 Realisasi Anggaran',
          HEADER,
          row('1', '', 'PROGRAM PELAYANAN KESEHATAN', '1.150.000.000', '1.040.000.000', '90,43'),
          row('1', '', 'Penyediaan Layanan Kesehatan Dasar', '400.000.000', '360.000.000', '90,00'),
          row('', '1 Operasional Puskesmas', '250.000.000', '230.000.000', '92,00'),
          row('', '2 Pelayanan Rujukan', '150.000.000', '130.000.000', '86,67'),
          '',
          row('', '2', 'Pengendalian Penyakit Menular', '200.000.000', '180.000.000', '90,00'),
          row('', '', '1', 'Surveilans Penyakit', '120.000.000', '100.000.000', '83,33', '', ''),
          row('', '', '2', 'Imunisasi Rutin', '80.000.000', '80.000.000', '100,00', '', ''),
          row('--', '--', '--', '--', '--', '--'),
          '',
          row('', '3', 'Kesehatan Lingkungan', '550.000.000', '500.000.000', '90,91'),
          row('', '', '1', 'Pengawasan Sanitasi', '550.000.000', '500.000.000', '90,91'),
          row('2', '', 'PROGRAM SEDIAAN FARMASI', '300.000.000', '270.000.000', '90,00'),
          row('1', '', 'Pengawasan Obat dan Makanan', '300.000.000', '270.000.000', '90,00'),
          row('', '1', 'Pemeriksaan Apotek', '180.000.000', '160.000.000', '88,89'),
          row('', '2', 'Pembinaan Toko Obat', '120.000.000', '110.000.000', '91,67'),
        ),
      ),
    );
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].table.number).toBe('3.7');
    expect(outline(doc.tables[0])).toEqual(PROGRAM_TREE);
    expect(byLabel(doc.tables[0], 'Operasional Puskesmas').numbering).toMatchObject({ kind: 'arabic', value: 1 });
  });

  it('keeps the numbered reading when a kegiatan\'s sub kegiatan do not add up, so the error stays visible', () => {
    const m = model(
      row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      row('1', 'PROGRAM PELAYANAN KESEHATAN', '650.000.000', '600.000.000'),
      row('1', 'Penyediaan Layanan Kesehatan Dasar', '400.000.000', '360.000.000'),
      row('1', 'Operasional Puskesmas', '250.000.000', '230.000.000'),
      // 250 + 250 is not 400; reading this row as a second kegiatan would make the
      // first kegiatan (250) and the program (400 + 250 = 650) add up.
      row('2', 'Pelayanan Rujukan', '250.000.000', '240.000.000'),
      row('2', 'Pengendalian Penyakit Menular', '250.000.000', '240.000.000'),
      row('1', 'Surveilans Penyakit', '150.000.000', '140.000.000'),
      row('2', 'Imunisasi Rutin', '100.000.000', '100.000.000'),
    );
    expect(outline(m)).toEqual([
      'program PROGRAM PELAYANAN KESEHATAN',
      '  kegiatan Penyediaan Layanan Kesehatan Dasar',
      '    subkegiatan Operasional Puskesmas',
      '    subkegiatan Pelayanan Rujukan',
      '  kegiatan Pengendalian Penyakit Menular',
      '    subkegiatan Surveilans Penyakit',
      '    subkegiatan Imunisasi Rutin',
    ]);
    const k = byLabel(m, 'Penyediaan Layanan Kesehatan Dasar');
    expect(sumsAgree(k, k.children, money(m))).toBe(false);
    const k2 = byLabel(m, 'Pengendalian Penyakit Menular');
    expect(sumsAgree(k2, k2.children, money(m))).toBe(true);
  });

  it('reads "Kegiatan" and "Sub Kegiatan" prefixes without any numbers', () => {
    const m = model(
      row('Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'),
      row('Program Pencegahan Penyakit', '90.000.000', '85.000.000'),
      row('Kegiatan Pengelolaan Surveilans', '90.000.000', '85.000.000'),
      row('Sub Kegiatan Penyelidikan Epidemiologi', '60.000.000', '57.000.000'),
      row('Sub Kegiatan Pelaporan Kasus', '30.000.000', '28.000.000'),
    );
    expect(outline(m)).toEqual([
      'program Program Pencegahan Penyakit',
      '  kegiatan Kegiatan Pengelolaan Surveilans',
      '    subkegiatan Sub Kegiatan Penyelidikan Epidemiologi',
      '    subkegiatan Sub Kegiatan Pelaporan Kasus',
    ]);
  });

  // Was a bug: a program row whose budget is a dash ("-", zero) has no non-empty figure and is
  // classed as a note, which the hierarchy skips. Its kegiatan then fall under the previous
  // program's kegiatan: sum-children reports "Operasional Puskesmas" (100.000.000) against
  // the 50.000.000 of a kegiatan of another program, and the real inconsistency (a program
  // of Rp 0 whose kegiatan spends 50.000.000) is not reported where it is.
  it('keeps a program whose figures are dashes as a program row', () => {
    const m = model(
      row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      row('1', 'PROGRAM PELAYANAN KESEHATAN', '100.000.000', '90.000.000'),
      row('1', 'Operasional Puskesmas', '100.000.000', '90.000.000'),
      row('2', 'PROGRAM SEDIAAN FARMASI', '-', '-'),
      row('1', 'Pengawasan Obat', '50.000.000', '45.000.000'),
    );
    expect(outline(m)).toEqual([
      'program PROGRAM PELAYANAN KESEHATAN',
      '  kegiatan Operasional Puskesmas',
      'program PROGRAM SEDIAAN FARMASI',
      '  kegiatan Pengawasan Obat',
    ]);
  });
});

describe('regional budget codes', () => {
  it('builds the tree from 7.01.01 / 7.01.01.2.01 / 7.01.01.2.01.0001 codes', () => {
    const m = model(
      row('Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'),
      row('7.01.01', 'PROGRAM PELAYANAN ADMINISTRASI KECAMATAN', '85,000,000.00', '80,250,000.00'),
      row('7.01.01.2.01', 'Perencanaan dan Pelaporan Kinerja Kecamatan', '35,000,000.00', '33,000,000.00'),
      row('7.01.01.2.01.0001', 'Penyusunan Rencana Kerja Tahunan', '20,000,000.00', '19,000,000.00'),
      row('7.01.01.2.01.0007', 'Penyusunan Laporan Kinerja Tahunan', '15,000,000.00', '14,000,000.00'),
      row('7.01.01.2.02', 'Pengelolaan Keuangan Kantor', '50,000,000.00', '47,250,000.00'),
      row('7.01.01.2.02.0001', 'Pembayaran Honor Petugas Kebersihan', '50,000,000.00', '47,250,000.00'),
      row('7.01.02', 'PROGRAM PELAYANAN PERIZINAN KECAMATAN', '40,000,000.00', '38,500,000.00'),
      row('7.01.02.2.01', 'Fasilitasi Perizinan Usaha Mikro di Tingkat Kecamatan', '40,000,000.00', '38,500,000.00'),
      row('TOTAL', '', '125,000,000.00', '118,750,000.00'),
    );
    expect(outline(m)).toEqual([
      'program PROGRAM PELAYANAN ADMINISTRASI KECAMATAN',
      '  kegiatan Perencanaan dan Pelaporan Kinerja Kecamatan',
      '    subkegiatan Penyusunan Rencana Kerja Tahunan',
      '    subkegiatan Penyusunan Laporan Kinerja Tahunan',
      '  kegiatan Pengelolaan Keuangan Kantor',
      '    subkegiatan Pembayaran Honor Petugas Kebersihan',
      'program PROGRAM PELAYANAN PERIZINAN KECAMATAN',
      '  kegiatan Fasilitasi Perizinan Usaha Mikro di Tingkat Kecamatan',
      'total TOTAL',
    ]);
    expect(byLabel(m, 'Penyusunan Laporan Kinerja Tahunan').numbering).toEqual({ text: '7.01.01.2.01.0007', kind: 'code', depth: 6, value: 7 });
    expect(value(byLabel(m, 'TOTAL'), 2)).toBe(125_000_000);
    expect(value(byLabel(m, 'Pembayaran Honor Petugas Kebersihan'), 3)).toBe(47_250_000);
  });

  it('puts codes under the program code they extend, not under the row above', () => {
    const m = model(
      row('Kode', 'Uraian', 'Pagu (Rp)'),
      row('1.02.02', 'Program Pemenuhan Upaya Kesehatan', '700.000.000'),
      row('1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', '500.000.000'),
      row('1.02.02.2.01.0014', 'Pengadaan Alat Kesehatan', '500.000.000'),
      row('1.02.02.2.02', 'Penyediaan Layanan Kesehatan', '200.000.000'),
    );
    expect(byLabel(m, 'Penyediaan Layanan Kesehatan').parent?.label).toBe('Program Pemenuhan Upaya Kesehatan');
    expect(byLabel(m, 'Penyediaan Layanan Kesehatan').levelName).toBe('kegiatan');
  });

  // Was a bug: codes written in the label cell ("7.01.01.2.01 Perencanaan ...") are not split off
  // beyond four segments (see numbering.test.ts), so the kegiatan and sub kegiatan stay at
  // the top level and the TOTAL is compared with the sum of all four rows
  // (sum-total: 150.000.000 against 50.000.000).
  it('builds the tree from codes printed in the label cell', () => {
    const m = model(
      row('Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'),
      row('7.01.01 PROGRAM PELAYANAN ADMINISTRASI KECAMATAN', '50.000.000', '45.000.000'),
      row('7.01.01.2.01 Perencanaan dan Pelaporan Kinerja Kecamatan', '50.000.000', '45.000.000'),
      row('7.01.01.2.01.0001 Penyusunan Rencana Kerja Tahunan', '20.000.000', '18.000.000'),
      row('7.01.01.2.01.0002 Penyusunan Laporan Kinerja Tahunan', '30.000.000', '27.000.000'),
      row('Jumlah', '50.000.000', '45.000.000'),
    );
    expect(outline(m)).toEqual([
      'program PROGRAM PELAYANAN ADMINISTRASI KECAMATAN',
      '  kegiatan Perencanaan dan Pelaporan Kinerja Kecamatan',
      '    subkegiatan Penyusunan Rencana Kerja Tahunan',
      '    subkegiatan Penyusunan Laporan Kinerja Tahunan',
      'total Jumlah',
    ]);
  });
});

describe('flat tables and matrices', () => {
  it('reads a flat table with a TOTAL in English number style', () => {
    const m = model(
      row('No', 'Uraian', 'Anggaran', 'Realisasi', 'Capaian (%)'),
      row('1', 'Belanja Pegawai', '1,250,000,000.00', '1,200,000,000.00', '96.00'),
      row('2', 'Belanja Barang dan Jasa', '750,500,000.00', '700,250,000.00', '93.30'),
      row('3', 'Belanja Modal', '125,000.00', '0.00', '0.00'),
      row('TOTAL', '', '2,000,625,000.00', '1,900,250,000.00', '94.98'),
    );
    expect(outline(m)).toEqual(['- Belanja Pegawai', '- Belanja Barang dan Jasa', '- Belanja Modal', 'total TOTAL']);
    expect(m.rows.every((r) => r.parent === undefined && r.children.length === 0)).toBe(true);
    const total = byLabel(m, 'TOTAL');
    expect(value(total, 2)).toBe(2_000_625_000);
    expect(value(total, 4)).toBe(94.98);
    expect(total.values.get(2)?.style).toBe('en');
    expect(m.columns.map((c) => c.unit)).toEqual([undefined, undefined, 'money', 'money', 'percent']);
  });

  it('does not build a hierarchy in a matrix with two label columns', () => {
    const m = model(
      row('No', 'Program', 'Kegiatan', 'Anggaran (Rp)'),
      row('1', 'Program Pelayanan Kesehatan', 'Operasional Puskesmas', '250.000.000'),
      row('2', 'Program Pelayanan Kesehatan', 'Pelayanan Rujukan', '150.000.000'),
      row('3', 'Program Sediaan Farmasi', 'Pengawasan Obat', '100.000.000'),
    );
    expect(m.columns.filter((c) => c.role === 'label').map((c) => c.index)).toEqual([1, 2]);
    expect(m.rows.map((r) => [r.level, r.levelName, r.parent, r.children.length])).toEqual([
      [0, undefined, undefined, 0],
      [0, undefined, undefined, 0],
      [0, undefined, undefined, 0],
    ]);
    expect(m.hierarchyUncertain).toBe(false);
    expect(m.rows.map((r) => r.label)).toEqual(['Program Pelayanan Kesehatan', 'Program Pelayanan Kesehatan', 'Program Sediaan Farmasi']);
  });

  it('keeps rows outside any program or group at the top level', () => {
    const m = model(
      row('No', 'Indikator', 'Target', 'Realisasi'),
      row('1', 'Cakupan Imunisasi Dasar', '95', '96,4'),
      row('2', 'Angka Kematian Bayi', '4,5', '4,1'),
    );
    expect(m.rows.map((r) => [r.level, r.levelName, r.parent])).toEqual([
      [0, undefined, undefined],
      [0, undefined, undefined],
    ]);
  });

  // Was a bug: dotted outline numbers (1 / 1.1 / 1.2 / 2 / 2.1), the usual numbering of a
  // "realisasi per jenis belanja" table, give no hierarchy at all: every row stays at the top
  // level and sum-total compares the Jumlah with 900 + 500 + 400 + 100 + 100 (2.000.000.000
  // instead of 1.000.000.000).
  it('puts rows numbered 1.1, 1.2 under the row numbered 1', () => {
    const m = model(
      row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      row('1', 'Belanja Operasi', '900.000.000', '850.000.000'),
      row('1.1', 'Belanja Pegawai', '500.000.000', '480.000.000'),
      row('1.2', 'Belanja Barang dan Jasa', '400.000.000', '370.000.000'),
      row('2', 'Belanja Modal', '100.000.000', '90.000.000'),
      row('2.1', 'Belanja Modal Peralatan dan Mesin', '100.000.000', '90.000.000'),
      row('', 'Jumlah', '1.000.000.000', '940.000.000'),
    );
    expect(m.rows.filter((r) => r.kind === 'data' && r.parent === undefined).map((r) => r.label)).toEqual(['Belanja Operasi', 'Belanja Modal']);
    expect(byLabel(m, 'Belanja Operasi').children.map((c) => c.label)).toEqual(['Belanja Pegawai', 'Belanja Barang dan Jasa']);
  });

  // Was a bug: lettered sub-items (a., b.) under a numbered item of a roman group are attached to
  // the group as siblings of the numbered items, so the group's children count the same
  // money twice: sum-children reports "I Belanja Operasi" 900.000.000 against 1.300.000.000.
  it('puts lettered sub-items under the numbered item above them', () => {
    const m = model(
      row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      row('I', 'Belanja Operasi', '900.000.000', '850.000.000'),
      row('1', 'Belanja Pegawai', '500.000.000', '480.000.000'),
      row('2', 'Belanja Barang dan Jasa', '400.000.000', '370.000.000'),
      row('a.', 'Belanja Barang', '250.000.000', '230.000.000'),
      row('b.', 'Belanja Jasa', '150.000.000', '140.000.000'),
      row('II', 'Belanja Modal', '100.000.000', '90.000.000'),
      row('1', 'Belanja Modal Peralatan dan Mesin', '100.000.000', '90.000.000'),
      row('Jumlah', '', '1.000.000.000', '940.000.000'),
    );
    expect(byLabel(m, 'Belanja Operasi').children.map((c) => c.label)).toEqual(['Belanja Pegawai', 'Belanja Barang dan Jasa']);
    expect(byLabel(m, 'Belanja Barang dan Jasa').children.map((c) => c.label)).toEqual(['Belanja Barang', 'Belanja Jasa']);
  });

  // Was a bug: groups lettered with capitals ("A. BELANJA OPERASI", "B. BELANJA MODAL"), the other
  // common way of heading the spending groups, are not read as groups (only roman numerals
  // are), so all rows stay at the top level and sum-total compares the Jumlah with the
  // groups plus their items (2.000.000.000 instead of 1.000.000.000).
  it('reads capital-letter rows as groups like roman ones', () => {
    const m = model(
      row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      row('A.', 'BELANJA OPERASI', '900.000.000', '850.000.000'),
      row('1.', 'Belanja Pegawai', '500.000.000', '480.000.000'),
      row('2.', 'Belanja Barang dan Jasa', '400.000.000', '370.000.000'),
      row('B.', 'BELANJA MODAL', '100.000.000', '90.000.000'),
      row('1.', 'Belanja Modal Peralatan dan Mesin', '100.000.000', '90.000.000'),
      row('', 'Jumlah', '1.000.000.000', '940.000.000'),
    );
    expect(outline(m)).toEqual([
      'group BELANJA OPERASI',
      '  item Belanja Pegawai',
      '  item Belanja Barang dan Jasa',
      'group BELANJA MODAL',
      '  item Belanja Modal Peralatan dan Mesin',
      'total Jumlah',
    ]);
  });
});

describe('row realignment', () => {
  it('realigns rows with extra empty cells, dropped cells or their number in another column', () => {
    const m = model(
      row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)'),
      row('1', 'PROGRAM PELAYANAN KESEHATAN', '600.000.000', '540.000.000', '90,00'),
      row('', '1', 'Penyediaan Layanan Kesehatan Dasar', '600.000.000', '540.000.000', '90,00'),
      row('', '', '1', 'Operasional Puskesmas', '350.000.000', '300.000.000', '85,71', '', ''),
      row('', '2 Pelayanan Rujukan', '250.000.000', '240.000.000', '96,00'),
      row('2', 'PROGRAM SEDIAAN FARMASI', '100.000.000', '90.000.000', '90,00'),
      row('Pengawasan Obat', '100.000.000', '90.000.000', '90,00'),
      row('Jumlah', '700.000.000', '630.000.000'),
    );
    expect(m.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', 'PROGRAM PELAYANAN KESEHATAN', '600.000.000', '540.000.000', '90,00'],
      ['1', 'Penyediaan Layanan Kesehatan Dasar', '600.000.000', '540.000.000', '90,00'],
      ['1', 'Operasional Puskesmas', '350.000.000', '300.000.000', '85,71'],
      ['', '2 Pelayanan Rujukan', '250.000.000', '240.000.000', '96,00'],
      ['2', 'PROGRAM SEDIAAN FARMASI', '100.000.000', '90.000.000', '90,00'],
      ['', 'Pengawasan Obat', '100.000.000', '90.000.000', '90,00'],
      ['', 'Jumlah', '700.000.000', '630.000.000', ''],
    ]);
    expect(m.rows.map((r) => r.labelColumn)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(outline(m)).toEqual([
      'program PROGRAM PELAYANAN KESEHATAN',
      '  kegiatan Penyediaan Layanan Kesehatan Dasar',
      '    subkegiatan Operasional Puskesmas',
      '    subkegiatan Pelayanan Rujukan',
      'program PROGRAM SEDIAAN FARMASI',
      '  kegiatan Pengawasan Obat',
      'total Jumlah',
    ]);
    expect(value(byLabel(m, 'Operasional Puskesmas'), 4)).toBe(85.71);
    expect(value(byLabel(m, 'Jumlah'), 3)).toBe(630_000_000);
    expect(byLabel(m, 'Jumlah').values.has(4)).toBe(false);
    // The indentation is where the number stood as printed.
    expect(m.rows.map((r) => r.indent)).toEqual([0, 1, 2, 1, 0, 0, 0]);

    // Findings still point at the column where each cell stood in the source.
    expect(byLabel(m, 'Operasional Puskesmas').cells.map((c) => c.loc.column)).toEqual([3, 4, 5, 6, 7]);
    expect(byLabel(m, 'Pengawasan Obat').cells.slice(1).map((c) => c.loc.column)).toEqual([1, 2, 3, 4]);
  });
});

describe('row kinds: notes and totals', () => {
  const m = model(
    row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
    row('1', 'PROGRAM PELAYANAN KESEHATAN', '600.000.000', '540.000.000'),
    row('Indikator Program: Persentase puskesmas terakreditasi', '', '', ''),
    row('1', 'Penyediaan Layanan Kesehatan Dasar', '600.000.000', '540.000.000'),
    row('Indikator Kegiatan: Jumlah puskesmas yang beroperasi', '', '', ''),
    row('1', 'Operasional Puskesmas', '600.000.000', '540.000.000'),
    row('J U M L A H', '', '600.000.000', '540.000.000'),
  );

  it('reads rows without figures as notes and leaves them out of the tree', () => {
    expect(outline(m)).toEqual([
      'program PROGRAM PELAYANAN KESEHATAN',
      'note Indikator Program: Persentase puskesmas terakreditasi',
      '  kegiatan Penyediaan Layanan Kesehatan Dasar',
      'note Indikator Kegiatan: Jumlah puskesmas yang beroperasi',
      '    subkegiatan Operasional Puskesmas',
      'total JUMLAH',
    ]);
    const note = m.rows[1];
    expect(note.parent).toBeUndefined();
    expect(note.values.size).toBe(0);
    expect(byLabel(m, 'PROGRAM PELAYANAN KESEHATAN').children.map((c) => c.label)).toEqual(['Penyediaan Layanan Kesehatan Dasar']);
  });

  it.each([
    ['Jumlah'],
    ['JUMLAH'],
    ['Jumlah Total'],
    ['Jumlah Keseluruhan'],
    ['Jumlah Belanja'],
    ['TOTAL'],
    ['Total Anggaran'],
    ['Sub Total'],
    ['Subtotal'],
    ['J U M L A H'],
    ['T O T A L :'],
  ])('reads "%s" with figures as a total row', (label) => {
    const t = model(row('No', 'Uraian', 'Pagu (Rp)'), row('1', 'Belanja Pegawai', '1.000.000'), row('', label, '1.000.000'));
    expect(t.rows[1].kind).toBe('total');
  });

  it('does not read a total label without figures, nor an indicator starting with "Jumlah", as a total', () => {
    const t = model(
      row('No', 'Uraian', 'Target', 'Realisasi'),
      row('1', 'Jumlah puskesmas terakreditasi', '25', '24'),
      row('', 'Jumlah', '', ''),
    );
    expect(t.rows.map((r) => r.kind)).toEqual(['data', 'note']);
  });

  it('reads a total with a label in the number column after a program', () => {
    const t = model(
      row('No', 'Uraian', 'Pagu (Rp)'),
      row('1', 'Program Pelayanan Kesehatan', '1.500.000'),
      row('1', 'Operasional Puskesmas', '1.500.000'),
      row('Jumlah', '', '1.500.000'),
      row('2', 'Program Sediaan Farmasi', '700.000'),
    );
    expect(outline(t)).toEqual(['program Program Pelayanan Kesehatan', '  kegiatan Operasional Puskesmas', 'total Jumlah', 'program Program Sediaan Farmasi']);
  });
});

describe('ambiguous separators resolved by the column', () => {
  it('reads "1.250" as 1250 in a column of Indonesian amounts and 1.25 in a column of English decimals', () => {
    const m = model(
      row('No', 'Uraian', 'Realisasi', 'Rasio'),
      row('1', 'Belanja Pegawai', '1.250', '1.250'),
      row('2', 'Belanja Barang', '3.400.500', '97.34'),
      row('3', 'Belanja Modal', '2.000.000', '0.875'),
    );
    expect(m.rows.map((r) => value(r, 2))).toEqual([1250, 3_400_500, 2_000_000]);
    expect(m.rows.map((r) => value(r, 3))).toEqual([1.25, 97.34, 0.875]);
  });

  it('reads "1.500" as 1500 next to Indonesian decimals ("2,75") and as 1.5 next to English ones ("2.75")', () => {
    const id = model(row('Indikator', 'Target'), row('Angka A', '1.500'), row('Angka B', '2,75'));
    const en = model(row('Indikator', 'Target'), row('Angka A', '1.500'), row('Angka B', '2.75'));
    expect(value(id.rows[0], 1)).toBe(1500);
    expect(value(en.rows[0], 1)).toBe(1.5);
  });

  it('reads "12,500" as 12500 among English amounts and as 12.5 among Indonesian decimals', () => {
    const en = model(row('Uraian', 'Nilai'), row('Baris A', '12,500'), row('Baris B', '1,250,000'));
    const id = model(row('Uraian', 'Nilai'), row('Baris A', '12,500'), row('Baris B', '98,75'));
    expect(value(en.rows[0], 1)).toBe(12500);
    expect(value(id.rows[0], 1)).toBe(12.5);
  });

  it('reads each column on its own', () => {
    const m = model(
      row('Uraian', 'Pagu', 'Capaian'),
      row('Belanja Pegawai', '1.250', '92.125'),
      row('Belanja Barang', '2.500.000', '88.5'),
    );
    expect(value(m.rows[0], 1)).toBe(1250);
    expect(value(m.rows[0], 2)).toBe(92.125);
  });
});

describe('an uncertain hierarchy', () => {
  it('marks the rows the runner-up reads otherwise, their parents, and the table', () => {
    // Unnumbered, no keywords, neither reading adds up: the last row may be a kegiatan or a sub kegiatan.
    const m = model(
      row('No', 'Uraian', 'Anggaran (Rp)'),
      row('1', 'Program Pelayanan Kesehatan Masyarakat', '500.000.000'),
      row('', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', '300.000.000'),
      row('', '', 'Pelayanan Kesehatan Ibu Bersalin', '150.000.000'),
    );
    expect(m.hierarchyUncertain).toBe(true);
    expect(byLabel(m, 'Pelayanan Kesehatan Ibu Bersalin').uncertain).toBe(true);
    expect(byLabel(m, 'Program Pelayanan Kesehatan Masyarakat').uncertain).toBe(true);
  });
});
