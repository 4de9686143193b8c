import { parseTerbilang, tokenizeTerbilang } from '../../src/terbilang/parse.js';

const value = (s: string) => parseTerbilang(s)?.value.toFixed();

describe('parseTerbilang: well-formed words', () => {
  it.each([
    ['nol', '0'],
    ['satu', '1'],
    ['sembilan', '9'],
    ['sepuluh', '10'],
    ['sebelas', '11'],
    ['tujuh belas', '17'],
    ['dua puluh', '20'],
    ['sembilan puluh sembilan', '99'],
    ['seratus', '100'],
    ['satu ratus', '100'],
    ['seratus sebelas', '111'],
    ['dua ratus lima', '205'],
    ['seribu', '1000'],
    ['satu ribu', '1000'],
    ['sebelas ribu', '11000'],
    ['seratus ribu', '100000'],
    ['dua juta seribu', '2001000'],
    ['sejuta', '1000000'],
    ['satu juta sebelas ribu dua puluh satu', '1011021'],
    ['Satu Milyar Tiga Ratus Lima Puluh Tujuh Juta Sembilan Ratus Ribu Rupiah', '1357900000'],
    ['Sepuluh Milyar Lima ratus Dua Puluh Empat Juta Dua Ratus Sembilan Puluh Sembilan Ribu Tiga Ratus Rupiah', '10524299300'],
    ['satu triliun dua milyar seratus sembilan juta tiga ratus delapan puluh satu ribu dua ratus sembilan puluh', '1002109381290'],
    ['dua triliun', '2000000000000'],
    ['setriliun', '1000000000000'],
    ['satu quadriliun', '1000000000000000'],
    ['seribu triliun', '1000000000000000'],
  ])('%s = %s', (words, expected) => {
    expect(value(words)).toBe(expected);
  });
});

describe('parseTerbilang: spelling and layout variants', () => {
  it.each([
    ['SATU MILIAR TIGA RATUS JUTA', '1300000000'],
    ['satu milyar tiga ratus juta', '1300000000'],
    ['satu miliar', '1000000000'],
    ['satu milyard', '1000000000'],
    ['dua trilyun', '2000000000000'],
    ['dua triliun', '2000000000000'],
    ['Limapuluh', '50'],
    ['duaratuslimapuluhribu', '250000'],
    ['se-ribu lima ratus', '1500'],
    ['se ratus', '100'],
    ['lima-puluh  ribu', '50000'],
    ['  tiga   juta\t\nlima ratus ribu ', '3500000'],
    ['Tiga Juta Rupiah', '3000000'],
    ['tiga juta rupiah saja', '3000000'],
    ['terbilang: tiga juta rupiah', '3000000'],
    ['(*Tiga Juta Rupiah*)', '3000000'],
  ])('%s = %s', (words, expected) => {
    const r = parseTerbilang(words);
    expect(r?.value.toFixed()).toBe(expected);
    expect(r?.unknown).toBeUndefined();
    expect(r?.issues).toBeUndefined();
  });

  it.each([
    ['Sembilam ratus', '900'],
    ['sembilan ratsu', '900'],
    ['tujuh puluhh', '70'],
    ['dua miliyar', '2000000000'],
    ['lima ratus ribu rupia', '500000'],
    ['empt ratus', '400'],
  ])('one-edit typo %s = %s', (words, expected) => {
    expect(value(words)).toBe(expected);
    expect(parseTerbilang(words)?.unknown).toBeUndefined();
  });

  it('real words one edit from a number word are not read as numbers', () => {
    expect(parseTerbilang('lima kelas')).toMatchObject({ unknown: ['kelas'] });
    expect(parseTerbilang('dua tempat')).toMatchObject({ unknown: ['tempat'] });
    expect(value('lima kelas')).toBe('5');
  });

  it('marks rupiah', () => {
    expect(parseTerbilang('seratus ribu Rupiah')?.rupiah).toBe(true);
    expect(parseTerbilang('seratus ribu')?.rupiah).toBeUndefined();
  });
});

describe('parseTerbilang: decimals and cents', () => {
  it.each([
    ['satu koma lima', '1.5'],
    ['nol koma nol lima', '0.05'],
    ['sembilan puluh enam koma lima satu', '96.51'],
    ['sembilan puluh enam koma lima puluh satu', '96.51'],
    ['tiga koma lima miliar rupiah', '3500000000'],
    ['satu juta rupiah lima puluh sen', '1000000.5'],
    ['satu setengah juta rupiah', '1500000'],
    ['setengah juta', '500000'],
    ['dua ratus setengah miliar', '200500000000'],
    ['seperempat', '0.25'],
  ])('%s = %s', (words, expected) => {
    expect(value(words)).toBe(expected);
  });
});

