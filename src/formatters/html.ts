import type { FileResult, Finding, Lang, Severity } from '../engine/types.js';
import { isPlainDecimal } from '../numbers/format.js';
import { displayPath } from '../util/paths.js';
import { packageInfo } from '../util/package-info.js';
import { familyLabel, figureText, findingRows, severityLabel, tableText, whereText, type FindingRow } from './fields.js';
import { aboutParts, familyCounts, groupRows, severityCount, SEVERITIES, summarize } from './summary.js';
import type { TextFormatter } from './types.js';

/**
 * `--format html`: one self-contained HTML5 page (inline CSS and script, no network) for the
 * unit's staff to see their mistakes in context and for a reviewer to send back. Findings are
 * grouped by file, then section, then table; each is a card with its severity, location,
 * message, written and expected value, the places it was compared with, a recommendation and
 * the excerpt with the written figure highlighted. Filters by severity and family work with
 * plain JS (and a URL hash such as `#severity=error`); without JS everything is visible.
 * The output is deterministic: no timestamps, no random ids.
 */

/** Related places listed open; longer lists are folded into a <details>. */
const BASIS_OPEN_MAX = 4;

const LABELS = {
  id: {
    title: 'Hasil Pemeriksaan LKjIP',
    lead: 'Temuan pemeriksaan konsistensi angka, nama dan tahun oleh lkjip-lint.',
    summary: 'Ringkasan',
    filesTable: 'Temuan per berkas',
    familyTable: 'Temuan per jenis pemeriksaan',
    file: 'Berkas',
    unit: 'Unit',
    year: 'Tahun',
    format: 'Format',
    family: 'Jenis pemeriksaan',
    severity: 'Tingkat',
    total: 'Jumlah',
    files: 'Berkas',
    findings: 'Temuan',
    unreadable: 'Tidak dapat dibaca',
    clean: 'Tidak ada temuan',
    fileError: 'Berkas ini tidak dapat diperiksa',
    noFindings: 'Tidak ada temuan pada berkas ini.',
    filters: 'Saring temuan',
    showAll: 'Tampilkan semua',
    print: 'Cetak',
    status: 'Menampilkan {shown} dari {total} temuan',
    noMatch: 'Tidak ada temuan yang cocok dengan saringan.',
    unknownSection: 'Bagian tidak dikenali',
    outsideTables: 'Di luar tabel (uraian dan kalimat)',
    location: 'Lokasi',
    written: 'Tertulis',
    expected: 'Seharusnya',
    basis: (n: number) => `Dibandingkan dengan ${n} tempat`,
    recommendation: 'Saran perbaikan',
    excerpt: 'Kutipan laporan',
    rule: 'Aturan',
    legendHtml: 'Angka yang dipersoalkan <mark>disorot</mark> pada kutipan laporan.',
    footer: (tool: string) => `Dibuat dengan ${tool}. Periksa kembali setiap temuan dengan dokumen sumber sebelum memperbaiki laporan.`,
    formats: { text: 'Teks', pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)' } as Record<string, string>,
  },
  en: {
    title: 'LKjIP Check Results',
    lead: 'Consistency findings on figures, names and years, by lkjip-lint.',
    summary: 'Summary',
    filesTable: 'Findings per file',
    familyTable: 'Findings per kind of check',
    file: 'File',
    unit: 'Unit',
    year: 'Year',
    format: 'Format',
    family: 'Kind of check',
    severity: 'Severity',
    total: 'Total',
    files: 'Files',
    findings: 'Findings',
    unreadable: 'Could not be read',
    clean: 'No findings',
    fileError: 'This file could not be checked',
    noFindings: 'No findings in this file.',
    filters: 'Filter findings',
    showAll: 'Show all',
    print: 'Print',
    status: 'Showing {shown} of {total} findings',
    noMatch: 'No finding matches the filters.',
    unknownSection: 'Section not recognised',
    outsideTables: 'Outside tables (text and sentences)',
    location: 'Location',
    written: 'Written',
    expected: 'Expected',
    basis: (n: number) => `Compared with ${n} ${n === 1 ? 'place' : 'places'}`,
    recommendation: 'Recommendation',
    excerpt: 'Excerpt from the report',
    rule: 'Rule',
    legendHtml: 'The figures in question are <mark>highlighted</mark> in the excerpts.',
    footer: (tool: string) => `Made with ${tool}. Check every finding against the source documents before correcting the report.`,
    formats: { text: 'Text', pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)' } as Record<string, string>,
  },
};
type Labels = (typeof LABELS)[Lang];

