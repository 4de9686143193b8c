import { NameIndex, indicatorKey } from '../../src/efficiency/names.js';
import { editDistance } from '../../src/text/edit-distance.js';

describe('indicatorKey', () => {
  it('drops case, spaces, punctuation and numbering, and spells "persentase" one way', () => {
    expect(indicatorKey('  1. Presentase  Pelaksanaan Tugas Pemerintahan Umum, dan Trantibum ')).toBe('persentase pelaksanaan tugas pemerintahan umum dan trantibum');
    expect(indicatorKey('a. Indeks Kepuasan Masyarakat (IKM)')).toBe('indeks kepuasan masyarakat ikm');
    expect(indicatorKey('**PROSENTASE** Desa Tangguh Bencana')).toBe('persentase desa tangguh bencana');
  });
});

/** Is `b` found under `a` in an index that holds only `a`: the way the efficiency rule matches names. */
function sameIndicator(a: string, b: string): boolean {
  const index = new NameIndex<string>();
  index.add(a, a);
  return index.get(b).length > 0;
}

describe('two printings of one indicator', () => {
  it.each([
    ['Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum', 'PERSENTASE PELAKSANAAN TUGAS PEMERINTAHAN UMUM DAN TRANTIBUM'],
    ['Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum', 'Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantubum'],
    ['Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat', 'Persentase Pelaksanaan Pelempahan Kewenangan kepada Camat'],
    ['Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum', 'Persentase Pelaksanaan Tugas Pemerintahan dan Trantibum Umum'],
    ['Presentase Penunjang Urusan Pemerintah Daerah', 'Persentase Penunjang Urusan Pemerintah Daerah'],
    ['Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan diKecamatan', 'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan di Kecamatan'],
  ])('"%s" is "%s"', (a, b) => {
    expect(sameIndicator(a, b)).toBe(true);
  });

  it.each([
    ['Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum', 'Persentase Penyelenggaraan Urusan Pemerintahan Umum'],
    ['Indeks Kepuasan Masyarakat', 'Indeks Kepuasan Pegawai'],
    ['Persentase ASN yang dilatih', 'Persentase ASN yang dilantik'],
    ['Cakupan Imunisasi Dasar Lengkap Tahap 1', 'Cakupan Imunisasi Dasar Lengkap Tahap 2'],
    ['IKM', 'IKD'],
    ['Persentase Penyelesaian Pengaduan', 'Persentase Penyelesaian Perizinan'],
    ['', ''],
  ])('"%s" is not "%s"', (a, b) => {
    expect(sameIndicator(a, b)).toBe(false);
  });
});

describe('editDistance, as indicator names use it', () => {
  it('counts edits up to the limit', () => {
    expect(editDistance('trantibum', 'trantubum', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('NameIndex', () => {
  it('finds items under the same indicator however it is printed', () => {
    const index = new NameIndex<number>();
    index.add('Indeks Kepuasan Masyarakat', 1);
    index.add('INDEKS KEPUASAN MASYARAKAT', 2);
    index.add('Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat', 3);
    expect(index.get('indeks kepuasan masyarakat')).toEqual([1, 2]);
    expect(index.get('Presentase Pelaksanaan Pelempahan Kewenangan kepada Camat')).toEqual([3]);
    expect(index.get('Indeks Kepuasan Pegawai')).toEqual([]);
  });
});
