import { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Lang, Severity } from '../engine/types.js';
import type { SourceLocation } from '../model/index.js';
import { aboutParts, plural, severityCount, summarize, uncheckedFiles, type ResultSummary } from './summary.js';
import type { TextFormatter } from './types.js';
import { displayPath } from '../util/paths.js';
import { whereText } from './fields.js';

const words = {
  id: {
    tableByIndex: (n: number) => `Tabel ke-${n}`,
    severity: { error: 'galat', warning: 'peringatan', info: 'info' } as Record<Severity, string>,
    fatal: 'fatal',
    problems: (n: number) => `${n} masalah`,
    clean: 'tidak ada masalah',
    perReport: 'Per laporan:',
  },
  en: {
    tableByIndex: (n: number) => `Table #${n}`,
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    fatal: 'fatal',
    problems: (n: number) => plural(n, 'problem'),
    clean: 'no problems',
    perReport: 'Per report:',
  },
};
type Words = (typeof words)[Lang];

const LABEL_MAX = 40;

/** ESLint-like text report: one block per file with problems, then a summary line. */
export const formatStylish: TextFormatter = (results, ctx) => {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const w = words[ctx.lang];
  const blocks = results
    .filter((r) => r.error !== undefined || r.findings.length > 0)
    .map((r) => fileBlock(r, ctx.cwd, ctx.lang, chalk));
  const summary = summaryLines(summarize(results), ctx.lang, chalk);
  const perReport = results.length > 1 ? [perReportLines(results, ctx.cwd, ctx.lang, chalk)] : [];
  return [...blocks, ...perReport, summary].join('\n\n');
};

/** A batch: one line per report with its errors and warnings, so that a kota's units compare at a glance. */
function perReportLines(results: FileResult[], cwd: string, lang: Lang, chalk: ChalkInstance): string {
  const w = words[lang];
  const rows = results.map((r) => {
    const s = summarize([r]);
    const name = displayPath(cwd, r.file) + (r.unit ? ` (${r.unit})` : '');
    const counts = r.error !== undefined ? chalk.red(w.fatal) : [severityCount(s.errors, 'error', lang), severityCount(s.warnings, 'warning', lang)].join(', ');
    return [name, counts] as const;
  });
  const width = Math.max(...rows.map(([name]) => name.length));
  return [chalk.bold(w.perReport), ...rows.map(([name, counts]) => `  ${name.padEnd(width)}  ${counts}`)].join('\n');
}

function fileBlock(result: FileResult, cwd: string, lang: Lang, chalk: ChalkInstance): string {
  const w = words[lang];
  const path = chalk.underline(displayPath(cwd, result.file));
  if (result.error !== undefined) return `${path}  ${chalk.red(`${w.fatal}: ${result.error}`)}`;
  const known = aboutParts(result);
  const header = known.length ? `${path}  (${known.join(', ')})` : path;

  const rows = result.findings.map((f) => ({
    finding: f,
    where: whereText(f.location, lang) || '-',
    context: tableContext(f.location, w),
    severity: w.severity[f.severity],
  }));
  const whereWidth = Math.max(...rows.map((r) => r.where.length));
  const contextWidth = Math.max(...rows.map((r) => r.context.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const lines = rows.map((r) => {
    const columns = [
      chalk.dim(r.where.padEnd(whereWidth)),
      ...(contextWidth > 0 ? [r.context.padEnd(contextWidth)] : []),
      severityColor(r.finding.severity, chalk)(r.severity.padEnd(severityWidth)),
      r.finding.message,
      chalk.dim(r.finding.ruleId),
    ];
    return `  ${columns.join('  ')}`;
  });
  return [header, ...lines].join('\n');
}

function summaryLines(s: ResultSummary, lang: Lang, chalk: ChalkInstance): string {
  const w = words[lang];
  const problems = s.errors + s.warnings + s.infos;
  if (problems === 0 && s.fatal === 0) return chalk.green(`✔ ${w.clean}`);
  const lines: string[] = [];
  if (problems > 0) {
    const parts = [severityCount(s.errors, 'error', lang), severityCount(s.warnings, 'warning', lang), ...(s.infos > 0 ? [severityCount(s.infos, 'info', lang)] : [])];
    const color = s.errors > 0 ? chalk.red.bold : s.warnings > 0 ? chalk.yellow.bold : chalk.bold;
    lines.push(color(`✖ ${w.problems(problems)} (${parts.join(', ')})`));
  }
  if (s.fatal > 0) lines.push(chalk.red.bold(`✖ ${uncheckedFiles(s.fatal, lang)}`));
  return lines.join('\n');
}

/** "Tabel 3.7 › Administrasi Keuangan › REALISASI"; empty outside tables. */
function tableContext(loc: SourceLocation, w: Words): string {
  const parts: string[] = [];
  if (loc.table) parts.push(shorten(loc.table));
  else if (loc.tableIndex !== undefined) parts.push(w.tableByIndex(loc.tableIndex));
  for (const label of [loc.rowLabel, loc.columnLabel]) if (label) parts.push(shorten(label));
  return parts.join(' › ');
}

function shorten(label: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

function severityColor(severity: Severity, chalk: ChalkInstance): ChalkInstance {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
}
