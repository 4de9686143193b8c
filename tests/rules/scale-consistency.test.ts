import rule from '../../rules/scale-consistency.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

/** A Permendagri-family scale table at lines 1–7 (bands at lines 3–7), optionally with a "Sumber" line 8. */
function tinggi(bands: { st?: string; t?: string; s?: string; r?: string; sr?: string } = {}, source?: string): string {
  return lines(
    'Tabel 3.1 Skala Nilai Peringkat Kinerja Kecamatan Tampan',
    row('No', 'Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian Realisasi Kinerja'),
    row('1', bands.st ?? '91 - 100', 'Sangat Tinggi'),
    row('2', bands.t ?? '76 - 90', 'Tinggi'),
    row('3', bands.s ?? '66 - 75', 'Sedang'),
    row('4', bands.r ?? '51 - 65', 'Rendah'),
    row('5', bands.sr ?? '≤ 50', 'Sangat Rendah'),
    ...(source ? [source] : []),
  );
}

/** A predicate scale table at lines 1–6 (bands at lines 3–6). */
function berhasil(bands: { sb?: string; b?: string; cb?: string; tb?: string } = {}): string {
  return lines(
    'Tabel 3.2 Atribut Capaian Indikator Kinerja Dinas Kesehatan Kabupaten Banyumas',
    row('No', 'Nilai Capaian Kinerja (%)', 'Atribut'),
    row('1', bands.sb ?? '85% s.d 100%', 'Sangat Berhasil'),
    row('2', bands.b ?? '70% s.d < 85%', 'Berhasil'),
    row('3', bands.cb ?? '55% s.d < 70%', 'Cukup Berhasil'),
    row('4', bands.tb ?? '< 55%', 'Tidak Berhasil'),
  );
}

const SOURCE = 'Sumber : Permendagri 86 Tahun 2017';

