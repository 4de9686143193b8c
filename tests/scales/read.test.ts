import { Decimal } from 'decimal.js';
import { extractText } from '../../src/extract/text.js';
import { detectMetadata } from '../../src/extract/metadata.js';
import { extractReport } from '../../src/extract/index.js';
import { normaliseReport } from '../../src/normalise/index.js';
import { holdsWholeNumber, place, sameWholeNumbers, scaleIssues } from '../../src/scales/bands.js';
import { findRegulations, inInterval, labelKey, labelLike, parseBandText, parseInterval, readScales, showInterval, type ScaleInterval } from '../../src/scales/read.js';
import { PERMENDAGRI_86_2017, regulationScale } from '../../src/scales/standard.js';

const lines = (...ls: string[]) => ls.join('\n');
const row = (...cells: string[]) => cells.join('\t');

function scalesOf(text: string) {
  const report = extractText('test.txt', text);
  report.metadata = detectMetadata(report);
  return readScales(normaliseReport(report));
}

/** The interval as "[lo,hi]" with ( ) for open ends and ∞ for none. */
function show(i: ScaleInterval | null): string {
  if (!i) return 'null';
  const lo = i.lo ? `${i.lo.closed ? '[' : '('}${i.lo.value.toString()}` : '(-∞';
  const hi = i.hi ? `${i.hi.value.toString()}${i.hi.closed ? ']' : ')'}` : '∞)';
  return `${lo},${hi}`;
}

describe('parseInterval', () => {
  it.each([
    ['≥ 90', '[90,∞)'],
    ['>= 90', '[90,∞)'],
    ['> 100', '(100,∞)'],
    ['< 55%', '(-∞,55)'],
    ['≤ 50', '(-∞,50]'],
    ['91 - 100', '[91,100]'],
    ['91-100', '[91,100]'],
    ['76 – 90', '[76,90]'],
    ['85% s.d 100%', '[85,100]'],
    ['85% s/d 100%', '[85,100]'],
    ['85 sampai dengan 100', '[85,100]'],
    ['70% s.d < 85%', '[70,85)'],
    ['70 ≤ x < 85', '[70,85)'],
    ['90 < X ≤ 100', '(90,100]'],
    ['> 90 - 100', '(90,100]'],
    ['76 ≤ 90', '[76,90]'],
    ['$76 \\leq 90$', '[76,90]'],
    ['90 ≥ x ≥ 76', '[76,90]'],
    ['Di bawah 55%', '(-∞,55)'],
    ['kurang dari 55', '(-∞,55)'],
    ['lebih dari 100', '(100,∞)'],
    ['85 ke atas', '[85,∞)'],
    ['x ≥ 85,5', '[85.5,∞)'],
    ['0 - 50', '[0,50]'],
  ])('%s → %s', (text, want) => {
    expect(show(parseInterval(text))).toBe(want);
  });

  it.each(['90', '100 %', 'Sangat Tinggi', 'Januari s.d Desember 2024', '76 ≥ 90', '90 - 90 kali', '', '≥'])('%s is not an interval', (text) => {
    expect(parseInterval(text)).toBeNull();
  });

  it('keeps the printed text and decides membership at the ends', () => {
    const i = parseInterval('70% s.d < 85%')!;
    expect(i.text).toBe('70% s.d < 85%');
    expect(inInterval(i, new Decimal(70))).toBe(true);
    expect(inInterval(i, new Decimal('84.99'))).toBe(true);
    expect(inInterval(i, new Decimal(85))).toBe(false);
    expect(inInterval(i, new Decimal('69.99'))).toBe(false);
    expect(showInterval(i, 'id')).toBe('70 ≤ x < 85');
    expect(showInterval(parseInterval('91 - 100')!, 'id')).toBe('91–100');
    expect(showInterval(parseInterval('≥ 85,5')!, 'id')).toBe('≥ 85,5');
    expect(showInterval(parseInterval('≥ 85,5')!, 'en')).toBe('≥ 85.5');
  });
});

