import { resolve } from 'node:path';
import { lintFile } from '../../src/engine/linter.js';
import type { FileResult, Lang, LintConfig } from '../../src/engine/types.js';
import { figureText } from '../../src/formatters/fields.js';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { summarize } from '../../src/formatters/summary.js';
import { finding } from '../cli/fixtures.js';

const REFERENCE = resolve('fixtures/reference/lkjip-dumai-barat-2023.txt');
const CONFIG: LintConfig = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
const COLUMNS_ID = ['No', 'Lokasi', 'Temuan', 'Tertulis', 'Seharusnya', 'Tingkat', 'Aturan'];
const COLUMNS_EN = ['No', 'Location', 'Finding', 'Stated', 'Expected', 'Severity', 'Rule'];

let reference: FileResult;

beforeAll(async () => {
  reference = await lintFile(REFERENCE, CONFIG);
});

function markdown(results: FileResult[], lang: Lang = 'id'): string {
  return formatMarkdown(results, { lang, color: false, cwd: process.cwd() });
}

/** The cells of a table line, split on unescaped pipes, as raw Markdown. */
function rawCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[++i];
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  // The leading and trailing pipes leave an empty first and last piece.
  expect(cells[0]!.trim()).toBe('');
  expect(cells[cells.length - 1]!.trim()).toBe('');
  return cells.slice(1, -1).map((c) => c.trim());
}

/** Markdown back to the text it shows: line breaks from <br>, backslash escapes removed. */
function shown(cell: string): string {
  return cell.replace(/<br>/g, '\n').replace(/\\(.)/g, '$1');
}

/** Every table of the document: header cells and data rows (raw cells). */
function tables(md: string): Array<{ header: string[]; rows: string[][] }> {
  const result: Array<{ header: string[]; rows: string[][] }> = [];
  let current: { header: string[]; rows: string[][] } | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = rawCells(line);
    if (!current) {
      current = { header: cells, rows: [] };
      result.push(current);
    } else if (!cells.every((c) => /^:?-+:?$/.test(c))) current.rows.push(cells);
  }
  return result;
}