describe('parseTerbilang: malformed sequences read literally', () => {
  it('a group without its scale word is added as is, and the missing word is named', () => {
    const r = parseTerbilang('Satu Milyar Tiga Ratus Lima Puluh Tujuh Sembilan Ratus Ribu Tiga Ratus Rupiah')!;
    expect(r.value.toFixed()).toBe('1000900657');
    expect(r.issues).toHaveLength(1);
    expect(r.issues![0]).toMatchObject({ kind: 'missing-scale', words: 'Tiga Ratus Lima Puluh Tujuh', fix: 'Juta' });
    expect(r.issues![0].repaired?.toFixed()).toBe('1357900300');
  });

  it('a missing scale word with more than one candidate gets no repair', () => {
    // Between "miliar" and the units "tiga ratus" both "juta" and "ribu" fit.
    const r = parseTerbilang('satu miliar lima puluh tiga ratus')!;
    expect(r.value.toFixed()).toBe('1000000350');
    expect(r.issues![0]).toMatchObject({ kind: 'missing-scale', words: 'lima puluh' });
    expect(r.issues![0].fix).toBeUndefined();
    expect(r.issues![0].repaired).toBeUndefined();
  });

  it('a repeated scale word multiplies its own group, which is added', () => {
    const r = parseTerbilang('Sembilan Milyar Dua Ratus Satu Juta Empat Ratus Delapan Puluh Tiga Ribu Dua Ratus Dua Puluh Ribu')!;
    expect(r.value.toFixed()).toBe('9201703000');
    expect(r.issues![0]).toMatchObject({ kind: 'repeated-scale', words: 'Dua Ratus Dua Puluh', scale: 'Ribu', fix: '' });
    expect(r.issues![0].repaired?.toFixed()).toBe('9201483220');
  });

  it('a scale word above one already passed is a repeated scale too', () => {
    const r = parseTerbilang('lima ribu dua juta')!;
    expect(r.value.toFixed()).toBe('2005000');
    expect(r.issues![0]).toMatchObject({ kind: 'repeated-scale', scale: 'juta' });
  });

  it('a scale word written twice in a row is read once', () => {
    const r = parseTerbilang('dua ratus ribu ribu rupiah')!;
    expect(r.value.toFixed()).toBe('200000');
  });

  it('a scale word after a scale word, above all read so far, multiplies it', () => {
    expect(value('seratus ribu juta')).toBe('100000000000');
  });

  it('well-formed words have no issues', () => {
    expect(parseTerbilang('satu juta dua ratus ribu tiga ratus')?.issues).toBeUndefined();
  });
});

describe('parseTerbilang: unreadable words', () => {
  it('returns undefined without any number word', () => {
    expect(parseTerbilang('APBD Murni')).toBeUndefined();
    expect(parseTerbilang('')).toBeUndefined();
    expect(parseTerbilang('rupiah')).toBeUndefined();
  });

  it('lists words it cannot read', () => {
    const r = parseTerbilang('Satu Juta Lima Rtxs Ribu Rupiah')!;
    expect(r.unknown).toEqual(['Rtxs']);
    // Read without the unknown word.
    expect(r.value.toFixed()).toBe('1005000');
  });

  it('a multiplier or a scale without a number before it cannot be read', () => {
    expect(parseTerbilang('Ratus Lima')?.unknown).toEqual(['Ratus']);
    expect(parseTerbilang('Juta Lima')?.unknown).toEqual(['Juta']);
  });

  it('digits among the words are unknown words', () => {
    expect(parseTerbilang('lima 5 juta')?.unknown).toEqual(['5']);
  });
});

describe('tokenizeTerbilang', () => {
  it('keeps the words as written with their offsets', () => {
    const t = tokenizeTerbilang('(Lima-Puluh  Ribu)');
    expect(t.map((x) => [x.text, x.start, x.end])).toEqual([
      ['Lima-Puluh', 1, 11],
      ['Ribu', 13, 17],
    ]);
    expect(t[0].pieces.map((p) => p.norm)).toEqual(['lima', 'puluh']);
  });

  it('flags typo corrections', () => {
    expect(tokenizeTerbilang('Sembilam')[0]).toMatchObject({ corrected: true });
  });
});