const SEVERITY_PLURAL: Record<Lang, Record<Severity, string>> = {
  id: { error: 'Galat', warning: 'Peringatan', info: 'Info' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Info' },
};

export const formatHtml: TextFormatter = (results, ctx) => {
  const lang = ctx.lang;
  const l = LABELS[lang];
  const files = results.map((result, i) => ({
    result,
    index: i + 1,
    path: displayPath(ctx.cwd, result.file),
    rows: findingRows(result, lang, ctx.cwd),
  }));
  const allRows = files.flatMap((f) => f.rows);
  const units = [...new Set(results.map((r) => aboutParts(r).join(' ')))].filter(Boolean);
  const subtitle = units.length === 1 ? units[0] : '';
  const tool = `${packageInfo().name} ${packageInfo().version}`;

  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(tool)}">`,
    `<title>${esc(subtitle ? `${l.title}: ${subtitle}` : l.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="page-head">',
    `<h1>${esc(l.title)}${subtitle ? ` <span class="subject">${esc(subtitle)}</span>` : ''}</h1>`,
    `<p class="lead">${esc(l.lead)} ${l.legendHtml}</p>`,
    '</header>',
    summarySection(files, allRows, lang),
    filterBar(allRows, lang),
    '<main id="temuan">',
    ...files.map((f) => fileSection(f, lang)),
    `<p id="no-match" class="no-match" hidden>${esc(l.noMatch)}</p>`,
    '</main>',
    `<footer class="page-foot"><p>${esc(l.footer(tool))}</p></footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

interface FileView {
  result: FileResult;
  index: number;
  path: string;
  rows: FindingRow[];
}

// ---------------------------------------------------------------------------------------------
// Summary

function summarySection(files: FileView[], allRows: FindingRow[], lang: Lang): string {
  const l = LABELS[lang];
  const s = summarize(files.map((f) => f.result));
  const tiles = [
    tile('error', SEVERITY_PLURAL[lang].error, s.errors),
    tile('warning', SEVERITY_PLURAL[lang].warning, s.warnings),
    tile('info', SEVERITY_PLURAL[lang].info, s.infos),
    tile('files', l.files, s.files, s.fatal > 0 ? `${s.fatal} ${l.unreadable.toLowerCase()}` : undefined),
  ];

  const fileRows = files.map((f) => {
    const r = f.result;
    const link = `<a href="#berkas-${f.index}">${esc(f.path)}</a>`;
    const meta = [cellOrDash(r.unit), cellOrDash(r.year), cellOrDash(formatLabel(r, l))];
    if (r.error !== undefined) {
      return `<tr class="fatal"><th scope="row">${link}</th>${meta.map((m) => `<td>${m}</td>`).join('')}<td colspan="4"><span class="badge badge-fatal">${esc(l.unreadable)}</span></td></tr>`;
    }
    const c = summarize([r]);
    return `<tr><th scope="row">${link}</th>${meta.map((m) => `<td>${m}</td>`).join('')}${numCells([c.errors, c.warnings, c.infos, f.rows.length])}</tr>`;
  });
  const totalRow = files.length > 1
    ? `<tfoot><tr><th scope="row" colspan="4">${esc(l.total)}</th>${numCells([s.errors, s.warnings, s.infos, s.errors + s.warnings + s.infos])}</tr></tfoot>`
    : '';
  const severityHeads = SEVERITIES.map((sev) => `<th scope="col" class="num">${esc(severityLabel(sev, lang))}</th>`).join('');
  const filesTable = [
    `<table class="data files-table"><caption>${esc(l.filesTable)}</caption>`,
    `<thead><tr><th scope="col">${esc(l.file)}</th><th scope="col">${esc(l.unit)}</th><th scope="col">${esc(l.year)}</th><th scope="col">${esc(l.format)}</th>${severityHeads}<th scope="col" class="num">${esc(l.total)}</th></tr></thead>`,
    `<tbody>${fileRows.join('')}</tbody>`,
    totalRow,
    '</table>',
  ].join('');

  const families = familyCounts(allRows);
  const max = Math.max(1, ...families.map((fam) => fam.total));
  const familyItems = families.map(({ family: fam, bySeverity: c, total }) => {
    const bars = SEVERITIES.filter((sev) => c[sev] > 0)
      .map((sev) => `<span class="bar-${sev}" style="width:${percent(c[sev], max)}%"></span>`)
      .join('');
    const detail = SEVERITIES.filter((sev) => c[sev] > 0).map((sev) => severityCount(c[sev], sev, lang)).join(', ');
    return `<li data-family="${esc(fam)}"><span class="fam-name">${esc(familyLabel(fam, lang))}</span><span class="bar" aria-hidden="true">${bars}</span><span class="fam-n">${total}</span><span class="fam-detail">${esc(detail)}</span></li>`;
  });
  const familyBlock = families.length
    ? `<div class="families"><h3 class="caption">${esc(l.familyTable)}</h3><ul class="family-list">${familyItems.join('')}</ul></div>`
    : '';

  return [
    `<section class="summary" aria-labelledby="ringkasan">`,
    `<h2 id="ringkasan">${esc(l.summary)}</h2>`,
    `<div class="tiles">${tiles.join('')}</div>`,
    filesTable,
    familyBlock,
    '</section>',
  ].join('\n');
}

function percent(n: number, max: number): string {
  return (Math.round((n / max) * 1000) / 10).toFixed(1);
}

function tile(kind: string, label: string, n: number, note?: string): string {
  return `<div class="tile tile-${kind}"><span class="tile-n">${n}</span><span class="tile-label">${esc(label)}</span>${note ? `<span class="tile-note">${esc(note)}</span>` : ''}</div>`;
}

function numCells(ns: number[]): string {
  return ns.map((n, i) => `<td class="num${i === ns.length - 1 ? ' sum' : ''}${n === 0 ? ' zero' : ''}">${n}</td>`).join('');
}

function formatLabel(r: FileResult, l: Labels): string | undefined {
  return r.format ? (l.formats[r.format] ?? r.format) : undefined;
}

function cellOrDash(v: string | number | undefined): string {
  return v === undefined || v === '' ? '<span class="dash">–</span>' : esc(String(v));
}

// ---------------------------------------------------------------------------------------------
// Filters (hidden until the script shows them: without JS every finding stays visible)

function filterBar(allRows: FindingRow[], lang: Lang): string {
  const l = LABELS[lang];
  if (allRows.length === 0) return '';
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const r of allRows) bySeverity[r.severity]++;
  const severityBoxes = SEVERITIES.map((sev) =>
    checkbox('severity', sev, severityLabel(sev, lang), bySeverity[sev], `chip-sev chip-${sev}`),
  );
  const familyBoxes = familyCounts(allRows).map(({ family, total }) => checkbox('family', family, familyLabel(family, lang), total, 'chip-fam'));
  return [
    `<nav id="filters" class="filters" hidden aria-label="${esc(l.filters)}">`,
    `<div class="filter-row"><span class="filter-title">${esc(l.severity)}</span>${severityBoxes.join('')}</div>`,
    `<div class="filter-row"><span class="filter-title">${esc(l.family)}</span>${familyBoxes.join('')}</div>`,
    `<div class="filter-row filter-status"><span id="filter-status" data-template="${esc(l.status)}" data-total="${allRows.length}">${esc(l.status.replace('{shown}', String(allRows.length)).replace('{total}', String(allRows.length)))}</span>`,
    `<button type="button" id="filter-reset">${esc(l.showAll)}</button><button type="button" id="print">${esc(l.print)}</button></div>`,
    '</nav>',
  ].join('\n');
}

