import { parseNumbering, romanValue, splitLeadingNumbering } from '../../src/normalise/numbering.js';

describe('romanValue', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['VI', 6],
    ['IX', 9],
    ['XIV', 14],
    ['XL', 40],
    ['LX', 60],
  ])('%s = %i', (s, v) => {
    expect(romanValue(s)).toBe(v);
  });

  it('refuses lower case, other letters and values above 60', () => {
    for (const s of ['iv', 'M', 'D', 'IIA', '', 'LXI', 'C']) expect(romanValue(s)).toBeUndefined();
  });
});

describe('parseNumbering', () => {
  it('reads roman group numbers, with or without a dot', () => {
    expect(parseNumbering('I')).toEqual({ text: 'I', kind: 'roman', value: 1 });
    expect(parseNumbering('II.')).toEqual({ text: 'II.', kind: 'roman', value: 2 });
    expect(parseNumbering(' IV ')).toEqual({ text: 'IV', kind: 'roman', value: 4 });
    expect(parseNumbering('XII')).toMatchObject({ kind: 'roman', value: 12 });
  });

  it('reads arabic numbers with a dot, a parenthesis or in parentheses', () => {
    expect(parseNumbering('1')).toEqual({ text: '1', kind: 'arabic', value: 1 });
    expect(parseNumbering('7.')).toEqual({ text: '7.', kind: 'arabic', value: 7 });
    expect(parseNumbering('12)')).toEqual({ text: '12)', kind: 'arabic', value: 12 });
    expect(parseNumbering('(3)')).toEqual({ text: '3', kind: 'arabic', value: 3 });
    expect(parseNumbering('100')).toMatchObject({ kind: 'arabic', value: 100 });
  });

  it('does not read four-digit figures or years as row numbers', () => {
    expect(parseNumbering('1000')).toBeUndefined();
    expect(parseNumbering('2024')).toBeUndefined();
  });

  it('reads letters: lower case alone or with a mark, upper case only with a mark', () => {
    expect(parseNumbering('a.')).toEqual({ text: 'a.', kind: 'letter', value: 1 });
    expect(parseNumbering('c)')).toEqual({ text: 'c)', kind: 'letter', value: 3 });
    expect(parseNumbering('b')).toEqual({ text: 'b', kind: 'letter', value: 2 });
    expect(parseNumbering('B.')).toEqual({ text: 'B.', kind: 'letter', value: 2 });
    // A lone capital is a word or an initial, not a row number.
    expect(parseNumbering('B')).toBeUndefined();
    expect(parseNumbering('A')).toBeUndefined();
  });

  it('reads a capital that is also a roman numeral as roman', () => {
    expect(parseNumbering('C.')).toMatchObject({ kind: 'letter', value: 3 });
    expect(parseNumbering('V.')).toMatchObject({ kind: 'roman', value: 5 });
  });

  it('reads dotted outline numbers with their depth and last value', () => {
    expect(parseNumbering('1.2')).toEqual({ text: '1.2', kind: 'dotted', depth: 2, value: 2 });
    expect(parseNumbering('3.1.4')).toEqual({ text: '3.1.4', kind: 'dotted', depth: 3, value: 4 });
    expect(parseNumbering('2.10.')).toEqual({ text: '2.10.', kind: 'dotted', depth: 2, value: 10 });
  });

  it('reads regional budget codes (Permendagri 90/2019) with their depth', () => {
    expect(parseNumbering('7.01')).toEqual({ text: '7.01', kind: 'code', depth: 2, value: 1 });
    expect(parseNumbering('7.01.01')).toEqual({ text: '7.01.01', kind: 'code', depth: 3, value: 1 });
    expect(parseNumbering('1.02.02.2.01')).toEqual({ text: '1.02.02.2.01', kind: 'code', depth: 5, value: 1 });
    expect(parseNumbering('7.01.01.2.01.0001')).toEqual({ text: '7.01.01.2.01.0001', kind: 'code', depth: 6, value: 1 });
    expect(parseNumbering('1.02.02.2.01.0014')).toMatchObject({ kind: 'code', depth: 6, value: 14 });
    expect(parseNumbering('5.1.02')).toMatchObject({ kind: 'code', depth: 3, value: 2 });
  });

  it('returns nothing for words, empty cells and glued codes', () => {
    for (const s of ['', '  ', 'Program', 'Jumlah', 'II.3', 'iii', '(iii)', '1a', '-']) expect(parseNumbering(s)).toBeUndefined();
  });
});

