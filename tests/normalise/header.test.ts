import { extractText } from '../../src/extract/text.js';
import { columnHeaders, countHeaderRows, describeColumns, isColumnIndexRow, isHeaderLikeRow } from '../../src/normalise/header.js';
import { buildTableModel } from '../../src/normalise/table.js';
import type { Table } from '../../src/model/index.js';
import type { ColumnInfo, TableModel } from '../../src/normalise/types.js';

/** One table written as tab-separated rows. */
function table(...rows: string[][]): Table {
  const report = extractText('tabel.txt', rows.map((r) => r.join('\t')).join('\n'));
  const tables = report.blocks.filter((b): b is Table => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return tables[0];
}
const model = (...rows: string[][]): TableModel => buildTableModel(table(...rows));
const headersOf = (rows: string[][], headerRows: number) => columnHeaders(table(...rows).rows, headerRows, Math.max(...rows.map((r) => r.length)));
const pick = (c: ColumnInfo) => ({ role: c.role, group: c.group, period: c.period, unit: c.unit });

describe('isColumnIndexRow', () => {
  it('recognises "1 2 3 4" and "(1) (2) (3)" rows', () => {
    expect(isColumnIndexRow(['1', '2', '3', '4'])).toBe(true);
    expect(isColumnIndexRow(['(1)', '(2)', '(3)', '(4)', '(5)'])).toBe(true);
    expect(isColumnIndexRow(['1', '', '2', '3'])).toBe(true);
    expect(isColumnIndexRow(['0', '1', '2'])).toBe(true);
  });

  it('refuses short rows, rows not starting at 1 or 2, decreasing numbers and words', () => {
    expect(isColumnIndexRow(['1', '2'])).toBe(false);
    expect(isColumnIndexRow(['3', '4', '5'])).toBe(false);
    expect(isColumnIndexRow(['1', '3', '2'])).toBe(false);
    expect(isColumnIndexRow(['1', 'Program', '2.500.000'])).toBe(false);
    expect(isColumnIndexRow(['1', '2', '3', '125'])).toBe(false);
  });
});

describe('isHeaderLikeRow', () => {
  it('accepts rows of words, years and percent signs', () => {
    expect(isHeaderLikeRow(['No', 'Uraian', 'Target', 'Realisasi'])).toBe(true);
    expect(isHeaderLikeRow(['', 'Target 2024', '(%)', '%'])).toBe(true);
    expect(isHeaderLikeRow(['Satuan', 'Rp'])).toBe(true);
  });

  it('refuses rows with figures or row numbers', () => {
    expect(isHeaderLikeRow(['1', 'Program Farmasi', '750.000.000'])).toBe(false);
    expect(isHeaderLikeRow(['Jumlah', 'Rp 4.500.000'])).toBe(false);
    expect(isHeaderLikeRow(['', '', ''])).toBe(false);
  });

  it('accepts a row of years only under another header row', () => {
    expect(isHeaderLikeRow(['', '2023', '2024', '2023', '2024'], true)).toBe(true);
    expect(isHeaderLikeRow(['', '2023', '2024', '2023', '2024'], false)).toBe(false);
    expect(isHeaderLikeRow(['2024'], true)).toBe(false);
  });
});

describe('countHeaderRows', () => {
  it('counts one header row above figures', () => {
    const t = table(['No', 'Program', 'Anggaran (Rp)'], ['1', 'Program Farmasi', '750.000.000']);
    expect(countHeaderRows(t.rows)).toBe(1);
  });

  it('counts a row of years under a header', () => {
    const t = table(
      ['No', 'Indikator', 'Target', '', 'Realisasi', ''],
      ['', '', '2023', '2024', '2023', '2024'],
      ['1', 'Cakupan Imunisasi Dasar', '90', '92', '88,5', '93,1'],
    );
    expect(countHeaderRows(t.rows)).toBe(2);
  });

  it('counts a column-index row under the header', () => {
    expect(countHeaderRows(table(['NO', 'PROGRAM', 'PAGU', 'SUMBER DANA'], ['1', '2', '3', '4'], ['1', 'Program Farmasi', '750.000.000', 'DAU']).rows)).toBe(2);
    expect(
      countHeaderRows(table(['NO', 'SASARAN', 'INDIKATOR', 'TARGET'], ['(1)', '(2)', '(3)', '(4)'], ['1.', 'Meningkatnya mutu layanan', 'IKM', '85']).rows),
    ).toBe(2);
  });

  it('does not take a column-index row as the first header row', () => {
    expect(countHeaderRows(table(['1', '2', '3', '4'], ['1', 'Program Farmasi', '750.000.000', 'DAU']).rows)).toBe(0);
  });

  it('counts no header above a table that starts with figures', () => {
    expect(countHeaderRows(table(['1', 'Belanja Pegawai', '1,250,000.00'], ['2', 'Belanja Modal', '750,000.00']).rows)).toBe(0);
  });

  it('counts at most one header row in a table of words only', () => {
    const t = table(['Sasaran', 'Indikator'], ['Meningkatnya derajat kesehatan', 'Usia Harapan Hidup'], ['Menurunnya angka kesakitan', 'Angka Kesakitan DBD']);
    expect(countHeaderRows(t.rows)).toBe(1);
  });

  it('counts at most five header rows', () => {
    const rows = [['A', 'B'], ['C', 'D'], ['E', 'F'], ['G', 'H'], ['I J', 'K'], ['L', 'M'], ['Belanja', '1.000.000']];
    expect(countHeaderRows(table(...rows).rows)).toBe(5);
  });

  // Was a bug: a column-index row whose last cell shows how the column is computed
  // ("5 = 4 : 3", "(5)=(4)/(3)", common under LKjIP headers) is not recognised. It becomes a
  // data row whose "figures" 3 and 4 land in the money columns and are added to the Jumlah:
  // sum-total then reports a total off by Rp 3.
  it('counts a column-index row with a formula in its last cell', () => {
    const m = model(
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)'],
      ['1', '2', '3', '4', '5 = 4 : 3'],
      ['1', 'Belanja Pegawai', '2.000.000.000', '1.800.000.000', '90,00'],
      ['2', 'Belanja Barang dan Jasa', '1.000.000.000', '950.000.000', '95,00'],
      ['', 'Jumlah', '3.000.000.000', '2.750.000.000', '91,67'],
    );
    expect(m.headerRows).toBe(2);
    expect(m.rows.map((r) => r.label)).toEqual(['Belanja Pegawai', 'Belanja Barang dan Jasa', 'Jumlah']);
  });

  // Was a bug: a group row without figures right under the header ("I | Belanja Operasi | | ")
  // reads as a second header row (its roman number has letters): the row is lost and its
  // words are glued to the column headers ("No I", "Uraian Belanja Operasi").
  it('does not take a numbered group row without figures as a header row', () => {
    const m = model(
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      ['I', 'Belanja Operasi', '', ''],
      ['1', 'Belanja Pegawai', '500.000.000', '480.000.000'],
      ['2', 'Belanja Barang dan Jasa', '400.000.000', '370.000.000'],
    );
    expect(m.headerRows).toBe(1);
    expect(m.columns.map((c) => c.header)).toEqual(['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)']);
    expect(m.rows[0].label).toBe('Belanja Operasi');
  });
});