describe('labels and bands in text', () => {
  it('labelKey and labelLike', () => {
    expect(labelKey('**SANGAT  Berhasil** (SB).')).toBe('sangat berhasil');
    expect(labelLike('Sangat Tinggi')).toBe('Sangat Tinggi');
    expect(labelLike('Delapan puluh lima persen sampai dengan seratus persen')).toBeUndefined();
    expect(labelLike('85 %')).toBeUndefined();
  });

  it.each([
    ['85 – 100 : Sangat Berhasil', 'Sangat Berhasil', '[85,100]'],
    ['≥ 90 Sangat Tinggi', 'Sangat Tinggi', '[90,∞)'],
    ['Sangat Tinggi (91 - 100)', 'Sangat Tinggi', '[91,100]'],
    ['Tinggi = 76 s.d 90', 'Tinggi', '[76,90]'],
    ['< 55% : Tidak Berhasil', 'Tidak Berhasil', '(-∞,55)'],
  ])('%s', (text, label, interval) => {
    const b = parseBandText(text)!;
    expect(b.label).toBe(label);
    expect(show(b.interval)).toBe(interval);
  });

  it('a sentence is not a band', () => {
    expect(parseBandText('Target yang ditetapkan tahun 2023 adalah 87 realisasi sebesar 82.84')).toBeUndefined();
    expect(parseBandText('Tahun 2021 - 2026')?.label).toBe('Tahun'); // a band by shape, rejected by the scale check below
  });
});

describe('regulations', () => {
  const loc = { file: 't' };
  it.each([
    ['Sumber : Permendagri 86 Tahun 2017', 'Permendagri 86/2017'],
    ['dikutip dari Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara', 'Permendagri 86/2017'],
    ['sesuai Permendagri No. 86/2017', 'Permendagri 86/2017'],
    ['Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014', 'Permenpan RB 53/2014'],
    ['Perpres No 29 Tahun 2014', 'Perpres 29/2014'],
  ])('%s', (text, name) => {
    expect(findRegulations(text, loc)[0]?.name).toBe(name);
  });
  it('knows the Permendagri 86/2017 scale only', () => {
    expect(regulationScale(findRegulations('Permendagri 86 Tahun 2017', loc)[0])).toBe(PERMENDAGRI_86_2017);
    expect(regulationScale(findRegulations('Permendagri 54 Tahun 2010', loc)[0])).toBeUndefined();
  });
});

