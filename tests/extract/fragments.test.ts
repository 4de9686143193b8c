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

  it('keeps unknown letters together instead of scattering them', () => {
    const out = rejoinFragments('Ka nto r Xy zq w', vocab);
    expect(out.startsWith('Kantor')).toBe(true);
    expect(out).toContain('Xyzqw');
  });
});
