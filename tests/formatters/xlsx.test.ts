import { resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { lintFile } from '../../src/engine/linter.js';
import type { FileResult, Lang, LintConfig } from '../../src/engine/types.js';
import { familyLabel, figureText } from '../../src/formatters/fields.js';
import { summarize } from '../../src/formatters/summary.js';
import { formatXlsx } from '../../src/formatters/xlsx.js';
import { finding } from '../cli/fixtures.js';

const REFERENCE = resolve('fixtures/reference/lkjip-dumai-barat-2023.txt');
const CONFIG: LintConfig = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
const CWD = process.cwd();

const HEADERS_ID = [
  'No', 'Bab / Bagian', 'Tabel', 'Halaman / Baris', 'Uraian Temuan', 'Nilai Tertulis', 'Nilai Seharusnya',
  'Dasar', 'Tingkat', 'Kelompok', 'Aturan', 'Rekomendasi',
];
const HEADERS_EN = [
  'No', 'Chapter / section', 'Table', 'Page / line', 'Finding', 'Stated value', 'Expected value',
  'Basis', 'Severity', 'Family', 'Rule', 'Recommendation',
];

let reference: FileResult;

beforeAll(async () => {
  reference = await lintFile(REFERENCE, CONFIG);
});

async function xlsx(results: FileResult[], lang: Lang = 'id'): Promise<Uint8Array> {
  return formatXlsx(results, { lang, color: false, cwd: CWD });
}

/** Values (`.v`, never the en-US `.w`) row by row; empty cells as ''. */
function rowsOf(book: XLSX.WorkBook, sheet: string): Array<Array<string | number>> {
  const ws = book.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}; have ${book.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, defval: '', raw: true, blankrows: true });
}

