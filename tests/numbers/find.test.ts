import { findNumbers } from '../../src/numbers/parse.js';

/** "text slice=value" for each number found. */
function found(text: string): string[] {
  return findNumbers(text).map((f) => `${text.slice(f.start, f.end)}=${f.number.value.toFixed()}`);
}

describe('findNumbers', () => {
  test('amounts and percentages in a sentence, with offsets covering Rp and %', () => {
    const text = 'Anggaran Rp. 1.357.900.000,- terealisasi 10.156.509.099,00 atau 96.51% (target 87).';
    expect(found(text)).toEqual([
      'Rp. 1.357.900.000,-=1357900000',
      '10.156.509.099,00=10156509099',
      '96.51%=96.51',
      '87=87',
    ]);
    const [rp, , pct] = findNumbers(text);
    expect(rp.number.currency).toBe(true);
    expect(pct.number.percent).toBe(true);
  });

  test('space before % is part of the number', () => {
    const [n] = findNumbers('capaian 96,51 % dan 1,31 %');
    expect(n.number.percent).toBe(true);
    expect(found('capaian 96,51 % dan 1,31 %')).toEqual(['96,51 %=96.51', '1,31 %=1.31']);
  });

  test('does not join digit groups across ordinary spaces', () => {
    expect(found('NIP 19740305200604 1 008')).toEqual(['19740305200604=19740305200604', '1=1', '008=8']);
    expect(found('Undang-Undang Nomor 29 Tahun 2014')).toEqual(['29=29', '2014=2014']);
  });

  test('joins NBSP / thin-space groups of three', () => {
    expect(found('total 1\u00a0234\u00a0567,89 rupiah')).toEqual(['1\u00a0234\u00a0567,89=1234567.89']);
    expect(found('total 1\u2009234 dan')).toEqual(['1\u2009234=1234']);
    // Not groups of three: separate numbers.
    expect(found('Tabel\u00a03\u00a02021')).toEqual(['3=3', '2021=2021']);
  });

  test('a trailing sentence period or comma is not swallowed', () => {
    expect(found('sebesar 82.84.')).toEqual(['82.84=82.84']);
    expect(found('sebesar 1.357.900.300, dan')).toEqual(['1.357.900.300=1357900300']);
    expect(found('mencapai 96,51%.')).toEqual(['96,51%=96.51']);
    expect(found('sebanyak 87, 12.')).toEqual(['87=87', '12=12']);
  });

  test('Rp with or without a space', () => {
    expect(found('sebesar Rp 500.000 dan Rp.750.000,00')).toEqual(['Rp 500.000=500000', 'Rp.750.000,00=750000']);
  });

  test('codes and numbers glued to letters are skipped entirely', () => {
    expect(found('Kode 7.01.01.2.01.0001 program')).toEqual([]);
    expect(found('Bab IV.a dan M-bM')).toEqual([]);
    expect(found('sub 1.1.1 dan 3.a')).toEqual([]);
    expect(found('NIP.19740305 ID19740305 A19 19x')).toEqual([]);
    expect(found('SK-12 dan 800/123/BKD/2023')).toEqual([]);
    expect(found('Bab II.3 ada 5')).toEqual(['5=5']);
  });

  test('year ranges give two positive years', () => {
    for (const text of ['RPJMD 2021-2026', 'RPJMD 2021 – 2026', 'RPJMD 2021 - 2026', 'RPJMD 2021 -2026']) {
      const numbers = findNumbers(text);
      expect(numbers.map((n) => n.number.value.toFixed())).toEqual(['2021', '2026']);
      expect(text.slice(numbers[1].start, numbers[1].end)).toBe('2026');
    }
  });

  test('a minus after a word is a sign', () => {
    expect(found('turun -5,2 % dari')).toEqual(['-5,2 %=-5.2']);
  });

  test('hyphenated dates are not figures', () => {
    expect(found('tanggal 12-05-2023 sebesar 5')).toEqual(['5=5']);
  });

  test('ambiguous numbers carry their alternative', () => {
    const [n] = findNumbers('sebanyak 1.357 orang');
    expect(n.number.value.toFixed()).toBe('1357');
    expect(n.number.alternative?.value.toFixed()).toBe('1.357');
  });

  test('no numbers in plain text', () => {
    expect(findNumbers('tidak ada angka di sini')).toEqual([]);
    expect(findNumbers('')).toEqual([]);
  });
});
