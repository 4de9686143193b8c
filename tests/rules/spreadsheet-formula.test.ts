import * as XLSX from 'xlsx';
import rule from '../../rules/spreadsheet-formula.js';
import { rules } from '../../rules/index.js';
import { extractXlsx } from '../../src/extract/xlsx.js';
import { lintReport } from '../../src/engine/linter.js';
import type { Finding, Lang, LintConfig } from '../../src/engine/types.js';

type Aoa = unknown[][];

function lint(sheets: Array<{ name: string; rows: Aoa }>, lang: Lang = 'id', only = true): Finding[] {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(s.rows), s.name);
  const report = extractXlsx('laporan.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const config: LintConfig = {
    rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity, options: {} } },
    rounding: 'round-or-truncate',
    lang,
  };
  return only ? lintReport(report, config, [rule]) : lintReport(report, { ...config, rules: {} });
}

const num = (v: number, z = '#,##0') => ({ t: 'n', v, z });
const str = (v: string) => ({ t: 's', v });
const fx = (f: string, cached: number, z = '#,##0') => ({ t: 'n', v: cached, f, z });

const HEADER = ['No', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa Anggaran (Rp)'];

/** Tabel 3.7 with formulas; `cached` overrides the saved values of some cells. */
function budgetSheet(cached: Record<string, number> = {}): { name: string; rows: Aoa } {
  const v = (addr: string, value: number) => cached[addr] ?? value;
  return {
    name: 'Tabel 3.7',
    rows: [
      ['Tabel 3.7 Realisasi Anggaran Kecamatan Contoh Tahun 2023'],
      HEADER,
      [str('1'), 'Program Penunjang Urusan Pemerintahan', num(9066399000), num(8755701599), fx('D3/C3', v('E3', 8755701599 / 9066399000), '0.00%'), fx('C3-D3', v('F3', 310697401))],
      [str('2'), 'Program Penyelenggaraan Pemerintahan', num(217902500), num(180500000), fx('D4/C4', v('E4', 180500000 / 217902500), '0.00%'), fx('C4-D4', v('F4', 37402500))],
      [null, 'Jumlah', fx('SUM(C3:C4)', v('C5', 9284301500)), fx('SUM(D3:D4)', v('D5', 8936201599)), fx('ROUND(D5/C5,4)', v('E5', 0.9625), '0.00%'), fx('SUM(F3:F4)', v('F5', 348099901))],
    ],
  };
}

describe('spreadsheet-formula', () => {
  describe('valid', () => {
    it('formulas whose saved values agree', () => {
      expect(lint([budgetSheet()])).toEqual([]);
    });

    it('a workbook without formulas', () => {
      expect(lint([{ name: 'S', rows: [HEADER, [str('1'), 'Belanja', num(100), num(90), num(0.9, '0%'), num(10)]] }])).toEqual([]);
    });

    it('formulas it cannot evaluate (IF, text, lookups)', () => {
      const rows: Aoa = [
        ['Uraian', 'Nilai', 'Keterangan'],
        ['a', num(10), fx('IF(B2>5,1,0)', 0)],
        ['b', fx('VLOOKUP(A3,A2:B2,2,FALSE)', 999), fx('B3*2', 1998)],
      ];
      expect(lint([{ name: 'S', rows }])).toEqual([]);
    });

    it('binary floating-point noise in the saved value', () => {
      const rows: Aoa = [['Uraian', 'Nilai'], ['a', num(0.1, '0.00')], ['b', num(0.2, '0.00')], ['c', fx('B2+B3', 0.1 + 0.2, '0.00')]];
      expect(lint([{ name: 'S', rows }])).toEqual([]);
    });

    it('a formula reading a stale formula cell agrees with that cell as saved', () => {
      // Only C5 is flagged: E5 computes from C5 as saved.
      const found = lint([budgetSheet({ C5: 9000000000, E5: 0.9929 })]);
      expect(found.map((f) => f.location.cell)).toEqual(['C5']);
    });
  });

  describe('invalid', () => {
    it('a Jumlah typed over its SUM', () => {
      const [f, ...rest] = lint([budgetSheet({ D5: 8936201000 })]);
      expect(rest).toEqual([]);
      expect(f.ruleId).toBe('spreadsheet-formula');
      expect(f.severity).toBe('error');
      expect(f.expected).toBe('8936201599');
      expect(f.actual).toBe('8936201000');
      expect(f.location).toMatchObject({ file: 'laporan.xlsx', sheet: 'Tabel 3.7', cell: 'D5', table: 'Tabel 3.7', rowLabel: 'Jumlah', columnLabel: 'Realisasi (Rp)' });
      expect(f.message).toContain("'Tabel 3.7'!D5");
      expect(f.message).toContain('=SUM(D3:D4)');
      expect(f.message).toContain('menampilkan 8.936.201.000');
      expect(f.message).toContain('menghasilkan 8.936.201.599');
      expect(f.message).toContain('selisih 599');
      expect(f.excerpt).toContain('Jumlah');
    });

    it('a percentage not recalculated after the realisasi changed', () => {
      // 180.500.000 / 217.902.500 = 82,84%; the sheet still shows 82,48%.
      const [f] = lint([budgetSheet({ E4: 0.8248 })]);
      expect(f.location).toMatchObject({ cell: 'E4', columnLabel: 'Capaian (%)' });
      expect(f.location.rowLabel).toContain('Program Penyelenggaraan Pemerintahan');
      expect(f.message).toContain('menampilkan 82,48%');
      expect(f.message).toContain('menghasilkan 82,84%');
      expect(f.message).toContain('=D4/C4');
      expect(f.actual).toBe('0.8248');
      expect(f.expected).toBe('0.828352129966384');
      expect(f.severity).toBe('error');
    });

    it('several stale cells, in document order, with English messages', () => {
      const found = lint([budgetSheet({ F3: 310697000, F4: 37402000 })], 'en');
      expect(found.map((f) => f.location.cell)).toEqual(['F3', 'F4', 'F5']);
      expect(found[0].message).toContain("cell 'Tabel 3.7'!F3");
      expect(found[0].message).toContain('the workbook shows 310,697,000, but its formula =C3-D3 gives 310,697,401');
      expect(found[0].message).toContain('difference 401');
      // F5 sums F3:F4 as saved (310.697.000 + 37.402.000), not as they should be.
      expect(found[2]).toMatchObject({ expected: '348099000', actual: '348099901' });
    });

    it('a reference to another sheet', () => {
      const rows: Aoa = [['Uraian', 'Pagu (Rp)'], ['Belanja Operasi', fx('Rincian!B2+Rincian!B3', 700)]];
      const found = lint([
        { name: 'Ringkasan', rows },
        { name: 'Rincian', rows: [['Uraian', 'Pagu (Rp)'], ['Gaji', num(500)], ['Barang dan Jasa', num(250)]] },
      ]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ expected: '750', actual: '700' });
      expect(found[0].message).toContain('Ringkasan!B2');
    });

    it('a difference the number format hides is a warning', () => {
      const rows: Aoa = [['Uraian', 'Pagu (Rp)'], ['a', num(1000.4, '#,##0')], ['b', num(2000, '#,##0')], ['Jumlah', fx('SUM(B2:B3)', 3000, '#,##0')]];
      const [f] = lint([{ name: 'S', rows }]);
      expect(f.severity).toBe('warning');
      expect(f).toMatchObject({ expected: '3000.4', actual: '3000' });
      expect(f.message).toContain('menampilkan 3.000,0');
      expect(f.message).toContain('menghasilkan 3.000,4');
    });
  });

  it('is in the default rule set, first: a stale total that sum-total reports the same way is reported once, as a stale formula', () => {
    expect(rules[0]).toBe(rule);
    const found = lint([budgetSheet({ D5: 8936201000 })], 'id', false).filter((f) => f.location.cell === 'D5');
    expect(found.map((f) => [f.ruleId, f.expected, f.actual])).toEqual([['spreadsheet-formula', '8936201599', '8936201000']]);
  });
});
