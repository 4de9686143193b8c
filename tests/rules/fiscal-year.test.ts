import rule from '../../rules/fiscal-year.js';
import type { Finding } from '../../src/engine/types.js';
import { joinLines as lines, keyedLines, lineWith as at, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

/**
 * Kecamatan Tampan, Kota Pekanbaru, Riau: LKjIP for 2023, written in January 2024. Every year
 * in it is legitimate: regulations, the Renstra period, dates of writing and signing, the
 * evaluation of 2022 and its follow-up in 2024, comparisons with 2022, future Renstra targets.
 * `over` replaces a line by its key.
 */
function tampan(over: Record<string, string> = {}): string[] {
  const base: Array<[string, string]> = [
    ['cover', 'LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) KECAMATAN TAMPAN TAHUN 2023'],
    ['cover2', 'PEMERINTAH KOTA PEKANBARU'],
    ['', ''],
    ['kp', 'KATA PENGANTAR'],
    ['kp1', 'Puji syukur kami dapat menyusun Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Tampan Tahun 2023 tepat waktu.'],
    ['kp2', 'Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Tampan Kota Pekanbaru ini merupakan pertanggungjawaban pencapaian sasaran strategis Tahun 2023 sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 dan merujuk pada Rencana Strategis Kecamatan Tampan Tahun 2021-2026.'],
    ['kp3', 'Pekanbaru, 15 Januari 2024'],
    ['', ''],
    ['bab1', 'BAB I PENDAHULUAN'],
    ['s17', '1.7. Tindak Lanjut Atas Laporan Hasil Evaluasi Akuntabilitas Kinerja Tahun 2022'],
    ['p17', 'Berdasarkan Laporan Hasil Evaluasi atas LKjIP Kecamatan Tampan Tahun 2022 yang disampaikan Inspektorat pada tanggal 8 Desember 2023, telah disampaikan rekomendasi berikut.'],
    ['t13', 'Tabel 1.3 Tindak Lanjut Hasil Evaluasi SAKIP Tahun 2022'],
    ['t13h', row('No', 'Langkah Tindak Lanjut', 'Waktu Penyelesaian')],
    ['t13a', row('1', 'Menyusun Perjanjian Kinerja sampai level staf', 'Januari 2024')],
    ['t13b', row('2', 'Monitoring capaian rencana aksi', 'Januari s.d Desember 2024')],
    ['', ''],
    ['bab3', 'BAB III AKUNTABILITAS KINERJA KECAMATAN TAMPAN TAHUN 2023'],
    ['s33', '3.3. Pengukuran Kinerja Tahun 2023'],
    ['t33', 'Tabel 3.3 Pengukuran Kinerja Pencapaian Sasaran Tahun 2023'],
    ['t33h1', row('No', 'Indikator', '2022', '', '2023', '', '')],
    ['t33h2', row('', '', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian')],
    ['t33r', row('1', 'Indeks Kepuasan Masyarakat', '80,10', '100,13', '82', '83,50', '101,83')],
    ['p33', 'Bila dibandingkan dengan realisasi tahun 2022 sebesar 80,10, maka capaian tahun 2023 meningkat.'],
    ['p33b', 'Target yang ditetapkan tahun 2023 adalah 82 dengan realisasi 83,50.'],
    ['s34', '3.4. Perbandingan Realisasi Kinerja Tahun 2022 – 2023'],
    ['t34', 'Tabel 3.4 Perbandingan Realisasi Kinerja Tahun 2022 dan Tahun 2023'],
    ['t34h1', row('No', 'Indikator', 'Realisasi', '', 'Capaian', '')],
    ['t34h2', row('', '', '2022', '2023', '2022', '2023')],
    ['t34r', row('1', 'Indeks Kepuasan Masyarakat', '80,10', '83,50', '100,13', '101,83')],
    ['s35', '3.5. Perbandingan Dengan Target Akhir Renstra'],
    ['p35', 'Capaian diupayakan terus meningkat sampai dengan akhir periode Renstra Tahun 2026.'],
    ['t35', 'Tabel 3.5 Target Renstra Kecamatan Tampan 2021-2026'],
    ['t35h', row('No', 'Indikator', '2024', '2025', '2026')],
    ['t35r', row('1', 'Indeks Kepuasan Masyarakat', '83', '84', '85')],
    ['s37', '3.7. Akuntabilitas Keuangan'],
    ['p37', 'Pada Tahun 2023 Kecamatan Tampan didukung anggaran yang bersumber dari APBD Kota Pekanbaru Tahun Anggaran 2023.'],
    ['t37', 'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Tahun Anggaran 2023'],
    ['t37h', row('No', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)')],
    ['t37a', row('1', 'Penyusunan Laporan Kinerja Tahun 2022', '12.000.000', '11.500.000')],
    ['t37b', row('2', 'Penyusunan Laporan Keuangan Tahun Anggaran 2022', '9.000.000', '8.750.000')],
    ['', ''],
    ['lamp', 'LAMPIRAN'],
    ['pk', 'PERJANJIAN KINERJA TAHUN 2023 KECAMATAN TAMPAN KOTA PEKANBARU'],
    ['pk1', 'Pekanbaru, Januari 2023'],
    ['pkt', 'PENGUKURAN KINERJA'],
    ['pkt1', 'NAMA OPD : KECAMATAN TAMPAN'],
    ['pkt2', 'TAHUN ANGGARAN : 2023'],
    ['pkh', row('NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN')],
    ['pkr', row('1', 'Meningkatnya Kualitas Pelayanan Kecamatan', 'Indeks Kepuasan Masyarakat', '82', '83,50', '101,83')],
  ];
  return keyedLines(base, over);
}

/** Kecamatan Depok, Kabupaten Sleman: a short body with one sentence to vary. */
function depok(sentence: string, extra: string[] = []): string[] {
  return [
    'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
    '',
    'BAB III AKUNTABILITAS KINERJA',
    '3.10. Efisiensi Penggunaan Sumber Daya',
    sentence,
    ...extra,
  ];
}

const base = tampan();

testRule(rule, {
  valid: [
    { name: 'a whole report whose other years are regulations, periods, dates, comparisons and the evaluation of 2022', text: lines(base) },
    {
      name: 'a regulation on the accountability of the previous budget (LPJ APBD) is not the report’s accountability',
      text: lines(depok('Peraturan Daerah Kabupaten Sleman Nomor 5 Tahun 2023 tentang Pertanggungjawaban Pelaksanaan APBD Tahun Anggaran 2022 menjadi salah satu acuan.')),
    },
    {
      name: 'an accountability report of last year named as a document, in prose and as a sub kegiatan',
      text: lines(
        depok('Pada bulan Maret telah diserahkan Laporan Pertanggungjawaban Kinerja Camat Tahun 2022 kepada Bupati.', [
          row('No', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'),
          row('1', 'Pertanggungjawaban Kinerja Camat Tahun 2022', '5.000.000', '4.900.000'),
        ]),
      ),
    },
    {
      name: 'two agreements compared in one sentence',
      text: lines(depok('Target pada Perjanjian Kinerja Tahun 2022 sebesar 80, sedangkan pada Perjanjian Kinerja Tahun 2023 sebesar 82.')),
    },
    {
      name: 'national figures a year behind in a comparison table',
      text: lines(
        depok('Perbandingan dengan realisasi nasional disajikan berikut.', [
          'Tabel 3.6 Perbandingan Realisasi Kinerja Dengan Realisasi Nasional',
          row('No', 'Indikator', 'Target (%)', 'Realisasi (%)', 'Realisasi Nasional Tahun 2022 (%)'),
          row('1', 'Persentase Pelayanan Administrasi Terpadu', '100', '98', '91'),
        ]),
      ),
    },
    {
      name: 'a comparison table headed by budget years TA 2022 and TA 2023',
      text: lines(
        depok('Realisasi anggaran dua tahun terakhir disajikan berikut.', [
          'Tabel 3.8 Realisasi Anggaran Kecamatan Depok',
          row('No', 'Program', 'Realisasi TA 2022 (Rp)', 'Realisasi TA 2023 (Rp)'),
          row('1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', '210.000.000', '225.500.000'),
        ]),
      ),
    },
    {
      name: 'a next-year agreement mentioned in the closing chapter, and the evaluation of last year’s report',
      text: lines(
        depok('Perjanjian Kinerja Tahun 2024 telah ditandatangani pada bulan Januari 2024.', [
          'Hasil evaluasi atas LKjIP Kecamatan Depok Tahun 2022 ini menjadi bahan perbaikan.',
        ]),
      ),
    },
    {
      name: 'a caption naming last year within a section comparing with last year',
      text: lines(
        depok('Capaian tahun ini dibandingkan dengan tahun lalu.', [
          '3.4. Perbandingan Realisasi Kinerja Dengan Tahun Lalu',
          'Tabel 3.4 Capaian Kinerja Kecamatan Depok Tahun 2022',
          row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'),
          row('1', 'Indeks Kepuasan Masyarakat', '80', '80,10', '100,13'),
        ]),
      ),
    },
    {
      name: 'the report’s own year everywhere, in English-style headings too',
      text: lines(
        depok('Untuk mewujudkan komitmen kinerja Tahun 2023, Kecamatan Depok menganggarkan Belanja Operasi dalam APBD Tahun 2023.', [
          'Pihak Pertama pada Tahun 2023 ini berjanji akan mewujudkan target kinerja.',
          '2.4. Perjanjian Kinerja Tahun 2023',
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the foreword accounts for the previous year (error: the report names itself)',
      text: lines(tampan({ kp2: 'Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Tampan Kota Pekanbaru ini merupakan pertanggungjawaban pencapaian sasaran strategis / Kinerja Utama Tahun 2022 sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014.' })),
      findings: [{ line: at(base, 'ini merupakan pertanggungjawaban'), expected: '2023', actual: '2022', severity: 'error', message: ['KATA PENGANTAR', 'Kinerja Utama Tahun 2022', 'tahun 2023'] }],
    },
    {
      name: 'a commitment of the previous year in a sentence about this year’s budget (error)',
      text: lines(depok('Untuk mewujudkan komitmen kinerja Tahun 2022 sebagaimana uraian tersebut di atas, Kecamatan Depok menganggarkan Belanja Operasi dan Belanja Modal dalam APBD Tahun 2023.')),
      findings: [{ line: 5, expected: '2023', actual: '2022', severity: 'error', message: ['komitmen kinerja Tahun 2022', 'BAB III › 3.10'] }],
    },
    {
      name: 'a commitment of another year with nothing else to go by (warning)',
      text: lines(depok('Komitmen kinerja tahun 2022 diwujudkan melalui program prioritas kecamatan.')),
      findings: [{ line: 5, actual: '2022', severity: 'warning' }],
    },
    {
      name: 'the measurement appendix with next year as its budget year, split over two lines',
      text: lines(tampan({ pkt1: 'NAMA OPD : KECAMATAN TAMPAN TAHUN', pkt2: 'ANGGARAN : 2024' })),
      findings: [{ line: at(base, 'TAHUN ANGGARAN : 2023'), expected: '2023', actual: '2024', severity: 'error', message: ['TAHUN ANGGARAN : 2024'] }],
    },
    {
      name: 'a budget field holding next year, alone on its line above the measurement table',
      text: lines(tampan({ pkt1: 'PENGUKURAN KINERJA KECAMATAN TAMPAN', pkt2: 'ANGGARAN : 2024' })),
      findings: [{ line: at(base, 'TAHUN ANGGARAN : 2023'), actual: '2024', severity: 'error', message: ['"ANGGARAN : 2024"'] }],
    },
    {
      name: 'the budget year as a form field on one line',
      text: lines(tampan({ pkt2: 'TAHUN ANGGARAN : 2022' })),
      findings: [{ line: at(base, 'TAHUN ANGGARAN : 2023'), actual: '2022', severity: 'error' }],
    },
    {
      name: 'titles left from last year: a caption, a heading, the chapter title, an appendix title',
      text: lines(
        tampan({
          t33: 'Tabel 3.3 Pengukuran Kinerja Pencapaian Sasaran Tahun 2022',
          s33: '3.3. Pengukuran Kinerja Tahun 2022',
          bab3: 'BAB III AKUNTABILITAS KINERJA KECAMATAN TAMPAN TAHUN 2022',
          pk: 'PERJANJIAN KINERJA TAHUN 2022 KECAMATAN TAMPAN KOTA PEKANBARU',
          t37: 'Tabel 3.7 Realisasi Anggaran Kecamatan Tampan Tahun Anggaran 2022',
        }),
      ),
      findings: [
        { line: at(base, 'BAB III AKUNTABILITAS'), actual: '2022', severity: 'error', message: ['Judul bagian', 'AKUNTABILITAS KINERJA KECAMATAN TAMPAN TAHUN 2022'] },
        { line: at(base, '3.3. Pengukuran Kinerja'), actual: '2022', severity: 'error' },
        // The caption of a table comparing 2022 with 2023 naming 2022 only: likely left over, a warning.
        { line: at(base, 'Indikator\t2022'), actual: '2022', severity: 'warning', message: ['Judul Tabel 3.3', 'Pengukuran Kinerja Pencapaian Sasaran Tahun 2022'] },
        { line: at(base, 'Sub Kegiatan\tPagu'), actual: '2022', severity: 'error', message: ['Judul Tabel 3.7'] },
        { line: at(base, 'PERJANJIAN KINERJA TAHUN 2023'), actual: '2022', severity: 'error', message: ['PERJANJIAN KINERJA TAHUN 2022'] },
      ],
    },
    {
      name: 'next year’s agreement as a section title is only a warning (it may be cited)',
      text: lines(depok('Perjanjian kinerja disajikan berikut.', ['2.4. Perjanjian Kinerja Tahun 2024'])),
      findings: [{ line: 6, actual: '2024', severity: 'warning' }],
    },
    {
      name: 'the report naming itself with another year ("... Tahun 2022 ini")',
      text: lines(tampan({ kp3: 'Semoga Laporan Kinerja Kecamatan Tampan Tahun 2022 ini bermanfaat bagi semua pihak.' })),
      findings: [{ line: at(base, 'Pekanbaru, 15 Januari'), actual: '2022', severity: 'error', message: ['Tahun 2022 ini'] }],
    },
    {
      name: 'the foreword naming the report with another year, without "ini" (warning)',
      text: lines(tampan({ kp1: 'Puji syukur kami dapat menyusun Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Tampan Tahun 2022 tepat waktu.' })),
      findings: [{ line: at(base, 'Puji syukur'), actual: '2022', severity: 'warning' }],
    },
    {
      name: 'a measurement table headed with last year only (warning)',
      text: lines(
        depok('Capaian indikator disajikan berikut.', [
          row('No', 'Indikator', '2022', '', ''),
          row('', '', 'Target', 'Realisasi', 'Capaian'),
          row('1', 'Indeks Kepuasan Masyarakat', '82', '83,50', '101,83'),
        ]),
      ),
      findings: [{ line: 6, actual: '2022', severity: 'warning', message: ['kepala tabel', 'target, realisasi dan capaian'] }],
    },
    {
      name: 'a measurement table whose caption names the report’s year but whose header says 2022 (error)',
      text: lines(
        depok('Capaian indikator disajikan berikut.', [
          'Tabel 3.3 Capaian Kinerja Kecamatan Depok Tahun 2023',
          row('No', 'Indikator', 'Target 2022', 'Realisasi 2022', 'Capaian (%)'),
          row('1', 'Indeks Kepuasan Masyarakat', '82', '83,50', '101,83'),
        ]),
      ),
      findings: [{ line: 7, actual: '2022', expected: '2023', severity: 'error', message: ['Tabel 3.3', 'Capaian Kinerja Kecamatan Depok Tahun 2023'] }],
    },
    {
      name: '"pada tahun 2022 ini" in a 2023 report (warning)',
      text: lines(depok('Pada tahun 2022 ini seluruh sub kegiatan telah dilaksanakan sesuai jadwal.')),
      findings: [{ line: 5, actual: '2022', severity: 'warning', message: ['tahun 2022 ini'] }],
    },
    {
      name: 'a sentence drawing on last year’s agreement for this year’s budget (warning)',
      text: lines(depok('Untuk mendukung sasaran strategis sebagaimana tertuang didalam Perjanjian Kinerja Tahun 2022, maka Kecamatan Depok Tahun 2023 didukung dengan anggaran sebesar Rp 1.250.000.000.')),
      findings: [{ line: 5, actual: '2022', severity: 'warning', message: ['Perjanjian Kinerja Tahun 2022'] }],
    },
    {
      name: 'a table-of-contents entry left from last year',
      text: lines([
        'LAPORAN KINERJA DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023',
        'DAFTAR ISI',
        row('2.4 Perjanjian Kinerja Tahun 2022', '18'),
        row('3.1 Pengukuran Kinerja Tahun 2023', '22'),
        'BAB II PERENCANAAN KINERJA',
        '2.4. Perjanjian Kinerja Tahun 2023',
      ]),
      findings: [{ line: 3, actual: '2022', severity: 'error', message: ['DAFTAR ISI', 'Perjanjian Kinerja Tahun 2022'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: lines(depok('Untuk mewujudkan komitmen kinerja Tahun 2022, Kecamatan Depok menganggarkan Belanja Operasi dalam APBD Tahun 2023.')),
      findings: [{ line: 5, message: ['the performance commitment reported on is that of 2023', '"komitmen kinerja Tahun 2022"'] }],
    },
  ],
});

describe('fiscal-year: details', () => {
  it('gives the cover title, where the fiscal year comes from, as a related location', () => {
    const found = lintWith(rule, { name: '', text: lines(depok('Untuk mewujudkan komitmen kinerja Tahun 2022, Kecamatan Depok menganggarkan Belanja Operasi dalam APBD Tahun 2023.')) });
    expect(found).toHaveLength(1);
    expect(found[0].related.map((r) => r.location.line)).toEqual([1]);
    expect(found[0].related[0].note).toContain('TAHUN 2023');
  });

  it('gives the line above as related when "TAHUN" and "ANGGARAN : 2024" are split', () => {
    const ls = tampan({ pkt1: 'NAMA OPD : KECAMATAN TAMPAN TAHUN', pkt2: 'ANGGARAN : 2024' });
    const [f] = lintWith(rule, { name: '', text: lines(ls) });
    expect(f.related[0].location.line).toBe(at(ls, 'NAMA OPD'));
  });

  it('reports nothing above a warning when the fiscal year was only guessed from frequent mentions', () => {
    const found = lintWith(rule, {
      name: '',
      text: lines([
        'BAB I PENDAHULUAN',
        'Kecamatan Depok Tahun 2023 menyusun laporan kinerja. Program Tahun 2023 dilaksanakan. Kegiatan Tahun 2023 selesai.',
        'BAB III AKUNTABILITAS KINERJA KECAMATAN DEPOK TAHUN 2022',
      ]),
    });
    expect(found.map((f) => [f.location.line, f.severity, f.actual])).toEqual([[3, 'warning', '2022']]);
  });

  it('reports nothing when the report has no fiscal year', () => {
    expect(lintWith(rule, { name: '', text: lines(['BAB I PENDAHULUAN', 'Tidak ada tahun di sini.']) })).toEqual([]);
  });
});

describe('fiscal-year on the reference report (Kecamatan Dumai Barat 2023)', () => {
  let found: Finding[];
  beforeAll(async () => {
    found = await lintReference(rule);
  });

  it('finds the three places where another year stands for 2023', () => {
    expect(found.map((f) => [f.location.line, f.severity, f.actual, f.expected])).toEqual([
      [52, 'error', '2022', '2023'],
      [1185, 'error', '2022', '2023'],
      [1514, 'error', '2024', '2023'],
    ]);
    expect(found[0].message).toContain('Kinerja Utama Tahun 2022');
    expect(found[1].message).toContain('komitmen kinerja Tahun 2022');
    expect(found[2].message).toContain('TAHUN ANGGARAN : 2024');
    expect(found[2].related[0].location.line).toBe(1513);
  });

  it('leaves the comparisons with 2022 (Tabel 3.3, 3.4 and their narrative), dates and regulations alone', () => {
    const lines = found.map((f) => f.location.line!);
    // Tabel 3.3 and its analysis, section 3.4, Tabel 3.4 and its conclusions.
    expect(lines.filter((l) => l >= 695 && l <= 795)).toEqual([]);
    // "Dumai, 15 Januari 2024", the follow-up deadlines in 2024, "Dumai, Januari 2023" (PK signed).
    for (const l of [40, 58, 461, 462, 1248, 1293, 1397, 1426, 1526, 1537]) expect(lines).not.toContain(l);
    // Regulations and the Renstra / RPJMD periods.
    for (const l of [69, 87, 93, 338, 506, 508, 648, 663]) expect(lines).not.toContain(l);
  });
});
