import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { lintFile } from '../../src/engine/linter.js';
import type { FileResult, Finding } from '../../src/engine/types.js';
import { figureText } from '../../src/formatters/fields.js';
import { formatHtml, highlightExcerpt } from '../../src/formatters/html.js';
import { finding as baseFinding } from '../cli/fixtures.js';

const cwd = process.cwd();
const referenceFile = path.resolve('fixtures/reference/lkjip-dumai-barat-2023.txt');
let reference: FileResult;
let html: string;
let doc: HTMLElement;

beforeAll(async () => {
  reference = await lintFile(referenceFile, { rules: {}, rounding: 'round-or-truncate', lang: 'id' });
  html = formatHtml([reference], { lang: 'id', color: false, cwd });
  doc = parse(html);
});

/** The shared fixture, placed in a table, with its figures and excerpt. */
function finding(overrides: Partial<Finding> = {}): Finding {
  return baseFinding({
    location: { file: '/w/laporan.txt', line: 855, table: 'Tabel 3.7', rowLabel: 'Jumlah', columnLabel: 'REALISASI', section: 'BAB III > 3.7 Akuntabilitas Keuangan' },
    expected: '1357900300',
    actual: '1357000300',
    excerpt: 'JUMLAH | 1.420.000.000 | 1.357.000.300,00 | 95,56',
    ...overrides,
  });
}

const cards = (d: HTMLElement) => d.querySelectorAll('article.finding');
/** The element of the i-th finding (0-based) of the first file. */
const card = (i: number) => doc.querySelector(`#f1-${i + 1}`)!;

