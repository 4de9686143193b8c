import { clip } from '../src/text/clip.js';
import { romanValue } from '../src/normalise/numbering.js';
import type { Block, Paragraph, SourceLocation, Table } from '../src/model/index.js';
import type { Lang, RelatedLocation, Rule, RuleContext } from '../src/engine/types.js';
import type { DataRow, TableModel } from '../src/normalise/types.js';
import { countWords, readCountWords } from '../src/counts/words.js';
import { tableName } from '../src/rulekit/describe.js';

/**
 * Counts stated in the text ("5 (Lima) Program, 15 (Lima belas) Kegiatan dan 59 (Lima Puluh
 * Sembilan) Sub Kegiatan ... antara lain :") against their words and against the items the
 * list or table right after the sentence shows; a sentence about the whole report's programs,
 * kegiatan and sub kegiatan also against the report's budget table.
 */

type Kind = 'program' | 'kegiatan' | 'subkegiatan' | 'indikator' | 'sasaran' | 'tujuan' | 'misi';

/** The budget nomenclature, top down (Permendagri 90/2019). */
const HIERARCHY: Kind[] = ['program', 'kegiatan', 'subkegiatan'];
const isHierarchy = (k: Kind) => HIERARCHY.includes(k);

/** The kind of thing counted, right after the count (and its words). */
const KIND_PATTERNS: Array<[Kind, RegExp]> = [
  ['subkegiatan', /^sub[\s-]*kegiatan\b/i],
  ['kegiatan', /^kegiatan\b/i],
  ['program', /^program(\s+kerja|\s+prioritas)?\b/i],
  ['indikator', /^(indikator(\s+kinerja(\s+utama)?)?|iku)\b/i],
  ['sasaran', /^sasaran(\s+strategis)?\b/i],
  ['tujuan', /^tujuan\b/i],
  ['misi', /^misi\b/i],
];

/** Words after which a number is a label or an ordinal, not a count ("Tabel 3 Program", "Misi ke 4"). */
const NOT_A_COUNT_BEFORE = /\b(tabel|table|gambar|grafik|lampiran|bab|nomor|no|pasal|ayat|ke|huruf|butir|poin|point|angka|tahun|misi|sasaran|tujuan|program|kegiatan|indikator|iku|rp|halaman|hal|hlm|kode|urutan|peringkat|level|tingkat|kategori)\s*\.?\s*[-:]?\s*$/i;

/** "2 indikator yang belum mencapai target", "2 program dari 5 program": a part of the items that follow, not their number. */
const SUBSET_AFTER =
  /^\s*(?:[\p{L}()-]+\s+){0,4}?(yang\s+((belum|tidak)\b|((sudah|telah|masih|dapat)\s+)?(mencapai|tercapai|berhasil|memenuhi|terealisasi|melampaui|melebihi|dibawah|di\s+bawah|kurang|gagal)\b)|dari\s+(total\s+|jumlah\s+)?\d)/iu;

/** The sentence introduces what follows. */
const INTRO = /(:|antara\s+lain|(sebagai\s+)?berikut(\s+ini)?|yaitu|yakni|meliputi|terdiri\s+(dari|atas)|di\s*antaranya|rinciannya|adalah\s*:)\s*:?\s*(berikut\s*:?\s*)?$/i;
/** "Among others": the list may name only some of the items. */
const PARTIAL = /(antara\s+lain|di\s*antaranya|misalnya|seperti)\s*:?\s*$/i;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(rp|no|nomor|kab|kec|kel|jl|dr|drs|ir|hj?|st|dll|dsb|dst|tsb|an|ub|th|thn|tgl|hlm|hal|prov|pemprov|pemkab|pemkot|s\.sos|m\.si|s\.e|s\.h|m\.m|[a-z])$/i;

interface Mention {
  start: number;
  end: number;
  digits: number;
  /** The words in parentheses, as printed (markup removed), and what they state. */
  words?: string;
  wordsValue?: number;
  kind?: Kind;
  /** The count as printed: "3 (Tiga) Program Kerja". */
  stated: string;
  /** A real count (not "Tabel 3", "Misi ke 4"). */
  countable: boolean;
}

const clean = (s: string) => s.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();

