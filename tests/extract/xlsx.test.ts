import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { extractXlsx } from '../../src/extract/xlsx.js';
import { InputError } from '../../src/engine/errors.js';
import { normaliseReport } from '../../src/normalise/index.js';
import type { Block, Cell, Report, Table } from '../../src/model/index.js';

type Aoa = unknown[][];

/** A workbook built in the test: sheets in order, each from rows of values or cell objects. */
function workbook(...sheets: Array<{ name: string; rows: Aoa; merges?: string[]; edit?: (ws: XLSX.WorkSheet) => void }>): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    s.edit?.(ws);
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const num = (v: number, z = '#,##0') => ({ t: 'n', v, z });
const str = (v: string) => ({ t: 's', v });
const fx = (f: string, cached: number, z = '#,##0') => ({ t: 'n', v: cached, f, z });

const extract = (...sheets: Parameters<typeof workbook>) => extractXlsx('test.xlsx', workbook(...sheets));
const tables = (r: Report): Table[] => r.blocks.filter((b): b is Table => b.kind === 'table');
const texts = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text));
const cellAt = (r: Report, sheet: string, addr: string): Cell | undefined => {
  for (const t of tables(r)) for (const row of t.rows) for (const c of row.cells) if (c.loc.sheet === sheet && c.loc.cell === addr) return c;
  return undefined;
};
const nonTables = (r: Report) => r.blocks.filter((b): b is Exclude<Block, Table> => b.kind !== 'table').map((b) => b.text);

const HEADER = ['No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa Anggaran (Rp)'];

describe('extractXlsx: the report', () => {
  it('gives the format, the sheet count and an empty unit', () => {
    const r = extract({ name: 'A', rows: [['x']] }, { name: 'B', rows: [['y']] }, { name: 'C', rows: [] });
    expect(r.format).toBe('xlsx');
    expect(r.file).toBe('test.xlsx');
    expect(r.metadata).toEqual({ unit: {} });
    expect(r.size).toEqual({ sheets: 3 });
  });

  it('reads sheets in workbook order', () => {
    const r = extract({ name: 'Kedua', rows: [['Paragraf pertama']] }, { name: 'Pertama', rows: [['Paragraf kedua']] });
    expect(r.blocks.map((b) => b.loc.sheet)).toEqual(['Kedua', 'Pertama']);
    expect(nonTables(r)).toEqual(['Paragraf pertama', 'Paragraf kedua']);
  });
});

