import type { SourceLocation } from '../model/index.js';
import type { TableModel } from '../normalise/types.js';
import { COMPARISON, clauseAround, namesYearPlainly, sentenceAround, yearMentions, type YearMention } from './mentions.js';
import type { ScanText, TextKind } from './texts.js';

/**
 * What in a text says that a year is the report's own fiscal year:
 * - `budget-year`: "Tahun Anggaran 2024", "TA 2024", "TAHUN ANGGARAN : 2024" in a title, heading,
 *   caption or table header (or, as a form field with a colon, anywhere but a data cell);
 * - `title`: the title of one of the report's own documents or parts naming a year
 *   ("Perjanjian Kinerja ... Tahun X", "Pengukuran Kinerja Tahun X", "BAB III Akuntabilitas Kinerja ... Tahun X");
 * - `self`: the report naming itself in a sentence ("LKjIP Kecamatan X Tahun X ini");
 * - `accountability`: "pertanggungjawaban ... Tahun X": what the report accounts for;
 * - `commitment`: "komitmen kinerja Tahun X";
 * - `mixed`: a sentence naming an own document (Perjanjian Kinerja, LKjIP) with one year and the
 *   report's year elsewhere, without a comparison;
 * - `this-year`: "pada tahun X ini".
 */
export type FiscalTrigger = 'budget-year' | 'title' | 'self' | 'accountability' | 'commitment' | 'mixed' | 'this-year';

/** Which of the report's documents a title names. */
export type SubjectKind = 'report' | 'measurement' | 'agreement' | 'plan' | 'budget';

export interface FiscalHit {
  scan: ScanText;
  trigger: FiscalTrigger;
  year: number;
  /** The words that tie the year to the report, as printed. */
  phrase: string;
  subject?: SubjectKind;
  severity: 'error' | 'warning';
  related?: SourceLocation;
}

const YEAR_RE = String.raw`(19[89]\d|20\d\d)(?!\d)`;

/** Titles of the report's own documents and parts, for one fiscal year each. */
const SUBJECTS: Array<{ re: RegExp; kind: SubjectKind }> = [
  { re: /\blaporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?|\blkj\s*-?\s*ip\b|\blkip\b|\blakip\b|\blkj\b|\bakuntabilitas\s+kinerja\b|\bperencanaan\s+kinerja\b/giu, kind: 'report' },
  { re: /\bpengukuran\s+kinerja\b|\b(?:analisis\s+)?(?:capaian|pencapaian)\s+kinerja\b|\brealisasi\s+(?:anggaran|belanja|keuangan)\b|\befisiensi\s+penggunaan\s+sumber\s+daya\b/giu, kind: 'measurement' },
  { re: /\b(?:perubahan\s+)?perjanjian\s+kinerja\b|\bpenetapan\s+kinerja\b/giu, kind: 'agreement' },
  { re: /\brencana\s+kinerja(?:\s+tahunan)?\b|\bRKT\b/gu, kind: 'plan' },
  { re: /\bDPP?A(?:\s*-\s*SKPD)?\b/gu, kind: 'budget' },
  { re: /\bdokumen\s+pelaksanaan\s+(?:perubahan\s+)?anggaran\b/giu, kind: 'budget' },
];