/** Every "N (words)" and "N <kind>" of a paragraph. */
function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,/:-])(\d{1,3})(?![\p{L}\p{N}]|[.,]\p{N})/gu)) {
    const start = m.index ?? 0;
    let pos = start + m[0].length;
    const digits = Number(m[1]);
    let words: string | undefined;
    let wordsValue: number | undefined;
    let closed = false;
    const open = /^\s*\(\s*/.exec(text.slice(pos));
    if (open) {
      const inner = text.slice(pos + open[0].length);
      const read = readCountWords(inner);
      if (read) {
        const close = /^\s*[*_]*\s*\)/.exec(inner.slice(read.end));
        if (close) {
          closed = true;
          words = clean(inner.slice(0, read.end));
          wordsValue = read.value;
          pos += open[0].length + read.end + close[0].length;
        } else {
          // "4 (empat Misi ...": a parenthesis left open, taken only before the thing counted.
          const after = inner.slice(read.end).replace(/^\s+/, '');
          if (KIND_PATTERNS.some(([, re]) => re.test(after))) {
            words = clean(inner.slice(0, read.end));
            wordsValue = read.value;
            pos += open[0].length + read.end;
          }
        }
      }
    }
    if (open && !closed && words === undefined) continue;
    const rest = text.slice(pos).replace(/^\s+/, '');
    const gap = text.length - pos - rest.length;
    let kind: Kind | undefined;
    let kindEnd = pos;
    for (const [k, re] of KIND_PATTERNS) {
      const km = re.exec(rest);
      if (km) {
        kind = k;
        kindEnd = pos + gap + km[0].length;
        break;
      }
    }
    if (words === undefined && kind === undefined) continue;
    const countable = !NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !(kind && SUBSET_AFTER.test(text.slice(kindEnd, kindEnd + 80)));
    out.push({ start, end: kindEnd, digits, words, wordsValue, kind, stated: clean(text.slice(start, kindEnd)), countable });
  }
  return out;
}

const KIND_WORD = /\b(sub[\s-]*kegiatan|kegiatan|program|indikator|iku|sasaran|tujuan|misi)\b/gi;

/** A plan item named, without a count, after the counts of the sentence. */
function otherKindAfter(text: string, counted: Mention[], end: number): boolean {
  if (counted.length === 0) return false;
  const from = Math.min(...counted.map((m) => m.start));
  for (const w of text.slice(from, end).matchAll(KIND_WORD)) {
    const at = from + (w.index ?? 0);
    if (!counted.some((m) => at >= m.start && at < m.end)) return true;
  }
  return false;
}

/** Where the sentences of a paragraph start (0 first). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=[“"]?\p{Lu})/gu)) {
    const at = m.index ?? 0;
    if (ABBREVIATION.test(text.slice(Math.max(0, at - 12), at))) continue;
    starts.push(at + m[0].length);
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------
// Reading lists: numbered paragraphs and tables of numbered rows.

interface Entry {
  value: number;
  label: string;
  loc: SourceLocation;
  /** Level imposed by the marker style (nested paragraph lists). */
  style?: string;
}

interface Counted {
  /** Admissible counts: one, or (a list numbered with gaps) the items and the last number. */
  values: number[];
  items: Array<{ loc: SourceLocation; label: string }>;
}

interface Listing {
  /** "the numbered list that follows (lines 97–169)", "Tabel 2.5 that follows (lines 617–622)". */
  source: { id: string; en: string };
  counts: Partial<Record<Kind, Counted>>;
}

const PROGRAM_LABEL = /^program\b/i;
const KEGIATAN_LABEL = /^kegiatan\b/i;
const SUB_LABEL = /^sub[\s-]*kegiatan\b/i;

/**
 * Levels of a numbered list whose numbering restarts at 1 under each parent (1 Program,
 * 1 Kegiatan, 1 Sub Kegiatan, 2 Sub Kegiatan, 2 Kegiatan ...): every reading in which each
 * number continues its level or opens the next deeper one with 1, within `depth` levels.
 * Labels fix levels ("PROGRAM ...", "Kegiatan ..."); so do marker styles. Undefined when no
 * reading exists or there are too many.
 */
function readLevels(entries: Entry[], depth: number, fixed: (e: Entry) => number | undefined, notTop: (e: Entry) => boolean): number[][] | undefined {
  interface State {
    d: number;
    c: number[];
    n: number[];
    levels: number[];
  }
  const first = entries[0];
  if (first.value !== 1 || (fixed(first) ?? 0) !== 0 || notTop(first)) return undefined;
  let states: State[] = [{ d: 0, c: [1], n: [1], levels: [0] }];
  for (const e of entries.slice(1)) {
    const next = new Map<string, State>();
    for (const s of states) {
      for (let l = 0; l <= Math.min(s.d + 1, depth - 1); l++) {
        const ok = l <= s.d ? e.value === s.c[l] + 1 : e.value === 1;
        if (!ok) continue;
        const f = fixed(e);
        if (f !== undefined && f !== l) continue;
        if (l === 0 && notTop(e)) continue;
        const c = [...s.c.slice(0, l), e.value];
        const n = [...s.n];
        n[l] = (n[l] ?? 0) + 1;
        const key = `${l}|${c.join(',')}|${n.join(',')}`;
        if (!next.has(key)) next.set(key, { d: l, c, n, levels: [...s.levels, l] });
      }
    }
    if (next.size === 0 || next.size > 64) return undefined;
    states = [...next.values()];
  }
  return states.map((s) => s.levels);
}

