import type { FileResult, Lang } from '../engine/types.js';
import { displayPath } from '../util/paths.js';
import { findingRows, type FindingRow } from './fields.js';
import { aboutParts, countsText, groupRows, plural, summarize, uncheckedFiles, type ResultSummary } from './summary.js';
import type { TextFormatter } from './types.js';

const WORDS = {
  id: {
    title: 'Temuan lkjip-lint',
    columns: ['No', 'Lokasi', 'Temuan', 'Tertulis', 'Seharusnya', 'Tingkat', 'Aturan'],
    noSection: 'Tanpa bab',
    outsideTables: 'Di luar tabel',
    clean: 'Tidak ada temuan.',
    unreadable: 'Tidak dapat diperiksa',
    total: 'Jumlah',
    files: (n: number) => `${n} berkas`,
  },
  en: {
    title: 'lkjip-lint findings',
    columns: ['No', 'Location', 'Finding', 'Stated', 'Expected', 'Severity', 'Rule'],
    noSection: 'No chapter',
    outsideTables: 'Outside tables',
    clean: 'No findings.',
    unreadable: 'Could not be checked',
    total: 'Total',
    files: (n: number) => plural(n, 'file'),
  },
};
type Words = (typeof WORDS)[Lang];

/** Right-aligned: the number and the two figures. */
const ALIGN = ['---:', '---', '---', '---:', '---:', '---', '---'];

/** Findings as Markdown, for a note or an issue: per file, grouped by chapter, then by table. */
export const formatMarkdown: TextFormatter = (results, ctx) => {
  const w = WORDS[ctx.lang];
  const blocks = [`# ${w.title}`];
  for (const result of results) blocks.push(...fileBlocks(result, ctx.lang, ctx.cwd, w));
  blocks.push('---', totalLine(summarize(results), ctx.lang, w));
  return blocks.join('\n\n');
};

function fileBlocks(result: FileResult, lang: Lang, cwd: string, w: Words): string[] {
  const about = aboutParts(result).join(', ');
  const heading = `## ${inline(displayPath(cwd, result.file))}${about ? ` — ${inline(about)}` : ''}`;
  if (result.error !== undefined) return [heading, `**${w.unreadable}:** ${inline(result.error)}`];
  const s = summarize([result]);
  if (result.findings.length === 0) return [heading, w.clean];

  const blocks = [heading, `${countsText(s, lang)}.`];
  for (const { section, tables } of groupRows(findingRows(result, lang, cwd))) {
    blocks.push(`### ${inline(section || w.noSection)}`);
    for (const { table, rows } of tables) {
      blocks.push(`#### ${inline(table || w.outsideTables)}`, markdownTable(rows, w));
    }
  }
  return blocks;
}

function markdownTable(rows: FindingRow[], w: Words): string {
  const lines = [tableLine(w.columns), tableLine(ALIGN)];
  for (const row of rows) {
    lines.push(
      tableLine([
        String(row.no),
        cell([row.where, row.cell].filter(Boolean).join(', ')),
        cell(row.description),
        cell(row.written),
        cell(row.expected),
        cell(row.severityLabel),
        `\`${row.ruleId}\``,
      ]),
    );
  }
  return lines.join('\n');
}

function tableLine(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function totalLine(s: ResultSummary, lang: Lang, w: Words): string {
  const parts = [w.files(s.files), countsText(s, lang)];
  if (s.fatal > 0) parts.push(uncheckedFiles(s.fatal, lang));
  return `**${w.total}:** ${parts.join('; ')}.`;
}

/**
 * Text set as Markdown that reads as it is: characters that would start emphasis, code, a link,
 * an HTML tag or a heading, and pipes (table cell borders), are backslash-escaped.
 */
function inline(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

/** A table cell: one line, so line breaks become <br>. */
function cell(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => inline(line.trim()))
    .join('<br>');
}