/** The parts of the package (XLSX.CFB reads ZIP archives too), by name. */
function parts(bytes: Uint8Array): Map<string, string> {
  const archive: { FullPaths: string[]; FileIndex: Array<{ type: number; content: Uint8Array }> } = XLSX.CFB.read(bytes, { type: 'array' });
  const files = archive.FileIndex.map((entry, i) => ({ path: archive.FullPaths[i]!, entry })).filter((f) => f.entry.type === 2);
  return new Map(files.map((f) => [f.path.replace(/^Root Entry\//, ''), Buffer.from(f.entry.content).toString('utf8')]));
}

/** The raw XML of one part of the package. */
function part(bytes: Uint8Array, name: string): string {
  const archive = XLSX.CFB.read(bytes, { type: 'array' });
  const entry = XLSX.CFB.find(archive, `/${name}`);
  if (!entry?.content) throw new Error(`no part ${name}`);
  return Buffer.from(entry.content as Uint8Array).toString('utf8');
}

/** The value next to a label in the summary sheet's overall totals. */
function totalOf(rows: Array<Array<string | number>>, label: string): unknown {
  const start = rows.findIndex((r) => r[0] === 'Jumlah keseluruhan' || r[0] === 'Overall totals');
  return rows.slice(start).find((r) => r[0] === label)?.[1];
}

describe('xlsx: the reference report', () => {
  it('has a findings sheet with one row per finding, in order, under Indonesian headers', async () => {
    const book = XLSX.read(await xlsx([reference]));
    expect(book.SheetNames).toEqual(['Temuan', 'Ringkasan']);
    const rows = rowsOf(book, 'Temuan');
    expect(reference.findings.length).toBeGreaterThan(50);
    expect(rows[0]).toEqual(HEADERS_ID);
    expect(rows.length - 1).toBe(reference.findings.length);
    const rule = HEADERS_ID.indexOf('Aturan');
    const message = HEADERS_ID.indexOf('Uraian Temuan');
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(i + 1);
      expect(row[rule]).toBe(reference.findings[i]!.ruleId);
      expect(row[message]).toBe(reference.findings[i]!.message);
    });
  });

  it("writes a known finding's place, figures, severity, family and recommendation", async () => {
    const index = reference.findings.findIndex(
      (f) => f.severity === 'error' && f.location.table !== undefined && f.location.rowLabel !== undefined && /^\d{4,}$/.test(f.actual ?? '') && /^\d{4,}$/.test(f.expected ?? ''),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const f = reference.findings[index]!;
    const row = rowsOf(XLSX.read(await xlsx([reference])), 'Temuan')[index + 1]!;
    const col = (header: string) => row[HEADERS_ID.indexOf(header)];

    expect(col('Nilai Tertulis')).toBe(figureText(f.actual, 'id'));
    expect(col('Nilai Seharusnya')).toBe(figureText(f.expected, 'id'));
    expect(col('Nilai Tertulis')).toMatch(/^\d{1,3}(\.\d{3})+$/); // grouped the Indonesian way
    expect(col('Tingkat')).toBe('Galat');
    expect(col('Kelompok')).toBe(familyLabel(f.family, 'id'));
    expect(col('Tabel')).toBe(f.location.table);
    expect(col('Bab / Bagian')).toBe(f.location.section ?? '');
    expect(String(col('Halaman / Baris'))).toContain(`baris ${f.location.line}`);
    expect(String(col('Halaman / Baris'))).toContain(f.location.rowLabel!);
    expect(String(col('Rekomendasi')).length).toBeGreaterThan(20);
  });

  it('lists the places compared in the basis column', async () => {
    const index = reference.findings.findIndex((f) => f.related.some((r) => r.note && r.location.line !== undefined));
    const f = reference.findings[index]!;
    const related = f.related.find((r) => r.note && r.location.line !== undefined)!;
    const basis = String(rowsOf(XLSX.read(await xlsx([reference])), 'Temuan')[index + 1]![HEADERS_ID.indexOf('Dasar')]);
    expect(basis).toContain(`baris ${related.location.line}`);
    expect(basis).toContain(related.note);
  });

  it('summarises per file, per family and severity, and overall, with the counts of summarize()', async () => {
    const rows = rowsOf(XLSX.read(await xlsx([reference])), 'Ringkasan');
    const s = summarize([reference]);

    const fileHeader = rows.findIndex((r) => r[0] === 'Berkas' && r[1] === 'Unit');
    expect(rows[fileHeader]).toEqual(['Berkas', 'Unit', 'Tahun', 'Format', 'Galat', 'Peringatan', 'Info', 'Keterangan']);
    expect(rows[fileHeader + 1]!.slice(0, 7)).toEqual([
      'fixtures/reference/lkjip-dumai-barat-2023.txt', 'Kecamatan Dumai Barat', 2023, 'text', s.errors, s.warnings, s.infos,
    ]);

    const familyHeader = rows.findIndex((r) => r[0] === 'Kelompok');
    const familyRows = rows.slice(familyHeader + 1, rows.findIndex((r, i) => i > familyHeader && r[0] === 'Jumlah'));
    const families = [...new Set(reference.findings.map((f) => f.family))];
    expect(familyRows.length).toBe(families.length);
    for (const family of families) {
      const row = familyRows.find((r) => r[0] === familyLabel(family, 'id'))!;
      const of = reference.findings.filter((f) => f.family === family);
      expect(row.slice(1, 5)).toEqual([
        of.filter((f) => f.severity === 'error').length,
        of.filter((f) => f.severity === 'warning').length,
        of.filter((f) => f.severity === 'info').length,
        of.length,
      ]);
    }

    expect(totalOf(rows, 'Berkas')).toBe(s.files);
    expect(totalOf(rows, 'Galat')).toBe(s.errors);
    expect(totalOf(rows, 'Peringatan')).toBe(s.warnings);
    expect(totalOf(rows, 'Info')).toBe(s.infos);
    expect(totalOf(rows, 'Berkas tidak dapat diperiksa')).toBe(0);
  });

  it('is print-friendly: widths, wrapped long texts, a bold grey frozen header, landscape one page wide', async () => {
    const bytes = await xlsx([reference]);
    const sheet = XLSX.read(bytes, { cellStyles: true }).Sheets['Temuan']!; // cellStyles: read !cols
    expect(sheet['!cols']).toHaveLength(HEADERS_ID.length);
    expect(sheet['!cols']![HEADERS_ID.indexOf('Uraian Temuan')]!.wch).toBeGreaterThan(sheet['!cols']![0]!.wch!);

    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    const pane = /<pane [^>]*\/>/.exec(xml)?.[0];
    expect(pane).toContain('ySplit="1"');
    expect(pane).toContain('topLeftCell="A2"');
    expect(pane).toContain('state="frozen"');
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    const styles = part(bytes, 'xl/styles.xml');
    const xfs = [...styles.split('<cellXfs')[1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const fonts = [...styles.matchAll(/<font>.*?<\/font>/g)].map((m) => m[0]);
    const fills = [...styles.matchAll(/<fill>.*?<\/fill>/g)].map((m) => m[0]);
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]);
    const fontOf = (xf: string) => fonts[Number(/fontId="(\d+)"/.exec(xf)![1])]!;
    const fillOf = (xf: string) => fills[Number(/fillId="(\d+)"/.exec(xf)?.[1] ?? 0)]!;
    const uraian = XLSX.utils.encode_col(HEADERS_ID.indexOf('Uraian Temuan'));
    const dasar = XLSX.utils.encode_col(HEADERS_ID.indexOf('Dasar'));
    const rekomendasi = XLSX.utils.encode_col(HEADERS_ID.indexOf('Rekomendasi'));
    const aturan = XLSX.utils.encode_col(HEADERS_ID.indexOf('Aturan'));
    expect(fontOf(xfs[styleOf('A1')]!)).toContain('<b/>');
    expect(fillOf(xfs[styleOf('A1')]!)).toContain('rgb="FFD9D9D9"');
    expect(fillOf(xfs[styleOf(`${uraian}2`)]!)).not.toContain('FFD9D9D9');
    expect(fontOf(xfs[styleOf(`${uraian}2`)]!)).not.toContain('<b/>');
    for (const col of [uraian, dasar, rekomendasi]) expect(xfs[styleOf(`${col}2`)]).toContain('wrapText="1"');
    expect(xfs[styleOf(`${aturan}2`)]).not.toContain('wrapText');
  });

  it('gives the same parts for the same input, with no document properties (dates) inside', async () => {
    // The ZIP entries carry the time of writing (write-excel-file takes no fixed date), so the
    // bytes differ from run to run; every part inside is the same.
    const first = parts(await xlsx([reference]));
    const second = parts(await xlsx([reference]));
    expect(first.size).toBeGreaterThan(5);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(second.get(name)).toBe(text);
    expect([...first.keys()].some((p) => p.includes('docProps'))).toBe(false);
  });

  it('uses English headers and labels with lang en', async () => {
    const book = XLSX.read(await xlsx([reference], 'en'));
    expect(book.SheetNames).toEqual(['Findings', 'Summary']);
    const rows = rowsOf(book, 'Findings');
    expect(rows[0]).toEqual(HEADERS_EN);
    const firstError = reference.findings.findIndex((f) => f.severity === 'error');
    expect(rows[firstError + 1]![HEADERS_EN.indexOf('Severity')]).toBe('Error');
    const summary = rowsOf(book, 'Summary');
    expect(totalOf(summary, 'Errors')).toBe(summarize([reference]).errors);
    expect(summary.some((r) => r[0] === 'Findings by family and severity')).toBe(true);
  });
});

describe('xlsx: batches and edge cases', () => {
  it('adds a file column and a Fatal row for a file that could not be read', async () => {
    const failed: FileResult = { file: resolve('lampiran.pdf'), findings: [], error: 'berkas PDF terenkripsi' };
    const book = XLSX.read(await xlsx([reference, failed]));
    const rows = rowsOf(book, 'Temuan');
    expect(rows[0]!.slice(0, 3)).toEqual(['No', 'Berkas', 'Bab / Bagian']);
    expect(rows.length - 1).toBe(reference.findings.length + 1);
    expect(rows[1]![1]).toBe('fixtures/reference/lkjip-dumai-barat-2023.txt');
    const fatal = rows[rows.length - 1]!;
    const col = (header: string) => fatal[rows[0]!.indexOf(header)];
    expect(col('Berkas')).toBe('lampiran.pdf');
    expect(col('Tingkat')).toBe('Fatal');
    expect(col('Uraian Temuan')).toBe('berkas PDF terenkripsi');
    expect(col('No')).toBe('');

    const summary = rowsOf(book, 'Ringkasan');
    expect(summary.find((r) => r[0] === 'lampiran.pdf')).toEqual(['lampiran.pdf', '', '', '', '', '', '', 'Tidak dapat diperiksa: berkas PDF terenkripsi']);
    expect(totalOf(summary, 'Berkas')).toBe(2);
    expect(totalOf(summary, 'Berkas tidak dapat diperiksa')).toBe(1);
  });

  it('writes only the header, and zero counts, when there are no findings', async () => {
    const book = XLSX.read(await xlsx([{ file: '/w/bersih.txt', format: 'text', findings: [] }]));
    expect(rowsOf(book, 'Temuan')).toEqual([HEADERS_ID]);
    const summary = rowsOf(book, 'Ringkasan');
    expect(totalOf(summary, 'Galat')).toBe(0);
    expect(totalOf(summary, 'Berkas')).toBe(1);
  });

  it('keeps pipes, line breaks and XML characters, and drops characters XML cannot hold', async () => {
    const message = 'Kolom "A | B" <Jumlah> & baris\nkedua\u0007';
    const result: FileResult = {
      file: '/w/laporan.txt',
      findings: [finding({ message, location: { file: '/w/laporan.txt', line: 3, rowLabel: 'Belanja | Modal', columnLabel: 'PAGU' } })],
    };
    const rows = rowsOf(XLSX.read(await xlsx([result])), 'Temuan');
    expect(rows[1]![HEADERS_ID.indexOf('Uraian Temuan')]).toBe('Kolom "A | B" <Jumlah> & baris\nkedua');
    expect(rows[1]![HEADERS_ID.indexOf('Halaman / Baris')]).toBe('baris 3\nBelanja | Modal › PAGU');
  });
});
