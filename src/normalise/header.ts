import type { Row } from '../model/index.js';
import { parseNumber } from '../numbers/parse.js';
import type { ColumnGroup, ColumnInfo, ColumnRole } from './types.js';

const YEAR = /^(19|20)\d{2}$/;
const hasLetter = (s: string) => /\p{L}/u.test(s);

/** "1 | 2 | 3 | 4" or "(1) | (2) | ...": the column-number row printed under many headers. */
export function isColumnIndexRow(cells: string[]): boolean {
  const values = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (values.length < 3) return false;
  const nums: number[] = [];
  for (const v of values) {
    // "5 = 4 : 3", "(5)=(4)/(3)", "6 = 5/4 x 100%": the column number and how it is computed.
    const m = /^\(?(\d{1,2})\)?(?:\s*=\s*[\d()\s:/x×*+\-−%.,]+)?$/i.exec(v);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  if (nums[0] > 2) return false;
  for (let i = 1; i < nums.length; i++) if (nums[i] < nums[i - 1]) return false;
  return true;
}

/**
 * Header cells are words (and years): no figure, no row number. A row of years only
 * ("2022 | 2023 | 2022 | 2023") is a header when it sits under another header row.
 */
export function isHeaderLikeRow(cells: string[], underHeader = false): boolean {
  const values = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (values.length === 0) return false;
  if (!values.some(hasLetter) && !(underHeader && values.length >= 2 && values.every((v) => YEAR.test(v)))) return false;
  return values.every((v) => {
    if (YEAR.test(v) || v === '%' || v === '(%)') return true;
    if (!hasLetter(v)) return false;
    return parseNumber(v) === null;
  });
}

/** A row opened by a row number ("I | Belanja Operasi", "A. | ...") is a data row, figures or not. */
function startsWithRowNumber(cells: string[]): boolean {
  const values = cells.map((c) => c.trim()).filter((c) => c !== '');
  return values.length >= 2 && /^([IVX]{1,4}|[A-Za-z]|\d{1,2})[.)]?$/.test(values[0]) && /\p{L}{3}/u.test(values[1]);
}

/** The leading header rows (at most five), including a column-index row right below them. */
export function countHeaderRows(rows: Row[]): number {
  let n = 0;
  while (n < rows.length && n < 5) {
    const cells = rows[n].cells.map((c) => c.text);
    if (n > 0 && startsWithRowNumber(cells)) break;
    if (isHeaderLikeRow(cells, n > 0) || (n > 0 && isColumnIndexRow(cells))) n++;
    else break;
  }
  // A table of only word rows has no header to speak of unless it has figures below.
  return n === rows.length ? Math.min(n, 1) : n;
}

/**
 * Header text of every column. A group header spanning several columns is printed once,
 * with empty cells to its right ("KINERJA | | | ANGGARAN | |"); those cells inherit it where
 * the row below has its own header.
 */
export function columnHeaders(rows: Row[], headerRows: number, width: number): string[][] {
  const grid: string[][] = [];
  const textRows = rows.slice(0, headerRows).map((r) => r.cells.map((c) => c.text)).filter((cells) => !isColumnIndexRow(cells));
  for (let h = 0; h < textRows.length; h++) {
    const cells = textRows[h];
    const below = textRows[h + 1];
    const filled: string[] = [];
    let carry = '';
    for (let j = 0; j < width; j++) {
      const own = (cells[j] ?? '').trim();
      if (own) carry = own;
      filled.push(own || (below && (below[j] ?? '').trim() && h < textRows.length - 1 ? carry : ''));
    }
    grid.push(filled);
  }
  const perColumn: string[][] = [];
  for (let j = 0; j < width; j++) perColumn.push(grid.map((r) => r[j]).filter((s) => s !== ''));
  return perColumn;
}

const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ['sisa', /\bsisa\b|\bselisih\b/],
  ['efisiensi', /efisiensi/],
  ['capaian', /\bcapaian\b|\bpenyerapan\b|^\(?%\)?$/],
  ['predikat', /predikat|kategori|kriteria|atribut/],
  ['pagu', /\bpagu\b|\balokasi\b|target\s+keuangan|\banggaran\b|\bdpa\b/],
  ['realisasi', /realisasi/],
  ['target', /\btarget\b/],
  ['satuan', /\bsatuan\b/],
  ['numbering', /^(no\.?|nomor|kode(\s+rekening)?|no\.?\s*urut)$/],
  ['indicator', /indikator/],
  ['label', /uraian|program|kegiatan|sasaran|tujuan|nama|jenis|isu|rincian/],
  ['tahun', /^tahun$/],
];

function roleOf(text: string): ColumnRole | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t === '' || YEAR.test(t)) return undefined;
  if (/^uraian\b/.test(t)) return 'label';
  // Physical progress ("Realisasi Fisik (%)") is neither spending nor performance.
  if (/\bfisik\b/.test(t)) return 'other';
  if (/realisasi/.test(t) && !/\bcapaian\b|\bsisa\b|penyerapan/.test(t)) return 'realisasi';
  for (const [role, re] of ROLE_PATTERNS) if (re.test(t)) return role;
  return undefined;
}

function groupOf(text: string): ColumnGroup | undefined {
  const t = text.toLowerCase();
  if (/anggaran|keuangan|\(rp|\brp\b|rupiah|\bpagu\b|alokasi|belanja|\bdpa\b/.test(t)) return 'anggaran';
  if (/kinerja|indikator|\bikk?u\b/.test(t)) return 'kinerja';
  return undefined;
}

/** Column roles: the lowest header row that names a role decides; group and year come from any row. */
export function describeColumns(headers: string[][]): ColumnInfo[] {
  return headers.map((texts, index) => {
    let role: ColumnRole | undefined;
    for (let h = texts.length - 1; h >= 0 && !role; h--) role = roleOf(texts[h]);
    const all = texts.join(' ');
    const year = /\b((?:19|20)\d{2})\b/.exec(all);
    const unit = /\(\s*rp\.?\s*\)|\brupiah\b/i.test(all) ? 'money' : /%/.test(all) ? 'percent' : undefined;
    return {
      index,
      header: all,
      role: role ?? 'other',
      group: groupOf(all),
      period: year ? Number(year[1]) : undefined,
      unit,
    };
  });
}
