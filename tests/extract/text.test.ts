import { extractText } from '../../src/extract/text.js';
import { detectMetadata } from '../../src/extract/metadata.js';
import type { Block, Heading, Paragraph, Report, Table } from '../../src/model/index.js';

/** A report as converted text: one string per line, tab-separated lines are table rows. */
const text = (...lines: string[]) => lines.join('\n');
const row = (...cells: string[]) => cells.join('\t');

const extract = (content: string): Report => extractText('laporan.txt', content);
const tables = (r: Report) => r.blocks.filter((b): b is Table => b.kind === 'table');
const headings = (r: Report) => r.blocks.filter((b): b is Heading => b.kind === 'heading');
const paragraphs = (r: Report) => r.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const grid = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text));
const kinds = (r: Report) => r.blocks.map((b: Block) => b.kind);
const metadataOf = (content: string, options = {}) => detectMetadata(extract(content), options);

describe('extractText: report shell', () => {
  it('keeps the file name, the format and the line count, and starts with empty metadata', () => {
    const r = extract(text('Paragraf satu.', 'Paragraf dua.', ''));
    expect(r.file).toBe('laporan.txt');
    expect(r.format).toBe('text');
    expect(r.size).toEqual({ lines: 3 });
    expect(r.metadata).toEqual({ unit: {} });
  });

  it('strips a byte-order mark and reads CRLF line ends', () => {
    const r = extract('\uFEFFBAB I PENDAHULUAN\r\n1.1 Latar Belakang\r\nIsi paragraf.\r\n');
    expect(headings(r).map((h) => h.text)).toEqual(['BAB I PENDAHULUAN', '1.1 Latar Belakang']);
    expect(paragraphs(r)[0].text).toBe('Isi paragraf.');
    expect(paragraphs(r)[0].loc.line).toBe(3);
  });

  it('numbers blocks in order and skips blank lines', () => {
    const r = extract(text('', 'Satu.', '', '', 'Dua.'));
    expect(r.blocks.map((b) => b.index)).toEqual([0, 1]);
    expect(r.blocks.map((b) => b.loc.line)).toEqual([2, 5]);
  });
});