testRule(rule, {
  valid: [
    {
      name: 'a faithful copy of Permendagri 86/2017, cited: its gaps between whole-number bands are the regulation\'s',
      text: tinggi({}, SOURCE),
    },
    {
      name: 'a faithful copy of Permendagri 86/2017 in its own notation ("76 ≤ 90"), not cited',
      text: tinggi({ st: '91 ≤ 100', t: '76 ≤ 90', s: '66 ≤ 75', r: '51 ≤ 65' }),
    },
    {
      name: 'a cited regulation stated without gaps (same whole numbers in each band)',
      text: tinggi({ st: '90 < x ≤ 100', t: '75 < x ≤ 90', s: '65 < x ≤ 75', r: '50 < x ≤ 65' }, SOURCE),
    },
    {
      name: 'an open top band ("≥ 91") where the regulation ends at 100',
      text: tinggi({ st: '≥ 91' }, SOURCE),
    },
    {
      name: 'a contiguous predicate scale with half-open bands',
      text: berhasil(),
    },
    {
      name: 'a predicate scale cited to Permendagri 86/2017 is not compared with the regulation\'s Tinggi/Rendah bands',
      text: lines('Kriteria penilaian capaian mengacu pada Permendagri Nomor 86 Tahun 2017 sebagai berikut:', berhasil()),
    },
    {
      name: 'an efficiency scale is left to the efficiency rules',
      // These bands overlap (0,9 to 1); with rating words instead of "Efisien" they would be reported.
      text: lines('Efisiensi diperoleh dengan membandingkan Capaian Kinerja dengan Penyerapan Anggaran', '- ≥ 1 : Efisien', '- 0,8 s.d 1 : Cukup Efisien', '- < 0,9 : Kurang Efisien'),
    },
  ],
  invalid: [
    {
      name: 'a cited regulation with a different top band: the overlap it causes is part of the one finding',
      text: tinggi({ st: '≥ 90', t: '76 ≤ 90', s: '66 ≤ 75', r: '51 ≤ 65' }, SOURCE),
      findings: [
        {
          line: 3,
          severity: 'warning',
          expected: '91–100',
          actual: '≥ 90',
          message: [
            'Tabel 3.1 mengutip Permendagri 86/2017, tetapi interval "Sangat Tinggi" tertulis "≥ 90", sedangkan Permendagri 86/2017 menetapkan 91–100 Sangat Tinggi',
            'akibatnya interval ini tumpang tindih dengan "76 ≤ 90" (Tinggi) pada 90',
          ],
        },
      ],
    },
    {
      name: 'a cited regulation with a band that leaves a whole-number gap',
      text: tinggi({ t: '77 - 90' }, SOURCE),
      findings: [{ line: 4, expected: '76–90', actual: '77 - 90', message: ['interval "Tinggi" tertulis "77 - 90"', 'akibatnya ada celah 75 < x < 77 dengan "66 - 75" (Sedang)'] }],
    },
    {
      name: 'the regulation named in the sentence before the table',
      text: lines('Skala nilai peringkat kinerja dikutip dari Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017.', tinggi({ sr: '< 50' })),
      findings: [{ line: 8, expected: '≤ 50', actual: '< 50', message: ['mengutip Permendagri 86/2017', 'interval "Sangat Rendah" tertulis "< 50"'] }],
    },
    {
      name: 'overlapping bands in a scale of the report\'s own',
      text: berhasil({ sb: '≥ 85', b: '70 - 85' }),
      findings: [
        {
          line: 3,
          severity: 'warning',
          actual: '≥ 85',
          message: ['Tabel 3.2: interval "70 - 85" (Berhasil) dan "≥ 85" (Sangat Berhasil) tumpang tindih pada 85; nilai itu masuk ke dua kategori'],
        },
      ],
    },
    {
      name: 'whole-number bands in a scale of the report\'s own leave capaian such as 84,5 without a band',
      text: berhasil({ sb: '85 - 100', b: '70 - 84', cb: '55 - 69', tb: '< 55' }),
      findings: [
        { line: 3, message: ['di antara interval "70 - 84" (Berhasil) dan "85 - 100" (Sangat Berhasil) ada celah 84 < x < 85'] },
        { line: 4, message: ['di antara interval "55 - 69" (Cukup Berhasil) dan "70 - 84" (Berhasil) ada celah 69 < x < 70'] },
      ],
    },
    {
      name: 'a gap holding whole numbers in a list in the text',
      text: lines('Predikat capaian kinerja ditetapkan sebagai berikut:', '- ≥ 85% : Sangat Berhasil', '- 70% s.d < 80% : Berhasil', '- 55% s.d < 70% : Cukup Berhasil', '- < 55% : Tidak Berhasil'),
      findings: [{ line: 2, message: ['Skala dalam teks (baris 2): di antara interval "70% s.d < 80%" (Berhasil) dan "≥ 85%" (Sangat Berhasil) ada celah 80 ≤ x < 85'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: tinggi({ st: '≥ 90', t: '76 ≤ 90', s: '66 ≤ 75', r: '51 ≤ 65' }, SOURCE),
      findings: [{ line: 3, message: ['Tabel 3.1 cites Permendagri 86/2017, but the band "Sangat Tinggi" reads "≥ 90" whereas Permendagri 86/2017 sets 91–100 Sangat Tinggi; so it overlaps "76 ≤ 90" (Tinggi) at 90'] }],
    },
  ],
});

describe('scale-consistency: the reference report', () => {
  it('flags Tabel 3.1 "≥ 90 Sangat Tinggi" against the Permendagri 86/2017 it cites, once; Tabel 3.2 and the efficiency list pass', async () => {
    const found = await lintReference(rule);
    // Exactly one finding: not the regulation's own gaps (75 < x < 76 …), not the overlap again, not Tabel 3.2.
    expect(found.map((f) => [f.location.line, f.severity, f.expected, f.actual])).toEqual([[657, 'warning', '91–100', '≥ 90']]);
    expect(found[0].message).toContain('tumpang tindih dengan "76 ≤ 90" (Tinggi) pada 90');
    expect(found[0].related.map((r) => r.location.line)).toEqual([663, 658]);
  });
});

describe('scale-consistency: bands compared with Permendagri 86/2017 by the whole numbers they hold', () => {
  const run = (bands: Parameters<typeof tinggi>[0]) => lintWith(rule, { name: 'regulation', text: tinggi(bands, SOURCE) });
  it.each([
    [{ st: '≥ 91' }],
    [{ st: '90 < x ≤ 100' }],
    [{ t: '75 < x ≤ 90' }],
    [{ t: '76 ≤ x < 91' }],
    [{ sr: '0 - 50' }],
    [{ sr: '< 51' }],
  ])('accepted: %j', (bands) => {
    expect(run(bands)).toEqual([]);
  });
  it.each([
    [{ st: '> 91' }, 3, '91–100'],
    [{ t: '76 - 91' }, 4, '76–90'],
    [{ sr: '< 50' }, 7, '≤ 50'],
  ])('reported: %j', (bands, line, expected) => {
    const found = run(bands);
    expect(found.map((f) => [f.location.line, f.expected])).toEqual([[line, expected]]);
  });
  it("a changed band's message tells the gap it opens, not the regulation's own gap on its other side", () => {
    const [f, ...rest] = run({ t: '77 - 90' });
    expect(rest).toEqual([]);
    expect(f.message).toContain('akibatnya ada celah 75 < x < 77 dengan "66 - 75" (Sedang)');
    expect(f.message).not.toContain('90 < x < 91');
    expect(f.related.map((r) => r.location.line)).toEqual([8, 5]);
  });
});