/** The kinds of the levels of a list: the budget hierarchy from its top named level, or the one kind named. */
function levelKinds(kinds: Kind[], entries: Entry[]): Kind[] | undefined {
  const hier = HIERARCHY.filter((k) => kinds.includes(k));
  if (hier.length > 0) {
    const top = entries.some((e) => PROGRAM_LABEL.test(e.label)) ? 'program' : hier[0];
    return HIERARCHY.slice(HIERARCHY.indexOf(top));
  }
  return kinds.length === 1 ? [kinds[0]] : undefined;
}

/** Count the items of each named kind in a numbered list (paragraphs or table rows). */
function countEntries(entries: Entry[], kinds: Kind[]): Partial<Record<Kind, Counted>> {
  const out: Partial<Record<Kind, Counted>> = {};
  if (entries.length === 0) return out;
  const lk = levelKinds(kinds, entries);
  if (!lk) return out;
  const hierarchical = isHierarchy(lk[0]);
  const styles = [...new Set(entries.map((e) => e.style ?? ''))];
  const byStyle = styles.length > 1;
  const depth = hierarchical ? lk.length : 3;
  const programsLabelled = hierarchical && lk[0] === 'program' && entries.some((e) => PROGRAM_LABEL.test(e.label));
  const fixed = (e: Entry): number | undefined => {
    if (byStyle) return styles.indexOf(e.style ?? '');
    if (!hierarchical) return undefined;
    if (PROGRAM_LABEL.test(e.label)) return lk.indexOf('program') >= 0 ? lk.indexOf('program') : -1;
    if (SUB_LABEL.test(e.label) && lk.includes('subkegiatan')) return lk.indexOf('subkegiatan');
    if (KEGIATAN_LABEL.test(e.label) && lk.includes('kegiatan')) return lk.indexOf('kegiatan');
    return undefined;
  };
  const notTop = (e: Entry) => programsLabelled && !PROGRAM_LABEL.test(e.label);
  let readings = readLevels(entries, depth, fixed, notTop);
  if (readings && hierarchical && !byStyle) {
    // Where the numbering alone cannot tell the levels apart, prefer the readings in which
    // (1) under each program, the kegiatan are all labelled "Kegiatan ..." or none is, and
    // (2) every program has kegiatan and every kegiatan sub kegiatan, as in a budget.
    for (const prefer of [(r: number[]) => consistentLabels(entries, r, lk), (r: number[]) => everyParentHasChildren(r, depth)]) {
      const kept: number[][] = readings.filter(prefer);
      if (kept.length > 0) readings = kept;
    }
  }
  if (readings) {
    lk.forEach((kind, level) => {
      if (!kinds.includes(kind)) return;
      const counts = new Set(readings.map((r) => r.filter((l) => l === level).length));
      if (counts.size !== 1) return;
      const n = [...counts][0];
      if (n === 0) return;
      const items = entries.filter((_, i) => readings[0][i] === level).map((e) => ({ loc: e.loc, label: e.label }));
      out[kind] = { values: [n], items };
    });
    return out;
  }
  // A flat list numbered with a gap or a repeat (1, 2, 3, 5): the items or the last number.
  const flat = !byStyle && entries.slice(1).every((e) => e.value !== 1);
  if (flat && kinds.includes(lk[0])) {
    const last = entries[entries.length - 1].value;
    out[lk[0]] = { values: [...new Set([entries.length, last])], items: entries.map((e) => ({ loc: e.loc, label: e.label })) };
  }
  return out;
}

const LEVEL_LABEL: Partial<Record<Kind, RegExp>> = { kegiatan: KEGIATAN_LABEL, subkegiatan: SUB_LABEL };

function consistentLabels(entries: Entry[], levels: number[], lk: Kind[]): boolean {
  const groups = new Map<string, { labelled: number; total: number }>();
  let top = -1;
  levels.forEach((l, i) => {
    if (l === 0) top = i;
    const re = LEVEL_LABEL[lk[l]];
    if (!re) return;
    const key = `${top}|${l}`;
    const g = groups.get(key) ?? { labelled: 0, total: 0 };
    g.total++;
    if (re.test(entries[i].label)) g.labelled++;
    groups.set(key, g);
  });
  return [...groups.values()].every((g) => g.labelled === 0 || g.labelled === g.total);
}

