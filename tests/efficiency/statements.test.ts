import { extractText } from '../../src/extract/text.js';
import { detectMetadata } from '../../src/extract/metadata.js';
import { normaliseReport } from '../../src/normalise/index.js';
import { sentenceStatements, tableStatements } from '../../src/efficiency/statements.js';
import { collectSources, referenceValue } from '../../src/efficiency/sources.js';

const doc = (text: string) => {
  const report = extractText('test.txt', text);
  report.metadata = detectMetadata(report);
  return normaliseReport(report);
};
const row = (...cells: string[]) => cells.join('\t');

describe('sentenceStatements', () => {
  it('reads the efficiency, its inputs (not the years), the indicator and the category', () => {
    const [s] = sentenceStatements(
      doc(
        'Pada Indikator Kinerja Utama 1 yaitu Indeks Kepuasan Masyarakat tingkat efisiensinya adalah 1,14 berasal dari perhitungan persentase capaian kinerja tahun 2023 (95,21%) dibagi dengan persentase penyerapan anggaran tahun 2023 (82,84%). Pencapaian tersebut menunjukkan bahwa efisiensi penggunaan Sumber Daya termasuk dalam kategori **EFISIEN**;',
      ),
    );
    expect([s.indicator, s.efficiency.value.raw, s.capaian?.value.raw, s.absorption?.value.raw, s.category?.text, s.formula]).toEqual([
      'Indeks Kepuasan Masyarakat',
      '1,14',
      '95,21%',
      '82,84%',
      'EFISIEN',
      'performance-over-absorption',
    ]);
  });

  it('joins a sentence broken by a page and names the indicator without "tingkat efisiensi"', () => {
    const list = sentenceStatements(
      doc(
        [
          '- b. Pada Indikator Kinerja Utama 2 yaitu Persentase Penyelesaian Pengaduan Masyarakat adalah 1,01 berasal dari perhitungan',
          '',
          'persentase capaian kinerja tahun 2023 (100%) dibagi dengan persentase penyerapan anggaran tahun 2023 (99,01%). Pencapaian tersebut termasuk dalam kategori EFISIEN;',
        ].join('\n'),
      ),
    );
    expect(list.map((s) => [s.indicator, s.efficiency.value.raw, s.capaian?.value.raw, s.absorption?.value.raw, s.efficiency.loc.line])).toEqual([
      ['Persentase Penyelesaian Pengaduan Masyarakat', '1,01', '100%', '99,01%', 1],
    ]);
  });

  it('reads "capaian ÷ penyerapan = efisiensi" written as figures', () => {
    const [s] = sentenceStatements(doc('Efisiensi indikator Cakupan Imunisasi Dasar Lengkap = 96,40% / 98,10% = 0,98 (Kurang Efisien).'));
    expect([s.indicator, s.capaian?.value.raw, s.absorption?.value.raw, s.efficiency.value.raw, s.category?.text, s.equation]).toEqual([
      'Cakupan Imunisasi Dasar Lengkap',
      '96,40%',
      '98,10%',
      '0,98',
      'Kurang Efisien',
      true,
    ]);
  });

  it('ignores sentences that only speak of efficiency', () => {
    expect(
      sentenceStatements(
        doc('Kebijakan keuangan dilaksanakan dengan memperhatikan efisiensi dan efektivitas penggunaan belanja daerah tahun 2023 sebesar Rp 1.250.000.000.'),
      ),
    ).toEqual([]);
  });
});

describe('tableStatements', () => {
  it('reads capaian, absorption, efficiency and category by column, the indicator by its column', () => {
    const list = tableStatements(
      doc(
        [
          'Tabel 3.10 Efisiensi Penggunaan Sumber Daya',
          row('NO', 'TUJUAN', 'INDIKATOR KINERJA UTAMA', 'CAPAIAN KINERJA (%)', 'PENYERAPAN ANGGARAN (%)', 'TINGKAT EFISIENSI', '', 'KETERANGAN'),
          row('1', 'Mewujudkan Pelayanan Publik yang Prima', 'Indeks Kepuasan Masyarakat', '95.21%', '82.84%', '1.14', 'Efisien', '-'),
          row('', '', 'Persentase Penyelesaian Pengaduan', '96,56%', '99,01%', '0,97', 'Kurang Efisien', ''),
        ].join('\n'),
      ),
    );
    expect(list.map((s) => [s.indicator, s.capaian?.value.value.toString(), s.absorption?.value.value.toString(), s.efficiency.value.value.toString(), s.category?.text, s.efficiency.loc.line])).toEqual([
      ['Indeks Kepuasan Masyarakat', '95.21', '82.84', '1.14', 'Efisien', 3],
      ['Persentase Penyelesaian Pengaduan', '96.56', '99.01', '0.97', 'Kurang Efisien', 4],
    ]);
  });
});

describe('collectSources / referenceValue', () => {
  const text = [
    'LAPORAN KINERJA KECAMATAN TAMPAN TAHUN 2023',
    'Tabel 3.3 Pengukuran Kinerja',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian Kinerja'),
    row('1', 'Indeks Kepuasan Masyarakat', '87', '82,84', '95,21'),
    'Tabel 3.4 Perbandingan',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '87', '82,84', '82,84'),
    'Tabel 3.5 Ringkasan',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '87', '82,84', '82,84'),
    'Tabel 3.9 Pencapaian Kinerja dan Anggaran',
    row('Indikator', 'Kinerja', '', '', 'Anggaran', '', ''),
    row('', 'Target', 'Realisasi', 'Capaian %', 'Alokasi', 'Realisasi', 'Capaian'),
    row('Indeks Kepuasan Masyarakat', '87', '82,84', '95,21', '217.902.500', '180.500.300', '82,84'),
  ].join('\n');
  const sources = collectSources(doc(text), 'round-or-truncate');

  it('files capaian, target, realisasi and absorption by indicator', () => {
    const values = (kind: 'capaian' | 'target' | 'realisasi' | 'absorption') => sources.figures('INDEKS KEPUASAN MASYARAKAT', kind).map((f) => f.value.value.toString());
    expect(values('capaian')).toEqual(['95.21', '82.84', '82.84', '95.21']);
    expect(values('absorption')).toEqual(['82.84']);
    expect(new Set(values('target'))).toEqual(new Set(['87']));
    expect(values('realisasi')).toEqual(['82.84', '82.84', '82.84', '82.84']);
  });

  it('prefers the figures that agree with their own row over the more frequent ones', () => {
    const ref = referenceValue(sources.figures('Indeks Kepuasan Masyarakat', 'capaian'), 'performance')!;
    expect(ref.value.value.toString()).toBe('95.21');
    expect(ref.support.map((f) => f.loc.line)).toEqual([4, 14]);
    expect(ref.rivals).toEqual([]);
  });
});
