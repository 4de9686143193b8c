import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocx } from '../../src/extract/docx.js';
import { InputError } from '../../src/engine/errors.js';
import { normaliseReport } from '../../src/normalise/index.js';
import type { Heading, Paragraph, Report, Table } from '../../src/model/index.js';
import { buildDocx, buildDocxWith, h1, h2, li, p, pWithFootnote, tbl, zipStored } from '../support/docx.js';

const extract = (...blocks: string[]): Promise<Report> => extractDocx('laporan.docx', buildDocx(...blocks));
const tables = (r: Report) => r.blocks.filter((b): b is Table => b.kind === 'table');
const headings = (r: Report) => r.blocks.filter((b): b is Heading => b.kind === 'heading');
const paragraphs = (r: Report) => r.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const grid = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('extractDocx: report shell and paragraphs', () => {
  let report: Report;
  beforeAll(async () => {
    report = await extract(
      p('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023'),
      h1('BAB I PENDAHULUAN'),
      h2('1.1. Latar Belakang'),
      p('Laporan ini disusun sesuai Perpres 29/2014 & Permenpan 53/2014 (nilai < 100).'),
      p(''),
      p('Paragraf sesudah baris kosong.'),
      h1('BAB III AKUNTABILITAS KINERJA'),
      h2('3.7 Akuntabilitas Keuangan'),
      p('Realisasi anggaran sebesar Rp 10.156.509.099,00 atau 96,51%.'),
    );
  });

  it('gives the file, the format and empty metadata', () => {
    expect(report.file).toBe('laporan.docx');
    expect(report.format).toBe('docx');
    expect(report.metadata).toEqual({ unit: {} });
  });

  it('recognises BAB chapters and numbered sections with their context', () => {
    expect(headings(report).map((h) => [h.text, h.level, h.number])).toEqual([
      ['BAB I PENDAHULUAN', 1, 'I'],
      ['1.1. Latar Belakang', 2, '1.1'],
      ['BAB III AKUNTABILITAS KINERJA', 1, 'III'],
      ['3.7 Akuntabilitas Keuangan', 2, '3.7'],
    ]);
    const last = paragraphs(report).at(-1)!;
    expect(last.context).toEqual({
      part: 'body',
      chapter: 'BAB III',
      chapterTitle: 'AKUNTABILITAS KINERJA',
      section: '3.7',
      sectionTitle: 'Akuntabilitas Keuangan',
    });
    expect(last.loc.section).toBe('BAB III › 3.7 Akuntabilitas Keuangan');
  });

  it('decodes entities and keeps text with "<" intact', () => {
    expect(paragraphs(report)[1].text).toBe('Laporan ini disusun sesuai Perpres 29/2014 & Permenpan 53/2014 (nilai < 100).');
  });

  it('numbers body paragraphs from 1, empty paragraphs included', () => {
    expect(report.blocks.map((b) => b.loc.paragraph)).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    expect(report.blocks.every((b) => b.loc.file === 'laporan.docx')).toBe(true);
  });
});