describe('extractXlsx: blocks and captions', () => {
  const rows: Aoa = [
    ['BAB III AKUNTABILITAS KINERJA'],
    ['3.2 Realisasi Anggaran'],
    [],
    ['Tabel 3.7 Realisasi Anggaran Kecamatan Contoh Tahun 2023'],
    [],
    HEADER,
    [str('1'), 'Program Penunjang Urusan Pemerintahan', num(1000000), num(900000), num(90, '0.00'), num(100000)],
    [str('2'), 'Program Penyelenggaraan Pemerintahan', num(500000), num(500000), num(100, '0.00'), num(0)],
    [null, 'Jumlah', num(1500000), num(1400000), num(93.33, '0.00'), num(100000)],
    [],
    ['Sumber: DPA Kecamatan Contoh 2023'],
    [],
    ['Tabel 3.8 Capaian Kinerja'],
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
    [str('1'), 'Indeks Kepuasan Masyarakat', num(80), num(82), num(102.5, '0.00')],
  ];
  const r = extract({ name: 'Bab III', rows });

  it('turns lone text cells into paragraphs and headings, and other blocks into tables', () => {
    expect(r.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'table', 'paragraph', 'table']);
    expect(nonTables(r)).toEqual(['BAB III AKUNTABILITAS KINERJA', '3.2 Realisasi Anggaran', 'Sumber: DPA Kecamatan Contoh 2023']);
    expect(r.blocks[0].loc).toMatchObject({ file: 'test.xlsx', sheet: 'Bab III', cell: 'A1' });
  });

  it('gives a "Tabel 3.7" title row to the next table as its caption', () => {
    const [t37, t38] = tables(r);
    expect(t37.caption).toBe('Tabel 3.7 Realisasi Anggaran Kecamatan Contoh Tahun 2023');
    expect(t37.number).toBe('3.7');
    expect(t37.loc).toMatchObject({ sheet: 'Bab III', cell: 'A6:F9', table: 'Tabel 3.7' });
    expect(t37.context.chapter).toBe('BAB III');
    // A caption row right above the table, without an empty row between, is a caption too.
    expect(t38.caption).toBe('Tabel 3.8 Capaian Kinerja');
    expect(t38.loc.cell).toBe('A14:E15');
    expect(texts(t38)[0]).toEqual(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian']);
  });

  it('keeps the table rows whole, with the row labels', () => {
    const t = tables(r)[0];
    expect(texts(t)).toEqual([
      HEADER,
      ['1', 'Program Penunjang Urusan Pemerintahan', '1.000.000', '900.000', '90,00', '100.000'],
      ['2', 'Program Penyelenggaraan Pemerintahan', '500.000', '500.000', '100,00', '0'],
      ['', 'Jumlah', '1.500.000', '1.400.000', '93,33', '100.000'],
    ]);
  });

  it('is read by the normaliser: roles, row kinds and values', () => {
    const m = normaliseReport(r).tables[0];
    expect(m.headerRows).toBe(1);
    expect(m.columns.map((c) => c.role)).toEqual(['numbering', 'label', 'pagu', 'realisasi', 'capaian', 'sisa']);
    expect(m.rows.map((x) => x.kind)).toEqual(['data', 'data', 'total']);
    expect(m.rows[2].values.get(2)?.value.toString()).toBe('1500000');
    expect(m.rows[0].values.get(4)?.decimals).toBe(2);
  });

  it('trims columns empty in the whole block and keeps inner empty cells', () => {
    const r2 = extract({
      name: 'S',
      rows: [
        [],
        [null, null, 'Uraian', 'Pagu (Rp)', null, 'Realisasi (Rp)'],
        [null, null, 'Belanja Operasi', num(100), null, num(90)],
      ],
    });
    const [t] = tables(r2);
    expect(t.loc.cell).toBe('C2:F3');
    expect(texts(t)).toEqual([
      ['Uraian', 'Pagu (Rp)', '', 'Realisasi (Rp)'],
      ['Belanja Operasi', '100', '', '90'],
    ]);
    expect(t.rows[1].cells[2].loc.cell).toBe('E3');
    expect(t.rows[1].loc.cell).toBe('C3');
  });

  it('treats blank text cells as empty, so a row of them separates blocks', () => {
    const r2 = extract({ name: 'S', rows: [['Uraian', 'Pagu'], ['A', num(1)], ['', ' '], ['Uraian', 'Realisasi'], ['B', num(2)]] });
    expect(tables(r2).map((t) => t.loc.cell)).toEqual(['A1:B2', 'A4:B5']);
  });

  it('captions a table by its sheet name "Tabel 3.7" when the sheet has no caption row', () => {
    const r2 = extract(
      { name: 'Tabel 3.7', rows: [['Realisasi Anggaran 2023'], [], ['Uraian', 'Pagu (Rp)'], ['Belanja', num(5)]] },
      { name: 'Tabel 3.8', rows: [['Tabel 3.8 Judul Sendiri'], ['Uraian', 'Pagu (Rp)'], ['Belanja', num(5)]] },
      { name: 'Lampiran', rows: [['Uraian', 'Pagu (Rp)'], ['Belanja', num(5)]] },
    );
    expect(tables(r2).map((t) => t.caption)).toEqual(['Tabel 3.7 Realisasi Anggaran 2023', 'Tabel 3.8 Judul Sendiri', undefined]);
  });

  it('rejoins words broken into fragments, with the workbook vocabulary', () => {
    const r2 = extract({
      name: 'S',
      rows: [
        ['Uraian', 'Pagu (Rp)'],
        ['Penyediaan Jasa Surat Menyurat', num(1)],
        ['Pe ny edi aa n Ja sa Su rat Me nyu rat', num(2)],
      ],
    });
    expect(tables(r2)[0].rows[2].cells[0].text).toBe('Penyediaan Jasa Surat Menyurat');
    expect(tables(r2)[0].rows[2].cells[0].raw).toBe('Pe ny edi aa n Ja sa Su rat Me nyu rat');
  });

  it('reads line breaks inside a cell as spaces', () => {
    const r2 = extract({ name: 'S', rows: [['Uraian', 'Realisasi\nKeuangan (Rp)'], ['Belanja', num(1)]] });
    expect(tables(r2)[0].rows[0].cells[1].text).toBe('Realisasi Keuangan (Rp)');
  });
});

