import { Vocabulary, rejoinFragments, mayBeFragmented } from '../../src/extract/fragments.js';

const vocab = Vocabulary.fromTexts([
  'Penyediaan Jasa Pelayanan Umum Kantor',
  'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
  'Kegiatan Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan',
]);

describe('rejoinFragments', () => {
  it('rejoins syllable fragments into the words of the vocabulary', () => {
    expect(rejoinFragments('Pe ny edi aa n Jas a Pel aya na n Um um Ka nto r', vocab)).toBe(
      'Penyediaan Jasa Pelayanan Umum Kantor',
    );
  });

  it('rejoins one-letter-per-space text and keeps the punctuation', () => {
    expect(rejoinFragments('P e m el ih ar a a n, B ar a ng M il ik', vocab)).toBe('Pemeliharaan, Barang Milik');
  });

  it('rejoins upper-case fragments', () => {
    expect(rejoinFragments('PROG RAM PENY ELEN GGAR AN PEME RINT AHA N DAERAH', vocab)).toBe(
      'PROGRAM PENYELENGGARAN PEMERINTAHAN DAERAH',
    );
  });

  it('leaves clean text alone', () => {
    const clean = 'Penyediaan Jasa Surat Menyurat untuk Kantor';
    expect(mayBeFragmented('Pe ny edi aa n')).toBe(true);
    expect(rejoinFragments(clean, vocab)).toBe(clean);
  });

  it('does not glue correctly spaced words it does not know', () => {
    const text = 'Sub Kegiatan Pelayanan Perizinan Non Berusaha';
    expect(rejoinFragments(text, vocab)).toBe(text);
  });

  it('keeps the text when the repair would leave mostly unknown words', () => {
    expect(rejoinFragments('Ka nto r Xy zq w Qr st', vocab)).toBe('Ka nto r Xy zq w Qr st');
  });
});
