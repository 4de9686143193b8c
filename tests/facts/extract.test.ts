import { extractText } from '../../src/extract/text.js';
import { detectMetadata } from '../../src/extract/metadata.js';
import { normaliseReport } from '../../src/normalise/index.js';
import { collectFacts, stageOf, type Fact } from '../../src/facts/index.js';

const lines = (...ls: string[]) => ls.join('\n');
const row = (...cells: string[]) => cells.join('\t');

function docOf(...ls: string[]) {
  const report = extractText('test.txt', lines(...ls));
  report.metadata = detectMetadata(report);
  return normaliseReport(report);
}

/** "line attribute year[/stage] value subject" per fact, for compact expectations. */
const brief = (f: Fact) => `${f.location.line} ${f.attribute} ${f.period.year ?? '-'}${f.period.stage ? `/${f.period.stage}` : ''} ${f.value.raw} ${f.subjectKey}`;

const TITLE = 'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023';

describe('collectFacts: tables', () => {
  it('reads attributes from column roles, years from the header, the indicator as subject', () => {
    const doc = docOf(
      TITLE,
      'Tabel 3.4 Perbandingan Realisasi Kinerja Tahun 2022 dan 2023',
      row('No', 'Sasaran', 'Indikator', 'Target', '', 'Realisasi', '', 'Capaian', ''),
      row('', '', '', '2022', '2023', '2022', '2023', '2022', '2023'),
      row('1', 'Meningkatnya Kualitas Pelayanan', 'Indeks Kepuasan Masyarakat', '85', '87', '86,10', '82,84', '101,29', '95,21'),
    );
    expect(collectFacts(doc).map(brief)).toEqual([
      '5 target 2022 85 name:indeks kepuasan masyarakat',
      '5 target 2023 87 name:indeks kepuasan masyarakat',
      '5 realisasi 2022 86,10 name:indeks kepuasan masyarakat',
      '5 realisasi 2023 82,84 name:indeks kepuasan masyarakat',
      '5 capaian 2022 101,29 name:indeks kepuasan masyarakat',
      '5 capaian 2023 95,21 name:indeks kepuasan masyarakat',
    ]);
  });

  it('gives budget figures to the program and performance figures to its indicator', () => {
    const doc = docOf(
      TITLE,
      'Tabel 3.9 Pencapaian Kinerja dan Anggaran',
      row('Program', 'Indikator', 'Kinerja', '', '', 'Anggaran', '', ''),
      row('', '', 'Target', 'Realisasi', 'Capaian %', 'Alokasi', 'Realisasi', 'Capaian'),
      row('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Persentase Layanan Administrasi Tepat Waktu', '100 %', '98 %', '98 %', '275.000.000', '261.250.000', '95,00'),
    );
    expect(collectFacts(doc).map(brief)).toEqual([
      '5 target 2023 100 % name:administrasi layanan persentase tepat waktu',
      '5 realisasi 2023 98 % name:administrasi layanan persentase tepat waktu',
      '5 capaian 2023 98 % name:administrasi layanan persentase tepat waktu',
      '5 pagu 2023 275.000.000 name:pelayanan pemerintahan penyelenggaraan publik',
      '5 realisasi-anggaran 2023 261.250.000 name:pelayanan pemerintahan penyelenggaraan publik',
      '5 capaian-anggaran 2023 95,00 name:pelayanan pemerintahan penyelenggaraan publik',
    ]);
  });

  it('keys a Jumlah row by the rows it adds up, in any order, and a spending-group total as the unit budget', () => {
    const doc = docOf(
      TITLE,
      'Tabel 2.5 Program Kerja Tahun 2023',
      row('No', 'Program', 'Anggaran'),
      row('1', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp 500.000.000'),
      row('2', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 100.000.000'),
      row('', 'Jumlah', 'Rp 600.000.000'),
      'Tabel 3.8 Program Prioritas',
      row('No', 'Program', 'Anggaran', 'Realisasi'),
      row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', '100.000.000', '95.000.000'),
      row('2', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', '500.000.000', '490.000.000'),
      row('', 'TOTAL', '600.000.000', '585.000.000'),
      'Tabel 3.7 Realisasi Anggaran',
      row('No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'),
      row('I', 'Belanja Operasi', '550.000.000', '540.000.000'),
      row('II', 'Belanja Modal', '50.000.000', '45.000.000'),
      row('', 'Jumlah', '600.000.000', '585.000.000'),
    );
    const totals = collectFacts(doc).filter((f) => f.totalOf);
    const key = 'total:desa kelurahan masyarakat pemberdayaan + ketentraman ketertiban koordinasi umum';
    expect(totals.map((f) => `${f.location.line} ${f.attribute} ${f.subjectKey} ${f.totalOf}`)).toEqual([
      `6 pagu ${key} programs`,
      `11 pagu ${key} programs`,
      `11 realisasi-anggaran ${key} programs`,
      '16 pagu total:unit unit',
      '16 realisasi-anggaran total:unit unit',
    ]);
    expect(totals[0].components).toEqual(['name:desa kelurahan masyarakat pemberdayaan', 'name:ketentraman ketertiban koordinasi umum']);
  });

  it('leaves out national, Renstra end-of-period and cumulative columns', () => {
    const doc = docOf(
      TITLE,
      'Tabel 3.6 Perbandingan dengan Nasional',
      row('No', 'Indikator', 'Target', 'Realisasi', 'Target Nasional', 'Realisasi Nasional', 'Target Akhir Renstra', 'Realisasi s.d Tahun 2023'),
      row('1', 'Indeks Kepuasan Masyarakat', '85', '86', '80', '78', '90', '86'),
    );
    expect(collectFacts(doc).map((f) => f.location.columnLabel)).toEqual(['Target', 'Realisasi']);
  });

  it('caches the facts of a report', () => {
    const doc = docOf(TITLE, 'Tabel 3.1 Capaian', row('No', 'Indikator', 'Target'), row('1', 'Indeks Kepuasan Masyarakat', '85'));
    expect(collectFacts(doc)).toBe(collectFacts(doc));
  });
});

describe('collectFacts: budget stage', () => {
  it.each([
    ['Program Kerja Murni Kecamatan Depok Tahun 2023', 'murni'],
    ['Perubahan Perjanjian Kinerja Tahun 2023', 'perubahan'],
    ['Perjanjian Kinerja Tahun 2023', 'murni'],
    ['Anggaran Setelah Perubahan', 'perubahan'],
    ['APBD Murni dan APBD Perubahan', undefined],
    ['Rencana Kinerja Tahunan', undefined],
  ])('%s → %s', (text, stage) => {
    expect(stageOf(text)).toBe(stage);
  });

  it('takes the stage from the caption or the sentence before the table; a table of spending is after the revision', () => {
    const doc = docOf(
      TITLE,
      'Tabel 2.5 Program Kerja Murni Tahun 2023',
      row('No', 'Program', 'Anggaran'),
      row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 1.000.000'),
      'Seiring dengan Perubahan Anggaran disusun Perubahan Perjanjian Kinerja sebagai berikut :',
      row('No', 'Program', 'Anggaran'),
      row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 100.000.000'),
      'Tabel 3.7 Realisasi Anggaran',
      row('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'),
      row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', '101.000.000', '100.000.000'),
      'Tabel 3.8 Rencana Anggaran',
      row('No', 'Program', 'Anggaran'),
      row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', '101.000.000'),
    );
    // Line 13: a plan that names no stage, in a report that has a revision: not collected.
    expect(collectFacts(doc).map(brief)).toEqual([
      '4 pagu 2023/murni Rp 1.000.000 name:ketentraman ketertiban koordinasi umum',
      '7 pagu 2023/perubahan Rp 100.000.000 name:ketentraman ketertiban koordinasi umum',
      '10 pagu 2023/perubahan 101.000.000 name:ketentraman ketertiban koordinasi umum',
      '10 realisasi-anggaran 2023/perubahan 100.000.000 name:ketentraman ketertiban koordinasi umum',
    ]);
  });

  // Was a bug: in a workbook (no sentences between tables), Tabel 2.6 of the Perubahan PK took
  // the "Program Kerja Murni" caption of Tabel 2.5 before it, and its amounts were compared with
  // the murni ones.
  it('never takes the stage from the caption of another table', () => {
    const doc = docOf(
      TITLE,
      'Perubahan anggaran disebut dalam laporan ini.',
      'Tabel 2.5 Program Kerja Murni Tahun 2023',
      row('No', 'Program', 'Anggaran'),
      row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 1.000.000'),
      'Tabel 2.6',
      row('No', 'Program', 'Anggaran'),
      row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 100.000.000'),
    );
    expect(collectFacts(doc).map(brief)).toEqual(['5 pagu 2023/murni Rp 1.000.000 name:ketentraman ketertiban koordinasi umum']);
  });

  it('has one stage in a report that never mentions a revision', () => {
    const doc = docOf(TITLE, 'Tabel 2.5 Program Kerja Tahun 2023', row('No', 'Program', 'Anggaran'), row('1', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 1.000.000'));
    expect(collectFacts(doc).map(brief)).toEqual(['4 pagu 2023 Rp 1.000.000 name:ketentraman ketertiban koordinasi umum']);
  });
});

describe('collectFacts: sentences', () => {
  const table = [
    'Tabel 3.3 Pengukuran Kinerja',
    row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
    row('1', 'Indeks Kepuasan Masyarakat', '87', '82,84', '95,21'),
    row('2', 'Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum', '100', '99,01', '99,01'),
  ];

  it('reads "Target … adalah X realisasi sebesar Y tercapai Z", with the year the sentence names', () => {
    const doc = docOf(
      TITLE,
      ...table,
      'Capaian kinerja untuk indikator Indeks Kepuasan Masyarakat menunjukkan capaian yang meningkat. Target yang ditetapkan tahun 2023 adalah 87 realisasi sebesar 82.84 tercapai 95.21 atau bernilai kinerja Sangat berhasil. Bila dibandingkan dengan realisasi tahun 2022 sebesar 99,91 atau tercapai sebesar 114.83%, maka capaian tahun 2023 menurun sebesar 19.62%.',
    );
    expect(collectFacts(doc).filter((f) => f.source === 'sentence').map(brief)).toEqual([
      '6 target 2023 87 name:indeks kepuasan masyarakat',
      '6 realisasi 2023 82.84 name:indeks kepuasan masyarakat',
      '6 capaian 2023 95.21 name:indeks kepuasan masyarakat',
      '6 realisasi 2022 99,91 name:indeks kepuasan masyarakat',
      '6 capaian 2022 114.83% name:indeks kepuasan masyarakat',
    ]);
  });

  it('takes the subject from an earlier paragraph when a sentence names none, and marks it', () => {
    const doc = docOf(
      TITLE,
      ...table,
      '2a. Indikator Kedua adalah Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum dengan target pada tahun 2022 adalah 100 %.',
      'c. Pada tahun 2023 target kinerja tetap menjadi 100 % dan realisasinya adalah 99.01 dengan Capaian 99,01 %. Capaian Kinerja Tahun 2023 meningkat dari tahun 2022 sebesar 17.51 %',
    );
    const facts = collectFacts(doc).filter((f) => f.source === 'sentence');
    expect(facts.map((f) => `${brief(f)}${f.carried ? ' (carried)' : ''}`)).toEqual([
      '6 target 2022 100 % name:pelaksanaan pemerintahan persentase trantibum tugas umum',
      '7 target 2023 100 % name:pelaksanaan pemerintahan persentase trantibum tugas umum (carried)',
      '7 realisasi 2023 99.01 name:pelaksanaan pemerintahan persentase trantibum tugas umum (carried)',
      '7 capaian 2023 99,01 % name:pelaksanaan pemerintahan persentase trantibum tugas umum (carried)',
    ]);
  });

  it('reads the unit budget before and after the revision, its spending and absorption', () => {
    const doc = docOf(
      TITLE,
      'Untuk mendukung pelaksanaan Sasaran Strategis, Kecamatan Depok Tahun 2023 didukung dengan anggaran pada APBD Murni sebesar Rp. 9.201.483.220 (Sembilan Milyar Dua Ratus Satu Juta Empat Ratus Delapan Puluh Tiga Ribu Dua Ratus Dua Puluh Rupiah) namun setelah APBD Perubahan menjadi Rp. 10.524.299.300 dengan Realisasi 10.156.509.099 atau 96.51%.',
    );
    expect(collectFacts(doc).map(brief)).toEqual([
      '2 pagu 2023/murni Rp. 9.201.483.220 total:unit',
      '2 pagu 2023/perubahan Rp. 10.524.299.300 total:unit',
      '2 realisasi-anggaran 2023/perubahan 10.156.509.099 total:unit',
      '2 capaian-anggaran 2023/perubahan 96.51% total:unit',
    ]);
  });

  it('does not take an amount for the unit budget when the sentence is about a part of it', () => {
    const doc = docOf(TITLE, 'Belanja Modal tahun 2023 dianggarkan sebesar Rp 50.000.000 untuk pengadaan kendaraan.', 'Kegiatan Rehabilitasi Jalan dengan anggaran sebesar Rp 75.000.000 terealisasi seluruhnya.');
    expect(collectFacts(doc)).toEqual([]);
  });

  it('reads "label : value" lines as one text: the programs\' total, after the revision', () => {
    const doc = docOf(
      TITLE,
      'Perubahan Perjanjian Kinerja sebagai berikut :',
      row('No', 'Program', 'Anggaran'),
      row('1', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp 500.000.000'),
      row('2', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp 100.000.000'),
      row('', 'Jumlah', 'Rp 600.000.000'),
      'PENGUKURAN KINERJA',
      'Pagu Anggaran Program Tahun 2023 : Rp. 600.000.000',
      'Realisasi Anggaran Program Tahun 2023 : Rp. 585.000.000',
      'Persentase Capaian Program Tahun 2023 : 97,50%',
    );
    const key = 'total:desa kelurahan masyarakat pemberdayaan + ketentraman ketertiban koordinasi umum';
    expect(collectFacts(doc).filter((f) => f.source === 'sentence').map(brief)).toEqual([
      `8 pagu 2023/perubahan Rp. 600.000.000 ${key}`,
      `9 realisasi-anggaran 2023/perubahan Rp. 585.000.000 ${key}`,
      `10 capaian-anggaran 2023/perubahan 97,50% ${key}`,
    ]);
  });

  it('skips changes, counts, list numbers and figures of other scopes', () => {
    const doc = docOf(
      TITLE,
      ...table,
      'Pada Indikator Kinerja Utama 1 yaitu Indeks Kepuasan Masyarakat terdapat 3 (tiga) unsur layanan; capaian tahun 2023 meningkat sebesar 4,5 dari tahun lalu.',
      'Target nasional Indeks Kepuasan Masyarakat adalah 80.',
    );
    expect(collectFacts(doc).filter((f) => f.source === 'sentence')).toEqual([]);
  });
});