describe('readScales', () => {
  const tableScale = lines(
    'BAB III AKUNTABILITAS KINERJA',
    'Kriteria penilaian capaian kinerja Kecamatan Tampan Kota Pekanbaru mengacu pada skala berikut.',
    'Tabel 3.1 Skala Nilai Peringkat Kinerja',
    row('No', 'Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian Realisasi Kinerja'),
    row('1', '91 - 100', 'Sangat Tinggi'),
    row('2', '76 - 90', 'Tinggi'),
    row('3', '66 - 75', 'Sedang'),
    row('4', '51 - 65', 'Rendah'),
    row('5', '≤ 50', 'Sangat Rendah'),
    'Sumber : Permendagri 86 Tahun 2017',
  );

  it('reads a table of intervals and labels with its "Sumber" line', () => {
    const [s, ...rest] = scalesOf(tableScale);
    expect(rest).toHaveLength(0);
    expect(s.kind).toBe('table');
    expect(s.name.id).toBe('Tabel 3.1');
    expect(s.family).toBe('tinggi');
    expect(s.bands.map((b) => `${b.label} ${show(b.interval)}`)).toEqual([
      'Sangat Tinggi [91,100]',
      'Tinggi [76,90]',
      'Sedang [66,75]',
      'Rendah [51,65]',
      'Sangat Rendah (-∞,50]',
    ]);
    expect(s.bands[1].loc.line).toBe(6);
    expect(s.bands[1].intervalLoc.column).toBe(2);
    expect(s.regulation?.name).toBe('Permendagri 86/2017');
    expect(s.regulation?.loc.line).toBe(10);
  });

  it('takes the regulation from the sentence before the table when it names one', () => {
    const text = tableScale
      .replace('mengacu pada skala berikut.', 'mengacu pada skala yang dikutip dari Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017.')
      .replace('Sumber : Permendagri 86 Tahun 2017', 'Penilaian dilakukan per indikator.');
    const [s] = scalesOf(text);
    expect(s.regulation?.name).toBe('Permendagri 86/2017');
    expect(s.regulation?.loc.line).toBe(2);
  });

  it('a "Sumber" line belongs to the table above it, not to the next scale', () => {
    const text = lines(
      tableScale,
      'Atribut capaian indikator sebagai berikut:',
      'Tabel 3.2 Atribut Capaian Indikator Kinerja',
      row('No', 'Nilai Capaian Kinerja (%)', 'Keterangan', 'Atribut'),
      row('1', '85% s.d 100%', 'Delapan puluh lima persen sampai dengan seratus persen', 'Sangat Berhasil'),
      row('2', '70% s.d < 85%', 'Tujuh puluh persen sampai dengan kurang dari delapan puluh lima persen', 'Berhasil'),
      row('3', '55% s.d < 70%', 'Lima puluh lima persen sampai dengan kurang dari tujuh puluh persen', 'Cukup Berhasil'),
      row('4', '< 55%', 'Di bawah lima puluh lima persen', 'Tidak Berhasil'),
    );
    const [s1, s2] = scalesOf(text);
    expect(s1.regulation?.name).toBe('Permendagri 86/2017');
    expect(s2.name.id).toBe('Tabel 3.2');
    expect(s2.family).toBe('berhasil');
    expect(s2.regulation).toBeUndefined();
    // The label column is the short one, not the interval written in words.
    expect(s2.bands.map((b) => b.label)).toEqual(['Sangat Berhasil', 'Berhasil', 'Cukup Berhasil', 'Tidak Berhasil']);
    expect(show(s2.bands[1].interval)).toBe('[70,85)');
  });

  it('reads a list of bands in the text', () => {
    const text = lines(
      'Predikat capaian kinerja Dinas Kesehatan Kabupaten Banyumas ditetapkan sebagai berikut:',
      '- ≥ 85% : Sangat Berhasil',
      '- 70% s.d < 85% : Berhasil',
      '- 55% s.d < 70% : Cukup Berhasil',
      '- < 55% : Tidak Berhasil',
      'Dengan predikat tersebut capaian dinilai per indikator.',
    );
    const [s, ...rest] = scalesOf(text);
    expect(rest).toHaveLength(0);
    expect(s.kind).toBe('text');
    expect(s.name.id).toBe('skala dalam teks (baris 2)');
    expect(s.bands.map((b) => b.loc.line)).toEqual([2, 3, 4, 5]);
    expect(s.bands.map((b) => show(b.interval))).toEqual(['[85,∞)', '[70,85)', '[55,70)', '(-∞,55)']);
  });

  it('reads bands listed in one sentence', () => {
    const [s] = scalesOf('Kriteria: 91 - 100 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; 51 - 65 Rendah; ≤ 50 Sangat Rendah.');
    expect(s.bands.map((b) => b.label)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
  });

  it('ignores efficiency scales and tables that are not scales', () => {
    const text = lines(
      'Efisiensi diperoleh dengan membandingkan Capaian Kinerja dengan Penyerapan Anggaran',
      '1 ≥ Efisien',
      '1 ≤ Kurang Efisien',
      'Tabel 3.10 Kriteria Efisiensi',
      row('No', 'Nilai', 'Kriteria'),
      row('1', '> 1', 'Sangat Efisien'),
      row('2', '1', 'Efisien'),
      row('3', '< 1', 'Tidak Efisien'),
      row('4', '≤ 0,5', 'Kurang Efisien'),
      'Tabel 2.1 Periode Renstra',
      row('No', 'Periode', 'Dokumen'),
      row('1', '2016 - 2021', 'Renstra Lama'),
      row('2', '2021 - 2026', 'Renstra Baru'),
      row('3', '2026 - 2031', 'Renstra Depan'),
      'Tabel 3.3 Capaian',
      row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'),
      row('1', 'Indeks Kepuasan Masyarakat', '87', '82,84', '95,21'),
    );
    expect(scalesOf(text)).toEqual([]);
  });

  it('reads both scales of the reference report, and the regulation of the first only', async () => {
    const r = await extractReport('fixtures/reference/lkjip-dumai-barat-2023.txt');
    const scales = readScales(normaliseReport(r));
    expect(scales.map((s) => [s.name.id, s.family, s.regulation?.name, s.bands.length])).toEqual([
      ['Tabel 3.1', 'tinggi', 'Permendagri 86/2017', 5],
      ['Tabel 3.2', 'berhasil', undefined, 4],
    ]);
    expect(scales[0].bands.map((b) => `${b.label} ${show(b.interval)}`)).toEqual([
      'Sangat Tinggi [90,∞)',
      'Tinggi [76,90]',
      'Sedang [66,75]',
      'Rendah [51,65]',
      'Sangat Rendah (-∞,50]',
    ]);
  });
});

describe('band logic', () => {
  const b = (label: string, text: string) => ({ label, key: labelKey(label), interval: parseInterval(text)! });
  const permendagri = [b('Sangat Tinggi', '91 - 100'), b('Tinggi', '76 - 90'), b('Sedang', '66 - 75'), b('Rendah', '51 - 65'), b('Sangat Rendah', '≤ 50')];
  const d = (v: string) => new Decimal(v);

  it('places a value: in a band, above the top, in a gap', () => {
    expect(place(permendagri, d('98.33'), d('98.34')).bands.map((x) => x.label)).toEqual(['Sangat Tinggi']);
    const above = place(permendagri, d('114.83'), d('114.84'));
    expect([above.where, above.bands.map((x) => x.label)]).toEqual(['above', ['Sangat Tinggi']]);
    const gap = place(permendagri, d('90.4'), d('90.5'));
    expect([gap.where, gap.bands.map((x) => x.label)]).toEqual(['gap', ['Tinggi', 'Sangat Tinggi']]);
    // A whole number printed may stand for 89.5–91: both bands.
    expect(place(permendagri, d('89.5'), d('91')).bands.map((x) => x.label)).toEqual(['Sangat Tinggi', 'Tinggi']);
  });

  it('finds overlaps and gaps', () => {
    const printed = [b('Sangat Tinggi', '≥ 90'), b('Tinggi', '76 ≤ 90'), b('Sedang', '66 ≤ 75'), b('Rendah', '51 ≤ 65'), b('Sangat Rendah', '≤ 50')];
    const issues = scaleIssues(printed).map((i) => `${i.kind} ${i.a.label}/${i.b.label} ${show(i.range)} ${holdsWholeNumber(i.range)}`);
    expect(issues).toEqual([
      'overlap Tinggi/Sangat Tinggi [90,90] true',
      'gap Sangat Rendah/Rendah (50,51) false',
      'gap Rendah/Sedang (65,66) false',
      'gap Sedang/Tinggi (75,76) false',
    ]);
    const berhasil = [b('Sangat Berhasil', '85 s.d 100'), b('Berhasil', '70 s.d < 85'), b('Cukup Berhasil', '55 s.d < 70'), b('Tidak Berhasil', '< 55')];
    expect(scaleIssues(berhasil)).toEqual([]);
    const hole = [b('A', '≥ 85'), b('B', '70 s.d < 84'), b('C', '< 70')];
    expect(scaleIssues(hole).map((i) => `${i.kind} ${show(i.range)} ${holdsWholeNumber(i.range)}`)).toEqual(['gap [84,85) true']);
  });

  it('compares bands by the whole numbers they hold', () => {
    expect(sameWholeNumbers(parseInterval('≥ 91')!, parseInterval('91 - 100')!)).toBe(true);
    expect(sameWholeNumbers(parseInterval('90 < x ≤ 100')!, parseInterval('91 - 100')!)).toBe(true);
    expect(sameWholeNumbers(parseInterval('76 ≤ x < 91')!, parseInterval('76 - 90')!)).toBe(true);
    expect(sameWholeNumbers(parseInterval('≥ 90')!, parseInterval('91 - 100')!)).toBe(false);
    expect(sameWholeNumbers(parseInterval('< 50')!, parseInterval('≤ 50')!)).toBe(false);
    expect(sameWholeNumbers(parseInterval('0 - 50')!, parseInterval('≤ 50')!)).toBe(true);
  });
});
