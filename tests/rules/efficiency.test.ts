import rule from '../../rules/efficiency.js';
import type { Finding } from '../../src/engine/types.js';
import { lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

const lines = (...ls: Array<string | false>) => ls.filter((l): l is string => l !== false).join('\n');
/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

interface Over {
  /** Efficiency table rows: capaian, absorption, efficiency, category of the two indicators. */
  ikm?: [string, string, string, string];
  aduan?: [string, string, string, string];
  formula?: string | false;
  thresholds?: string[] | false;
  sentence?: string | false;
  /** Tabel 3.3 and 3.9 realisasi and capaian kinerja of the second indicator (target 100: the same figure). */
  aduanCapaian?: string;
  /** Tabel 3.9 capaian kinerja of the second indicator (a rival figure; there it overrides `aduanCapaian`). */
  aduan39?: string;
  names?: { ikm?: string; aduan?: string };
}

/**
 * Kecamatan Tampan, Kota Pekanbaru (Riau), 2023: a performance table (Tabel 3.3), a
 * performance-and-budget table (Tabel 3.9) and the efficiency table (Tabel 3.10) with its
 * formula and thresholds. IKM: target 85, realisasi 83,30, capaian 98,00; budget 231.250.000
 * of 250.000.000 = 92,50; efficiency 98,00 ÷ 92,50 = 1,0595. Pengaduan: target 100, realisasi
 * 92,50, capaian 92,50; budget 117.600.000 of 120.000.000 = 98,00; efficiency 0,9439.
 */
function tampan(o: Over = {}): string {
  const ikm = o.ikm ?? ['98,00', '92,50', '1,06', 'Efisien'];
  const aduan = o.aduan ?? ['92,50', '98,00', '0,94', 'Kurang Efisien'];
  const nIkm = o.names?.ikm ?? 'Indeks Kepuasan Masyarakat';
  const nAduan = o.names?.aduan ?? 'Persentase Penyelesaian Pengaduan Masyarakat';
  return lines(
    'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN TAMPAN KOTA PEKANBARU TAHUN 2023',
    '',
    'BAB III AKUNTABILITAS KINERJA',
    '',
    '3.3. Capaian Kinerja Tahun 2023',
    '',
    'Tabel 3.3 Pengukuran Kinerja Kecamatan Tampan Tahun 2023',
    row('No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian Kinerja (%)'),
    row('1', 'Meningkatnya Kualitas Pelayanan Kecamatan Tampan', 'Indeks Kepuasan Masyarakat', '85', '83,30', '98,00'),
    row('', '', 'Persentase Penyelesaian Pengaduan Masyarakat', '100', o.aduanCapaian ?? '92,50', o.aduanCapaian ?? '92,50'),
    '',
    '3.9. Pencapaian Kinerja dan Anggaran',
    '',
    'Tabel 3.9 Pencapaian Kinerja dan Anggaran',
    row('Sasaran', 'Indikator', 'Kinerja', '', '', 'Anggaran', '', ''),
    row('', '', 'Target', 'Realisasi', 'Capaian %', 'Alokasi', 'Realisasi', 'Capaian'),
    row('Meningkatnya Kualitas Pelayanan Kecamatan Tampan', 'Indeks Kepuasan Masyarakat', '85', '83,30', '98,00', '250.000.000', '231.250.000', '92,50'),
    row('', 'Persentase Penyelesaian Pengaduan Masyarakat', '100', o.aduan39 ?? o.aduanCapaian ?? '92,50', o.aduan39 ?? o.aduanCapaian ?? '92,50', '120.000.000', '117.600.000', '98,00'),
    '',
    '3.10. Efisiensi Penggunaan Sumber Daya',
    '',
    'Tabel 3.10 Efisiensi Penggunaan Sumber Daya',
    row('No', 'Indikator Kinerja Utama', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi', 'Kategori'),
    row('1', nIkm, ...ikm),
    row('2', nAduan, ...aduan),
    '',
    o.formula === false ? false : (o.formula ?? 'Efisiensi diperoleh dengan membandingkan Capaian Kinerja dengan Penyerapan Anggaran.'),
    '',
    ...(o.thresholds === false ? [] : (o.thresholds ?? ['≥ 1 Efisien', '', '< 1 Kurang Efisien'])),
    '',
    o.sentence === undefined
      ? 'Pada Indikator Kinerja Utama 1 yaitu Indeks Kepuasan Masyarakat tingkat efisiensinya adalah 1,06 berasal dari perhitungan persentase capaian kinerja tahun 2023 (98,00%) dibagi dengan persentase penyerapan anggaran tahun 2023 (92,50%). Pencapaian tersebut menunjukkan bahwa efisiensi penggunaan sumber daya termasuk dalam kategori EFISIEN;'
      : o.sentence,
  );
}

const base = tampan();
const L = {
  ikm: lineOf(base, '1\tIndeks Kepuasan Masyarakat\t'),
  aduan: lineOf(base, '2\tPersentase Penyelesaian'),
  sentence: lineOf(base, 'Pada Indikator Kinerja Utama 1'),
};

/** The executive-summary mistake of the reference report: the target used as the capaian. */
const targetAsCapaian = tampan({ ikm: ['85', '92,50', '0,91', 'Kurang Efisien'] });

/** A sentence on its own (no efficiency table): Kabupaten Sleman, Dinas Kesehatan. */
const slemanSentence = (efficiency: string, category = 'EFISIEN', formula = '') =>
  lines(
    'LAPORAN KINERJA DINAS KESEHATAN KABUPATEN SLEMAN TAHUN 2023',
    'BAB III AKUNTABILITAS KINERJA',
    '3.8. Efisiensi Penggunaan Sumber Daya',
    formula,
    `Pada indikator Angka Kematian Ibu tingkat efisiensinya adalah ${efficiency} berasal dari perhitungan persentase capaian kinerja tahun 2023 (104,20%) dibagi dengan persentase penyerapan anggaran tahun 2023 (96,40%), sehingga termasuk dalam kategori ${category}.`,
  );

testRule(rule, {
  valid: [
    { name: 'efficiencies, categories and inputs all agree with the tables and the stated formula', text: base },
    {
      name: 'a truncated efficiency (1,0595 written 1,05) is accepted by default',
      text: tampan({ ikm: ['98,00', '92,50', '1,05', 'Efisien'], sentence: false }),
    },
    {
      name: 'an efficiency printed as a percentage (105,95)',
      text: tampan({ ikm: ['98,00', '92,50', '105,95', 'Efisien'], thresholds: ['≥ 100% Efisien', '< 100% Kurang Efisien'], sentence: false }),
    },
    {
      name: 'the formula stated the other way round (penyerapan ÷ capaian, ≤ 1 efisien)',
      text: tampan({
        ikm: ['98,00', '92,50', '0,94', 'Efisien'],
        aduan: ['92,50', '98,00', '1,06', 'Kurang Efisien'],
        formula: 'Tingkat efisiensi dihitung dari penyerapan anggaran dibagi capaian kinerja.',
        thresholds: ['≤ 1 Efisien', '> 1 Kurang Efisien'],
        sentence: false,
      }),
    },
    {
      name: 'the unspent-budget formula (100 − penyerapan): 7,50 and 2,00',
      text: tampan({
        ikm: ['98,00', '92,50', '7,50', 'Efisien'],
        aduan: ['92,50', '98,00', '2,00', 'Efisien'],
        formula: 'Efisiensi = 100% − persentase penyerapan anggaran (anggaran yang tidak terserap).',
        thresholds: false,
        sentence: false,
      }),
    },
    {
      name: 'without a stated formula, a figure another known formula gives is not called wrong',
      text: tampan({ aduan: ['92,50', '98,00', '1,06', 'Efisien'], formula: false, thresholds: false, sentence: false }),
    },
    {
      name: 'PMK 249/2011 efficiency is not recomputed as a ratio',
      text: tampan({
        ikm: ['98,00', '92,50', '45,20', 'Efisien'],
        aduan: ['92,50', '98,00', '12,10', 'Efisien'],
        formula: 'Efisiensi dihitung sesuai PMK Nomor 249/PMK.02/2011 dengan rumus (Σ(PAK x CK) − RAK) / Σ(PAK x CK).',
        thresholds: false,
        sentence: false,
      }),
    },
    {
      name: 'a sentence with right figures and no efficiency table',
      text: slemanSentence('1,08'),
    },
    {
      name: 'an equation under the formula stated the other way round (penyerapan ÷ capaian)',
      text: lines(
        'LAPORAN KINERJA DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023',
        'Tingkat efisiensi diperoleh dari penyerapan anggaran dibagi capaian kinerja.',
        'Efisiensi indikator Cakupan Imunisasi Dasar Lengkap = 98,10% / 96,40% = 1,01 (Kurang Efisien).',
      ),
    },
    {
      name: 'an efficiency of exactly 1,00 may be "Efisien" under "≥ 1 Efisien"',
      text: tampan({ aduan: ['98,00', '98,00', '1,00', 'Efisien'], aduanCapaian: '98,00', sentence: false }),
    },
  ],
  invalid: [
    {
      name: 'an efficiency that is not capaian ÷ penyerapan of its row',
      text: tampan({ ikm: ['98,00', '92,50', '1,16', 'Efisien'], sentence: false }),
      findings: [
        {
          line: L.ikm,
          expected: '1.06',
          actual: '1.16',
          severity: 'error',
          rowLabel: 'Indeks Kepuasan Masyarakat',
          columnLabel: 'Tingkat Efisiensi',
          message: ['Tabel 3.10, baris "Indeks Kepuasan Masyarakat", kolom Tingkat Efisiensi', 'tertulis 1,16', 'rumus laporan (baris', 'capaian kinerja ÷ penyerapan anggaran = 98,00 ÷ 92,50 = 1,0595, jadi 1,06'],
        },
      ],
    },
    {
      name: 'a wrong efficiency whose category fits the right value: one finding, on the efficiency',
      text: tampan({ ikm: ['98,00', '92,50', '0,94', 'Efisien'], sentence: false }),
      findings: [{ line: L.ikm, expected: '1.06', actual: '0.94', columnLabel: 'Tingkat Efisiensi' }],
    },
    {
      name: 'a sentence whose two inputs match no table while its efficiency holds: one finding',
      text: tampan({
        sentence:
          'Pada indikator Persentase Penyelesaian Pengaduan Masyarakat tingkat efisiensinya adalah 1,00 berasal dari perhitungan persentase capaian kinerja tahun 2023 (96,00%) dibagi dengan persentase penyerapan anggaran tahun 2023 (96,00%), termasuk kategori Efisien.',
        aduan: ['98,00', '98,00', '1,00', 'Efisien'],
        aduanCapaian: '98,00',
      }),
      findings: [
        {
          line: L.sentence,
          expected: '98.00',
          actual: '96.00',
          message: ['Kalimat tentang efisiensi indikator "Persentase Penyelesaian Pengaduan Masyarakat": Capaian kinerja 96,00, yang tidak dinyatakan', 'dan penyerapan anggaran 96,00, yang tidak dinyatakan', 'tingkat efisiensi 1,00 tetap benar'],
        },
      ],
    },
    {
      name: 'strict rounding: 1,0595 written 1,05 is flagged',
      rounding: 'round',
      text: tampan({ ikm: ['98,00', '92,50', '1,05', 'Efisien'], sentence: false }),
      findings: [{ line: L.ikm, expected: '1.06', actual: '1.05' }],
    },
    {
      name: 'the target (85) used as the capaian: the efficiency the right inputs give',
      text: targetAsCapaian,
      findings: [
        {
          line: L.ikm,
          expected: '1.06',
          actual: '0.91',
          severity: 'error',
          columnLabel: 'Tingkat Efisiensi',
          message: ['capaian kinerja 85, yang merupakan target indikator ini (Tabel 3.3 baris 9', 'bukan capaiannya (98,00: Tabel 3.3 baris 9, Tabel 3.9 baris 17)', '98,00 ÷ 92,50 = 1,0595, jadi 1,06', 'kategorinya "Efisien", bukan "Kurang Efisien"'],
        },
      ],
    },
    {
      name: 'the same figures restated in a sentence give one finding that names the sentence',
      text: tampan({
        ikm: ['85', '92,50', '0,91', 'Kurang Efisien'],
        sentence:
          'Pada Indikator Kinerja Utama 1 yaitu Indeks Kepuasan Masyarakat tingkat efisiensinya adalah 0,91 berasal dari perhitungan persentase capaian kinerja tahun 2023 (85%) dibagi dengan persentase penyerapan anggaran tahun 2023 (92,50%). Pencapaian tersebut termasuk dalam kategori KURANG EFISIEN;',
      }),
      findings: [{ line: L.ikm, expected: '1.06', message: [`Angka yang sama dinyatakan dalam kalimat (baris ${L.sentence})`] }],
    },
    {
      name: 'indicator names with other capitals, "Presentase" and a typo still find the tables',
      text: tampan({
        names: { ikm: 'INDEKS KEPUASAN MASYARAKAT', aduan: 'Presentase Penyelesain Pengaduan Masyarakat' },
        ikm: ['85', '92,50', '0,91', 'Kurang Efisien'],
        aduan: ['100', '98,00', '1,02', 'Efisien'],
        sentence: false,
      }),
      findings: [
        { line: L.ikm, expected: '1.06', actual: '0.91', rowLabel: 'INDEKS KEPUASAN MASYARAKAT', message: ['capaian kinerja 85, yang merupakan target indikator ini'] },
        { line: L.aduan, expected: '0.94', actual: '1.02', message: ['capaian kinerja 100, yang merupakan target indikator ini', 'bukan capaiannya (92,50: Tabel 3.3 baris 10'] },
      ],
    },
    {
      name: 'the realisasi (83,30) used as the capaian',
      text: tampan({ ikm: ['83,30', '92,50', '0,90', 'Kurang Efisien'], sentence: false }),
      findings: [{ line: L.ikm, expected: '1.06', actual: '0.90', message: ['capaian kinerja 83,30, yang merupakan realisasi indikator ini'] }],
    },
    {
      name: 'inputs that match no table while the efficiency still holds: reported on the input cells',
      // Tabel 3.3 and 3.9 give 98,00 and 98,00 (1,00); the efficiency table prints 96,00 and 96,00.
      text: tampan({ aduan: ['96,00', '96,00', '1,00', 'Efisien'], aduanCapaian: '98,00', sentence: false }),
      findings: [
        {
          line: L.aduan,
          expected: '98.00',
          actual: '96.00',
          columnLabel: 'Capaian Kinerja (%)',
          message: ['Capaian kinerja 96,00, yang tidak dinyatakan untuk indikator ini di tabel mana pun (laporan menyatakan 98,00: Tabel 3.3 baris 10, Tabel 3.9 baris 18)', 'tingkat efisiensi 1,00 tetap benar'],
        },
        { line: L.aduan, expected: '98.00', actual: '96.00', columnLabel: 'Penyerapan Anggaran (%)', message: ['Penyerapan anggaran 96,00'] },
      ],
    },
    {
      name: 'a budget absorption that is the indicator’s capaian kinerja',
      text: tampan({ aduan: ['92,50', '92,50', '1,00', 'Efisien'], sentence: false }),
      findings: [
        {
          line: L.aduan,
          expected: '0.94',
          actual: '1.00',
          message: ['penyerapan anggaran 92,50, yang merupakan capaian kinerja indikator ini (Tabel 3.3 baris 10', 'bukan penyerapan anggarannya (98,00: Tabel 3.9 baris 18)', '92,50 ÷ 98,00 = 0,9439, jadi 0,94', 'kategorinya "Kurang Efisien", bukan "Efisien"'],
        },
      ],
    },
    {
      name: 'a capaian that agrees with one table but not the others is a warning on that cell',
      text: tampan({ aduan: ['90,00', '98,00', '0,91', 'Kurang Efisien'], aduan39: '90,00', sentence: false }),
      findings: [
        {
          line: L.aduan,
          expected: '0.94',
          actual: '0.91',
          severity: 'warning',
          message: ['capaian kinerja 90,00 seperti Tabel 3.9 baris 18, padahal tempat lain menyatakan 92,50: Tabel 3.3 baris 10'],
        },
      ],
    },
    {
      name: 'a category that the printed thresholds contradict',
      text: tampan({ aduan: ['92,50', '98,00', '0,94', 'Efisien'], sentence: false }),
      findings: [
        {
          line: L.aduan,
          expected: 'Kurang Efisien',
          actual: 'Efisien',
          columnLabel: 'Kategori',
          message: ['kategori tertulis "Efisien", padahal tingkat efisiensi 0,94 menurut ketentuan laporan (≥ 1 Efisien; < 1 Kurang Efisien;', 'termasuk "Kurang Efisien"'],
        },
      ],
    },
    {
      name: 'without printed thresholds, the usual ≥ 1 Efisien applies to the category',
      text: tampan({ aduan: ['92,50', '98,00', '0,94', 'Efisien'], thresholds: false, sentence: false }),
      findings: [{ line: L.aduan, expected: 'Kurang Efisien', message: ['ketentuan yang lazim'] }],
    },
    {
      name: 'a sentence whose efficiency is not its capaian ÷ penyerapan (no table)',
      text: slemanSentence('1,12'),
      findings: [{ line: 5, expected: '1.08', actual: '1.12', message: ['Kalimat tentang efisiensi indikator "Angka Kematian Ibu"', '104,20 ÷ 96,40 = 1,0809'] }],
    },
    {
      name: 'an equation whose result is not its quotient',
      text: lines(
        'LAPORAN KINERJA DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023',
        'Efisiensi indikator Cakupan Imunisasi Dasar Lengkap = 96,40% / 98,10% = 1,02 (Efisien).',
      ),
      findings: [{ line: 2, expected: '0.98', actual: '1.02', message: ['rumus yang lazim (laporan tidak menyatakan rumusnya)', '96,40 ÷ 98,10 = 0,9827', 'kategorinya "Kurang Efisien", bukan "Efisien"'] }],
    },
    {
      name: 'a sentence with a category contrary to its value',
      text: slemanSentence('1,08', 'KURANG EFISIEN'),
      findings: [{ line: 5, expected: 'Efisien', actual: 'KURANG EFISIEN' }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: targetAsCapaian,
      findings: [
        {
          line: L.ikm,
          expected: '1.06',
          message: ['Tabel 3.10, row "Indeks Kepuasan Masyarakat", column Tingkat Efisiensi', "performance achievement 85, which is the indicator's target", '98.00 ÷ 92.50 = 1.0595, hence 1.06'],
        },
      ],
    },
  ],
});

describe('efficiency: details', () => {
  it('reports an input that is wrong while the efficiency holds, on the input cell', () => {
    // Capaian kinerja 98,00 printed as the absorption too, the absorption 98,00 being the budget
    // figure of the other indicator: 98,00 ÷ 98,00 = 1,00, while the right 92,50 ÷ 98,00 = 0,94
    // would change it; here both inputs of the row are the other indicator's figures.
    const text = tampan({ aduan: ['98,00', '92,50', '1,06', 'Efisien'], sentence: false });
    const found = lintWith(rule, { name: 'swapped', text });
    expect(found.map((f) => [f.location.line, f.expected, f.actual])).toEqual([[L.aduan, '0.94', '1.06']]);
    expect(found[0].message).toContain('capaian kinerja 98,00');
    expect(found[0].message).toContain('penyerapan anggaran 92,50');
  });

  it('an absorption stated by the budget table is right even where it repeats the capaian kinerja', () => {
    // Tabel 3.9 says 111.000.000 of 120.000.000 = 92,50 for the second indicator, the same figure
    // as its capaian kinerja: 92,50 ÷ 92,50 = 1,00 is then right.
    const text = tampan({ aduan: ['92,50', '92,50', '1,00', 'Efisien'], sentence: false }).replace('\t117.600.000\t98,00', '\t111.000.000\t92,50');
    expect(lintWith(rule, { name: 'agree', text })).toEqual([]);
  });

  it('an indicator the tables do not list is checked for its ratio and category only', () => {
    const text = tampan({ names: { aduan: 'Persentase Rekomendasi Inspektorat yang Ditindaklanjuti' }, aduan: ['70,00', '98,00', '0,71', 'Kurang Efisien'], sentence: false });
    expect(lintWith(rule, { name: 'unknown indicator', text })).toEqual([]);
  });
});

describe('efficiency: the reference report', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });
  const at = (line: number, column?: number) => findings.filter((f) => f.location.line === line && (column === undefined || f.location.column === column));

  it('finds exactly the efficiency errors a reviewer finds by hand', () => {
    expect(findings.map((f) => [f.location.line, f.location.column, f.severity, f.expected, f.actual])).toEqual([
      [242, 6, 'error', '1.15', '1.05'],
      [243, 6, 'error', '1.00', '1.01'],
      [244, 6, 'error', '1.00', '1.01'],
      [1193, 4, 'warning', '99.01', '96.56'],
      [1193, 5, 'error', '99.01', '96.56'],
      [1194, 4, 'warning', '98.33', '89.77'],
      [1194, 5, 'error', '98.33', '89.77'],
    ]);
  });

  it('says that the executive summary divides the target 87 (not the capaian) by 82,48', () => {
    const [f] = at(242);
    expect(f.message).toContain('capaian kinerja 87, yang merupakan target indikator ini');
    expect(f.message).toContain('bukan capaiannya (95,21: Tabel 3.3 baris 706');
    expect(f.message).toContain('penyerapan anggaran 82,48');
    expect(f.message).toContain('bukan penyerapan anggarannya (82,84');
    expect(f.message).toContain('95,21 ÷ 82,84 = 1,1493, jadi 1,15');
    expect(f.message).toContain('rumus laporan (baris 1198)');
    // The sentence "a." restates the row: named, not reported again.
    expect(f.message).toContain('Angka yang sama dinyatakan dalam kalimat (baris 246)');
    expect(at(246)).toEqual([]);
  });

  it('reads the sentence broken by a page (lines 247 and 249) and folds it into the row', () => {
    expect(at(243)[0].message).toContain('(baris 247)');
    expect(at(247)).toEqual([]);
    expect(at(249)).toEqual([]);
  });

  it('flags the budget absorptions of Tabel 3.10 that are the capaian kinerja of Tabel 3.9', () => {
    const f = at(1193, 5)[0];
    expect(f.message).toContain('Penyerapan anggaran 96,56, yang merupakan capaian kinerja indikator ini');
    expect(f.message).toContain('Tabel 3.9 baris 1171');
    expect(f.message).toContain('tingkat efisiensi 1,00 tetap benar');
  });

  it('leaves the IKM row of Tabel 3.10 (95,21 ÷ 82,84 = 1,1493 written 1,14) and its sentence alone', () => {
    expect(at(1192)).toEqual([]);
    expect(at(1204)).toEqual([]);
  });

  it('leaves the statements DOMAIN.md calls correct alone', () => {
    const correct = [
      ...Array.from({ length: 9 }, (_, i) => 1147 + i), // Tabel 3.8 and its sentence
      ...Array.from({ length: 40 }, (_, i) => 1430 + i), // Perjanjian Kinerja appendices
      ...Array.from({ length: 15 }, (_, i) => 770 + i), // Tabel 3.4 (2022 comparison)
    ];
    for (const line of correct) expect(at(line)).toEqual([]);
  });
});