function checkbox(name: string, value: string, label: string, n: number, cls: string): string {
  return `<label class="chip ${cls}"><input type="checkbox" name="${name}" value="${esc(value)}" checked> ${esc(label)} <span class="n">${n}</span></label>`;
}

// ---------------------------------------------------------------------------------------------
// Findings: file > section > table > finding

function fileSection(f: FileView, lang: Lang): string {
  const l = LABELS[lang];
  const r = f.result;
  const format = formatLabel(r, l);
  const meta = format ? [...aboutParts(r), format] : aboutParts(r);
  const head = [
    `<header class="file-head"><h2><span class="file-label">${esc(l.file)} ${f.index}</span> ${esc(f.path)}</h2>`,
    meta.length ? `<p class="file-meta">${meta.map((m) => esc(String(m))).join(' · ')}</p>` : '',
    '</header>',
  ].join('');
  const out = [`<section class="file" id="berkas-${f.index}">`, head];
  if (r.error !== undefined) {
    out.push(`<div class="file-error" role="alert"><span class="badge badge-fatal">${esc(l.unreadable)}</span> <strong>${esc(l.fileError)}:</strong> ${esc(r.error)}</div>`);
  }
  if (r.error === undefined && f.rows.length === 0) out.push(`<p class="clean">${esc(l.noFindings)}</p>`);

  const sections = groupRows(f.rows);
  let s = 0;
  for (const { section, tables } of sections) {
    const sectionRows = tables.flatMap((run) => run.rows);
    s++;
    const sid = `f${f.index}-s${s}`;
    out.push(`<section class="group group-section" id="${sid}">`);
    out.push(`<h3>${sectionTitle(section, l)}${countBadge(sectionRows.length)}</h3>`);
    let t = 0;
    for (const { table, rows: tableRows } of tables) {
      t++;
      const title = table ? upperFirst(table) : l.outsideTables;
      out.push(`<section class="group group-table${table ? '' : ' group-text'}" id="${sid}-t${t}">`);
      out.push(`<h4>${esc(title)}${countBadge(tableRows.length)}</h4>`);
      for (const row of tableRows) out.push(findingCard(row, f.index, lang));
      out.push('</section>');
    }
    out.push('</section>');
  }
  out.push('</section>');
  return out.join('\n');
}