function everyParentHasChildren(levels: number[], depth: number): boolean {
  return levels.every((l, i) => l >= depth - 1 || levels[i + 1] === l + 1);
}

/** A list marker: "1.", "a)", "iv.", "- b."; bullets are not numbered. */
function readMarker(marker: string | undefined, open: Map<string, number>): { style: string; value: number } | undefined {
  if (!marker) return undefined;
  const m = marker.replace(/^[-•]\s+/, '');
  let x = /^(\d{1,2})([.)])$/.exec(m);
  if (x) return { style: `1${x[2]}`, value: Number(x[1]) };
  x = /^([a-z])([.)])$/i.exec(m);
  const roman = /^([ivx]{1,4})([.)])$/i.exec(m);
  if (x) {
    const letter = { style: `a${x[2]}`, value: x[1].toLowerCase().charCodeAt(0) - 96 };
    // "i." continues a lettered list (after "h."), else opens a roman one.
    if (roman && open.get(letter.style) !== letter.value - 1) return { style: `i${roman[2]}`, value: romanValue(roman[1].toUpperCase())! };
    return letter;
  }
  if (roman) return { style: `i${roman[2]}`, value: romanValue(roman[1].toUpperCase())! };
  return undefined;
}

/**
 * The numbered paragraphs after an introduction. Bullets and unmarked paragraphs inside the
 * list (explanations, a sentence broken by the conversion) are passed over when a numbered
 * item continuing the list follows within a few blocks.
 */
function readParagraphList(blocks: Block[], start: number): { entries: Entry[]; last: SourceLocation } | undefined {
  const entries: Entry[] = [];
  const open = new Map<string, number>();
  let last: SourceLocation | undefined;
  let i = start;
  while (i < blocks.length) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') break;
    const mk = readMarker(b.marker, open);
    if (mk) {
      const known = open.has(mk.style);
      if (entries.length > 0 && !known && mk.value !== 1) break;
      if (entries.length === 0 && mk.value !== 1) return undefined;
      entries.push({ value: mk.value, label: b.text, loc: b.loc, style: mk.style });
      open.set(mk.style, mk.value);
      last = b.loc;
      i++;
      continue;
    }
    if (entries.length === 0) return undefined;
    // Look ahead past bullets and unmarked text for an item continuing the list.
    let j = i;
    let resumes = false;
    while (j < blocks.length && j < i + 6) {
      const c = blocks[j];
      if (c.kind !== 'paragraph') break;
      const cm = readMarker(c.marker, open);
      if (cm) {
        resumes = open.get(cm.style) === cm.value - 1;
        break;
      }
      j++;
    }
    if (!resumes) break;
    i = j;
  }
  return entries.length > 0 && last ? { entries, last } : undefined;
}

/**
 * A table that is only a numbered list (number and label per row, no figures), like the
 * executive summary's list of programs, kegiatan and sub kegiatan. Header rows and
 * "Indikator ..." rows are passed over.
 */
function readListTable(table: Table): Entry[] | undefined {
  const entries: Entry[] = [];
  let leading = 0;
  for (const row of table.rows) {
    const texts = row.cells.map((c) => clean(c.text)).filter((s) => s !== '');
    if (texts.length === 0) continue;
    let m = /^(\d{1,3})[.)]?$/.exec(texts[0]);
    if (m && texts.length === 2 && /\p{L}/u.test(texts[1])) {
      entries.push({ value: Number(m[1]), label: texts[1], loc: row.loc });
      continue;
    }
    m = /^(\d{1,3})[.)]?\s+(\p{L}.*)$/u.exec(texts[0]);
    if (m && texts.length === 1) {
      entries.push({ value: Number(m[1]), label: m[2], loc: row.loc });
      continue;
    }
    if (entries.length > 0 && /^indikator\b/i.test(texts[0]) && texts.length === 1) continue;
    if (entries.length === 0 && leading < 2 && !/\d/.test(texts.join(' '))) {
      leading++;
      continue;
    }
    return undefined;
  }
  return entries.length >= 2 ? entries : undefined;
}

/** Rows of a budget-hierarchy level, by the normalised table's reading. */
function levelRows(t: TableModel, kind: Kind): DataRow[] {
  return t.rows.filter((r) => r.kind !== 'total' && r.levelName === kind);
}