describe('splitLeadingNumbering', () => {
  it('splits an arabic number printed at the start of a label', () => {
    expect(splitLeadingNumbering('1 Penyusunan Rencana Kerja Tahunan')).toEqual({
      numbering: { text: '1', kind: 'arabic', value: 1 },
      rest: 'Penyusunan Rencana Kerja Tahunan',
    });
    expect(splitLeadingNumbering('12. Pengadaan Ambulans')).toMatchObject({ numbering: { kind: 'arabic', value: 12 }, rest: 'Pengadaan Ambulans' });
    expect(splitLeadingNumbering('3) Rapat Koordinasi')).toMatchObject({ numbering: { kind: 'arabic', value: 3 }, rest: 'Rapat Koordinasi' });
  });

  it('splits roman numbers and dotted outline numbers', () => {
    expect(splitLeadingNumbering('II Belanja Modal')).toMatchObject({ numbering: { kind: 'roman', value: 2 }, rest: 'Belanja Modal' });
    expect(splitLeadingNumbering('IV. Belanja Transfer')).toMatchObject({ numbering: { kind: 'roman', value: 4 }, rest: 'Belanja Transfer' });
    expect(splitLeadingNumbering('1.1 Koordinasi Puskesmas')).toMatchObject({ numbering: { kind: 'dotted', depth: 2, value: 1 }, rest: 'Koordinasi Puskesmas' });
    expect(splitLeadingNumbering('2.3. Pembinaan Posyandu')).toMatchObject({ numbering: { kind: 'dotted', depth: 2, value: 3 }, rest: 'Pembinaan Posyandu' });
  });

  it('splits a program code of three segments', () => {
    expect(splitLeadingNumbering('1.02.02 Program Pemenuhan Upaya Kesehatan')).toMatchObject({
      numbering: { kind: 'code', depth: 3, text: '1.02.02' },
      rest: 'Program Pemenuhan Upaya Kesehatan',
    });
  });

  it('splits a lower-case letter only when it carries its mark', () => {
    expect(splitLeadingNumbering('a. Gaji Pokok')).toMatchObject({ numbering: { kind: 'letter', value: 1 }, rest: 'Gaji Pokok' });
    expect(splitLeadingNumbering('b) Tunjangan Keluarga')).toMatchObject({ numbering: { kind: 'letter', value: 2 }, rest: 'Tunjangan Keluarga' });
    expect(splitLeadingNumbering('a Gaji')).toBeUndefined();
  });

  it('leaves labels without a leading number alone', () => {
    for (const s of ['Penyusunan Dokumen', 'Indikator Program', 'Belanja 2024', '2024 Belanja', '12Pengadaan', '1 (satu) kegiatan', 'Jumlah', ''])
      expect(splitLeadingNumbering(s)).toBeUndefined();
  });

  it('needs a letter right after the number', () => {
    expect(splitLeadingNumbering('1 - Penyusunan')).toBeUndefined();
    expect(splitLeadingNumbering('1')).toBeUndefined();
  });

  // Was a bug: the leading-number pattern allows at most four segments of at most three digits,
  // so a kegiatan or sub kegiatan code printed in the label cell ("7.01.01.2.01 ...",
  // "7.01.01.2.01.0001 ...") is not split off: the row gets no numbering, its label keeps the
  // code, and the budget table loses its hierarchy (see hierarchy.test.ts).
  it('splits a kegiatan code and a sub kegiatan code printed in the label', () => {
    expect(splitLeadingNumbering('7.01.01.2.01 Perencanaan dan Pelaporan Kinerja Kecamatan')).toMatchObject({
      numbering: { kind: 'code', depth: 5 },
      rest: 'Perencanaan dan Pelaporan Kinerja Kecamatan',
    });
    expect(splitLeadingNumbering('7.01.01.2.01.0001 Penyusunan Rencana Kerja Tahunan')).toMatchObject({
      numbering: { kind: 'code', depth: 6, value: 1 },
      rest: 'Penyusunan Rencana Kerja Tahunan',
    });
  });

  // Was a bug: only lower-case letters are accepted as a leading mark, although parseNumbering reads
  // "A." and LKjIP budget tables head their groups "A. BELANJA OPERASI", "B. BELANJA MODAL".
  it('splits an upper-case letter with its dot ("A. BELANJA OPERASI")', () => {
    expect(splitLeadingNumbering('A. BELANJA OPERASI')).toMatchObject({ numbering: { kind: 'letter', value: 1 }, rest: 'BELANJA OPERASI' });
    expect(splitLeadingNumbering('B. Belanja Modal')).toMatchObject({ numbering: { kind: 'letter', value: 2 }, rest: 'Belanja Modal' });
  });
});