describe('columnHeaders', () => {
  it('gives a group header printed once to the columns under it', () => {
    const rows = [
      ['TUJUAN/ SASARAN/ PROGRAM', 'INDIKATOR', 'KINERJA', '', '', 'ANGGARAN', '', ''],
      ['', '', 'TARGET', 'REALISASI', 'CAPAIAN %', 'ALOKASI', 'REALISASI', 'CAPAIAN'],
      ['Program Pelayanan Kesehatan', 'Persentase Puskesmas Terakreditasi', '100 %', '95 %', '95 %', '4.500.000.000', '4.200.000.000', '93,33'],
    ];
    expect(headersOf(rows, 2)).toEqual([
      ['TUJUAN/ SASARAN/ PROGRAM'],
      ['INDIKATOR'],
      ['KINERJA', 'TARGET'],
      ['KINERJA', 'REALISASI'],
      ['KINERJA', 'CAPAIAN %'],
      ['ANGGARAN', 'ALOKASI'],
      ['ANGGARAN', 'REALISASI'],
      ['ANGGARAN', 'CAPAIAN'],
    ]);
  });

  it('does not carry a header into a column with no header below it', () => {
    const rows = [
      ['Program', '', 'Pagu'],
      ['', '', 'Rp'],
      ['Program Farmasi', '', '1.000.000'],
    ];
    expect(headersOf(rows, 2)).toEqual([['Program'], [], ['Pagu', 'Rp']]);
  });

  it('skips the column-index row', () => {
    const rows = [['NO', 'PROGRAM', 'PAGU'], ['1', '2', '3'], ['1', 'Program Farmasi', '1.000.000']];
    expect(headersOf(rows, 2)).toEqual([['NO'], ['PROGRAM'], ['PAGU']]);
  });

  it('pads columns missing from a short header row', () => {
    expect(headersOf([['No', 'Uraian'], ['1', 'Belanja', '2.000']], 1)).toEqual([['No'], ['Uraian'], []]);
  });
});