function sectionTitle(section: string, l: Labels): string {
  if (!section) return esc(l.unknownSection);
  const m = /^(.+?)\s+[›>]\s+(.+)$/.exec(section);
  if (!m) return esc(section);
  return `<span class="chapter">${esc(m[1])}</span> ${esc(m[2].replace(/\s+>\s+/g, ' › '))}`;
}

function countBadge(n: number): string {
  return ` <span class="count" data-count="${n}">${n}</span>`;
}

function findingCard(row: FindingRow, fileIndex: number, lang: Lang): string {
  const l = LABELS[lang];
  const f = row.finding;
  const location = [row.where, row.cell].filter(Boolean).join(' · ');
  const written = row.written;
  const expected = row.expected;
  const parts = [
    `<article class="finding sev-${row.severity}" id="f${fileIndex}-${row.no}" data-severity="${row.severity}" data-family="${esc(row.family)}" data-rule="${esc(row.ruleId)}">`,
    '<header class="finding-head">',
    `<span class="badge badge-${row.severity}">${esc(row.severityLabel)}</span>`,
    `<span class="family">${esc(row.familyLabel)}</span>`,
    location ? `<span class="loc" title="${esc(l.location)}">${esc(location)}</span>` : '',
    `<span class="rule" title="${esc(l.rule)}">#${row.no} · <code>${esc(row.ruleId)}</code></span>`,
    '</header>',
    `<p class="message">${esc(row.description)}</p>`,
  ];
  if (written || expected) {
    parts.push('<dl class="values">');
    if (written) parts.push(`<div class="written"><dt>${esc(l.written)}</dt><dd>${esc(written)}</dd></div>`);
    if (expected) parts.push(`<div class="expected"><dt>${esc(l.expected)}</dt><dd>${esc(expected)}</dd></div>`);
    parts.push('</dl>');
  }
  if (row.excerpt) {
    parts.push(`<figure class="excerpt"><figcaption>${esc(l.excerpt)}</figcaption><blockquote>${highlightExcerpt(row.excerpt, f.actual, row.written, row.description)}</blockquote></figure>`);
  }
  if (f.related.length) parts.push(basisBlock(f, lang));
  if (row.recommendation) parts.push(`<p class="reco"><strong>${esc(l.recommendation)}:</strong> ${esc(row.recommendation)}</p>`);
  parts.push('</article>');
  return parts.filter(Boolean).join('');
}

