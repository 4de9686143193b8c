import { Decimal } from 'decimal.js';
import { analyseSet, categoriesOf, describeSpan, detectFormula, parseThreshold, thresholdClauses, type Band, type ThresholdSet } from '../../src/efficiency/formula.js';

describe('detectFormula', () => {
  it.each([
    ['Efisiensi diperoleh dengan membandingkan Capaian Kinerja dengan Penyerapan Anggaran', 'performance-over-absorption'],
    ['tingkat efisiensinya adalah 1,14 berasal dari perhitungan persentase capaian kinerja tahun 2023 (95,21%) dibagi dengan persentase penyerapan anggaran tahun 2023 (82,84%)', 'performance-over-absorption'],
    ['Tingkat Efisiensi = % Capaian Kinerja / % Realisasi Anggaran', 'performance-over-absorption'],
    ['Efisiensi = penyerapan anggaran dibagi capaian kinerja', 'absorption-over-performance'],
    ['Nilai efisiensi dihitung dari perbandingan antara realisasi keuangan dengan capaian kinerja', 'absorption-over-performance'],
    ['Efisiensi = (pagu anggaran − realisasi anggaran) / pagu anggaran × 100%', 'unabsorbed'],
    ['Efisiensi diukur dari sisa anggaran dibagi pagu anggaran', 'unabsorbed'],
    ['Efisiensi = 100% − persentase penyerapan anggaran', 'unabsorbed'],
    ['Pengukuran efisiensi mengacu pada PMK Nomor 249/PMK.02/2011', 'pmk-249'],
  ])('%s → %s', (text, formula) => {
    expect(detectFormula(text)).toBe(formula);
  });

  it.each([
    'Kebijakan keuangan dilaksanakan dengan memperhatikan efisiensi dan efektivitas penggunaan belanja daerah.',
    'Capaian kinerja dibagi penyerapan anggaran.', // says nothing about efficiency
    'Efisiensi penggunaan sumber daya: capaian kinerja sebesar 95% dan realisasi anggaran tahun lalu yang dilaporkan pada tahun berikutnya di dokumen lain mencapai 82%.',
  ])('no formula in "%s"', (text) => {
    expect(detectFormula(text)).toBeUndefined();
  });

  it('reads a line without the word "efisiensi" when the caller knows its section', () => {
    expect(detectFormula('Rumus: capaian kinerja / penyerapan anggaran', true)).toBe('performance-over-absorption');
  });
});

const band = (text: string) => {
  const b = parseThreshold(text);
  if (!b) return undefined;
  return { label: b.label, lo: b.lo?.toString(), loIncl: b.loIncl, hi: b.hi?.toString(), hiIncl: b.hiIncl, reversed: b.reversed };
};

describe('parseThreshold', () => {
  it('reads the sloppy "1 ≥ Efisien" / "1 ≤ Kurang Efisien" as ≥ 1 and ≤ 1', () => {
    expect(band('1 ≥ Efisien')).toEqual({ label: 'Efisien', lo: '1', loIncl: true, hi: undefined, hiIncl: false, reversed: true });
    expect(band('1 ≤ Kurang Efisien')).toEqual({ label: 'Kurang Efisien', lo: undefined, loIncl: false, hi: '1', hiIncl: true, reversed: true });
  });

  it.each([
    ['≥ 1 Efisien', 'Efisien', '1', true, undefined, false],
    ['> 1 Efisien', 'Efisien', '1', false, undefined, false],
    ['= 1 Cukup Efisien', 'Cukup Efisien', '1', true, '1', true],
    ['< 1 Kurang Efisien', 'Kurang Efisien', undefined, false, '1', false],
    ['0 - 0,5 Kurang Efisien', 'Kurang Efisien', '0', true, '0.5', true],
    ['0,5 – 1 Cukup Efisien', 'Cukup Efisien', '0.5', true, '1', true],
    ['Efisien : ≥ 1', 'Efisien', '1', true, undefined, false],
    ['Efisien jika nilai efisiensi >= 1', 'Efisien', '1', true, undefined, false],
    ['x ≥ 1 : Efisien', 'Efisien', '1', true, undefined, false],
    ['≥ 1 = Efisien', 'Efisien', '1', true, undefined, false],
    ['Lebih dari sama dengan 1 : Efisien', 'Efisien', '1', true, undefined, false],
    ['Kurang dari 1 : Tidak Efisien', 'Tidak Efisien', undefined, false, '1', false],
    ['0,5 < x ≤ 1 Cukup Efisien', 'Cukup Efisien', '0.5', false, '1', true],
    ['≥ 100% Sangat Efisien', 'Sangat Efisien', '100', true, undefined, false],
  ])('%s', (text, label, lo, loIncl, hi, hiIncl) => {
    expect(band(text)).toEqual({ label, lo, loIncl, hi, hiIncl, reversed: false });
  });

  it.each([
    'Tingkat efisiensi Indeks Kepuasan Masyarakat adalah 1,14 sehingga termasuk kategori Efisien',
    'Efisien', // no bound
    '1,14 Efisien', // a value, not a bound
    'Efisiensi ≥ 1', // no category
    'Efisien ≥ 1 dan Tidak Efisien < 1', // two categories: split first
    '95,21 82,84 1,14 Efisien', // a row of an efficiency table
    '1 - 0,5 Kurang Efisien', // a range upside down
  ])('not a threshold: "%s"', (text) => {
    expect(parseThreshold(text)).toBeUndefined();
  });
});