describe('extractXlsx: merged cells', () => {
  const rows: Aoa = [
    ['No', 'Uraian', 'Anggaran', null, 'Sisa (Rp)'],
    [null, 'tertutup', 'Pagu (Rp)', 'Realisasi (Rp)', null],
    [str('1'), 'Program Penunjang', num(1000), num(900), num(100)],
  ];
  const r = extract({ name: 'Gabung', rows, merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'] });
  const [t] = tables(r);

  it('keeps the value in the top-left cell and empties the others', () => {
    expect(texts(t)).toEqual([
      ['No', 'Uraian', 'Anggaran', '', 'Sisa (Rp)'],
      ['', '', 'Pagu (Rp)', 'Realisasi (Rp)', ''],
      ['1', 'Program Penunjang', '1.000', '900', '100'],
    ]);
    expect(t.rows[1].cells[1].loc.cell).toBe('B2');
  });

  it('gives the normaliser a two-row header with the group header over its columns', () => {
    const m = normaliseReport(r).tables[0];
    expect(m.headerRows).toBe(2);
    expect(m.columns.map((c) => c.role)).toEqual(['numbering', 'label', 'pagu', 'realisasi', 'sisa']);
    expect(m.columns[3].header).toBe('Anggaran Realisasi (Rp)');
    expect(m.columns[3].group).toBe('anggaran');
  });

  it('makes a title merged across the table its caption', () => {
    const r2 = extract({
      name: 'S',
      rows: [['Tabel 2.1 Perjanjian Kinerja'], ['Sasaran', 'Indikator', 'Target'], ['Meningkatnya pelayanan', 'IKM', num(80)]],
      merges: ['A1:C1'],
    });
    expect(tables(r2)[0].caption).toBe('Tabel 2.1 Perjanjian Kinerja');
    expect(tables(r2)[0].loc.cell).toBe('A2:C3');
  });
});

describe('extractXlsx: numbers', () => {
  const figures: Array<[unknown, string, { value: string; decimals: number; percent: boolean } | undefined]> = [
    [num(1357900300), '1.357.900.300', { value: '1357900300', decimals: 0, percent: false }],
    [num(1357900300, '#,##0.00'), '1.357.900.300,00', { value: '1357900300.00', decimals: 2, percent: false }],
    [num(0.9651, '0.00%'), '96,51%', { value: '96.51', decimals: 2, percent: true }],
    [num(0.96514, '0.0%'), '96,5%', { value: '96.5', decimals: 1, percent: true }],
    [num(0.5, '0%'), '50%', { value: '50', decimals: 0, percent: true }],
    [num(1234.5678, 'General'), '1.234,5678', { value: '1234.5678', decimals: 4, percent: false }],
    [{ t: 'n', v: 2.5 }, '2,5', { value: '2.5', decimals: 1, percent: false }],
    [num(1 / 3, 'General'), '0,3333333333', { value: '0.3333333333', decimals: 10, percent: false }],
    [num(2.345, '0.00'), '2,35', { value: '2.35', decimals: 2, percent: false }],
    [num(96.5, '#,##0.0#'), '96,5', { value: '96.5', decimals: 1, percent: false }],
    [num(96.514, '#,##0.0#'), '96,51', { value: '96.51', decimals: 2, percent: false }],
    [num(-2500000, '#,##0;(#,##0)'), '(2.500.000)', { value: '-2500000', decimals: 0, percent: false }],
    [num(-2500000, '#,##0'), '-2.500.000', { value: '-2500000', decimals: 0, percent: false }],
    [num(0, '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)'), '-', { value: '0', decimals: 0, percent: false }],
    [num(1500, '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)'), '1.500,00', { value: '1500.00', decimals: 2, percent: false }],
    [num(1000000, '"Rp"#,##0'), 'Rp 1.000.000', { value: '1000000', decimals: 0, percent: false }],
    [num(1000000, '[$Rp-421]#,##0.00'), 'Rp 1.000.000,00', { value: '1000000.00', decimals: 2, percent: false }],
    [num(1357900300, '#,##0.00,,'), '1.357,90', { value: '1357.90', decimals: 2, percent: false }],
    [num(45000, 'dd/mm/yyyy'), '15/03/2023', undefined],
    [{ t: 'b', v: true }, 'TRUE', undefined],
    [{ t: 'e', v: 7 }, '#DIV/0!', undefined],
  ];
  const r = extract({ name: 'Angka', rows: [['Uraian', 'Nilai'], ...figures.map(([c], i) => [`baris ${i + 1}`, c])] });
  const [t] = tables(r);

  it.each(figures.map((f, i) => [i + 2, ...f] as const))('row %i: %j shows %s', (row, _cell, text, number) => {
    const c = t.rows[row - 1].cells[1];
    expect(c.loc.cell).toBe(`B${row}`);
    expect(c.text).toBe(text);
    expect(c.number).toEqual(number);
  });

  it('keeps the stored value as the raw text', () => {
    expect(t.rows[1].cells[1].raw).toBe('1357900300');
    expect(t.rows[3].cells[1].raw).toBe('0.9651');
  });

  it('hands the stored figures to the normaliser at their shown precision', () => {
    const r2 = extract({
      name: 'S',
      rows: [HEADER, [str('1'), 'Belanja Operasi', num(9969639470, '#,##0.00'), num(9602274749, '#,##0.00'), num(0.9632, '0.00%'), num(367364721, '#,##0.00')]],
    });
    const m = normaliseReport(r2).tables[0];
    const v = m.rows[0].values;
    expect(v.get(2)).toMatchObject({ decimals: 2, percent: false });
    expect(v.get(2)?.value.toString()).toBe('9969639470');
    expect(v.get(4)).toMatchObject({ decimals: 2, percent: true });
    expect(v.get(4)?.value.toString()).toBe('96.32');
  });
});

describe('extractXlsx: numbers typed as Indonesian text', () => {
  const rows: Aoa = [
    ['No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa Anggaran (Rp)'],
    [str('1'), 'Program Penunjang Urusan Pemerintahan', '50.000.000,00', '45.000.000,00', '90,00%', '5.000.000,00'],
    [str('2'), 'Program Pelayanan Publik', 'Rp 1.357.900.300', 'Rp 1.000.000.000', '73,64', '-'],
  ];
  const r = extract({ name: 'Teks', rows });

  it('keeps them as typed, without a stored number', () => {
    const [t] = tables(r);
    expect(texts(t)[1]).toEqual(['1', 'Program Penunjang Urusan Pemerintahan', '50.000.000,00', '45.000.000,00', '90,00%', '5.000.000,00']);
    expect(t.rows[1].cells.every((c) => c.number === undefined)).toBe(true);
  });

  it('lets the normaliser parse them, with the column roles', () => {
    const m = normaliseReport(r).tables[0];
    expect(m.columns.map((c) => c.role)).toEqual(['numbering', 'label', 'pagu', 'realisasi', 'capaian', 'sisa']);
    const [a, b] = m.rows;
    expect(a.values.get(2)?.value.toString()).toBe('50000000');
    expect(a.values.get(2)?.decimals).toBe(2);
    expect(a.values.get(4)).toMatchObject({ percent: true });
    expect(a.values.get(4)?.value.toString()).toBe('90');
    expect(b.values.get(2)).toMatchObject({ currency: true });
    expect(b.values.get(2)?.value.toString()).toBe('1357900300');
    expect(b.values.get(5)?.empty).toBe(true);
  });
});

describe('extractXlsx: locations', () => {
  const rows: Aoa = [];
  for (let i = 0; i < 9; i++) rows.push([]);
  rows.push([null, 'No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)']);
  rows.push([null, str('1'), 'Belanja Operasi', num(100), num(90)]);
  rows.push([null, str('2'), 'Belanja Modal', num(200), num(190)]);
  const r = extract({ name: 'Data', rows: [['Lembar pertama']] }, { name: 'Tabel Anggaran', rows });

  it('gives every cell its sheet and address', () => {
    const c = cellAt(r, 'Tabel Anggaran', 'C12');
    expect(c?.text).toBe('Belanja Modal');
    expect(c?.loc).toMatchObject({ file: 'test.xlsx', sheet: 'Tabel Anggaran', cell: 'C12', tableIndex: 1, row: 3, column: 2 });
    expect(cellAt(r, 'Tabel Anggaran', 'E11')?.loc).toMatchObject({ row: 2, column: 4 });
  });

  it('gives the table its range and every row its first cell', () => {
    const [t] = tables(r);
    expect(t.loc).toMatchObject({ file: 'test.xlsx', sheet: 'Tabel Anggaran', cell: 'B10:E12' });
    expect(t.rows.map((x) => x.loc.cell)).toEqual(['B10', 'B11', 'B12']);
    expect(t.rows[2].loc).toMatchObject({ sheet: 'Tabel Anggaran', row: 3 });
  });

  it('locates paragraphs at their cell', () => {
    expect(r.blocks[0].loc).toMatchObject({ sheet: 'Data', cell: 'A1' });
  });
});

describe('extractXlsx: formulas', () => {
  const rows: Aoa = [
    ['Tabel 3.7 Realisasi Anggaran'],
    ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa (Rp)'],
    [str('1'), 'Belanja Operasi', num(1000), num(900), fx('D3/C3', 0.9, '0.00%'), fx('C3-D3', 100)],
    [str('2'), 'Belanja Modal', num(500), num(480), fx('D4/C4', 0.95, '0.00%'), fx('C4-D4', 20)],
    [str('3'), 'Belanja Tak Terduga', num(300), num(300), fx('IF(C5=0,0,D5/C5)', 1, '0.00%'), fx('C5-D5', 0)],
    [null, 'Jumlah', fx('SUM(C3:C5)', 1800), fx('SUM(D3:D5)', 1700), fx('ROUND(D6/C6,4)', 0.9444, '0.00%'), fx('SUM(F3:F5)+Ringkasan!B1', 125)],
  ];
  const r = extract({ name: 'Tabel 3.7', rows }, { name: 'Ringkasan', rows: [['Koreksi', num(5)]] });
  const at = (addr: string) => cellAt(r, 'Tabel 3.7', addr)!;

  it('keeps the formula and the value the workbook saved', () => {
    expect(at('C6').formula).toEqual({ text: '=SUM(C3:C5)', cached: '1800' });
    expect(at('C6').number).toEqual({ value: '1800', decimals: 0, percent: false });
    expect(at('C6').text).toBe('1.800');
    expect(at('E3').formula).toEqual({ text: '=D3/C3', cached: '0.9' });
    expect(at('F6').formula).toEqual({ text: '=SUM(F3:F5)+Ringkasan!B1', cached: '125' });
  });

  it('sets the computed value only where the saved value disagrees', () => {
    // D6 says 1700; D3:D5 add up to 1680. E4: 480/500 is 0,96, not 0,95.
    expect(at('D6').formula).toEqual({ text: '=SUM(D3:D5)', cached: '1700', computed: '1680' });
    expect(at('D6').number?.value).toBe('1700');
    expect(at('E4').formula).toEqual({ text: '=D4/C4', cached: '0.95', computed: '0.96' });
    expect(at('E4').number).toEqual({ value: '95.00', decimals: 2, percent: true });
    // E6 reads D6 as saved (1700): ROUND(1700/1800, 4) = 0,9444 agrees, though D6 itself is stale.
    for (const a of ['C3', 'C6', 'E3', 'E6', 'F3', 'F4', 'F5', 'F6']) expect(at(a).formula?.computed).toBeUndefined();
  });

  it('leaves formulas it cannot evaluate alone', () => {
    expect(at('E5').formula).toEqual({ text: '=IF(C5=0,0,D5/C5)', cached: '1' });
  });

  it('uses the cached values of referenced formula cells', () => {
    const r2 = extract({
      name: 'S',
      rows: [
        ['Uraian', 'Nilai'],
        ['a', num(10)],
        ['b', fx('B2*2', 25)], // stale: 10*2 = 20
        ['c', fx('B3+1', 26)], // consistent with B3's saved 25
      ],
    });
    expect(cellAt(r2, 'S', 'B3')?.formula?.computed).toBe('20');
    expect(cellAt(r2, 'S', 'B4')?.formula?.computed).toBeUndefined();
  });

  it('tolerates binary floating point in the saved value', () => {
    const r2 = extract({ name: 'S', rows: [['Uraian', 'Nilai'], ['a', num(0.1, '0.0')], ['b', num(0.2, '0.0')], ['c', fx('B2+B3', 0.1 + 0.2, '0.0')]] });
    expect(cellAt(r2, 'S', 'B4')?.formula).toEqual({ text: '=B2+B3', cached: '0.3' });
  });

  it('computes a formula saved without its value, as a spreadsheet program would show it', () => {
    const r2 = extract({ name: 'S', rows: [['Uraian', 'Nilai'], ['a', num(10)], ['b', { t: 'n', f: 'B2*3', z: '#,##0' }]] });
    const c = cellAt(r2, 'S', 'B3')!;
    expect(c.text).toBe('30');
    expect(c.number?.value).toBe('30');
    expect(c.formula).toEqual({ text: '=B2*3', cached: '30' });
  });

  it('keeps text results of formulas as text', () => {
    const r2 = extract({ name: 'S', rows: [['Uraian', 'Nilai'], ['a', num(10)], ['b', { t: 's', v: 'Tercapai', f: 'IF(B2>5,"Tercapai","Belum")' }]] });
    const c = cellAt(r2, 'S', 'B3')!;
    expect(c.text).toBe('Tercapai');
    expect(c.number).toBeUndefined();
    expect(c.formula?.computed).toBeUndefined();
  });
});

describe('extractXlsx: unreadable workbooks', () => {
  const good = workbook({ name: 'S', rows: [['a', 1]] });
  it.each([
    ['text bytes', Buffer.from('bukan\tbuku kerja\n1\t2')],
    ['a truncated archive', good.subarray(0, Math.floor(good.length / 2))],
    ['a damaged archive', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])],
    ['empty bytes', Buffer.alloc(0)],
  ])('%s give an InputError', (_name, data) => {
    let err: unknown;
    try {
      extractXlsx('rusak.xlsx', data);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.file).toBe('rusak.xlsx');
    expect(e.describe('id')).toMatch(/^berkas XLSX rusak atau tidak dapat dibaca \(.+\)$/);
    expect(e.describe('en')).toMatch(/^the XLSX file is corrupt or cannot be read \(.+\)$/);
  });

  it('reads a DOCX archive as no workbook', () => {
    const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
    const docx = readFileSync(join(root, 'fixtures/reference/lkjip-dumai-barat-2023.docx'));
    expect(() => extractXlsx('x.xlsx', docx)).toThrow(InputError);
  });
});