function basisBlock(f: Finding, lang: Lang): string {
  const l = LABELS[lang];
  const items = f.related.map((r) => {
    const place = [tableText(r.location, lang), whereText(r.location, lang), [r.location.rowLabel, r.location.columnLabel].filter(Boolean).join(' › ')]
      .filter(Boolean)
      .join(', ');
    return `<li><span class="place">${esc(place || r.location.section || '–')}</span>${r.note ? `: <span class="note">${esc(r.note)}</span>` : ''}</li>`;
  });
  const open = f.related.length <= BASIS_OPEN_MAX ? ' open' : '';
  return `<details class="basis"${open}><summary>${esc(l.basis(f.related.length))}</summary><ul>${items.join('')}</ul></details>`;
}

// ---------------------------------------------------------------------------------------------
// Excerpt highlighting

/**
 * The excerpt, escaped, with every occurrence of the written value wrapped in <mark>. A number
 * is looked for as the finding states it (`written`, in the language's style) and as the raw
 * value in both number styles, grouped and not ("1.357.900.000", "1,357,900,000",
 * "1357900000"; "82,48", "82.48"), never inside a longer number, with trailing zero decimals
 * ("1.357.900.000,00") taken along; a text value ignoring case and the spacing of dashes.
 */
export function highlightExcerpt(excerpt: string, actual: string | undefined, written: string, message = ''): string {
  let ranges = matchRanges(excerpt, valuePatterns(actual, written));
  // Nothing found (an amount in words, whose value is not printed as digits): the passages the
  // message quotes from the report, when the excerpt holds them.
  if (ranges.length === 0) ranges = matchRanges(excerpt, quotedPatterns(message));
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  let html = '';
  let pos = 0;
  for (const [start, end] of merged) {
    html += plainExcerpt(excerpt.slice(pos, start)) + `<mark>${esc(excerpt.slice(start, end))}</mark>`;
    pos = end;
  }
  return html + plainExcerpt(excerpt.slice(pos));
}