const hasMoney = (t: TableModel) => t.columns.some((c) => c.role === 'pagu' || c.role === 'realisasi' || c.unit === 'money');
const nonEmpty = (r: DataRow, col: number) => clean(r.cells[col]?.text ?? '') !== '';
const shortHeader = (h: string) => h.split(/\s+/).length <= 6;

function distinctBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of xs) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}

/** Count the named kinds in a table of figures, by its rows' hierarchy or its columns. */
function countTable(t: TableModel, kinds: Kind[]): Partial<Record<Kind, Counted>> {
  const out: Partial<Record<Kind, Counted>> = {};
  if (t.hierarchyUncertain) return out;
  const rowsCounted = (rows: DataRow[], label: (r: DataRow) => string): Counted => ({
    values: [rows.length],
    items: rows.map((r) => ({ loc: r.row.loc, label: label(r) })),
  });
  for (const kind of kinds) {
    if (isHierarchy(kind)) {
      let rows = levelRows(t, kind);
      if (rows.some((r) => r.uncertain)) continue;
      if (kind !== 'program' && !hasMoney(t)) continue;
      if (kind === 'program' && rows.length === 0) {
        // A "Program" column (Tabel 3.8: Sasaran | Program | Anggaran ...): its distinct programs.
        const cols = t.columns.filter((c) => c.role === 'label' && /(^|\s)program$/i.test(c.header.trim()));
        if (cols.length !== 1) continue;
        const col = cols[0].index;
        const cells = t.rows.filter((r) => r.kind !== 'total' && nonEmpty(r, col));
        if (cells.some((r) => !PROGRAM_LABEL.test(clean(r.cells[col].text)))) continue;
        const distinct = distinctBy(cells, (r) => clean(r.cells[col].text).toLowerCase());
        if (distinct.length > 0) out[kind] = rowsCounted(distinct, (r) => clean(r.cells[col].text));
        continue;
      }
      if (kind === 'program' && rows.some((r) => !PROGRAM_LABEL.test(r.label) && r.levelName !== 'program')) continue;
      if (rows.length > 0) out[kind] = rowsCounted(rows, (r) => r.label);
      continue;
    }
    if (kind === 'indikator') {
      const cols = t.columns.filter((c) => c.role === 'indicator' && shortHeader(c.header));
      if (cols.length !== 1) continue;
      // Rows of tujuan, sasaran and programs each with their indicator (Tabel 3.9): not a list of one kind.
      if (t.rows.some((r) => r.levelName !== undefined || /^(tujuan|sasaran|program|kegiatan)\b\s*\d*\s*:/i.test(r.label))) continue;
      const rows = t.rows.filter((r) => r.kind !== 'total' && nonEmpty(r, cols[0].index));
      if (rows.length > 0) out[kind] = rowsCounted(rows, (r) => clean(r.cells[cols[0].index].text));
      continue;
    }
    if (kind === 'sasaran' || kind === 'tujuan') {
      const re = kind === 'sasaran' ? /\bsasaran\b/i : /\btujuan\b/i;
      const cols = t.columns.filter((c) => c.role === 'label' && re.test(c.header) && !/indikator/i.test(c.header) && shortHeader(c.header));
      if (cols.length !== 1) continue;
      const col = cols[0].index;
      const rows = t.rows.filter((r) => r.kind !== 'total' && nonEmpty(r, col));
      const distinct = distinctBy(rows, (r) => clean(r.cells[col].text).replace(/^(sasaran|tujuan)\s*\d*\s*:\s*/i, '').toLowerCase());
      if (distinct.length > 0) out[kind] = rowsCounted(distinct, (r) => clean(r.cells[col].text));
    }
  }
  return out;
}

/** "lines 97–169", "pp. 4–5", "paragraphs 80–95": where a list stands. */
function span(a: SourceLocation, b: SourceLocation, lang: Lang): string {
  const range = (x: number, y: number | undefined, one: string, many: string) => (y !== undefined && y !== x ? `${many} ${x}–${y}` : `${one} ${x}`);
  if (a.line !== undefined) return range(a.line, b.endLine ?? b.line, lang === 'id' ? 'baris' : 'line', lang === 'id' ? 'baris' : 'lines');
  if (a.page !== undefined) return range(a.page, b.page, lang === 'id' ? 'hal.' : 'p.', lang === 'id' ? 'hal.' : 'pp.');
  if (a.paragraph !== undefined) return range(a.paragraph, b.paragraph, lang === 'id' ? 'paragraf' : 'paragraph', lang === 'id' ? 'paragraf' : 'paragraphs');
  if (a.sheet !== undefined) return `sheet ${a.sheet}`;
  return '';
}

