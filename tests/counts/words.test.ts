import { createRequire } from 'node:module';
import { countWords, parseCountWords, readCountWords } from '../../src/counts/words.js';

/** An independent writer of number words: @develoka/angka-terbilang-js (CommonJS, untyped). */
const require = createRequire(import.meta.url);
const angkaTerbilang = require('@develoka/angka-terbilang-js') as (target: string | number) => string;

describe('parseCountWords', () => {
  test.each([
    ['nol', 0],
    ['Satu', 1],
    ['DUA', 2],
    ['tiga', 3],
    ['Empat', 4],
    ['lima', 5],
    ['enam', 6],
    ['tujuh', 7],
    ['delapan', 8],
    ['Sembilan', 9],
    ['sepuluh', 10],
    ['se puluh', 10],
    ['sebelas', 11],
    ['dua belas', 12],
    ['Lima belas', 15],
    ['limabelas', 15],
    ['Lima Belas', 15],
    ['sembilan belas', 19],
    ['dua puluh', 20],
    ['duapuluh', 20],
    ['dua puluh satu', 21],
    ['Lima Puluh Sembilan', 59],
    ['limapuluhsembilan', 59],
    ['lima  puluh   sembilan', 59],
    ['sembilan puluh sembilan', 99],
    ['seratus', 100],
    ['se-ratus', 100],
    ['satu ratus', 100],
    ['seratus satu', 101],
    ['seratus sepuluh', 110],
    ['seratus sebelas', 111],
    ['seratus dua belas', 112],
    ['dua ratus lima puluh', 250],
    ['tiga ratus dua puluh tujuh', 327],
    ['sembilan ratus sembilan puluh sembilan', 999],
    ['*Tiga*', 3],
    ['_empat_', 4],
  ] as const)('%s → %d', (text, value) => {
    expect(parseCountWords(text)).toBe(value);
  });

  test.each([
    ['tahun'],
    [''],
    ['se'],
    ['belas'],
    ['puluh'],
    ['ratus'],
    ['lima tahun'],
    ['seribu'],
    ['dua ribu dua puluh tiga'],
    ['satu juta'],
    ['lima puluh lima puluh'],
    ['belas lima'],
    ['puluh dua'],
    ['dua ratus ratus'],
    ['nol lima'],
    ['3'],
    ['Lima (5)'],
  ] as const)('%s is not a count in words', (text) => {
    expect(parseCountWords(text)).toBeUndefined();
  });
});

describe('readCountWords', () => {
  it('reads the words before the thing counted when a parenthesis is left open', () => {
    expect(readCountWords('empat Misi Kota Dumai')).toEqual({ value: 4, end: 5 });
    expect(readCountWords('Lima Puluh Sembilan) Sub Kegiatan')).toEqual({ value: 59, end: 19 });
    expect(readCountWords('lima belas kegiatan')).toEqual({ value: 15, end: 10 });
  });

  it('reads nothing when the text does not start with number words', () => {
    expect(readCountWords('Misi empat')).toBeUndefined();
    expect(readCountWords(' lima')).toBeUndefined();
    expect(readCountWords('0765) 31133')).toBeUndefined();
  });
});

describe('countWords', () => {
  test.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [15, 'lima belas'],
    [20, 'dua puluh'],
    [59, 'lima puluh sembilan'],
    [100, 'seratus'],
    [111, 'seratus sebelas'],
    [327, 'tiga ratus dua puluh tujuh'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
  ] as const)('%d → %s', (n, words) => {
    expect(countWords(n)).toBe(words);
  });

  it('reads back every count it writes, in any case and without spaces', () => {
    for (let n = 0; n <= 999; n++) {
      const w = countWords(n);
      expect(parseCountWords(w)).toBe(n);
      expect(parseCountWords(w.toUpperCase().replace(/ /g, ''))).toBe(n);
    }
  });
});

describe('parseCountWords against @develoka/angka-terbilang-js', () => {
  it('reads every count from 0 to 999 as another library writes it, spaced, glued and capitalised', () => {
    for (let n = 0; n <= 999; n++) {
      const w = angkaTerbilang(String(n));
      expect([n, parseCountWords(w)]).toEqual([n, n]);
      expect([n, parseCountWords(w.replace(/ /g, ''))]).toEqual([n, n]);
      expect([n, parseCountWords(w.replace(/\b\p{L}/gu, (c) => c.toUpperCase()))]).toEqual([n, n]);
    }
  });
});