describe('extractText: headings', () => {
  const report = extract(
    text(
      'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024',
      'RINGKASAN EKSEKUTIF',
      'Ringkasan capaian kinerja.',
      'KATA PENGANTAR',
      'DAFTAR ISI',
      'Daftar Tabel',
      'BAB I PENDAHULUAN',
      '1.1. Latar Belakang',
      'Sistematika penulisan laporan ini sebagai berikut.',
      'Bab II Perencanaan Kinerja memuat rencana strategis dan perjanjian kinerja.',
      '1.2 Tugas Pokok dan Fungsi',
      '1.2.1 Struktur Organisasi',
      'BAB III AKUNTABILITAS KINERJA',
      '3.7. Akuntabilitas Keuangan',
      '3.8 Efisiensi Penggunaan Sumber Daya',
      'LAMPIRAN',
    ),
  );
  const byText = (t: string) => report.blocks.find((b) => (b.kind === 'heading' || b.kind === 'paragraph') && b.text === t);

  it('recognises BAB chapters with their roman number', () => {
    const h = byText('BAB III AKUNTABILITAS KINERJA') as Heading;
    expect(h.kind).toBe('heading');
    expect(h.level).toBe(1);
    expect(h.number).toBe('III');
    expect(h.context).toEqual({ part: 'body', chapter: 'BAB III', chapterTitle: 'AKUNTABILITAS KINERJA' });
  });

  it('recognises numbered sections with and without the trailing dot', () => {
    const withDot = byText('3.7. Akuntabilitas Keuangan') as Heading;
    const without = byText('3.8 Efisiensi Penggunaan Sumber Daya') as Heading;
    expect(withDot).toMatchObject({ kind: 'heading', level: 2, number: '3.7' });
    expect(without).toMatchObject({ kind: 'heading', level: 2, number: '3.8' });
    expect(withDot.context.section).toBe('3.7');
    expect(withDot.context.sectionTitle).toBe('Akuntabilitas Keuangan');
    expect(withDot.loc.section).toBe('BAB III › 3.7 Akuntabilitas Keuangan');
  });

  it('gives deeper sections their depth as level', () => {
    expect(byText('1.2.1 Struktur Organisasi')).toMatchObject({ kind: 'heading', level: 3, number: '1.2.1' });
  });

  it('recognises front-matter titles and the appendix', () => {
    expect(byText('RINGKASAN EKSEKUTIF')).toMatchObject({ kind: 'heading', level: 1, context: { part: 'summary' } });
    expect(byText('KATA PENGANTAR')).toMatchObject({ kind: 'heading', context: { part: 'front', chapter: 'KATA PENGANTAR' } });
    expect(byText('DAFTAR ISI')).toMatchObject({ kind: 'heading', context: { part: 'front' } });
    expect(byText('Daftar Tabel')).toMatchObject({ kind: 'heading', context: { part: 'front' } });
    expect(byText('LAMPIRAN')).toMatchObject({ kind: 'heading', context: { part: 'appendix', chapter: 'LAMPIRAN' } });
  });

  it('reads "Bab II ..." in prose as a mention when the chapters are headed with an upper-case BAB', () => {
    const mention = byText('Bab II Perencanaan Kinerja memuat rencana strategis dan perjanjian kinerja.')!;
    expect(mention.kind).toBe('paragraph');
    // The mention does not move the outline: the next section is still in BAB I.
    expect((byText('1.2 Tugas Pokok dan Fungsi') as Heading).context.chapter).toBe('BAB I');
  });

  it('accepts a mixed-case "Bab II" as a chapter when the report never writes an upper-case BAB', () => {
    const r = extract(text('Bab I Pendahuluan', 'Isi.', 'Bab II Perencanaan Kinerja', 'Isi lagi.'));
    expect(headings(r).map((h) => h.number)).toEqual(['I', 'II']);
    expect(paragraphs(r)[1].context.chapter).toBe('BAB II');
  });

  it('does not read the cover title, a lower-case section line or a line ending with a colon as headings', () => {
    expect(byText('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024')!.kind).toBe('paragraph');
    const r = extract(text('BAB I PENDAHULUAN', '1.1 latar belakang ditulis kecil', '1.2. Dasar Hukum:', '2.500 Orang Tenaga Kesehatan'));
    expect(kinds(r)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a BAB heading written in bold Markdown', () => {
    const r = extract(text('BAB III **AKUNTABILITAS KINERJA**', '3.1 **Capaian Kinerja**'));
    expect(headings(r).map((h) => [h.number, h.text])).toEqual([
      ['III', 'BAB III AKUNTABILITAS KINERJA'],
      ['3.1', '3.1 Capaian Kinerja'],
    ]);
  });

  // Was a bug: a BAB heading split over two lines ("BAB III" / "AKUNTABILITAS KINERJA", the usual
  // centred layout of a chapter page) leaves the chapter without a title: the title line
  // becomes a paragraph and chapterTitle is empty.
  it('takes the title of a "BAB III" line from the line below when the BAB line has none', () => {
    const r = extract(text('BAB III', 'AKUNTABILITAS KINERJA', '3.1 Capaian Kinerja', 'Isi.'));
    expect(paragraphs(r)[0].context.chapterTitle).toBe('AKUNTABILITAS KINERJA');
  });

  // Was a bug: a Markdown (.md) conversion writes headings as ATX headings ("## 3.7. ..."). The "#"
  // marks are not stripped, so no chapter or section is recognised and every block of the
  // report stays in the front matter.
  it('recognises Markdown ATX headings ("# BAB III ...", "## 3.7. ...")', () => {
    const r = extract(text('# BAB III AKUNTABILITAS KINERJA', '## 3.7. Akuntabilitas Keuangan', 'Isi paragraf.'));
    expect(headings(r).map((h) => h.number)).toEqual(['III', '3.7']);
    expect(paragraphs(r)[0].context).toMatchObject({ part: 'body', chapter: 'BAB III', section: '3.7' });
  });
});

describe('extractText: section context of blocks', () => {
  const r = extract(
    text(
      'KATA PENGANTAR',
      'Puji syukur.',
      'BAB II PERENCANAAN KINERJA',
      'Pengantar bab.',
      '2.4 Perjanjian Kinerja',
      row('No', 'Program', 'Anggaran (Rp)'),
      row('1', 'Program Pelayanan Kesehatan', '4.250.000.000'),
      'BAB III AKUNTABILITAS KINERJA',
      'Pengantar bab tiga.',
    ),
  );

  it('places paragraphs in the chapter and section they follow', () => {
    const [p1, p2, p3] = paragraphs(r);
    expect(p1.context).toEqual({ part: 'front', chapter: 'KATA PENGANTAR', chapterTitle: undefined });
    expect(p1.loc.section).toBe('KATA PENGANTAR');
    expect(p2.context).toMatchObject({ part: 'body', chapter: 'BAB II', chapterTitle: 'PERENCANAAN KINERJA' });
    expect(p2.context.section).toBeUndefined();
    expect(p2.loc.section).toBe('BAB II');
    expect(p3.context.chapter).toBe('BAB III');
    expect(p3.context.section).toBeUndefined();
  });

  it('places tables, their rows and their cells in the section', () => {
    const [t] = tables(r);
    expect(t.context).toMatchObject({ chapter: 'BAB II', section: '2.4', sectionTitle: 'Perjanjian Kinerja' });
    expect(t.loc.section).toBe('BAB II › 2.4 Perjanjian Kinerja');
    expect(t.rows[1].loc.section).toBe('BAB II › 2.4 Perjanjian Kinerja');
    expect(t.rows[1].cells[2].loc.section).toBe('BAB II › 2.4 Perjanjian Kinerja');
  });

  it('puts blocks before any heading in the front matter without a section label', () => {
    const p = paragraphs(extract('Sampul laporan.'))[0];
    expect(p.context).toEqual({ part: 'front' });
    expect(p.loc.section).toBeUndefined();
  });
});

describe('extractText: paragraphs', () => {
  it('strips list markers and keeps them apart', () => {
    const r = extract(text('1. Butir pertama', 'a) butir kedua', '- butir ketiga', 'iv. butir keempat', 'Kalimat biasa.'));
    expect(paragraphs(r).map((p) => [p.marker, p.text])).toEqual([
      ['1.', 'Butir pertama'],
      ['a)', 'butir kedua'],
      ['-', 'butir ketiga'],
      ['iv.', 'butir keempat'],
      [undefined, 'Kalimat biasa.'],
    ]);
  });

  it('joins bold text that spans several lines into one paragraph with its end line', () => {
    const r = extract(text('Sampul.', '**KECAMATAN TAMPAN', 'PEMERINTAH KOTA PEKANBARU**', 'Lanjut.'));
    const p = paragraphs(r)[1];
    expect(p.text).toBe('KECAMATAN TAMPAN PEMERINTAH KOTA PEKANBARU');
    expect(p.loc).toMatchObject({ line: 2, endLine: 3 });
    expect(paragraphs(r)[2].loc.line).toBe(4);
  });

  it('gives a one-line paragraph no endLine', () => {
    expect(paragraphs(extract('Satu baris.'))[0].loc).toEqual({ file: 'laporan.txt', line: 1, section: undefined });
  });
});

describe('extractText: captions and titles', () => {
  it('attaches a "Tabel 3.7" caption and its title lines to the next table', () => {
    const r = extract(
      text(
        '3.7. Akuntabilitas Keuangan',
        'Tabel 3.7',
        'Realisasi Anggaran Dinas Kesehatan',
        'Tahun Anggaran 2024',
        '',
        row('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        row('1', 'Belanja Pegawai', '6.125.400.000,00', '5.980.112.350,00'),
      ),
    );
    const [t] = tables(r);
    expect(t.number).toBe('3.7');
    expect(t.caption).toBe('Tabel 3.7 Realisasi Anggaran Dinas Kesehatan Tahun Anggaran 2024');
    expect(t.title).toBeUndefined();
    expect(t.loc.table).toBe('Tabel 3.7');
    expect(t.rows[1].loc.table).toBe('Tabel 3.7');
    expect(t.rows[1].cells[3].loc.table).toBe('Tabel 3.7');
    // The caption lines are not paragraphs of their own.
    expect(paragraphs(r)).toHaveLength(0);
  });

  it('reads upper-case captions with a trailing dot', () => {
    const r = extract(text('TABEL 2.3.', 'PERJANJIAN KINERJA', row('Sasaran', 'Indikator', 'Target'), row('Meningkatnya derajat kesehatan', 'Usia Harapan Hidup', '74,12')));
    expect(tables(r)[0]).toMatchObject({ number: '2.3', caption: 'TABEL 2.3. PERJANJIAN KINERJA' });
  });

  it('keeps a caption with a long title from swallowing the paragraph after it', () => {
    const caption = 'Tabel 3.2 Perbandingan Realisasi Kinerja Dinas Kesehatan Kabupaten Sleman dengan Tahun Sebelumnya';
    const r = extract(text(caption, 'Keterangan', row('Indikator', '2023', '2024'), row('Angka Kematian Bayi', '4,1', '3,8')));
    expect(tables(r)[0].caption).toBe(caption);
    expect(paragraphs(r).map((p) => p.text)).toEqual(['Keterangan']);
  });

  it('gives an untitled table the short title-like paragraph right above it', () => {
    const r = extract(text('Capaian Indikator Kinerja Utama', row('Indikator', 'Target', 'Realisasi'), row('Cakupan Imunisasi Dasar', '95', '96,4')));
    const [t] = tables(r);
    expect(t.title).toBe('Capaian Indikator Kinerja Utama');
    expect(t.number).toBeUndefined();
    expect(t.caption).toBeUndefined();
    expect(t.loc.table).toBe('Capaian Indikator Kinerja Utama');
  });

  it('shortens a long title in the table label', () => {
    const title = 'Rekapitulasi Realisasi Belanja Langsung Per Program Dinas Kesehatan Kabupaten Sleman';
    const [t] = tables(extract(text(title, row('Program', 'Pagu'), row('Program Farmasi', '1.000.000'))));
    expect(t.title).toBe(title);
    expect(t.loc.table!.endsWith('…')).toBe(true);
    expect(t.loc.table!.length).toBeLessThanOrEqual(60);
    expect(title.startsWith(t.loc.table!.slice(0, -1))).toBe(true);
  });

  it('does not take a list item, a sentence pair or a line ending with a colon as a title', () => {
    for (const above of ['1. Realisasi anggaran', 'Realisasi naik. Capaian juga naik.', 'Rinciannya sebagai berikut:']) {
      const [t] = tables(extract(text(above, row('Program', 'Pagu'), row('Program Farmasi', '1.000.000'))));
      expect(t.title).toBeUndefined();
      expect(t.loc.table).toBeUndefined();
    }
  });

  // Was a bug: a caption whose table did not come through as text (a table pasted as a picture)
  // stays pending past the next section heading and is given to the next, unrelated table,
  // which is then reported as "Tabel 3.2" and loses its own title.
  it('does not carry a caption past a section heading', () => {
    const r = extract(
      text(
        '3.1 Capaian Kinerja',
        'Tabel 3.2 Perbandingan Capaian Kinerja',
        'Perbandingan capaian disajikan dalam grafik. Kenaikan terjadi pada semua indikator.',
        '3.3 Akuntabilitas Keuangan',
        'Realisasi Belanja Per Jenis',
        row('Uraian', 'Pagu', 'Realisasi'),
        row('Belanja Pegawai', '2.150.000', '2.001.300'),
      ),
    );
    const [t] = tables(r);
    expect(t.number).toBeUndefined();
    expect(t.title).toBe('Realisasi Belanja Per Jenis');
  });

  // Was a bug: a short caption absorbs the next line when it is a single sentence ending with a
  // period ("isTitleLike" only rejects ". " inside the text), so the caption becomes
  // "Tabel 3.1 Capaian IKU Tabel berikut menyajikan ...".
  it('does not absorb an introductory sentence into a short caption', () => {
    const r = extract(
      text(
        'Tabel 3.1 Capaian IKU',
        'Tabel berikut menyajikan capaian indikator kinerja utama tahun 2024.',
        row('Indikator', 'Target', 'Realisasi'),
        row('Usia Harapan Hidup', '74,5', '74,8'),
      ),
    );
    expect(tables(r)[0].caption).toBe('Tabel 3.1 Capaian IKU');
  });
});

describe('extractText: table segmentation', () => {
  it('keeps a table together across blank lines and separator rows', () => {
    const r = extract(
      text(
        row('No', 'Program', 'Anggaran'),
        row('1', 'Program Pelayanan Kesehatan', 'Rp. 3.250.000.000,-'),
        '',
        row('2', 'Program Pencegahan Penyakit', 'Rp. 1.120.500.000,-'),
        row('--', '--', '---'),
        '',
        row('3', 'Program Sediaan Farmasi', 'Rp. 450.000.000,-'),
        row('Jumlah', 'Rp. 4.820.500.000,-'),
      ),
    );
    expect(tables(r)).toHaveLength(1);
    const [t] = tables(r);
    expect(grid(t).map((cells) => cells[0])).toEqual(['No', '1', '2', '3', 'Jumlah']);
    expect(t.rows.map((x) => x.loc.line)).toEqual([1, 2, 4, 7, 8]);
    expect(t.loc).toMatchObject({ line: 1, endLine: 8, tableIndex: 1 });
  });

  it('starts a new table at a much narrower row after a blank line', () => {
    const r = extract(
      text(
        row('No', 'Indikator', 'Target', 'Realisasi', 'Capaian'),
        row('1', 'Persentase Posyandu Aktif', '80', '84', '105,00'),
        '',
        row('Sasaran', 'Indikator'),
        row('Meningkatnya derajat kesehatan', 'Usia Harapan Hidup'),
      ),
    );
    expect(tables(r).map((t) => t.rows.length)).toEqual([2, 2]);
    expect(tables(r).map((t) => t.loc.tableIndex)).toEqual([1, 2]);
    expect(grid(tables(r)[1])[0]).toEqual(['Sasaran', 'Indikator']);
  });

  it('starts a new table at an upper-case header row after a blank line', () => {
    const r = extract(
      text(
        row('No', 'Indikator', 'Satuan'),
        row('1', 'Angka Kesakitan DBD', 'per 100.000'),
        '',
        row('NO', 'PROGRAM', 'PAGU'),
        row('1', 'Program Farmasi', '750.000.000'),
      ),
    );
    expect(tables(r).map((t) => grid(t)[0][1])).toEqual(['Indikator', 'PROGRAM']);
  });

  it('does not split a table at a narrower row without a blank line, nor at a slightly narrower row after one', () => {
    const r = extract(
      text(
        row('No', 'Uraian', 'Target', 'Realisasi'),
        row('1', 'Cakupan Persalinan Faskes', '98', '97,2'),
        row('Catatan', 'angka sementara'),
        '',
        row('2', 'Cakupan Imunisasi', '95'),
      ),
    );
    expect(tables(r)).toHaveLength(1);
    expect(tables(r)[0].rows).toHaveLength(4);
  });

  it('ends a table at a line of text and starts another at the next tab line', () => {
    const r = extract(text(row('A', 'B'), row('1', '2'), 'Sumber: Bidang Pelayanan Kesehatan', row('C', 'D'), row('3', '4')));
    expect(kinds(r)).toEqual(['table', 'paragraph', 'table']);
    expect(tables(r).map((t) => t.loc.tableIndex)).toEqual([1, 2]);
  });

  it('gives every row and cell its table coordinates', () => {
    const [t] = tables(extract(text('Intro.', row('No', 'Uraian', 'Pagu'), row('1', 'Belanja Modal', '1,250,000.00'))));
    expect(t.headerRows).toBe(0);
    expect(t.rows[1].loc).toMatchObject({ file: 'laporan.txt', line: 3, tableIndex: 1, row: 2 });
    expect(t.rows[1].loc.endLine).toBeUndefined();
    expect(t.rows[1].cells.map((c) => c.loc.column)).toEqual([1, 2, 3]);
    expect(t.rows[1].cells[2].loc).toMatchObject({ line: 3, row: 2, column: 3 });
  });

  // Was a bug: a line of tabs only (an empty table row left by conversion) outside a table opens a
  // table of empty cells: it shifts the numbering of every later table and takes the
  // paragraph above as its title.
  it('does not open a table at a line holding only tabs', () => {
    const r = extract(text('Paragraf pembuka.', '\t\t', 'Capaian Kinerja', row('Indikator', 'Target'), row('Cakupan Imunisasi', '95')));
    expect(tables(r)).toHaveLength(1);
    expect(tables(r)[0]).toMatchObject({ title: 'Capaian Kinerja', loc: { tableIndex: 1 } });
  });
});

describe('extractText: rows repaired', () => {
  const r = extract(
    text(
      row('No', 'Uraian', 'Anggaran', 'Realisasi'),
      row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan', '2.500.000.000', '2.400.000.000'),
      row('', 'Upaya Kesehatan Masyarakat', '', ''),
      row('', 'Kegiatan Penyediaan Layanan Kesehatan', '', ''),
      row('2', 'Penyediaan Obat', '1,000,000.50', '900,000.25'),
      '',
      row('', 'dan Bahan Medis Habis Pakai', '', ''),
      row('3', 'Biaya Operasional', '100.000', '90.000'),
      'P',
      'u',
      's',
      'k',
      'e',
      's',
      'm',
      'a',
      's',
      row('4', 'Jasa Kebersihan', '75.000', '70.000'),
    ),
  );
  const [t] = tables(r);

  it('merges a line holding only the rest of the previous row\'s words back into that row', () => {
    expect(grid(t)[1]).toEqual(['1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', '2.500.000.000', '2.400.000.000']);
    expect(t.rows[1].loc).toMatchObject({ line: 2, endLine: 3 });
    expect(t.rows[1].cells[1].loc).toMatchObject({ line: 2, endLine: 3 });
  });

  it('merges a continuation across a blank line and extends the row to its last line', () => {
    expect(grid(t)[3]).toEqual(['2', 'Penyediaan Obat dan Bahan Medis Habis Pakai', '1,000,000.50', '900,000.25']);
    expect(t.rows[3].loc).toMatchObject({ line: 5, endLine: 7 });
  });

  it('does not merge a line that starts a row of its own (Kegiatan, Jumlah, ...)', () => {
    expect(grid(t)[2]).toEqual(['', 'Kegiatan Penyediaan Layanan Kesehatan', '', '']);
  });

  it('attaches a run of one letter per line to the row above it', () => {
    expect(grid(t)[4]).toEqual(['3', 'Biaya Operasional Puskesmas', '100.000', '90.000']);
    expect(grid(t)[5][1]).toBe('Jasa Kebersihan');
    expect(t.rows[5].loc.line).toBe(18);
    expect(t.loc).toMatchObject({ line: 1, endLine: 18 });
    expect(t.rows.map((x) => x.loc.row)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not merge a text line into a row without figures, nor a line with digits', () => {
    const r2 = extract(
      text(
        row('Sasaran', 'Indikator'),
        row('Meningkatnya mutu layanan', 'Indeks Kepuasan Masyarakat'),
        row('', 'Persentase keluhan yang ditindaklanjuti'),
        row('Program A', '1.000'),
        row('', 'Target 2025'),
      ),
    );
    expect(tables(r2)[0].rows).toHaveLength(5);
  });

  it('attaches a letter run that ends the table to its last row', () => {
    const r3 = extract(text(row('No', 'Uraian', 'Pagu'), row('1', 'Pelayanan', '500.000'), 'U', 'K', 'M', '', 'Paragraf.'));
    expect(grid(tables(r3)[0])[1]).toEqual(['1', 'Pelayanan UKM', '500.000']);
    expect(paragraphs(r3).map((p) => p.text)).toEqual(['Paragraf.']);
  });
});

describe('extractText: cell markup', () => {
  it('expands cells holding several HTML paragraphs into sub-rows of the same line', () => {
    const [t] = tables(
      extract(
        text(
          row('No', 'Uraian', 'Pagu', 'Realisasi'),
          row('1', '<p>Honor Kader</p><p>Transport</p>', '<p>12.500.000</p><p>7.250.000</p>', '<p>12.000.000</p><p>7.100.000</p>'),
          row('2', 'Rapat', '<p>3.000.000</p>', '2.900.000'),
        ),
      ),
    );
    expect(grid(t)).toEqual([
      ['No', 'Uraian', 'Pagu', 'Realisasi'],
      ['1', 'Honor Kader', '12.500.000', '12.000.000'],
      ['', 'Transport', '7.250.000', '7.100.000'],
      ['2', 'Rapat', '3.000.000', '2.900.000'],
    ]);
    expect(t.rows[1].loc.line).toBe(2);
    expect(t.rows[2].loc.line).toBe(2);
    expect(t.rows[2].loc.row).toBe(3);
  });

  it('does not expand a row where only one cell has several paragraphs', () => {
    const [t] = tables(extract(text(row('Uraian', 'Pagu'), row('<p>Honor</p><p>Narasumber</p>', '1.000.000'))));
    expect(grid(t)).toEqual([
      ['Uraian', 'Pagu'],
      ['Honor Narasumber', '1.000.000'],
    ]);
  });

  it('strips HTML, entities, Markdown emphasis and inline LaTeX from cells and keeps the raw text', () => {
    const [t] = tables(
      extract(
        text(
          row('Uraian', 'Nilai', 'Keterangan'),
          row('<b>Belanja</b> <i>Modal</i><br/>Gedung', '**1.750.000,00**', '$\\geq$ 80 &amp; $\\leq$ 90 $\\times$ 2 \\%'),
          row('*Indeks Kepuasan*', '***97,34***', '$\\frac{realisasi}{target}$'),
        ),
      ),
    );
    expect(grid(t)[1]).toEqual(['Belanja Modal Gedung', '1.750.000,00', '≥ 80 & ≤ 90 × 2 \\%']);
    expect(grid(t)[2]).toEqual(['Indeks Kepuasan', '97,34', '(realisasi) / (target)']);
    expect(t.rows[1].cells[1].raw).toBe('**1.750.000,00**');
  });

  it('decodes numeric entities and a non-breaking space', () => {
    const [t] = tables(extract(text(row('Uraian', 'Capaian'), row('Pelayanan &#65;&#x42;C', '98,5&nbsp;%'))));
    expect(grid(t)[1]).toEqual(['Pelayanan ABC', '98,5\u00a0%']);
  });

  it('rejoins words broken into fragments using the report\'s own words', () => {
    const r = extract(
      text(
        'Pengadaan Alat Kesehatan dan Pemeliharaan Gedung Puskesmas dilaksanakan tahun ini.',
        row('No', 'Uraian', 'Pagu'),
        row('1', 'Pe ng ada an Al at Kes eha tan', '150.000.000'),
        row('2', 'Pe mel iha ra an Ge du ng Pus kes mas', '80.000.000'),
        row('3', 'Pengadaan Ambulans', '20.000.000'),
      ),
    );
    const [t] = tables(r);
    expect(grid(t).map((cells) => cells[1])).toEqual(['Uraian', 'Pengadaan Alat Kesehatan', 'Pemeliharaan Gedung Puskesmas', 'Pengadaan Ambulans']);
    expect(t.rows[1].cells[1].raw).toBe('Pe ng ada an Al at Kes eha tan');
  });
});

describe('detectMetadata', () => {
  it('takes the unit from the cover, not from the most frequent mention', () => {
    const m = metadataOf(
      text(
        'LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024',
        'KECAMATAN TAMPAN',
        'PEMERINTAH KOTA PEKANBARU',
        'KATA PENGANTAR',
        'Laporan ini disusun mengikuti format Kecamatan Payung Sekaki.',
        'Kecamatan Payung Sekaki dan Kecamatan Payung Sekaki berbatasan langsung.',
        'Pedoman disusun oleh Provinsi Riau.',
      ),
    );
    expect(m.unit).toEqual({ type: 'Kecamatan', name: 'Tampan', regency: 'Kota Pekanbaru', province: 'Riau' });
  });

  it('takes the most frequently named unit when the report has no cover', () => {
    const m = metadataOf(
      text(
        'BAB I PENDAHULUAN',
        'Dinas Kesehatan Kabupaten Sleman menyusun laporan ini.',
        'Dinas Kesehatan melaksanakan urusan kesehatan. Puskesmas di Kecamatan Mlati dibina oleh Dinas Kesehatan.',
        'Wilayah kerjanya Kabupaten Sleman, Provinsi Daerah Istimewa Yogyakarta.',
      ),
    );
    expect(m.unit).toEqual({ type: 'Dinas', name: 'Kesehatan', regency: 'Kabupaten Sleman', province: 'Daerah Istimewa Yogyakarta' });
  });

  it('prefers the unit on the cover even when another unit type is named more often', () => {
    const m = metadataOf(
      text(
        'DINAS KESEHATAN',
        'KABUPATEN SLEMAN',
        'KATA PENGANTAR',
        'Kecamatan Depok, Kecamatan Depok dan Kecamatan Depok memiliki puskesmas terbanyak.',
      ),
    );
    expect(m.unit).toMatchObject({ type: 'Dinas', name: 'Kesehatan', regency: 'Kabupaten Sleman' });
  });

  it('cuts the unit name at the region and title-cases it', () => {
    const m = metadataOf(text('BAB I', 'KECAMATAN MARPOYAN DAMAI KOTA PEKANBARU. Kecamatan Marpoyan Damai dalam angka.'));
    expect(m.unit).toMatchObject({ type: 'Kecamatan', name: 'Marpoyan Damai', regency: 'Kota Pekanbaru' });
  });

  it('counts Pemprov mentions towards the province', () => {
    const m = metadataOf(text('BAB I', 'Bantuan Pemprov Jambi.', 'Hibah Pemprov Jambi.', 'Studi banding ke Provinsi Bengkulu.'));
    expect(m.unit.province).toBe('Jambi');
  });

  // Was a bug: a mention captures up to five words, so a second mention of the same kind within
  // those words ("Kecamatan Sail dan Kecamatan Tampan") is swallowed by the first and never
  // counted. Here Tampan is named twice and Sail once, yet Sail is chosen.
  it('counts every mention, also two joined by "dan" in one sentence', () => {
    const m = metadataOf(text('BAB I', 'Batas wilayah: Kecamatan Sail dan Kecamatan Tampan.', 'Alamat: Kantor Camat Kecamatan Tampan.'));
    expect(m.unit).toMatchObject({ type: 'Kecamatan', name: 'Tampan' });
  });

  // Was a bug: only a short list of stop words ends a name, so in running text the words after a
  // region become part of it ("Provinsi Riau menetapkan pedoman" -> "Riau Menetapkan
  // Pedoman"). Provinces are named only a few times in a report, so the wrong name wins.
  // In mixed-case text a lower-case word cannot continue a proper name.
  it('ends a region name at the first lower-case word of running text', () => {
    const m = metadataOf(text('BAB I', 'Kabupaten Sleman berada di Provinsi Daerah Istimewa Yogyakarta.'));
    expect(m.unit).toMatchObject({ regency: 'Kabupaten Sleman', province: 'Daerah Istimewa Yogyakarta' });
  });

  it('takes the regency and province from the cover, even when the body names others more often', () => {
    const m = metadataOf(
      text(
        'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN DEPOK KABUPATEN SLEMAN PROVINSI DAERAH ISTIMEWA YOGYAKARTA TAHUN 2024',
        'BAB I',
        'Kerja sama dengan Kota Yogyakarta dan Kabupaten Bantul: kunjungan ke Kota Yogyakarta, Kota Yogyakarta dan Kota Yogyakarta; pelatihan oleh Provinsi Jawa Tengah dan Provinsi Jawa Tengah.',
      ),
    );
    expect(m.unit).toMatchObject({ type: 'Kecamatan', name: 'Depok', regency: 'Kabupaten Sleman', province: 'Daerah Istimewa Yogyakarta' });
  });

  it('reads the year from the report title on the cover', () => {
    const m = metadataOf(
      text(
        'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024',
        'KATA PENGANTAR',
        'Dibandingkan Tahun 2023, Tahun 2023 dan Tahun 2023, capaian meningkat.',
      ),
    );
    expect(m).toMatchObject({ year: 2024, yearSource: 'title', title: 'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024' });
  });

  it('reads "Tahun Anggaran" and the LKjIP abbreviation in a title', () => {
    expect(metadataOf('LKjIP Dinas Kesehatan Tahun Anggaran 2022')).toMatchObject({ year: 2022, yearSource: 'title' });
    expect(metadataOf('LAPORAN AKUNTABILITAS KINERJA TAHUN 2021')).toMatchObject({ year: 2021, yearSource: 'title' });
  });

  it('falls back on the most frequent "Tahun NNNN" without a title', () => {
    const m = metadataOf(
      text('BAB I', 'Capaian Tahun 2023 lebih rendah.', 'Pada Tahun 2024 target tercapai. Realisasi Tahun Anggaran 2024 dan tahun 2024 naik.'),
    );
    expect(m).toMatchObject({ year: 2024, yearSource: 'frequency' });
    expect(m.title).toBeUndefined();
  });

  it('leaves the year and unit undefined when the report names none', () => {
    const m = metadataOf('Paragraf tanpa nama unit.');
    expect(m.year).toBeUndefined();
    expect(m.yearSource).toBeUndefined();
    expect(m.unit).toEqual({ type: undefined, name: undefined, regency: undefined, province: undefined });
  });

  it('applies the year override and keeps the detected title', () => {
    const m = metadataOf('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024', { year: 2025 });
    expect(m).toMatchObject({ year: 2025, yearSource: 'override', title: 'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024' });
  });

  it('applies the unit override field by field, ignoring undefined fields', () => {
    const m = metadataOf(text('KECAMATAN TAMPAN', 'KOTA PEKANBARU', 'KATA PENGANTAR'), {
      unit: { name: 'Bukit Raya', regency: undefined },
    });
    expect(m.unit).toEqual({ type: 'Kecamatan', name: 'Bukit Raya', regency: 'Kota Pekanbaru', province: undefined });
  });

  // Was a bug: the cover title is usually split over lines ("LAPORAN KINERJA ..." / unit / "TAHUN
  // 2024"); the title is only recognised when "laporan kinerja" and "tahun NNNN" stand in the
  // same block, so the year falls back on the frequency count, which the comparison with
  // the previous year can win.
  it('reads the year from a cover title split over several lines', () => {
    const m = metadataOf(
      text(
        'LAPORAN KINERJA INSTANSI PEMERINTAH',
        'KECAMATAN TAMPAN',
        'TAHUN 2024',
        'KATA PENGANTAR',
        'Dibandingkan Tahun 2023, capaian Tahun 2023 dan realisasi Tahun 2023 lebih rendah dari Tahun 2024.',
      ),
    );
    expect(m).toMatchObject({ year: 2024, yearSource: 'title' });
  });
});
