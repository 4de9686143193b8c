import { NameMatcher, SubjectIndex, nameKey, normaliseName, typoOf } from '../../src/facts/subjects.js';
import { editDistance } from '../../src/text/edit-distance.js';

describe('normaliseName', () => {
  it.each([
    ['1. Indeks Kepuasan Masyarakat', ['indeks', 'kepuasan', 'masyarakat'], undefined],
    ['a. Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum', ['persentase', 'pelaksanaan', 'tugas', 'pemerintahan', 'umum', 'trantibum'], undefined],
    ['Sasaran : Meningkatkan Kualitas Pelayanan', ['meningkatkan', 'kualitas', 'pelayanan'], undefined],
    ['PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM', ['penyelenggaraan', 'urusan', 'pemerintahan', 'umum'], 'program'],
    ['Kegiatan Pemberdayaan Kelurahan', ['pemberdayaan', 'kelurahan'], 'kegiatan'],
    ['Presentase Penunjang Urusan Pemerintah Daerah Kabupaten/Kota', ['persentase', 'penunjang', 'urusan', 'pemerintah', 'daerah', 'kabupaten', 'kota'], undefined],
    ['1.2 Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja', ['penyelenggaraan', 'urusan', 'pemerintahan', 'tidak', 'dilaksanakan', 'unit', 'kerja'], undefined],
  ])('%s', (name, tokens, level) => {
    expect(normaliseName(name)).toEqual({ tokens, level });
  });

  it('gives names that differ in order, case, punctuation and small words one key', () => {
    expect(nameKey('Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum')).toBe(nameKey('Persentase Pelaksanaan Tugas Pemerintahan dan Trantibum Umum'));
    expect(nameKey('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik')).toBe(nameKey('PROGRAM PENYELENGGARAAN PEMERINTAHAN PELAYANAN PUBLIK'));
    expect(nameKey('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik')).toBe(nameKey('Penyelenggaraan Pemerintahan dan Pelayanan Publik'));
    expect(nameKey('Indeks Kepuasan Masyarakat')).not.toBe(nameKey('Indeks Kepuasan Pegawai'));
  });
});

describe('typoOf / editDistance', () => {
  it.each([
    ['trantubum', 'trantibum', true],
    ['pelempahan', 'pelimpahan', true],
    ['penyelenggaran', 'penyelenggaraan', true],
    ['pemerintah', 'pemerintahan', true],
    ['kertertiban', 'ketertiban', true],
    // Short words and digits must match exactly; longer words tolerate one edit (two from 10 letters).
    ['ibu', 'ibi', false],
    ['mebel', 'mobil', false],
    ['alam', 'alami', false],
    ['2022', '2023', false],
    ['pendapatan', 'pengeluaran', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(typoOf(a, b)).toBe(same);
  });

  it('stops counting past the bound', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('SubjectIndex', () => {
  function keysOf(names: string[]): string[] {
    const index = new SubjectIndex();
    const ids = names.map((n) => index.add(n));
    index.resolve();
    return ids.map((id) => index.key(id));
  }

  it('matches typos, reordering, joined words and "Program"', () => {
    const k = keysOf([
      'Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum',
      'Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantubum',
      'Persentase Pelaksanaan Tugas Pemerintahan dan Trantibum Umum',
      'Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat',
      'Persentase Pelaksanaan Pelempahan Kewenangan kepada Camat',
      'Pembinaan Kerukunan Antar Suku dan Intra Suku',
      'Pembinaan Kerukunan Antarsuku dan Intrasuku',
      'PROGRAM PENYELENGGARAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      'Program Penyelenggaraan Pemerintahan Pelayanan Publik',
    ]);
    expect(new Set(k.slice(0, 3)).size).toBe(1);
    expect(k[3]).toBe(k[4]);
    expect(k[5]).toBe(k[6]);
    expect(k[7]).toBe(k[8]);
    expect(k[0]).not.toBe(k[3]);
  });

  it('keeps apart names that differ by a word or by two words', () => {
    const k = keysOf([
      'Pelatihan Keluarga Tanggap Bencana Alam',
      'Pelatihan Keluarga Tanggap Bencana Rumah Tangga',
      'Pemeliharaan/Rehabilitasi sarana dan prasarana Gedung Kantor dan Bangunan Lainnya',
      'Pemeliharaan/Rehabilitasi sarana dan prasarana pendukung Gedung Kantor dan Bangunan Lainnya',
      'Angka Kematian Ibu',
      'Angka Kematian Bayi',
      'Sasaran 1',
      'Sasaran 2',
    ]);
    expect(new Set(k).size).toBe(8);
  });

  it('keys follow the first name added to a group', () => {
    const k = keysOf(['Persentase Pelaksanaan Pelempahan Kewenangan kepada Camat', 'Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat']);
    expect(k).toEqual(['camat kepada kewenangan pelaksanaan pelempahan persentase', 'camat kepada kewenangan pelaksanaan pelempahan persentase']);
  });

  it('indexes many names that differ in one word, merging only typos', () => {
    // Words two edits apart ("aabbcc", "aabbdd"): different subjects; one letter doubled is a typo.
    const letter = (k: number) => String.fromCharCode(97 + k);
    const word = (i: number) => [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26].map((k) => letter(k).repeat(2)).join('');
    const names = Array.from({ length: 3000 }, (_, i) => `Penyediaan Jasa Pelayanan ${word(i)} Wilayah Kecamatan`);
    const index = new SubjectIndex();
    const ids = names.map((n) => index.add(n));
    const typo = index.add(`Penyediaan Jasa Pelayanan ${word(1234)}x Wilayah Kecamatan`);
    index.resolve();
    expect(new Set(ids.map((id) => index.key(id))).size).toBe(3000);
    expect(index.key(typo)).toBe(index.key(ids[1234]));
  });
});

describe('NameMatcher', () => {
  const matcher = new NameMatcher();
  matcher.add('Indeks Kepuasan Masyarakat');
  matcher.add('Program Koordinasi Ketentraman dan Ketertiban Umum');
  matcher.add('Persentase Koordinasi Ketentraman dan Ketertiban Umum');

  it('finds names in running text, with or without the leading "Program"', () => {
    const text = 'Capaian Indeks Kepuasan Masyarakat naik; anggaran Koordinasi Ketentraman dan Ketertiban Umum serta Persentase Koordinasi Ketentraman dan Ketertiban Umum.';
    const found = matcher.match(text).map((m) => [m.name, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['Indeks Kepuasan Masyarakat', 'Indeks Kepuasan Masyarakat'],
      ['Program Koordinasi Ketentraman dan Ketertiban Umum', 'Koordinasi Ketentraman dan Ketertiban Umum'],
      ['Persentase Koordinasi Ketentraman dan Ketertiban Umum', 'Persentase Koordinasi Ketentraman dan Ketertiban Umum'],
    ]);
  });

  it('finds nothing in text that names none', () => {
    expect(matcher.match('Indeks pembangunan manusia dan kepuasan pegawai.')).toEqual([]);
  });
});