/** What follows an introduction: a numbered list or a table, and the items of each kind in it. */
function listAfter(ctx: RuleContext, p: Paragraph, kinds: Kind[], models: Map<Table, TableModel>): Listing | undefined {
  const blocks = ctx.doc.blocks;
  const next = blocks[p.index + 1];
  if (!next) return undefined;
  if (next.kind === 'paragraph') {
    const list = readParagraphList(blocks, p.index + 1);
    if (!list) return undefined;
    const at = (lang: Lang) => span(list.entries[0].loc, list.last, lang);
    return {
      source: { id: `daftar bernomor sesudahnya (${at('id')})`, en: `the numbered list that follows (${at('en')})` },
      counts: countEntries(list.entries, kinds),
    };
  }
  if (next.kind !== 'table') return undefined;
  const lastRow = next.rows[next.rows.length - 1];
  const firstLoc = next.rows[0]?.loc ?? next.loc;
  const at = (lang: Lang) => span(firstLoc, lastRow?.loc ?? firstLoc, lang);
  const entries = readListTable(next);
  if (entries) {
    return {
      source: { id: `daftar bernomor sesudahnya (${at('id')})`, en: `the numbered list that follows (${at('en')})` },
      counts: countEntries(entries, kinds),
    };
  }
  const model = models.get(next);
  if (!model) return undefined;
  const named = next.loc.table;
  return {
    source: named
      ? { id: `${named} sesudahnya (${at('id')})`, en: `${named} that follows (${at('en')})` }
      : { id: `tabel sesudahnya (${at('id')})`, en: `the table that follows (${at('en')})` },
    counts: countTable(model, kinds),
  };
}

interface BudgetCount {
  n: number;
  tables: TableModel[];
}

/**
 * Programs, kegiatan and sub kegiatan of the report's budget table(s): tables with program
 * and kegiatan rows, money columns and a TOTAL row. Several copies must agree, else the kind
 * is left uncounted.
 */
function budgetCounts(ctx: RuleContext): Partial<Record<Kind, BudgetCount>> {
  const out: Partial<Record<Kind, BudgetCount>> = {};
  const tables = ctx.doc.tables.filter(
    (t) => hasMoney(t) && !t.hierarchyUncertain && levelRows(t, 'program').length > 0 && levelRows(t, 'kegiatan').length > 0 && t.rows.some((r) => r.kind === 'total'),
  );
  if (tables.length === 0) return out;
  for (const kind of HIERARCHY) {
    const counts = tables.map((t) => {
      const rows = levelRows(t, kind);
      return rows.some((r) => r.uncertain) ? undefined : rows.length;
    });
    const first = counts[0];
    if (first === undefined || first === 0 || counts.some((c) => c !== first)) continue;
    out[kind] = { n: first, tables };
  }
  return out;
}

const KIND_NAMES: Record<Kind, { id: string; en: [string, string] }> = {
  program: { id: 'program', en: ['program', 'programs'] },
  kegiatan: { id: 'kegiatan', en: ['kegiatan (activity)', 'kegiatan (activities)'] },
  subkegiatan: { id: 'sub kegiatan', en: ['sub kegiatan (sub-activity)', 'sub kegiatan (sub-activities)'] },
  indikator: { id: 'indikator', en: ['indicator', 'indicators'] },
  sasaran: { id: 'sasaran', en: ['sasaran (objective)', 'sasaran (objectives)'] },
  tujuan: { id: 'tujuan', en: ['tujuan (goal)', 'tujuan (goals)'] },
  misi: { id: 'misi', en: ['misi (mission)', 'misi (missions)'] },
};

const kindName = (k: Kind, n: number, lang: Lang) => (lang === 'id' ? KIND_NAMES[k].id : KIND_NAMES[k].en[n === 1 ? 0 : 1]);


