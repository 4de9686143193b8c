import { locationKey, sheetRef } from '../../src/model/index.js';

describe('sheetRef', () => {
  it('leaves a plain sheet name bare and quotes the others as a spreadsheet does', () => {
    expect(sheetRef('Lampiran', 'C12')).toBe('Lampiran!C12');
    expect(sheetRef('Anggaran_2023', 'A1')).toBe('Anggaran_2023!A1');
    expect(sheetRef('Tabel 3.7', 'E8')).toBe("'Tabel 3.7'!E8");
    expect(sheetRef('2023', 'B2')).toBe("'2023'!B2");
    expect(sheetRef("Camat's", 'B2')).toBe("'Camat''s'!B2");
    expect(sheetRef('Tabel 3.7')).toBe("'Tabel 3.7'");
  });
});

describe('locationKey', () => {
  it('is the same for the same place and differs for another cell, line or file', () => {
    const a = { file: 'a.txt', line: 7, tableIndex: 2, row: 3, column: 4, rowLabel: 'Jumlah' };
    expect(locationKey(a)).toBe(locationKey({ ...a, rowLabel: 'JUMLAH', section: 'BAB III' }));
    expect(locationKey(a)).not.toBe(locationKey({ ...a, column: 5 }));
    expect(locationKey(a)).not.toBe(locationKey({ ...a, line: 8 }));
    expect(locationKey(a)).not.toBe(locationKey({ ...a, file: 'b.txt' }));
  });
});