describe('extractDocx: lists and footnotes', () => {
  let report: Report;
  beforeAll(async () => {
    const docx = buildDocxWith(
      [
        pWithFootnote('Anggaran program sebesar Rp 100.000.000 terdiri dari:', 1),
        li('Program A sebesar Rp 60.000.000'),
        li('Program B sebesar Rp 40.000.000'),
        li('rincian kegiatan', 'numbered', 1),
        li('Butir berpoin', 'bullet'),
        li('3. Nomor yang diketik', 'bullet'),
        p('Penutup.'),
      ],
      { footnotes: ['Sumber: DPA 2023'] },
    );
    report = await extractDocx('laporan.docx', docx);
  });

  it('leaves footnote marks and footnote texts out', () => {
    expect(paragraphs(report)[0].text).toBe('Anggaran program sebesar Rp 100.000.000 terdiri dari:');
    expect(paragraphs(report).map((b) => b.text)).not.toContain('Sumber: DPA 2023');
    expect(paragraphs(report).at(-1)!.text).toBe('Penutup.');
  });

  it('gives automatically numbered list items a marker, nested items after their parent', () => {
    expect(paragraphs(report).slice(1, 6).map((b) => [b.marker, b.text])).toEqual([
      ['1.', 'Program A sebesar Rp 60.000.000'],
      ['2.', 'Program B sebesar Rp 40.000.000'],
      ['1.', 'rincian kegiatan'],
      ['-', 'Butir berpoin'],
      ['3.', 'Nomor yang diketik'],
    ]);
  });

  it('counts every list item as a paragraph', () => {
    expect(report.blocks.map((b) => b.loc.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('extractDocx: tables', () => {
  let report: Report;
  beforeAll(async () => {
    report = await extract(
      h1('BAB III AKUNTABILITAS KINERJA'),
      h2('3.9. Pencapaian Kinerja dan Anggaran'),
      p('Tabel 3.9 Pencapaian Kinerja dan Anggaran'),
      tbl(
        [
          [
            { paras: ['No'], vMerge: 'restart' },
            { paras: ['Uraian'], vMerge: 'restart' },
            { paras: ['KINERJA'], span: 3 },
            { paras: ['ANGGARAN'], span: 3 },
          ],
          [{ vMerge: 'continue' }, { vMerge: 'continue' }, 'Target', 'Realisasi', 'Capaian', 'Alokasi', 'Realisasi', 'Capaian'],
          [{ paras: ['1'], vMerge: 'restart' }, 'Program A', '100', '90', '90,00', '1.000.000', '900.000', '90,00'],
          [{ vMerge: 'continue' }, 'Program B', '80', '80', '100,00', '500.000', '450.000', '90,00'],
        ],
        { headerRows: 2 },
      ),
      p('Sesudah tabel.'),
    );
  });

  it('gives the pending caption to the table, with its section context', () => {
    const [t] = tables(report);
    expect(t.caption).toBe('Tabel 3.9 Pencapaian Kinerja dan Anggaran');
    expect(t.number).toBe('3.9');
    expect(t.context.section).toBe('3.9');
    expect(t.loc).toMatchObject({ file: 'laporan.docx', paragraph: 4, tableIndex: 1, table: 'Tabel 3.9' });
  });

  it('expands colspan and rowspan to the full grid, the text in the top-left cell', () => {
    expect(grid(tables(report)[0])).toEqual([
      ['No', 'Uraian', 'KINERJA', '', '', 'ANGGARAN', '', ''],
      ['', '', 'Target', 'Realisasi', 'Capaian', 'Alokasi', 'Realisasi', 'Capaian'],
      ['1', 'Program A', '100', '90', '90,00', '1.000.000', '900.000', '90,00'],
      ['', 'Program B', '80', '80', '100,00', '500.000', '450.000', '90,00'],
    ]);
    const covered = tables(report)[0].rows[0].cells[3];
    expect(covered.raw).toBe('');
  });

  it('locates rows and cells by paragraph, table, row and column', () => {
    const cell = tables(report)[0].rows[2].cells[6];
    expect(cell.loc).toMatchObject({ file: 'laporan.docx', paragraph: 4, tableIndex: 1, table: 'Tabel 3.9', row: 3, column: 7 });
    expect(tables(report)[0].rows[2].loc).toMatchObject({ paragraph: 4, row: 3 });
    expect(paragraphs(report).at(-1)!.loc.paragraph).toBe(5);
  });

  it('lets normalise read the two header rows and the group of each column', () => {
    const model = normaliseReport(report).tables[0];
    expect(model.headerRows).toBe(2);
    expect(model.columns.map((c) => c.role)).toEqual(['numbering', 'label', 'target', 'realisasi', 'capaian', 'pagu', 'realisasi', 'capaian']);
    expect(model.columns.map((c) => c.group)).toEqual([undefined, undefined, 'kinerja', 'kinerja', 'kinerja', 'anggaran', 'anggaran', 'anggaran']);
  });
});

describe('extractDocx: cells of several paragraphs and nested tables', () => {
  it('splits a row whose cells hold the same number of paragraphs into that many rows', async () => {
    const r = await extract(
      tbl([
        ['No', 'Kegiatan', 'Anggaran', 'Realisasi'],
        ['1', ['Kegiatan A', 'Kegiatan B', 'Kegiatan C'], ['100', '200', '300'], ['90', '180', '270']],
      ]),
    );
    expect(grid(tables(r)[0])).toEqual([
      ['No', 'Kegiatan', 'Anggaran', 'Realisasi'],
      ['1', 'Kegiatan A', '100', '90'],
      ['', 'Kegiatan B', '200', '180'],
      ['', 'Kegiatan C', '300', '270'],
    ]);
    expect(tables(r)[0].rows.map((row) => row.loc.paragraph)).toEqual([1, 1, 1, 1]);
  });

  it('joins the paragraphs of a lone multi-paragraph cell with a space', async () => {
    const r = await extract(tbl([['Sasaran', 'Indikator'], [['Meningkatnya kualitas', 'pelayanan publik'], 'Indeks kepuasan']]));
    expect(grid(tables(r)[0])).toEqual([
      ['Sasaran', 'Indikator'],
      ['Meningkatnya kualitas pelayanan publik', 'Indeks kepuasan'],
    ]);
  });

  it('ignores empty spacing paragraphs when lining paragraphs up', async () => {
    const r = await extract(tbl([['Uraian', 'Jumlah'], [['Belanja Pegawai', 'Belanja Barang'], ['100', '', '200']]]));
    expect(grid(tables(r)[0])).toEqual([
      ['Uraian', 'Jumlah'],
      ['Belanja Pegawai', '100'],
      ['Belanja Barang', '200'],
    ]);
  });

  it('leaves a nested table out of its cell and adds it right after the outer table', async () => {
    const inner = tbl([
      ['Indikator', 'Target'],
      ['Indeks Kepuasan Masyarakat', '85'],
    ]);
    const r = await extract(
      p('Tabel 2.4 Perjanjian Kinerja'),
      tbl([
        ['Sasaran', 'Rincian'],
        ['Meningkatnya pelayanan', { paras: ['Lihat rincian:'], nested: inner }],
      ]),
      p('Paragraf berikut.'),
    );
    expect(r.blocks.map((b) => b.kind)).toEqual(['table', 'table', 'paragraph']);
    const [outer, nested] = tables(r);
    expect(grid(outer)).toEqual([
      ['Sasaran', 'Rincian'],
      ['Meningkatnya pelayanan', 'Lihat rincian:'],
    ]);
    expect(outer.number).toBe('2.4');
    expect(grid(nested)).toEqual([
      ['Indikator', 'Target'],
      ['Indeks Kepuasan Masyarakat', '85'],
    ]);
    expect(nested.number).toBeUndefined();
    expect(nested.loc).toMatchObject({ paragraph: 2, tableIndex: 2 });
    expect(r.blocks[2].loc.paragraph).toBe(3);
  });

  it('joins the paragraphs of header cells instead of splitting the header', async () => {
    const r = await extract(
      tbl([
        ['No', ['TARGET', 'KEUANGAN (RP)', '2023'], ['REALISASI', 'KEUANGAN (RP)', '2023']],
        ['1', '1.000.000', '900.000'],
      ]),
      tbl(
        [
          // Column numbers are figures: only Word's header-row mark keeps this row whole.
          [['Uraian', '(1)'], ['Anggaran', '(2)']],
          ['Program A', '100'],
        ],
        { headerRows: 1 },
      ),
    );
    expect(grid(tables(r)[0])).toEqual([
      ['No', 'TARGET KEUANGAN (RP) 2023', 'REALISASI KEUANGAN (RP) 2023'],
      ['1', '1.000.000', '900.000'],
    ]);
    expect(grid(tables(r)[1])).toEqual([
      ['Uraian (1)', 'Anggaran (2)'],
      ['Program A', '100'],
    ]);
  });

  it('drops rows without any text', async () => {
    const r = await extract(tbl([['No', 'Uraian'], ['', ''], ['1', 'Program']]));
    expect(grid(tables(r)[0])).toEqual([
      ['No', 'Uraian'],
      ['1', 'Program'],
    ]);
  });
});

describe('extractDocx: corrupt files', () => {
  it('reports a file that is not a ZIP archive as an InputError', async () => {
    const err = await extractDocx('rusak.docx', Buffer.from('PK\u0003\u0004 bukan arsip')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.file).toBe('rusak.docx');
    expect(e.describe('id')).toMatch(/^berkas DOCX rusak atau tidak dapat dibaca \(.+\)$/);
    expect(e.describe('en')).toMatch(/^the DOCX file is corrupt or cannot be read \(.+\)$/);
  });

  it('reports a ZIP archive without a Word document as an InputError', async () => {
    const zip = zipStored([['hello.txt', 'halo']]);
    await expect(extractDocx('kosong.docx', zip)).rejects.toBeInstanceOf(InputError);
  });
});

describe('extractDocx: the rendered reference report', () => {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
  const file = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.docx');
  let report: Report;
  beforeAll(async () => {
    report = await extractDocx(file, readFileSync(file));
  });

  it('has the four chapters', () => {
    const babs = headings(report).filter((h) => h.level === 1 && h.context.part === 'body');
    expect(babs.map((h) => h.number)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('gives "Tabel 3.7" to the budget realisation table, in section 3.7', () => {
    const t = tables(report).find((x) => x.number === '3.7');
    expect(t).toBeDefined();
    expect(t!.rows.length).toBeGreaterThan(80);
    expect(t!.context.section).toBe('3.7');
  });

  it('lets normalise find the budget column roles of Tabel 3.7', () => {
    const model = normaliseReport(report).tables.find((m) => m.table.number === '3.7')!;
    const byHeader = (re: RegExp) => model.columns.find((c) => re.test(c.header))?.role;
    expect(byHeader(/TARGET KEUANGAN/)).toBe('pagu');
    expect(byHeader(/REALISASI KEUANGAN/)).toBe('realisasi');
    expect(byHeader(/CAPAIAN/)).toBe('capaian');
    expect(byHeader(/SISA/)).toBe('sisa');
  });
});