const rule: Rule = {
  meta: {
    id: 'stated-count',
    family: 'counts',
    defaultSeverity: 'error',
    description: {
      id: 'Jumlah yang disebut dalam kalimat ("3 (tiga) Program") harus sama dalam angka dan kata, dan sama dengan banyaknya butir pada daftar atau tabel yang menyusulnya.',
      en: 'A count stated in a sentence ("3 (tiga) Program") must agree in digits and words, and with the number of items in the list or table that follows.',
    },
    docs: 'docs/rules/stated-count.md',
    messages: {
      words: {
        id: 'Tertulis "{stated}": angka {digits} tidak sama dengan kata "{words}" yang berarti {wordsValue}.',
        en: 'The text says "{stated}": the digits {digits} and the words "{words}" (= {wordsValue}) differ.',
      },
      digitsWrong: {
        id: 'Tertulis "{stated}": angka {digits} tidak sama dengan kata "{words}" ({wordsValue}) maupun dengan {source}, yang memuat {listed} {kind}.',
        en: 'The text says "{stated}": the digits {digits} disagree with the words "{words}" ({wordsValue}) and with {source}, which lists {listed} {kind}.',
      },
      wordsWrong: {
        id: 'Tertulis "{stated}": kata "{words}" berarti {wordsValue}, padahal angkanya {digits} dan {source} memuat {listed} {kind}.',
        en: 'The text says "{stated}": the words "{words}" mean {wordsValue}, but the digits say {digits} and {source} lists {listed} {kind}.',
      },
      bothWrong: {
        id: 'Tertulis "{stated}": angka {digits} dan kata "{words}" ({wordsValue}) tidak sama, dan {source} memuat {listed} {kind}.',
        en: 'The text says "{stated}": the digits {digits} and the words "{words}" ({wordsValue}) differ, and {source} lists {listed} {kind}.',
      },
      list: {
        id: 'Kalimat menyebut "{stated}", padahal {source} memuat {listed} {kind}{also}.',
        en: 'The sentence states "{stated}", but {source} lists {listed} {kind}{also}.',
      },
      budget: {
        id: 'Kalimat menyebut "{stated}", padahal tabel anggaran ({tables}) memuat {listed} {kind}.',
        en: 'The sentence states "{stated}", but the budget table ({tables}) lists {listed} {kind}.',
      },
    },
  },
  check(ctx) {
    const models = new Map(ctx.doc.tables.map((t) => [t.table, t] as const));
    let budget: Partial<Record<Kind, BudgetCount>> | undefined;
    const year = ctx.doc.report.metadata.year;
    for (const p of ctx.doc.paragraphs) {
      const mentions = findMentions(p.text);
      if (mentions.length === 0) continue;
      const starts = sentenceStarts(p.text);
      const sentenceOf = (m: Mention) => starts.filter((s) => s <= m.start).length - 1;
      const last = starts.length - 1;
      const ending = p.text.slice(-80);
      const intro = INTRO.test(ending);
      const partial = PARTIAL.test(ending);
      const sentences = new Map<number, Mention[]>();
      for (const m of mentions) sentences.set(sentenceOf(m), [...(sentences.get(sentenceOf(m)) ?? []), m]);

      for (const [index, ms] of sentences) {
        // The counts of a sentence, one per kind (a kind named twice is left alone).
        const perKind = new Map<Kind, Mention[]>();
        for (const m of ms) if (m.kind && m.countable) perKind.set(m.kind, [...(perKind.get(m.kind) ?? []), m]);
        const kinds = [...perKind.keys()].filter((k) => perKind.get(k)!.length === 1);
        const counted = new Set(kinds.map((k) => perKind.get(k)![0]));
        // Only the sentence that introduces what follows is compared with it, and only when
        // the list is of the things counted: "untuk mencapai 1 (satu) sasaran tersebut,
        // dilaksanakan kegiatan sebagai berikut:" lists kegiatan, not sasaran.
        const sentenceEnd = starts[index + 1] ?? p.text.length;
        const listing =
          intro && index === last && kinds.length > 0 && !otherKindAfter(p.text, [...counted], sentenceEnd) ? listAfter(ctx, p, kinds, models) : undefined;
        // A sentence naming two levels of programs, kegiatan and sub kegiatan of the report's
        // year speaks of the whole budget.
        const sentence = p.text.slice(starts[index], starts[index + 1] ?? p.text.length);
        const levelsNamed = HIERARCHY.filter((k) => kinds.includes(k)).length;
        const wholeReport = levelsNamed >= 2 && year !== undefined && new RegExp(`\\b${year}\\b`).test(sentence);
        if (wholeReport && budget === undefined) budget = budgetCounts(ctx);

        for (const m of ms) {
          const isCounted = counted.has(m);
          const listedCount = isCounted && listing ? listing.counts[m.kind!] : undefined;
          const budgetCount = isCounted && wholeReport ? budget?.[m.kind!] : undefined;
          const others = kinds.filter((k) => k !== m.kind).map((k) => ({ kind: k, digits: perKind.get(k)![0].digits }));
          report(ctx, p, m, listing, listedCount, budgetCount, index === last && partial, others);
        }
      }
    }
  },
};