describe('html formatter on the reference report', () => {
  it('is one HTML5 document in Indonesian with its charset', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('h1')?.text).toContain('Hasil Pemeriksaan LKjIP');
    expect(doc.querySelector('h1')?.text).toContain('Kecamatan Dumai Barat 2023');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
  });

  it('has one finding element per finding, with its severity and family', () => {
    expect(reference.findings.length).toBeGreaterThan(50);
    expect(cards(doc)).toHaveLength(reference.findings.length);
    reference.findings.forEach((_, i) => {
      const el = card(i);
      expect(el.getAttribute('data-severity')).toBe(reference.findings[i].severity);
      expect(el.getAttribute('data-family')).toBe(reference.findings[i].family);
      expect(el.getAttribute('data-rule')).toBe(reference.findings[i].ruleId);
      expect(el.querySelector('.badge')?.classList.contains(`badge-${reference.findings[i].severity}`)).toBe(true);
    });
  });

  it('summarises the counts per severity and per family', () => {
    const count = (s: string) => reference.findings.filter((f) => f.severity === s).length;
    expect(doc.querySelector('.tile-error .tile-n')?.text).toBe(String(count('error')));
    expect(doc.querySelector('.tile-warning .tile-n')?.text).toBe(String(count('warning')));
    const fileRow = doc.querySelector('.files-table tbody tr')!;
    expect(fileRow.text).toContain('fixtures/reference/lkjip-dumai-barat-2023.txt');
    expect(fileRow.text).toContain('Kecamatan Dumai Barat');
    expect(fileRow.text).toContain('2023');
    expect(fileRow.querySelectorAll('td.num').map((td) => td.text)).toEqual([
      String(count('error')),
      String(count('warning')),
      String(count('info')),
      String(reference.findings.length),
    ]);
    const arithmetic = doc.querySelector('.family-list li[data-family=arithmetic]')!;
    expect(arithmetic.querySelector('.fam-name')?.text).toBe('Perhitungan');
    expect(arithmetic.querySelector('.fam-n')?.text).toBe(String(reference.findings.filter((f) => f.family === 'arithmetic').length));
    const families = new Set(reference.findings.map((f) => f.family));
    expect(doc.querySelectorAll('.family-list li')).toHaveLength(families.size);
    expect(doc.querySelectorAll('#filters input[name=family]')).toHaveLength(families.size);
    expect(doc.querySelectorAll('#filters input[name=severity]').map((i) => i.getAttribute('value'))).toEqual(['error', 'warning', 'info']);
  });

  it('groups findings by section, then by table, with a heading per group', () => {
    const tableHeadings = doc.querySelectorAll('.group-table > h4').map((h) => h.text);
    expect(tableHeadings.some((h) => h.startsWith('Tabel 3.7'))).toBe(true);
    const group = doc.querySelectorAll('.group-table').find((g) => g.querySelector('h4')!.text.startsWith('Tabel 3.7 '))!;
    const inTable = reference.findings.filter((f) => f.location.table === 'Tabel 3.7');
    expect(cards(group)).toHaveLength(inTable.length);
    expect(group.querySelector('h4 .count')?.text).toBe(String(inTable.length));
    const section = group.parentNode as HTMLElement;
    expect(section.classList.contains('group-section')).toBe(true);
    expect(section.querySelector('h3')?.text).toContain('3.7 Akuntabilitas Keuangan');
    expect(section.querySelector('h3 .chapter')?.text).toBe('BAB III');
    // Every finding sits in a table group inside a section group inside its file.
    for (const el of cards(doc)) {
      expect(el.closest('.group-table')).not.toBeNull();
      expect(el.closest('.group-section')).not.toBeNull();
      expect(el.closest('section.file')).not.toBeNull();
    }
    expect(tableHeadings).toContain(`Di luar tabel (uraian dan kalimat) ${reference.findings.filter((f) => f.location.section === 'KATA PENGANTAR').length}`);
  });

  it('shows the findings in their order in the report: a new group where the table or the text between tables changes', () => {
    expect(cards(doc).map((el) => el.getAttribute('id'))).toEqual(reference.findings.map((_, i) => `f1-${i + 1}`));
    // A chapter's text findings on both sides of a table are two groups, not one.
    const chapters = doc.querySelectorAll('section.file > .group-section');
    expect(chapters.some((c) => c.querySelectorAll(':scope > .group-text').length > 1)).toBe(true);
    for (const chapter of chapters) {
      const runs = chapter.querySelectorAll(':scope > .group-table').map((g) => g.querySelector('h4')!.text.replace(/\s*\d+$/, ''));
      expect(runs.every((title, i) => i === 0 || title !== runs[i - 1])).toBe(true);
    }
  });

  it('shows location, written and expected value, basis, recommendation and excerpt', () => {
    const i = reference.findings.findIndex((f) => f.location.table === 'Tabel 3.7' && f.ruleId === 'sum-total');
    expect(i).toBeGreaterThanOrEqual(0);
    const f = reference.findings[i];
    const el = card(i);
    expect(el.querySelector('.message')?.text).toBe(f.message);
    expect(el.querySelector('.loc')?.text).toContain(`baris ${f.location.line}`);
    expect(el.querySelector('.loc')?.text).toContain(`${f.location.rowLabel} › ${f.location.columnLabel}`);
    expect(el.querySelector('.written dd')?.text).toBe(figureText(f.actual, 'id'));
    expect(el.querySelector('.expected dd')?.text).toBe(figureText(f.expected, 'id'));
    expect(el.querySelectorAll('.basis li')).toHaveLength(f.related.length);
    expect(el.querySelector('.reco')?.text).toContain('Hitung ulang');
    expect(el.querySelector('blockquote')?.text.replace(/\s+/g, ' ')).toBe(f.excerpt!.replace(/\s+/g, ' '));
  });

  it('puts the written value of a finding inside a <mark> in its excerpt', () => {
    const i = reference.findings.findIndex((f) => f.location.table === 'Tabel 3.7' && f.ruleId === 'sum-total');
    const written = figureText(reference.findings[i].actual, 'id');
    const marks = card(i).querySelectorAll('blockquote mark').map((m) => m.text);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.startsWith(written))).toBe(true);
    // Most findings have their figure highlighted (amounts in words via the quoted words).
    const withMark = cards(doc).filter((el) => el.querySelector('blockquote mark')).length;
    expect(withMark).toBeGreaterThanOrEqual(Math.floor(reference.findings.length * 0.95));
  });

  it('loads nothing from elsewhere', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(doc.querySelectorAll('[src]')).toHaveLength(0);
    for (const a of doc.querySelectorAll('[href]')) expect(a.getAttribute('href')).toMatch(/^#/);
  });

  it('is deterministic', () => {
    expect(formatHtml([reference], { lang: 'id', color: false, cwd })).toBe(html);
    expect(html).not.toMatch(/\b20\d\d-\d\d-\d\dT/);
    expect(html).not.toMatch(/Math\.random|Date\(/);
  });

  it('hides the filters until the script shows them, and the print CSS hides them too', () => {
    expect(doc.querySelector('#filters')?.hasAttribute('hidden')).toBe(true);
    expect(cards(doc).some((el) => el.hasAttribute('hidden'))).toBe(false);
    const css = doc.querySelector('style')!.text;
    expect(css).toMatch(/@media print\{[^]*\.filters[^}]*display:none/);
    expect(css).toMatch(/\.finding\{[^}]*break-inside:avoid/);
    const script = doc.querySelector('script')!.text;
    expect(script).toContain('location.hash');
    expect(script).toContain("c.hidden=!on");
  });
});