describe('markdown: the reference report', () => {
  it('has one table row per finding, each with seven cells under the Indonesian headers', () => {
    const all = tables(markdown([reference]));
    expect(all.length).toBeGreaterThan(5);
    for (const t of all) expect(t.header).toEqual(COLUMNS_ID);
    const rows = all.flatMap((t) => t.rows);
    expect(rows.length).toBe(reference.findings.length);
    for (const row of rows) expect(row).toHaveLength(7);
    // Every finding once, in order: the groups follow the report, text between two tables included.
    expect(rows.map((r) => Number(r[0]))).toEqual(reference.findings.map((_, i) => i + 1));
  });

  it("writes a known finding's location, message, figures, severity and rule", () => {
    const index = reference.findings.findIndex(
      (f) => f.severity === 'error' && f.location.rowLabel !== undefined && /^\d{4,}$/.test(f.actual ?? '') && /^\d{4,}$/.test(f.expected ?? ''),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const f = reference.findings[index]!;
    const row = tables(markdown([reference]))
      .flatMap((t) => t.rows)
      .find((r) => r[0] === String(index + 1))!;
    expect(shown(row[1]!)).toContain(`baris ${f.location.line}`);
    expect(shown(row[1]!)).toContain(f.location.rowLabel);
    expect(shown(row[2]!)).toBe(f.message);
    expect(row[3]).toBe(figureText(f.actual, 'id'));
    expect(row[4]).toBe(figureText(f.expected, 'id'));
    expect(row[3]).toMatch(/^\d{1,3}(\.\d{3})+$/);
    expect(row[5]).toBe('Galat');
    expect(row[6]).toBe(`\`${f.ruleId}\``);
  });

  it('heads the file with its unit and year, sums it up, groups by chapter then table, and ends with totals', () => {
    const md = markdown([reference]);
    const s = summarize([reference]);
    expect(md.startsWith('# Temuan lkjip-lint\n\n## fixtures/reference/lkjip-dumai-barat-2023.txt — Kecamatan Dumai Barat, 2023\n\n')).toBe(true);
    expect(md).toContain(`\n${s.errors} galat, ${s.warnings} peringatan, ${s.infos} info.\n`);

    const headings = md.split('\n').filter((l) => l.startsWith('### ')).map((l) => shown(l.slice(4)));
    const sections = [...new Set(reference.findings.map((f) => f.location.section ?? ''))].map((s) => s || 'Tanpa bab');
    expect(headings).toEqual(sections);

    // The rows under a chapter heading and a table heading are the findings with that section and table.
    const f = reference.findings.find((x) => x.location.table && x.location.section)!;
    const lines = md.split('\n');
    const sectionAt = lines.findIndex((l) => l.startsWith('### ') && shown(l.slice(4)) === f.location.section);
    const tableAt = lines.findIndex((l, i) => i > sectionAt && l.startsWith('#### ') && shown(l.slice(5)) === f.location.table);
    const block = lines.slice(tableAt + 1, lines.findIndex((l, i) => i > tableAt + 1 && l.startsWith('#')));
    const numbers = tables(block.join('\n')).flatMap((t) => t.rows.map((r) => Number(r[0])));
    const expected = reference.findings
      .map((x, i) => ({ x, no: i + 1 }))
      .filter(({ x }) => x.location.section === f.location.section && x.location.table === f.location.table)
      .map(({ no }) => no);
    expect(numbers).toEqual(expected);

    expect(md.endsWith(`\n\n**Jumlah:** 1 berkas; ${s.errors} galat, ${s.warnings} peringatan, ${s.infos} info.`)).toBe(true);
  });

  it('is in English with lang en', () => {
    const md = markdown([reference], 'en');
    const s = summarize([reference]);
    expect(md.startsWith('# lkjip-lint findings\n')).toBe(true);
    for (const t of tables(md)) expect(t.header).toEqual(COLUMNS_EN);
    expect(md).toContain(`\n${s.errors} errors, ${s.warnings} warnings, ${s.infos} info.\n`);
    expect(md).toMatch(/\n\*\*Total:\*\* 1 file; \d+ errors/);
  });
});

describe('markdown: edge cases', () => {
  it('escapes pipes and line breaks inside cells, and Markdown characters in headings', () => {
    const result: FileResult = {
      file: '/w/laporan_akhir.txt',
      findings: [
        finding({
          message: 'Kolom "A | B" berbeda\nbaris *kedua* dengan `kode` dan <tag>',
          location: { file: '/w/laporan_akhir.txt', line: 7, section: 'BAB III > 3.7 | Keuangan', table: 'Tabel 3.7', rowLabel: 'Belanja | Modal', columnLabel: 'PAGU' },
          actual: '1357000300',
          expected: '1357900300',
        }),
      ],
    };
    const md = formatMarkdown([result], { lang: 'id', color: false, cwd: '/w' });
    const [row] = tables(md).flatMap((t) => t.rows);
    expect(row).toHaveLength(7);
    expect(row![2]).toBe('Kolom "A \\| B" berbeda<br>baris \\*kedua\\* dengan \\`kode\\` dan \\<tag\\>');
    expect(shown(row![2]!)).toBe('Kolom "A | B" berbeda\nbaris *kedua* dengan `kode` dan <tag>');
    expect(shown(row![1]!)).toBe('baris 7, Belanja | Modal › PAGU');
    expect(row![3]).toBe('1.357.000.300');
    expect(md).toContain('\n## laporan\\_akhir.txt\n');
    expect(md).toContain('\n### BAB III \\> 3.7 \\| Keuangan\n');
    expect(md).toContain('\n#### Tabel 3.7\n');
  });

  it('says so when a file has no findings, gives a file that could not be read its message, and counts both', () => {
    const md = formatMarkdown(
      [
        { file: '/w/bersih.txt', format: 'text', unit: 'Kecamatan Dumai Kota', year: 2023, findings: [] },
        { file: '/w/rusak.pdf', findings: [], error: 'berkas PDF terenkripsi' },
      ],
      { lang: 'id', color: false, cwd: '/w' },
    );
    expect(md).toBe(
      [
        '# Temuan lkjip-lint',
        '## bersih.txt — Kecamatan Dumai Kota, 2023',
        'Tidak ada temuan.',
        '## rusak.pdf',
        '**Tidak dapat diperiksa:** berkas PDF terenkripsi',
        '---',
        '**Jumlah:** 2 berkas; 0 galat, 0 peringatan, 0 info; 1 berkas tidak dapat diperiksa.',
      ].join('\n\n'),
    );
    expect(tables(md)).toEqual([]);
  });

  it('puts findings outside tables and without a chapter under their own headings', () => {
    const md = formatMarkdown([{ file: '/w/a.txt', findings: [finding({ location: { file: '/w/a.txt', line: 1 } })] }], {
      lang: 'en',
      color: false,
      cwd: '/w',
    });
    expect(md).toContain('\n### No chapter\n\n#### Outside tables\n\n| No | Location |');
    expect(md).toContain('1 error, 0 warnings, 0 info.');
  });
});