describe('describeColumns', () => {
  const roleOf = (...texts: string[]) => describeColumns([texts])[0];

  it('reads the roles of typical budget-table headers', () => {
    expect(pick(roleOf('TARGET KEUANGAN (RP)'))).toEqual({ role: 'pagu', group: 'anggaran', period: undefined, unit: 'money' });
    expect(pick(roleOf('REALISASI KEUANGAN (RP)'))).toEqual({ role: 'realisasi', group: 'anggaran', period: undefined, unit: 'money' });
    expect(pick(roleOf('CAPAIAN (%)'))).toEqual({ role: 'capaian', group: undefined, period: undefined, unit: 'percent' });
    expect(pick(roleOf('CAPAIAN KINERJA KEUANGAN (%)'))).toEqual({ role: 'capaian', group: 'anggaran', period: undefined, unit: 'percent' });
    expect(pick(roleOf('SISA PAGU ANGGARAN'))).toEqual({ role: 'sisa', group: 'anggaran', period: undefined, unit: undefined });
    expect(pick(roleOf('SISA PAGU ANGGARAN (RP)'))).toMatchObject({ role: 'sisa', unit: 'money' });
    expect(pick(roleOf('ALOKASI'))).toEqual({ role: 'pagu', group: 'anggaran', period: undefined, unit: undefined });
    expect(roleOf('Pagu Anggaran').role).toBe('pagu');
    expect(roleOf('Anggaran').role).toBe('pagu');
    expect(roleOf('DPA').role).toBe('pagu');
    expect(roleOf('Penyerapan Anggaran (%)')).toMatchObject({ role: 'capaian', group: 'anggaran', unit: 'percent' });
    expect(roleOf('Selisih').role).toBe('sisa');
    expect(roleOf('Tingkat Efisiensi').role).toBe('efisiensi');
  });

  it('reads the roles of typical performance-table headers', () => {
    expect(pick(roleOf('Target'))).toEqual({ role: 'target', group: undefined, period: undefined, unit: undefined });
    expect(roleOf('Realisasi').role).toBe('realisasi');
    expect(roleOf('Capaian').role).toBe('capaian');
    expect(roleOf('Capaian Realisasi (%)').role).toBe('capaian');
    expect(roleOf('Satuan').role).toBe('satuan');
    expect(roleOf('Indikator Kinerja')).toMatchObject({ role: 'indicator', group: 'kinerja' });
    expect(roleOf('IKU').group).toBe('kinerja');
    expect(roleOf('Uraian').role).toBe('label');
    expect(roleOf('Uraian Indikator').role).toBe('label');
    expect(roleOf('Sasaran Strategis').role).toBe('label');
    expect(roleOf('Program/Kegiatan').role).toBe('label');
    expect(roleOf('Predikat').role).toBe('predikat');
    expect(roleOf('Kategori').role).toBe('predikat');
    expect(roleOf('Tahun').role).toBe('tahun');
    expect(roleOf('Sumber Dana').role).toBe('other');
  });

  it('reads numbering columns', () => {
    for (const h of ['No', 'NO.', 'Nomor', 'Kode', 'Kode Rekening', 'No Urut']) expect(roleOf(h).role).toBe('numbering');
    expect(roleOf('Nomor Register').role).not.toBe('numbering');
  });

  it('lets the lowest header row that names a role decide, and takes group and year from any row', () => {
    const cols = describeColumns([
      ['KINERJA', 'TARGET'],
      ['ANGGARAN', 'REALISASI'],
      ['Target', '2023'],
      ['Realisasi', '2024'],
      ['Capaian', '2024'],
      ['2024'],
      [],
    ]);
    expect(cols.map(pick)).toEqual([
      { role: 'target', group: 'kinerja', period: undefined, unit: undefined },
      { role: 'realisasi', group: 'anggaran', period: undefined, unit: undefined },
      { role: 'target', group: undefined, period: 2023, unit: undefined },
      { role: 'realisasi', group: undefined, period: 2024, unit: undefined },
      { role: 'capaian', group: undefined, period: 2024, unit: undefined },
      { role: 'other', group: undefined, period: 2024, unit: undefined },
      { role: 'other', group: undefined, period: undefined, unit: undefined },
    ]);
    expect(cols.map((c) => c.header)).toEqual(['KINERJA TARGET', 'ANGGARAN REALISASI', 'Target 2023', 'Realisasi 2024', 'Capaian 2024', '2024', '']);
    expect(cols.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('reads a percent sign under a header as a capaian column', () => {
    expect(describeColumns([['Realisasi Anggaran', '%']])[0]).toMatchObject({ role: 'capaian', unit: 'percent' });
    expect(describeColumns([['Realisasi Anggaran', 'Rp']])[0]).toMatchObject({ role: 'realisasi', group: 'anggaran' });
  });
});

describe('column roles of whole tables (buildTableModel)', () => {
  it('describes the typical budget-realisation table', () => {
    const m = model(
      ['URAIAN PROGRAM (INDIKATOR) / KEGIATAN', '', 'TARGET KEUANGAN (RP)', 'REALISASI KEUANGAN (RP)', 'CAPAIAN KINERJA KEUANGAN (%)', 'SISA PAGU ANGGARAN (RP)'],
      ['I', 'Belanja Operasi', '8.400.000.000,00', '8.100.000.000,00', '96,43', '300.000.000,00'],
      ['II', 'Belanja Modal', '600.000.000,00', '550.000.000,00', '91,67', '50.000.000,00'],
      ['Jumlah', '', '9.000.000.000,00', '8.650.000.000,00', '96,11', '350.000.000,00'],
    );
    expect(m.headerRows).toBe(1);
    expect(m.columns.map((c) => [c.role, c.unit])).toEqual([
      ['label', undefined],
      ['other', undefined],
      ['pagu', 'money'],
      ['realisasi', 'money'],
      ['capaian', 'percent'],
      ['sisa', 'money'],
    ]);
  });

  it('describes a KINERJA / ANGGARAN table with a column-index row', () => {
    const m = model(
      ['TUJUAN/ SASARAN/ PROGRAM', 'INDIKATOR', 'KINERJA', '', '', 'ANGGARAN', '', ''],
      ['', '', 'TARGET', 'REALISASI', 'CAPAIAN %', 'ALOKASI', 'REALISASI', 'CAPAIAN'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['Program Pelayanan Kesehatan', 'Persentase Puskesmas Terakreditasi', '100 %', '95 %', '95 %', '4.500.000.000', '4.200.000.000', '93,33'],
      ['Program Sediaan Farmasi', 'Persentase Apotek Diawasi', '100 %', '100 %', '100 %', '1.250.000.000', '1.100.500.000', '88,04'],
    );
    expect(m.headerRows).toBe(3);
    expect(m.columns.map(pick)).toEqual([
      { role: 'label', group: undefined, period: undefined, unit: undefined },
      { role: 'indicator', group: 'kinerja', period: undefined, unit: undefined },
      { role: 'target', group: 'kinerja', period: undefined, unit: 'percent' },
      { role: 'realisasi', group: 'kinerja', period: undefined, unit: 'percent' },
      { role: 'capaian', group: 'kinerja', period: undefined, unit: 'percent' },
      { role: 'pagu', group: 'anggaran', period: undefined, unit: 'money' },
      { role: 'realisasi', group: 'anggaran', period: undefined, unit: 'money' },
      { role: 'capaian', group: 'anggaran', period: undefined, unit: 'percent' },
    ]);
    expect(m.rows).toHaveLength(2);
  });

  it('describes a comparison table with years under Target / Realisasi / Capaian', () => {
    const m = model(
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', '', 'Realisasi', '', 'Capaian', ''],
      ['', '', '', '2022', '2023', '2022', '2023', '2022', '2023'],
      ['1', 'Cakupan Imunisasi Dasar Lengkap', '%', '90', '92', '88,5', '93,1', '97,78', '101,20'],
      ['2', 'Angka Kematian Bayi', 'per 1.000', '5,0', '4,5', '4,8', '4,1', '104,00', '108,89'],
    );
    expect(m.headerRows).toBe(2);
    expect(m.columns.map((c) => [c.header, c.role, c.period])).toEqual([
      ['No', 'numbering', undefined],
      ['Indikator Kinerja', 'indicator', undefined],
      ['Satuan', 'satuan', undefined],
      ['Target 2022', 'target', 2022],
      ['Target 2023', 'target', 2023],
      ['Realisasi 2022', 'realisasi', 2022],
      ['Realisasi 2023', 'realisasi', 2023],
      ['Capaian 2022', 'capaian', 2022],
      ['Capaian 2023', 'capaian', 2023],
    ]);
    // Text columns carry no figures; "per 1.000" is a unit, not an amount.
    expect(m.rows[1].values.has(2)).toBe(false);
    expect(m.columns[3].unit).toBe('number');
    expect(m.columns[7].unit).toBe('percent');
  });

  it('infers money from Rp amounts and large figures, percent from % signs', () => {
    const m = model(
      ['Uraian', 'Nilai A', 'Nilai B', 'Nilai C'],
      ['Baris satu', 'Rp 12.500', '1,250,000.00', '85 %'],
      ['Baris dua', 'Rp 7.500', '2,750,000.00', '90 %'],
    );
    expect(m.columns.map((c) => c.unit)).toEqual([undefined, 'money', 'money', 'percent']);
  });

  it('keeps a percent column inside an ANGGARAN group a percent column when its header says %', () => {
    const m = model(
      ['No', 'Program', 'Pagu Anggaran (Rp)', 'Realisasi Anggaran', ''],
      ['', '', '', 'Rp', '%'],
      ['1', 'Program Pelayanan Kesehatan', '2.000.000.000', '1.800.000.000', '90,00'],
    );
    expect(m.columns.map((c) => [c.role, c.unit])).toEqual([
      ['numbering', undefined],
      ['label', undefined],
      ['pagu', 'money'],
      ['realisasi', 'money'],
      ['capaian', 'percent'],
    ]);
  });

  // Was a bug: "Realisasi Keuangan (%)" (a usual LKjIP column next to "Realisasi Keuangan (Rp)" and
  // "Realisasi Fisik (%)") has the role realisasi in the anggaran group, and inferUnits then
  // forces every such column to money, overriding the "%" of the header: sum-total adds the
  // percentages of the programs (90 + 95) and reports the Jumlah's 91,67 as wrong.
  it('does not turn a "Realisasi Keuangan (%)" column into money', () => {
    const m = model(
      ['No', 'Program', 'Pagu Anggaran (Rp)', 'Realisasi Keuangan (Rp)', 'Realisasi Keuangan (%)', 'Realisasi Fisik (%)'],
      ['1', 'Program Pelayanan Kesehatan', '2.000.000.000', '1.800.000.000', '90,00', '95,00'],
      ['2', 'Program Sediaan Farmasi', '1.000.000.000', '950.000.000', '95,00', '100,00'],
      ['', 'Jumlah', '3.000.000.000', '2.750.000.000', '91,67', '96,67'],
    );
    expect(m.columns[3].unit).toBe('money');
    expect(m.columns[4].unit).toBe('percent');
    expect(m.columns[5].unit).toBe('percent');
  });
});