describe('html formatter on hand-made results', () => {
  const hostile = finding({
    message: 'Nilai <script>alert(1)</script> & "kutip" salah',
    excerpt: 'Total <script>alert(1)</script> & 1.357.000.300 <b>x</b>',
    location: { file: '/w/laporan.txt', line: 3, table: 'Tabel <i>1</i> & 2', rowLabel: 'A&B', columnLabel: '<kolom>', section: 'BAB I > <b>Judul</b>' },
    related: [{ location: { file: '/w/laporan.txt', line: 9, table: 'Tabel 9' }, note: '<img src=x onerror=alert(1)>' }],
  });
  const results: FileResult[] = [
    { file: '/w/laporan<1>.txt', format: 'text', unit: 'Kecamatan <X> & Y', year: 2023, findings: [hostile] },
    { file: '/w/rusak.pdf', findings: [], error: 'berkas PDF rusak: <tidak lengkap> & terpotong' },
  ];

  it('escapes every text from the report', () => {
    const out = formatHtml(results, { lang: 'id', color: false, cwd: '/w' });
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('<i>1');
    expect(out).not.toContain('<kolom>');
    expect(out).toContain('<span class="chapter">BAB I</span> &lt;b&gt;Judul&lt;/b&gt;');
    expect(out).toContain('Nilai &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot; salah');
    expect(out).toContain('Total &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>1.357.000.300</mark> &lt;b&gt;x&lt;/b&gt;');
    expect(out).toContain('Kecamatan &lt;X&gt; &amp; Y');
    expect(out).toContain('laporan&lt;1&gt;.txt');
    // Only the formatter's own script element.
    const d = parse(out);
    expect(d.querySelectorAll('script')).toHaveLength(1);
    // Read back, the texts are the report's own.
    expect(d.querySelector('.message')?.text).toBe(hostile.message);
    expect(d.querySelector('blockquote')?.text).toBe(hostile.excerpt);
    expect(d.querySelector('.group-table h4')?.text).toContain('Tabel <i>1</i> & 2');
    expect(d.querySelector('.basis .note')?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows a file that could not be read, with its message', () => {
    const d = parse(formatHtml(results, { lang: 'id', color: false, cwd: '/w' }));
    const file = d.querySelector('#berkas-2')!;
    expect(file.querySelector('h2')?.text).toContain('rusak.pdf');
    expect(file.querySelector('.file-error')?.text).toContain('Tidak dapat dibaca');
    expect(file.querySelector('.file-error')?.text).toContain('berkas PDF rusak: <tidak lengkap> & terpotong');
    expect(file.querySelector('.file-error')?.rawText).toContain('berkas PDF rusak: &lt;tidak lengkap&gt; &amp; terpotong');
    expect(d.querySelector('.files-table tr.fatal')?.text).toContain('rusak.pdf');
    expect(d.querySelector('.tile-files .tile-note')?.text).toBe('1 tidak dapat dibaca');
  });

  it('uses English labels with lang en', () => {
    const out = formatHtml(results, { lang: 'en', color: false, cwd: '/w' });
    const d = parse(out);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(d.querySelector('h1')?.text).toContain('LKjIP Check Results');
    expect(d.querySelector('.badge-error')?.text).toBe('Error');
    expect(d.querySelector('.family')?.text).toBe('Arithmetic');
    expect(d.querySelector('.written dt')?.text).toBe('Written');
    expect(d.querySelector('.expected dt')?.text).toBe('Expected');
    expect(d.querySelector('.written dd')?.text).toBe('1,357,000,300');
    expect(d.querySelector('.reco')?.text).toContain('Recommendation');
    expect(d.querySelector('#berkas-2 .file-error')?.text).toContain('Could not be read');
    expect(d.querySelector('#filter-status')?.getAttribute('data-template')).toBe('Showing {shown} of {total} findings');
    expect(out).not.toMatch(/Galat|Seharusnya|Tertulis|Saran perbaikan/);
  });

  it('says when a file has no findings', () => {
    const d = parse(formatHtml([{ file: '/w/bersih.txt', format: 'text', findings: [] }], { lang: 'id', color: false, cwd: '/w' }));
    expect(d.querySelector('.clean')?.text).toBe('Tidak ada temuan pada berkas ini.');
    expect(cards(d)).toHaveLength(0);
  });
});

describe('highlightExcerpt', () => {
  const marks = (h: string) => [...h.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

  it('finds a figure in either number style, never inside a longer number', () => {
    expect(marks(highlightExcerpt('82,48 | 182,48 | 82,485 | 82.48%', '82.48', '82,48'))).toEqual(['82,48', '82.48']);
    expect(marks(highlightExcerpt('Rp. 1.357.900.000,- dan Rp 11.357.900.000', '1357900000', '1.357.900.000'))).toEqual(['1.357.900.000']);
    expect(marks(highlightExcerpt('1,357,900,000.00 | 1357900000', '1357900000', '1.357.900.000'))).toEqual(['1,357,900,000.00', '1357900000']);
    expect(marks(highlightExcerpt('efisiensi 1.05 | 1,051', '1.05', '1,05'))).toEqual(['1.05']);
  });

  it('finds a year as written and a text value ignoring case and dash spacing', () => {
    expect(marks(highlightExcerpt('TAHUN ANGGARAN : 2024 (20245)', '2024', '2.024'))).toEqual(['2024']);
    expect(marks(highlightExcerpt('MATRIK KECAMATAN SUNGAI SEMBILAN TAHUN', 'Kecamatan Sungai Sembilan', 'Kecamatan Sungai Sembilan'))).toEqual([
      'KECAMATAN SUNGAI SEMBILAN',
    ]);
    expect(marks(highlightExcerpt('Tahun 2016 – 2021', '2016-2021', '2016-2021'))).toEqual(['2016 – 2021']);
  });

  it('falls back to the words the message quotes', () => {
    const h = highlightExcerpt('Rp. 9.201.483.220 (Sembilan Milyar Dua Puluh Ribu)', '9201703000', '9.201.703.000', 'ditulis dengan huruf "Sembilan Milyar Dua Puluh Ribu", yang berarti');
    expect(marks(h)).toEqual(['Sembilan Milyar Dua Puluh Ribu']);
  });

  it('escapes the text around and inside the marks', () => {
    expect(highlightExcerpt('<b>5</b> & 5', '5', '5')).toBe('&lt;b&gt;<mark>5</mark>&lt;/b&gt; &amp; <mark>5</mark>');
  });
});