function report(
  ctx: RuleContext,
  p: Paragraph,
  m: Mention,
  listing: Listing | undefined,
  listed: Counted | undefined,
  budget: BudgetCount | undefined,
  partial: boolean,
  others: Array<{ kind: Kind; digits: number }>,
): void {
  const lang = ctx.lang;
  const excerpt = excerptOf(p.text, m);
  const wordsDiffer = m.wordsValue !== undefined && m.wordsValue !== m.digits;
  const budgetNames = (b: BudgetCount) => b.tables.map((t) => clip(tableName(t, lang), 60)).join(lang === 'id' ? ' dan ' : ' and ');
  const budgetRelated = (b: BudgetCount, kind: Kind): RelatedLocation[] =>
    b.tables.map((t) => ({ location: t.table.loc, note: `${clip(tableName(t, lang), 60)}: ${b.n} ${KIND_NAMES[kind].id}` }));

  if (listed && listing && m.kind) {
    const kind = m.kind;
    const ok = (v: number) => listed.values.includes(v);
    const n = listed.values[0];
    const gappy = listed.values.length > 1;
    const listedText = gappy
      ? lang === 'id'
        ? `${n} butir (bernomor sampai ${listed.values[1]})`
        : `${n} items (numbered up to ${listed.values[1]})`
      : String(n);
    const data = {
      stated: m.stated,
      digits: m.digits,
      words: m.words ?? '',
      wordsValue: m.wordsValue ?? '',
      source: listing.source[lang],
      listed: listedText,
      kind: kindName(kind, n, lang),
    };
    const related = listed.items.map((it) => ({ location: it.loc, note: clip(`${KIND_NAMES[kind].id}: ${it.label}`, 80) }));
    if (wordsDiffer) {
      const base = { location: p.loc, related, excerpt, data };
      if (!gappy && n === m.wordsValue) ctx.report({ ...base, messageId: 'digitsWrong', expected: String(n), actual: String(m.digits) });
      else if (ok(m.digits)) ctx.report({ ...base, messageId: 'wordsWrong', expected: countWords(m.digits), actual: m.words });
      else ctx.report({ ...base, messageId: 'bothWrong', expected: String(n), actual: String(m.digits) });
      return;
    }
    if (ok(m.digits)) return;
    // "Among others": a shorter list may be a selection. Said of the whole budget and borne out
    // by the budget table, the count stands; otherwise the list is taken as complete when it is
    // so for the other kinds named with it, or when the budget table agrees with it.
    const shorter = listed.values.every((v) => v < m.digits);
    if (partial && shorter && budget?.n === m.digits) return;
    const complete =
      (budget !== undefined && ok(budget.n)) ||
      (others.length > 0 && others.every((o) => listing.counts[o.kind]?.values.includes(o.digits) === true));
    const also = budget
      ? lang === 'id'
        ? `; tabel anggaran (${budgetNames(budget)}) ${ok(budget.n) ? 'juga ' : ''}memuat ${budget.n} ${kindName(kind, budget.n, lang)}`
        : `; the budget table (${budgetNames(budget)}) ${ok(budget.n) ? 'also ' : ''}lists ${budget.n} ${kindName(kind, budget.n, lang)}`
      : '';
    ctx.report({
      messageId: 'list',
      data: { ...data, also },
      location: p.loc,
      related: budget ? [...related, ...budgetRelated(budget, kind)] : related,
      expected: String(n),
      actual: String(m.digits),
      excerpt,
      severity: partial && shorter && !complete ? 'warning' : undefined,
    });
    return;
  }

  if (wordsDiffer) {
    ctx.report({
      messageId: 'words',
      data: { stated: m.stated, digits: m.digits, words: m.words ?? '', wordsValue: m.wordsValue ?? '' },
      location: p.loc,
      expected: countWords(m.digits),
      actual: m.words,
      excerpt,
    });
    return;
  }

  if (budget && m.kind && budget.n !== m.digits) {
    ctx.report({
      messageId: 'budget',
      data: { stated: m.stated, tables: budgetNames(budget), listed: budget.n, kind: kindName(m.kind, budget.n, lang) },
      location: p.loc,
      related: budgetRelated(budget, m.kind),
      expected: String(budget.n),
      actual: String(m.digits),
      excerpt,
    });
  }
}

/** The count in its sentence, cut at word boundaries. */
function excerptOf(text: string, m: Mention): string {
  let a = Math.max(0, m.start - 80);
  let b = Math.min(text.length, m.end + 60);
  if (a > 0) a = text.indexOf(' ', a) + 1 || a;
  if (b < text.length) b = text.lastIndexOf(' ', b) > m.end ? text.lastIndexOf(' ', b) : b;
  return `${a > 0 ? '…' : ''}${clean(text.slice(a, b))}${b < text.length ? '…' : ''}`;
}

export default rule;