function matchRanges(text: string, patterns: readonly RegExp[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (m[0].length > 0 && m.index !== undefined) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  return ranges;
}

/** Passages in double quotes ("…", “…”) of at least three characters, as exact patterns. */
function quotedPatterns(message: string): RegExp[] {
  const quoted = [...message.matchAll(/["“]([^"“”]{3,})["”]/g)].map((m) => m[1].trim()).filter(Boolean);
  return [...new Set(quoted)].map((q) => new RegExp(escapeRegex(q).replace(/\s+/g, '\\s+'), 'g'));
}

/** Escaped text; the " | " between the cells of a table row is drawn as a separator. */
function plainExcerpt(text: string): string {
  return esc(text).replace(/ \| /g, ' <span class="sep">|</span> ');
}

function valuePatterns(actual: string | undefined, written: string): RegExp[] {
  const numbers = new Set<string>();
  const texts = new Set<string>();
  if (isPlainDecimal(actual)) {
    for (const v of [written, actual, actual.replace('.', ','), figureText(actual, 'id'), figureText(actual, 'en')]) {
      if (v) numbers.add(v);
    }
  } else {
    for (const v of [actual, written]) if (v !== undefined && v.trim() !== '') texts.add(v.trim());
  }
  const patterns: RegExp[] = [];
  const nums = [...numbers].sort((a, b) => b.length - a.length);
  if (nums.length) {
    patterns.push(new RegExp(`(?<!\\d)(?<!\\d[.,])(?:${nums.map(escapeRegex).join('|')})(?:[.,]0+)?(?![.,]?\\d)`, 'g'));
  }
  for (const text of texts) {
    const body = text
      .split(/(\s*[-–—]\s*|\s+)/)
      .filter((p) => p !== '')
      .map((p) => (/^\s*[-–—]\s*$/.test(p) ? '\\s*[-–—]\\s*' : /^\s+$/.test(p) ? '\\s+' : escapeRegex(p)))
      .join('');
    const before = /^[\p{L}\p{N}]/u.test(text) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = /[\p{L}\p{N}]$/u.test(text) ? '(?![\\p{L}\\p{N}])' : '';
    patterns.push(new RegExp(`${before}${body}${after}`, 'giu'));
  }
  return patterns;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Escape text for HTML content and (double-quoted) attribute values. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Inline CSS and script

const CSS = `
:root{--ink:#1d2939;--muted:#667085;--line:#e4e7ec;--bg:#f4f6f8;--card:#fff;--accent:#1f4e79;
--err:#b42318;--err-bg:#fee4e2;--warn:#93370d;--warn-bg:#fef0c7;--info:#175cd3;--info-bg:#d1e9ff;--ok:#067647;--ok-bg:#dcfae6;--mark:#ffe066}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
.page-head,.summary,main,.page-foot,.filters{max-width:1160px;margin-left:auto;margin-right:auto;padding-left:24px;padding-right:24px}
.page-head{padding-top:28px;padding-bottom:8px}
h1{margin:0;font-size:28px;line-height:1.25;color:var(--accent)}
h1 .subject{display:block;font-size:20px;color:var(--ink);font-weight:600}
.lead{margin:6px 0 0;color:var(--muted)}
h2{font-size:20px;margin:0 0 12px}
.summary{padding-top:12px;padding-bottom:8px}
.tiles{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:16px}
.tile{flex:1 1 150px;background:var(--card);border:1px solid var(--line);border-top:4px solid var(--muted);border-radius:8px;padding:10px 14px;display:flex;flex-direction:column}
.tile-n{font-size:30px;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.tile-label{color:var(--muted);font-weight:600}
.tile-note{color:var(--err);font-size:13px}
.tile-error{border-top-color:var(--err)}.tile-error .tile-n{color:var(--err)}
.tile-warning{border-top-color:#dc6803}.tile-warning .tile-n{color:var(--warn)}
.tile-info{border-top-color:var(--info)}.tile-info .tile-n{color:var(--info)}
.tile-files{border-top-color:var(--accent)}
.caption{font-size:14px;font-weight:700;margin:16px 0 6px}
.family-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:4px 28px}
@media (max-width:800px){.family-list{grid-template-columns:1fr}}
.family-list li{display:grid;grid-template-columns:210px minmax(0,1fr) 36px;grid-template-rows:auto auto;align-items:center;column-gap:10px;padding:3px 0;border-bottom:1px solid var(--line)}
.fam-name{font-weight:600;font-size:14px}
.bar{display:flex;height:10px;background:#eaecf0;border-radius:5px;overflow:hidden}
.bar span{display:block;height:100%}
.bar-error{background:#d92d20}.bar-warning{background:#f79009}.bar-info{background:#2e90fa}
.fam-n{text-align:right;font-weight:700;font-variant-numeric:tabular-nums}
.fam-detail{grid-column:2/4;font-size:12px;color:var(--muted);line-height:1.2}
table.data{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:8px;font-size:14px}
table.data caption{text-align:left;font-weight:700;font-size:14px;padding:0 0 6px}
table.data th,table.data td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
table.data thead th{background:#eef2f6;font-size:13px;color:#344054}
table.data tbody th{font-weight:500}
table.data .num{text-align:right;font-variant-numeric:tabular-nums}
table.data td.zero{color:#98a2b3}
table.data td.sum{font-weight:700}
table.data tfoot th,table.data tfoot td{font-weight:700;border-bottom:0}
table.data tr.fatal th,table.data tr.fatal td{background:#fff6f5}
a{color:var(--accent)}
.dash{color:#98a2b3}
.filters{position:sticky;top:0;z-index:5;background:rgba(244,246,248,.96);backdrop-filter:blur(4px);border-bottom:1px solid var(--line);padding-top:10px;padding-bottom:8px}
.filter-row{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-bottom:6px}
.filter-title{font-weight:700;font-size:13px;min-width:120px;color:#344054}
.chip{display:inline-flex;align-items:center;gap:4px;border:1px solid var(--line);background:var(--card);border-radius:999px;padding:2px 10px;font-size:13px;cursor:pointer;user-select:none}
.chip input{margin:0}
.chip .n{color:var(--muted);font-variant-numeric:tabular-nums}
.chip-error{border-color:#fda29b}.chip-warning{border-color:#fec84b}.chip-info{border-color:#84caff}
.filter-status{font-size:13px;color:var(--muted)}
.filter-status button{font:inherit;border:1px solid var(--line);background:var(--card);border-radius:6px;padding:2px 10px;cursor:pointer;color:var(--ink)}
#filter-status{margin-right:8px;font-weight:600}
main{padding-bottom:24px}
.file{margin-top:24px}
.file-head{border-bottom:2px solid var(--accent);margin-bottom:8px}
.file-head h2{margin:0;font-size:20px;word-break:break-all}
.file-label{display:inline-block;background:var(--accent);color:#fff;border-radius:4px;padding:0 8px;font-size:13px;vertical-align:middle;word-break:normal}
.file-meta{margin:2px 0 6px;color:var(--muted)}
.file-error{background:var(--err-bg);border:1px solid #fda29b;border-radius:8px;padding:10px 14px;margin:10px 0}
.clean{color:var(--ok);font-weight:600}
.group-section>h3{font-size:18px;margin:22px 0 6px;padding:6px 0;border-bottom:1px solid var(--line)}
.chapter{display:inline-block;background:#e0eaf5;color:var(--accent);border-radius:4px;padding:0 6px;margin-right:4px;font-size:14px;vertical-align:middle}
.group-table>h4{font-size:15px;margin:14px 0 8px;color:#344054}
.group-table>h4::before{content:"▦ ";color:var(--muted)}
.group-text>h4::before{content:"¶ "}
.count{display:inline-block;min-width:1.6em;text-align:center;background:#eaecf0;color:#344054;border-radius:999px;padding:0 7px;font-size:12px;font-weight:600;vertical-align:middle}
.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:8px;padding:10px 14px 12px;margin:0 0 10px;break-inside:avoid;page-break-inside:avoid}
.sev-error{border-left-color:var(--err)}.sev-warning{border-left-color:#f79009}.sev-info{border-left-color:var(--info)}
.finding-head{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;font-size:13px}
.badge{display:inline-block;border-radius:4px;padding:1px 8px;font-weight:700;font-size:12px;letter-spacing:.02em;text-transform:uppercase}
.badge-error{background:var(--err-bg);color:var(--err)}
.badge-warning{background:var(--warn-bg);color:var(--warn)}
.badge-info{background:var(--info-bg);color:var(--info)}
.badge-fatal{background:var(--err);color:#fff}
.family{color:#344054;font-weight:600}
.loc{color:var(--ink);background:#f2f4f7;border-radius:4px;padding:0 6px}
.rule{margin-left:auto;color:var(--muted)}
.rule code{font-size:12px}
.message{margin:6px 0 8px;font-size:15px}
.values{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 8px}
.values div{border-radius:6px;padding:2px 10px;display:flex;gap:8px;align-items:baseline}
.values dt{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.values dd{margin:0;font-weight:700;font-variant-numeric:tabular-nums}
.values .written{background:var(--err-bg);color:var(--err)}
.values .written dd{text-decoration:line-through;text-decoration-thickness:1px}
.values .expected{background:var(--ok-bg);color:var(--ok)}
.excerpt{margin:0 0 8px}
.excerpt figcaption{font-size:12px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.excerpt blockquote{margin:2px 0 0;padding:6px 10px;background:#f9fafb;border-left:3px solid #d0d5dd;font-family:ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:13px;white-space:pre-wrap;word-break:break-word}
.excerpt .sep{color:#98a2b3}
mark{background:var(--mark);color:inherit;font-weight:700;padding:0 2px;border-radius:2px;box-shadow:0 0 0 1px #f0b400}
.basis{font-size:13px;margin:0 0 6px}
.basis summary{cursor:pointer;color:#344054;font-weight:600}
.basis ul{margin:4px 0 0;padding-left:20px;columns:2 320px;column-gap:24px}
.basis li{break-inside:avoid}
.basis .place{color:#344054}.basis .note{font-variant-numeric:tabular-nums;color:var(--ink);font-weight:600}
.reco{margin:6px 0 0;font-size:13px;color:#344054;background:#f0f6fc;border-radius:6px;padding:6px 10px}
.no-match{color:var(--muted);font-style:italic}
.page-foot{color:var(--muted);font-size:12px;padding-top:8px;padding-bottom:32px;border-top:1px solid var(--line)}
.page-foot p{margin:4px 0}
@media print{
body{background:#fff;font-size:10.5pt}
.filters,#no-match{display:none!important}
.page-head,.summary,main,.page-foot{max-width:none;padding-left:0;padding-right:0}
.finding{break-inside:avoid;page-break-inside:avoid;border-color:#999}
h2,h3,h4,.file-head{break-after:avoid;page-break-after:avoid}
.tile,table.data{border-color:#999}
a{color:inherit;text-decoration:none}
mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge,.values div,.chapter,.bar span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`
  .trim()
  .replace(/\n/g, '');

/**
 * Filters by severity and family (checkboxes with data- attributes on the findings), counts
 * that follow them, empty groups hidden; `#severity=error,warning&family=arithmetic` in the URL
 * sets them on load. Plain ES5, no dependencies. Marks <html data-js="ready"> once applied.
 */
const SCRIPT = `
(function(){
var d=document,root=d.documentElement,bar=d.getElementById('filters');
if(!bar){root.setAttribute('data-js','ready');return;}
var boxes=[].slice.call(bar.querySelectorAll('input[type=checkbox]'));
var cards=[].slice.call(d.querySelectorAll('article.finding'));
var groups=[].slice.call(d.querySelectorAll('.group'));
var status=d.getElementById('filter-status'),none=d.getElementById('no-match');
function chosen(name){var s={};boxes.forEach(function(b){if(b.name===name&&b.checked)s[b.value]=true;});return s;}
function apply(){
var sev=chosen('severity'),fam=chosen('family'),shown=0;
cards.forEach(function(c){var on=!!(sev[c.getAttribute('data-severity')]&&fam[c.getAttribute('data-family')]);c.hidden=!on;if(on)shown++;});
groups.forEach(function(g){var n=g.querySelectorAll('article.finding:not([hidden])').length;g.hidden=n===0;
var h=g.firstElementChild,c=h&&h.querySelector('.count');if(c)c.textContent=n;});
boxes.forEach(function(b){var n=0;cards.forEach(function(c){var s=c.getAttribute('data-severity'),f=c.getAttribute('data-family');
if(b.name==='severity'?(s===b.value&&fam[f]):(f===b.value&&sev[s]))n++;});var e=b.parentNode.querySelector('.n');if(e)e.textContent=n;});
status.textContent=status.getAttribute('data-template').replace('{shown}',shown).replace('{total}',cards.length);
none.hidden=shown>0;
root.setAttribute('data-shown',String(shown));
}
function fromHash(){
var h=(location.hash||'').replace(/^#/,'');if(!h)return false;var used=false;
h.split('&').forEach(function(part){var kv=part.split('='),k=decodeURIComponent(kv[0]||'');
if(k!=='severity'&&k!=='family')return;used=true;
var vals=decodeURIComponent(kv[1]||'').split(',');
boxes.forEach(function(b){if(b.name===k)b.checked=vals.indexOf(b.value)>=0;});});
return used;}
boxes.forEach(function(b){b.addEventListener('change',apply);});
d.getElementById('filter-reset').addEventListener('click',function(){boxes.forEach(function(b){b.checked=true;});apply();});
d.getElementById('print').addEventListener('click',function(){window.print();});
window.addEventListener('hashchange',function(){if(fromHash())apply();});
window.addEventListener('beforeprint',function(){[].slice.call(d.querySelectorAll('details')).forEach(function(x){x.open=true;});});
fromHash();apply();bar.hidden=false;root.setAttribute('data-js','ready');
})();
`
  .trim()
  .replace(/\n/g, '');