describe('extractXlsx: the rendered reference workbook', () => {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
  const file = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.xlsx');
  const report = extractXlsx(file, readFileSync(file));
  const doc = normaliseReport(report);
  const t37 = doc.tables.find((t) => t.table.loc.sheet === 'Tabel 3.7')!;

  it('extracts every sheet', () => {
    expect(report.format).toBe('xlsx');
    expect(report.size?.sheets).toBe(25);
    expect(new Set(report.blocks.map((b) => b.loc.sheet)).size).toBe(25);
    expect(doc.tables.length).toBeGreaterThanOrEqual(25);
  });

  it('reads Tabel 3.7 with its caption and its pagu, realisasi, capaian and sisa columns', () => {
    expect(t37).toBeDefined();
    expect(t37.table.number).toBe('3.7');
    expect(t37.table.caption).toMatch(/^TABEL 3\.7 .*REALISASI ANGGARAN/);
    expect(t37.table.loc.cell).toBe('A3:F86');
    const roles = t37.columns.map((c) => c.role);
    for (const role of ['pagu', 'realisasi', 'capaian', 'sisa'] as const) expect(roles).toContain(role);
    const total = t37.rows.find((r) => r.kind === 'total' && /total/i.test(r.label));
    expect(total).toBeDefined();
    const pagu = t37.columns.find((c) => c.role === 'pagu')!;
    expect(total!.values.get(pagu.index)?.value.toString()).toBe('10524299300');
  });

  it('has its figures as numeric cells, the money columns at 2 decimals', () => {
    const money = t37.columns.filter((c) => c.role === 'pagu' || c.role === 'realisasi' || c.role === 'sisa').map((c) => c.index);
    expect(money).toHaveLength(3);
    const cells = t37.rows.filter((r) => r.kind !== 'note').flatMap((r) => money.map((j) => r.cells[j]));
    const numeric = cells.filter((c) => c.number);
    expect(numeric.length).toBeGreaterThan(200);
    expect(numeric.length / cells.length).toBeGreaterThan(0.95);
    // Most amounts carry ",00" like the printed table; a few were printed (and rendered) without.
    const twoDecimals = numeric.filter((c) => c.number!.decimals === 2);
    expect(twoDecimals.length / numeric.length).toBeGreaterThan(0.8);
    expect(numeric.every((c) => c.number!.decimals === 0 || c.number!.decimals === 2)).toBe(true);
    const jumlah = t37.rows.find((r) => /^jumlah$/i.test(r.label))!;
    for (const j of money) expect(jumlah.cells[j].number?.decimals).toBe(2);
    expect(jumlah.cells[money[0]].number?.value).toBe('10524299300.00');
    expect(jumlah.cells[money[0]].text).toBe('10.524.299.300,00');
    expect(jumlah.cells[money[0]].loc).toMatchObject({ sheet: 'Tabel 3.7', cell: 'C8' });
  });

  it('has no formulas (the renderer writes values only)', () => {
    const formulas = report.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.filter((c) => c.formula)) : []));
    expect(formulas).toEqual([]);
  });
});
