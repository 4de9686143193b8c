import { Decimal } from 'decimal.js';
import type { FileResult, Finding, Lang, RuleFamily, Severity } from '../engine/types.js';
import { sheetRef, type SourceLocation } from '../model/index.js';
import { formatNumber, isPlainDecimal } from '../numbers/format.js';
import { displayPath } from '../util/paths.js';

/**
 * A finding as the columns of an evaluator's finding sheet (Lembar Temuan): shared by the
 * XLSX, HTML and Markdown outputs so that they say the same thing.
 */
export interface FindingRow {
  /** 1-based, in the order of the file's findings. */
  no: number;
  /** The file as shown (relative to the working directory). */
  file: string;
  /** "BAB III > 3.7 Akuntabilitas Keuangan"; empty when unknown. */
  section: string;
  /** "Tabel 3.7"; empty outside tables. */
  table: string;
  /** "hal. 12", "baris 207", "Lampiran!C12", "paragraf 40". */
  where: string;
  /** Row and column labels inside a table: "Administrasi Keuangan › REALISASI"; else empty. */
  cell: string;
  description: string;
  /** The figure as the report writes it, in the language's number style; empty when none. */
  written: string;
  /** The figure it should be; empty when the finding has none. */
  expected: string;
  /** The other places compared, with their notes: "baris 714 (82,84); Tabel 3.4, baris 786". */
  basis: string;
  severity: Severity;
  severityLabel: string;
  ruleId: string;
  family: RuleFamily;
  familyLabel: string;
  recommendation: string;
  excerpt: string;
  finding: Finding;
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  id: { error: 'Galat', warning: 'Peringatan', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY[lang][severity];
}

const FAMILY: Record<RuleFamily, { id: string; en: string; recommendation: { id: string; en: string } }> = {
  arithmetic: {
    id: 'Perhitungan',
    en: 'Arithmetic',
    recommendation: {
      id: 'Hitung ulang angka ini dari angka-angka sumbernya dan perbaiki angka yang salah (atau angka sumbernya).',
      en: 'Recompute this figure from its inputs and correct the wrong figure (or the wrong input).',
    },
  },
  'cross-reference': {
    id: 'Konsistensi antarbagian',
    en: 'Cross-reference',
    recommendation: {
      id: 'Samakan angka ini di semua bagian laporan dengan angka yang benar menurut dokumen sumber (DPA, Perjanjian Kinerja, realisasi).',
      en: 'Make this figure the same in every part of the report, using the value in the source documents (DPA, performance agreement, realisation).',
    },
  },
  names: {
    id: 'Nama unit dan wilayah',
    en: 'Unit and region names',
    recommendation: {
      id: 'Ganti nama yang keliru dengan nama unit/wilayah yang benar; periksa sisa salinan dari laporan unit lain.',
      en: 'Replace the wrong name with the correct unit or region name; look for other text copied from another unit’s report.',
    },
  },
  efficiency: {
    id: 'Efisiensi',
    en: 'Efficiency',
    recommendation: {
      id: 'Hitung ulang tingkat efisiensi dengan rumus yang dinyatakan laporan dan capaian serta penyerapan anggaran yang benar; perbaiki kategori dan ketentuannya.',
      en: 'Recompute the efficiency with the formula the report states, from the correct achievement and budget absorption; correct the category and its thresholds.',
    },
  },
  predicates: {
    id: 'Predikat dan skala',
    en: 'Ratings and scales',
    recommendation: {
      id: 'Sesuaikan predikat dengan skala yang dicantumkan, dan skala dengan peraturan yang dirujuk (Permendagri 86/2017).',
      en: 'Make the rating follow the printed scale, and the scale follow the regulation it cites (Permendagri 86/2017).',
    },
  },
  terbilang: {
    id: 'Terbilang',
    en: 'Amounts in words',
    recommendation: { id: 'Tulis ulang jumlah dalam huruf sesuai angkanya (atau perbaiki angkanya).', en: 'Rewrite the amount in words to match the digits (or correct the digits).' },
  },
  counts: {
    id: 'Jumlah butir',
    en: 'Counts',
    recommendation: { id: 'Samakan jumlah yang disebut dengan butir yang benar-benar dicantumkan.', en: 'Make the stated count match the items actually listed.' },
  },
  years: {
    id: 'Tahun dan periode',
    en: 'Years and periods',
    recommendation: { id: 'Ganti tahun/periode dengan tahun laporan atau periode Renstra yang berlaku.', en: 'Use the report’s own year, or the Renstra period in force.' },
  },
  narrative: {
    id: 'Uraian naratif',
    en: 'Narrative claims',
    recommendation: { id: 'Sesuaikan kalimat uraian dengan angka yang diuraikannya.', en: 'Make the sentence say what its figures show.' },
  },
  numbering: {
    id: 'Penomoran',
    en: 'Numbering',
    recommendation: { id: 'Perbaiki penomoran baris tabel (nomor ganda atau terlewat).', en: 'Correct the row numbering (a repeated or skipped number).' },
  },
  input: {
    id: 'Berkas masukan',
    en: 'Input file',
    recommendation: { id: 'Periksa berkas yang diserahkan (format, ekstensi, isi).', en: 'Check the submitted file (format, extension, content).' },
  },
};

/** Every family, in the order summaries list them. */
export const FAMILIES = Object.keys(FAMILY) as RuleFamily[];

export function familyLabel(family: RuleFamily, lang: Lang): string {
  return FAMILY[family]?.[lang] ?? family;
}

export function recommendation(family: RuleFamily, lang: Lang): string {
  return FAMILY[family]?.recommendation[lang] ?? '';
}

const WORDS = {
  id: { page: 'hal.', line: 'baris', paragraph: 'paragraf', table: (n: number) => `tabel ke-${n}` },
  en: { page: 'p.', line: 'line', paragraph: 'paragraph', table: (n: number) => `table #${n}` },
};

/** "hal. 12", "baris 207-209", "Lampiran!C12", "paragraf 40"; several when a format fills more than one. */
export function whereText(loc: SourceLocation, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (loc.page !== undefined) parts.push(`${w.page} ${loc.page}`);
  if (loc.sheet !== undefined) parts.push(sheetRef(loc.sheet, loc.cell));
  if (loc.paragraph !== undefined) parts.push(`${w.paragraph} ${loc.paragraph}`);
  if (loc.line !== undefined) parts.push(`${w.line} ${loc.endLine !== undefined && loc.endLine > loc.line ? `${loc.line}-${loc.endLine}` : loc.line}`);
  return parts.join(', ');
}

/** The table a location is in: "Tabel 3.7", else its ordinal; empty outside tables. */
export function tableText(loc: SourceLocation, lang: Lang): string {
  if (loc.table) return loc.table;
  return loc.tableIndex !== undefined ? WORDS[lang].table(loc.tableIndex) : '';
}

/** A figure of the JSON output ("1357900300", "95.21") in the language's style: "1.357.900.300", "95,21". */
export function figureText(value: string | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (!isPlainDecimal(value)) return value;
  const decimals = value.split('.')[1]?.length ?? 0;
  return formatNumber(new Decimal(value), decimals, lang);
}

const BASIS_PLACES = 12;

function basisText(f: Finding, lang: Lang): string {
  const places = f.related
    .map((r) => {
      const place = [tableText(r.location, lang), whereText(r.location, lang)].filter(Boolean).join(', ');
      return r.note ? `${place} (${r.note})` : place;
    })
    .filter(Boolean);
  if (places.length <= BASIS_PLACES) return places.join('; ');
  const more = places.length - BASIS_PLACES;
  return `${places.slice(0, BASIS_PLACES).join('; ')}; ${lang === 'id' ? `dan ${more} tempat lain` : `and ${more} more places`}`;
}

/** A year is printed as a year ("2023"), not grouped like an amount ("2.023"). */
function findingFigure(value: string | undefined, f: Finding, lang: Lang): string {
  return f.family === 'years' ? (value ?? '') : figureText(value, lang);
}

/** The rows of one file's findings, in the findings' order. */
export function findingRows(result: FileResult, lang: Lang, cwd: string): FindingRow[] {
  const file = displayPath(cwd, result.file);
  return result.findings.map((f, i) => ({
    no: i + 1,
    file,
    section: f.location.section ?? '',
    table: tableText(f.location, lang),
    where: whereText(f.location, lang),
    cell: [f.location.rowLabel, f.location.columnLabel].filter(Boolean).join(' › '),
    description: f.message,
    written: findingFigure(f.actual, f, lang),
    expected: findingFigure(f.expected, f, lang),
    basis: basisText(f, lang),
    severity: f.severity,
    severityLabel: severityLabel(f.severity, lang),
    ruleId: f.ruleId,
    family: f.family,
    familyLabel: familyLabel(f.family, lang),
    recommendation: recommendation(f.family, lang),
    excerpt: f.excerpt ?? '',
    finding: f,
  }));
}