/** Words that may stand between a title's subject and its year: names, abbreviations, connectors. */
const GAP_WORD = /^(?:[\p{Lu}\d][\p{L}\d'’.\/&-]*|dan|pada|di|&|\/|-|–|—|,)$/u;
/** "Tahun 2023", "Tahun Anggaran 2023", "TAHUN ANGGARAN : 2023", "TA 2023", "T.A. 2023", or the bare year. */
const YEAR_LEAD = new RegExp(String.raw`^(?:(?:tahun|th\.?)\s+(?:anggaran\s*:?\s*)?|T\.?\s?A\.?\s*:?\s*)?${YEAR_RE}`, 'iu');

/** "ANGGARAN : 2024" under a line ending "TAHUN". */
const SPLIT_BUDGET_FIELD = new RegExp(String.raw`^\s*anggaran\s*:?\s*${YEAR_RE}`, 'i');
/** "ANGGARAN : 2024" as a line of its own. */
const BUDGET_FIELD_LINE = new RegExp(String.raw`^\s*anggaran\s*:\s*${YEAR_RE}\s*$`, 'i');
const TAHUN_ANGGARAN = new RegExp(String.raw`\btahun\s+anggaran\s*(:?)\s*${YEAR_RE}`, 'giu');
/** "TA 2023", "T.A. 2023": upper case only ("ta" is no word of its own). */
const TA = new RegExp(String.raw`\bT\.?\s?A\.?\s*(:?)\s*${YEAR_RE}`, 'gu');
const THIS_YEAR = new RegExp(String.raw`\b(?:tahun|th\.?)\s+${YEAR_RE}\s+ini\b`, 'giu');

/**
 * The year a title's subject names: the subject, then up to 12 title words (names, "(LKjIP)"),
 * then "Tahun X" or the bare year. Returns the year's position.
 */
function titleYearAfter(text: string, from: number): { start: number; end: number } | undefined {
  let i = from;
  for (let words = 0; words <= 12; words++) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const lead = YEAR_LEAD.exec(text.slice(i, i + 40));
    if (lead) {
      const end = i + lead[0].length;
      return { start: end - 4, end };
    }
    if (text[i] === '(') {
      const close = text.indexOf(')', i);
      if (close < 0 || close - i > 40) return undefined;
      i = close + 1;
      continue;
    }
    const word = /^\S+/.exec(text.slice(i))?.[0];
    if (!word) return undefined;
    const bare = word.replace(/[,;]$/, '');
    if (!GAP_WORD.test(bare) || /^(tahun|th\.?)$/i.test(bare) || word.endsWith(';')) return undefined;
    i += word.length;
  }
  return undefined;
}

/** An evaluation or review of the document named next: "hasil evaluasi atas LKjIP Tahun 2022". */
const EVALUATION_OF = /\b(evaluasi|reviu|review|lhe|penilaian)\b(\s+\S+){0,3}\s*(atas|terhadap)?\s*$/i;
/** Comparisons proper (not evaluations): for the strong signals. */
const STRICT_COMPARISON = /\b(?:di\s*banding(?:kan)?|membandingkan|perbandingan|bandingkan|tahun\s+(?:lalu|sebelumnya)|sebelumnya)\b/i;

/** The foreword and the statement of the report, which speak of the report itself. */
const FOREWORD = /\b(kata\s+pengantar|surat\s+pernyataan|pernyataan)\b/i;

const TITLE_KINDS: ReadonlySet<TextKind> = new Set(['heading', 'caption', 'title', 'toc', 'header']);

/** Years of the header rows of a table, as plain or period mentions. */
export function headerYears(t: TableModel): YearMention[] {
  const out: YearMention[] = [];
  for (const r of t.table.rows.slice(0, t.headerRows)) for (const c of r.cells) out.push(...yearMentions(c.text));
  return out;
}

const comparing = new WeakMap<TableModel, boolean>();

/** A table's header compares years (two years or more), so a year in it is not the report's own. */
function comparesYears(t: TableModel | undefined): boolean {
  if (!t) return false;
  let v = comparing.get(t);
  if (v === undefined) comparing.set(t, (v = new Set(headerYears(t).map((m) => m.year)).size >= 2));
  return v;
}

const clip = (s: string, n = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const head = t.slice(0, 32).replace(/\s+\S*$/, '');
  const tail = t.slice(t.length - (n - 36)).replace(/^\S*\s+/, '');
  return `${head} … ${tail}`;
};

/**
 * Every place where a year other than the report's own stands where the report's own year is
 * meant, in one text. Conservative: each needs one of the signals of `FiscalTrigger`, and a
 * year that is part of a period, a comparison, a regulation's number or a date never counts.
 */
export function fiscalHits(scan: ScanText, fiscalYear: number): FiscalHit[] {
  const hits: FiscalHit[] = [];
  const text = scan.text;
  const mentions = yearMentions(text);
  const plainOther = mentions.filter((m) => m.role === 'plain' && m.year !== fiscalYear);
  const taken = new Set<number>();
  const add = (h: FiscalHit, at: number) => {
    if (taken.has(at)) return;
    taken.add(at);
    hits.push(h);
  };
  const titleKind = TITLE_KINDS.has(scan.kind);
  // A header cell of a table comparing years is one of the years compared.
  const inComparisonTable = scan.kind === 'header' && comparesYears(scan.table);
  // The caption of such a table naming one other year only: likely left over, but less sure.
  const captionOfComparison = scan.kind === 'caption' && comparesYears(scan.table);
  // ... unless the table compares other years than the report's: a table of history.
  if (captionOfComparison && !headerYears(scan.table!).some((m) => m.year === fiscalYear)) return hits;
  // The year of a title-like text that also names the report's year, or several years, is a comparison.
  // So is a title within a section that compares ("3.4 Perbandingan Realisasi Kinerja ...").
  const ctx = scan.block.context;
  const sectionCompares = scan.kind !== 'heading' && (COMPARISON.test(ctx.sectionTitle ?? '') || /\d{4}\s*(?:-|–|—|s\.?\s*d\.?|dan)\s*(?:tahun\s+)?\d{4}/i.test(ctx.sectionTitle ?? ''));
  const textCompares =
    sectionCompares || COMPARISON.test(text) || new Set(mentions.filter((m) => m.role !== 'regulation' && m.role !== 'date').map((m) => m.year)).size >= 2;

  // "TAHUN" at the end of the line above, "ANGGARAN : 2024" on this one.
  if (scan.previous && /\btahun\s*$/i.test(scan.previous.text) && scan.kind !== 'prose' && scan.kind !== 'cell') {
    const m = SPLIT_BUDGET_FIELD.exec(text);
    if (m && Number(m[1]) !== fiscalYear) {
      const lastWord = /(\S+)\s*$/.exec(scan.previous.text)?.[1] ?? 'TAHUN';
      add(
        { scan, trigger: 'budget-year', year: Number(m[1]), phrase: `${lastWord} ${m[0].trim()}`, severity: 'error', related: scan.previous.loc },
        m[0].length - 4 + (m.index ?? 0),
      );
    }
  }

  // "ANGGARAN : 2024" as a line of its own above a table (a budget field holds no year but its budget year).
  if (hits.length === 0 && titleKind && scan.kind !== 'header') {
    const m = BUDGET_FIELD_LINE.exec(text);
    if (m && Number(m[1]) !== fiscalYear) add({ scan, trigger: 'budget-year', year: Number(m[1]), phrase: m[0].trim(), severity: 'error' }, text.length - 4);
  }

  if (plainOther.length === 0) return hits;

  // Budget year written as such.
  const budgetYears = [
    ...text.matchAll(TAHUN_ANGGARAN),
    ...text.matchAll(TA),
  ];
  for (const m of budgetYears) {
    const year = Number(m[2]);
    const at = (m.index ?? 0) + m[0].length - 4;
    const mention = mentions.find((x) => x.start === at);
    if (year === fiscalYear || !mention || mention.role !== 'plain') continue;
    // A form field "Tahun Anggaran : X" is the document's own budget year wherever it stands but in a data cell.
    const field = m[1] === ':' && scan.kind !== 'cell' && !inComparisonTable;
    const inTitle = titleKind && !inComparisonTable && !textCompares;
    if (!field && !inTitle) continue;
    add({ scan, trigger: 'budget-year', year, phrase: clip(m[0]), severity: captionOfComparison ? 'warning' : 'error' }, at);
  }

  // Titles of the report's own documents.
  for (const { re, kind } of SUBJECTS) {
    for (const s of text.matchAll(re)) {
      const start = s.index ?? 0;
      const y = titleYearAfter(text, start + s[0].length);
      if (!y) continue;
      const mention = mentions.find((x) => x.start === y.start);
      if (!mention || mention.role !== 'plain' || mention.year === fiscalYear) continue;
      const phrase = clip(text.slice(start, y.end));
      const after = text.slice(y.end, y.end + 12);
      const reviewed = EVALUATION_OF.test(text.slice(Math.max(0, start - 40), start));
      if (/^\s*ini\b/i.test(after) && (kind === 'report' || kind === 'agreement' || kind === 'measurement')) {
        // "LKjIP ... Tahun 2022 ini": the report (or its agreement) naming itself. Only a comparison
        // in the same clause, or an evaluation of that document, makes it something else.
        const clause = clauseAround(text, start, y.end);
        if (!reviewed && !STRICT_COMPARISON.test(text.slice(clause.start, clause.end))) {
          add({ scan, trigger: 'self', year: mention.year, phrase: `${phrase} ini`, subject: kind, severity: 'error' }, y.start);
        }
        continue;
      }
      // The foreword and the statement speak of this report: "kami dapat menyusun LKjIP Tahun X".
      if (scan.kind === 'prose' && kind === 'report' && FOREWORD.test(scan.block.context.chapter ?? '') && !reviewed) {
        const sentence = sentenceAround(text, start);
        if (!COMPARISON.test(text.slice(sentence.start, sentence.end)) && !/\b(penyempurnaan|perbaikan|menyempurnakan)\b/i.test(text.slice(sentence.start, sentence.end))) {
          add({ scan, trigger: 'self', year: mention.year, phrase, subject: kind, severity: 'warning' }, y.start);
          continue;
        }
      }
      if (titleKind) {
        if (inComparisonTable || textCompares) continue;
        // An evaluation of an earlier report, its follow-up, or a comparison: legitimate.
        if (/\b(evaluasi|lhe|tindak\s*lanjut|penyusunan|menyusun)\b/i.test(text.slice(Math.max(0, start - 60), start))) continue;
        // Next year's agreement or plan may be cited (signed in January, when the report is written).
        const future = mention.year > fiscalYear;
        // Next year's plan (Rencana Kinerja Tahun N+1) is a legitimate section of the closing chapter.
        if (future && kind === 'plan') continue;
        const severity = kind === 'plan' || (future && kind === 'agreement') || captionOfComparison ? 'warning' : 'error';
        if (future && mention.year - fiscalYear > 1) continue;
        add({ scan, trigger: 'title', year: mention.year, phrase, subject: kind, severity }, y.start);
        continue;
      }
      if (scan.kind === 'prose' && kind === 'agreement') {
        // One sentence: "sebagaimana tertuang dalam Perjanjian Kinerja Tahun 2022, maka ... Tahun 2023 didukung ...".
        const sentence = sentenceAround(text, start);
        const body = text.slice(sentence.start, sentence.end);
        if (COMPARISON.test(body)) continue;
        if (!namesYearPlainly(text, fiscalYear, sentence.start, sentence.end)) continue;
        // The same document for the report's year in the same sentence: two documents compared.
        const sameSubjectOwnYear = [...body.matchAll(new RegExp(re.source, re.flags))].some((o) => {
          const oy = titleYearAfter(body, (o.index ?? 0) + o[0].length);
          return oy !== undefined && Number(body.slice(oy.start, oy.end)) === fiscalYear;
        });
        if (sameSubjectOwnYear) continue;
        add({ scan, trigger: 'mixed', year: mention.year, phrase, subject: kind, severity: 'warning' }, y.start);
      }
    }
  }

  // What the report accounts for, and the commitments it reports on.
  const sentenceTriggers: Array<{ re: RegExp; trigger: FiscalTrigger; reach: number }> = [
    { re: /\bpertanggung\s*-?\s*jawab(?:an)?\b/giu, trigger: 'accountability', reach: 140 },
    { re: /\bkomitmen\s+kinerja\b/giu, trigger: 'commitment', reach: 60 },
  ];
  // Not in data cells: sub kegiatan such as "Penyusunan Laporan Pertanggungjawaban Kinerja Tahun 2022".
  for (const { re, trigger, reach } of scan.kind === 'cell' ? [] : sentenceTriggers) {
    for (const t of text.matchAll(re)) {
      const start = t.index ?? 0;
      // "Laporan Pertanggungjawaban ..." names a document (an LPJ), not what this report accounts for.
      if (/\b(laporan|penyusunan|dokumen)\s+$/i.test(text.slice(Math.max(0, start - 20), start))) continue;
      const from = start + t[0].length;
      const sentence = sentenceAround(text, start);
      const limit = Math.min(sentence.end, from + reach);
      // The first year after the trigger, written "Tahun X" / "tahun anggaran X".
      const first = mentions.find((m) => m.start >= from && m.start < limit);
      if (!first || first.role !== 'plain' || first.year === fiscalYear) continue;
      if (!/\b(?:tahun|th\.?)\s+(?:anggaran\s+)?$/i.test(text.slice(Math.max(0, first.start - 20), first.start))) continue;
      const gap = text.slice(from, first.start);
      if (/[;]/.test(gap)) continue;
      // "Perda ... tentang Pertanggungjawaban Pelaksanaan APBD Tahun Anggaran 2022": a regulation's
      // title, or the financial accountability of a budget (LPJ), not this report's.
      if (/\btentang\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (/\b(apbd|apbn|lpj|laporan\s+keuangan|pelaksanaan\s+anggaran)\b/i.test(gap)) continue;
      const clause = clauseAround(text, start, first.end);
      if (COMPARISON.test(text.slice(clause.start, clause.end))) continue;
      const body = text.slice(sentence.start, sentence.end);
      const selfRef = /\bini\b/i.test(text.slice(sentence.start, start)) && /\b(laporan|lkj\s*-?\s*ip|lakip|lkip|lkj)\b/i.test(text.slice(sentence.start, start));
      const ownYearToo = namesYearPlainly(text, fiscalYear, sentence.start, sentence.end) && !COMPARISON.test(body);
      // Accountability for performance: the words in between speak of kinerja / sasaran, or the report names itself.
      if (trigger === 'accountability' && !selfRef && !/\b(kinerja|sasaran|kerja|capaian|pencapaian)\b/i.test(gap)) continue;
      const severity = selfRef || ownYearToo || titleKind ? 'error' : 'warning';
      add({ scan, trigger, year: first.year, phrase: clip(text.slice(start, first.end)), severity }, first.start);
    }
  }

  // "pada tahun 2022 ini".
  for (const m of text.matchAll(THIS_YEAR)) {
    const at = (m.index ?? 0) + m[0].search(/\d/);
    const mention = mentions.find((x) => x.start === at);
    if (!mention || mention.role !== 'plain' || mention.year === fiscalYear) continue;
    const clause = clauseAround(text, m.index ?? 0, at + 4);
    if (COMPARISON.test(text.slice(clause.start, clause.end))) continue;
    add({ scan, trigger: 'this-year', year: mention.year, phrase: clip(m[0]), severity: 'warning' }, at);
  }

  return hits;
}

/**
 * A table whose header names one year only, another than the report's, above its targets and
 * realisasi: the report's own measurement left with last year's (or next year's) header. An
 * error when the table's own caption or title names the report's year, a warning otherwise.
 * Tables comparing with national or regional figures are left alone (those lag a year).
 */
export function singlePeriodHit(t: TableModel, fiscalYear: number, title: string | undefined): { year: number; loc: SourceLocation; phrase: string; severity: 'error' | 'warning' } | undefined {
  const years = headerYears(t);
  if (years.length === 0 || years.some((m) => m.role !== 'plain')) return undefined;
  if (new Set(years.map((m) => m.year)).size !== 1) return undefined;
  const year = years[0].year;
  if (year === fiscalYear || Math.abs(year - fiscalYear) > 3) return undefined;
  const headerText = t.table.rows
    .slice(0, t.headerRows)
    .flatMap((r) => r.cells.map((c) => c.text))
    .join(' ');
  if (/\b(nasional|provinsi|kabupaten|kota|spm|pembanding|renstra|rpjmd|kondisi\s+awal|baseline)\b/i.test(headerText)) return undefined;
  const dated = t.columns.filter((c) => c.period === year);
  if (dated.length === 0 || !dated.every((c) => c.role === 'target' || c.role === 'realisasi' || c.role === 'capaian')) return undefined;
  // A title naming the same year: the table is consistently about that year; the title is checked as a title.
  if (title !== undefined && namesYearPlainly(title, year)) return undefined;
  const titleNamesOwn = title !== undefined && namesYearPlainly(title, fiscalYear) && !COMPARISON.test(title);
  const hasRealisasi = dated.some((c) => c.role === 'realisasi');
  if (!hasRealisasi && !titleNamesOwn) return undefined;
  if (title && COMPARISON.test(title)) return undefined;
  if (COMPARISON.test(t.table.context.sectionTitle ?? '')) return undefined;
  for (const r of t.table.rows.slice(0, t.headerRows)) {
    for (const c of r.cells) {
      if (yearMentions(c.text).some((m) => m.year === year)) {
        return { year, loc: c.loc, phrase: c.text, severity: titleNamesOwn ? 'error' : 'warning' };
      }
    }
  }
  return undefined;
}