describe('thresholdClauses', () => {
  it('splits a line with several categories', () => {
    expect(thresholdClauses('≥ 1 Efisien; < 1 Kurang Efisien').map((b) => b.label)).toEqual(['Efisien', 'Kurang Efisien']);
    expect(thresholdClauses('≥ 1 Efisien, < 1 Kurang Efisien').map((b) => b.label)).toEqual(['Efisien', 'Kurang Efisien']);
    expect(thresholdClauses('Efisien jika ≥ 1 dan Tidak Efisien jika < 1').map((b) => b.reading)).toEqual(['≥ 1', '< 1']);
  });

  it('gives nothing when a piece is not a threshold', () => {
    expect(thresholdClauses('Pencapaian tersebut termasuk kategori EFISIEN, bukan Kurang Efisien')).toEqual([]);
  });
});

const setOf = (...texts: string[]): ThresholdSet => {
  const bands = texts.map((t) => ({ ...parseThreshold(t)!, loc: { file: 'x' }, blockIndex: 0 }) as Band);
  const percent = bands.some((b) => b.percent);
  return { bands, scale: percent ? 100 : 1, blockIndex: 0, loc: { file: 'x' } };
};
const spans = (set: ThresholdSet) => {
  const { overlaps, gaps } = analyseSet(set);
  return {
    overlaps: overlaps.map((o) => describeSpan(o.span, 'en')),
    gaps: gaps.map((g) => describeSpan(g.span, 'en')),
  };
};

describe('analyseSet', () => {
  it('finds the overlap at exactly 1 of "1 ≥ Efisien" and "1 ≤ Kurang Efisien"', () => {
    expect(spans(setOf('1 ≥ Efisien', '1 ≤ Kurang Efisien'))).toEqual({ overlaps: ['exactly 1'], gaps: [] });
  });

  it('finds nothing wrong with ≥ 1 / < 1, or > 1 / = 1 / < 1', () => {
    expect(spans(setOf('≥ 1 Efisien', '< 1 Kurang Efisien'))).toEqual({ overlaps: [], gaps: [] });
    expect(spans(setOf('> 1 Efisien', '= 1 Cukup Efisien', '< 1 Kurang Efisien'))).toEqual({ overlaps: [], gaps: [] });
  });

  it('finds the point left out by > 1 / < 1', () => {
    expect(spans(setOf('> 1 Efisien', '< 1 Tidak Efisien'))).toEqual({ overlaps: [], gaps: ['exactly 1'] });
  });

  it('finds shared end points, gaps between bands, below the lowest and above the highest', () => {
    expect(spans(setOf('0 - 0,5 Kurang Efisien', '0,5 - 1 Cukup Efisien', '> 1 Efisien'))).toEqual({ overlaps: ['exactly 0.5'], gaps: [] });
    expect(spans(setOf('0,2 - 0,5 Kurang Efisien', '0,6 - 1 Efisien'))).toEqual({
      overlaps: [],
      gaps: ['between 0 and 0.2 (excluded)', 'between 0.5 (excluded) and 0.6 (excluded)', 'above 1'],
    });
  });

  it('counts percentages up to 100 only', () => {
    expect(spans(setOf('0% - 50% Kurang Efisien', '50,01% - 100% Efisien'))).toEqual({ overlaps: [], gaps: ['between 50 (excluded) and 50.01 (excluded)'] });
  });

  it('has nothing to compare in a set of one category', () => {
    expect(spans(setOf('≥ 1 Efisien'))).toEqual({ overlaps: [], gaps: [] });
  });

  it('gives both categories at an overlap and none in a gap', () => {
    const set = setOf('1 ≥ Efisien', '1 ≤ Kurang Efisien');
    expect(categoriesOf(set, new Decimal(1)).map((b) => b.label)).toEqual(['Efisien', 'Kurang Efisien']);
    expect(categoriesOf(set, new Decimal('1.14')).map((b) => b.label)).toEqual(['Efisien']);
    expect(categoriesOf(setOf('> 1 Efisien', '< 1 Tidak Efisien'), new Decimal(1))).toEqual([]);
  });
});
