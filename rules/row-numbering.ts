import { clip } from '../src/text/clip.js';
import type { Lang, RelatedLocation, Rule, RuleContext, Severity } from '../src/engine/types.js';
import { withLocation, type Paragraph, type SourceLocation } from '../src/model/index.js';
import { parseNumbering } from '../src/normalise/numbering.js';
import type { DataRow, Numbering, RowLevelName, TableModel } from '../src/normalise/types.js';
import { rowLocation, rowName, tableName } from '../src/rulekit/describe.js';
import {
  formatMarker,
  paragraphLists,
  sequenceAnomalies,
  type MarkerKind,
  type SequenceAnomaly,
} from '../src/narrative/lists.js';

/**
 * Row numbers within one level of a table (the kegiatan of one program, the programs of the
 * table, the rows of a list table) and the numbers of a numbered list of the text count
 * 1, 2, 3 …: a number used twice, a number left out, a number out of order.
 */
const rule: Rule = {
  meta: {
    id: 'row-numbering',
    family: 'numbering',
    defaultSeverity: 'warning',
    description: {
      id: 'Nomor urut baris pada satu tingkat tabel (mis. kegiatan dalam satu program) dan nomor butir daftar bernomor tidak boleh berulang atau melompat.',
      en: 'Row numbers within one level of a table (e.g. the kegiatan of one program) and the numbers of a numbered list must not repeat or skip.',
    },
    docs: 'docs/rules/row-numbering.md',
    messages: {
      duplicate: {
        id: '{table}, {level}{scope}: nomor {actual} dipakai dua kali ("{row}" dan sebelumnya "{first}"); urutan tertulis {found}, seharusnya {sequence} (baris ini nomor {expected}).',
        en: '{table}, {level}{scope}: number {actual} is used twice ("{row}" and earlier "{first}"); the numbers read {found}, expected {sequence} (this row {expected}).',
      },
      skip: {
        id: '{table}, {level}{scope}: sesudah nomor {previous} langsung nomor {actual} ("{row}"), nomor {missing} terlewat; urutan tertulis {found}, seharusnya {sequence}.',
        en: '{table}, {level}{scope}: number {previous} is followed by {actual} ("{row}"), {missing} is skipped; the numbers read {found}, expected {sequence}.',
      },
      order: {
        id: '{table}, {level}{scope}: nomor {actual} ("{row}") muncul sesudah nomor {previous}, urutannya tidak runtut; urutan tertulis {found}, seharusnya {sequence}.',
        en: '{table}, {level}{scope}: number {actual} ("{row}") comes after {previous}, out of order; the numbers read {found}, expected {sequence}.',
      },
      listDuplicate: {
        id: 'Daftar bernomor{where}: butir {actual} dipakai dua kali ("{item}" dan sebelumnya "{first}"); urutan tertulis {found}, seharusnya {sequence} (butir ini {expected}).',
        en: 'Numbered list{where}: item {actual} is used twice ("{item}" and earlier "{first}"); the numbers read {found}, expected {sequence} (this item {expected}).',
      },
      listSkip: {
        id: 'Daftar bernomor{where}: sesudah butir {previous} langsung butir {actual} ("{item}"), butir {missing} terlewat; urutan tertulis {found}, seharusnya {sequence}.',
        en: 'Numbered list{where}: item {previous} is followed by {actual} ("{item}"), {missing} is skipped; the numbers read {found}, expected {sequence}.',
      },
      listOrder: {
        id: 'Daftar bernomor{where}: butir {actual} ("{item}") muncul sesudah butir {previous}, urutannya tidak runtut; urutan tertulis {found}, seharusnya {sequence}.',
        en: 'Numbered list{where}: item {actual} ("{item}") comes after {previous}, out of order; the numbers read {found}, expected {sequence}.',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) checkTable(ctx, t);
    checkLists(ctx);
  },
};

export default rule;

/** At least this many numbered siblings before a sequence is judged. */
const MIN_MEMBERS = 3;

interface Member {
  row: DataRow;
  kind: MarkerKind;
  value: number;
}

interface Group {
  parent?: DataRow;
  members: Member[];
  /** Top-level rows of a table without a row hierarchy: numbers read from a number column only. */
  flat: boolean;
  /** Rows of the group's level in order, numbered or not (for the rows without a number between). */
  siblings: DataRow[];
}

const LEVEL_WORDS: Record<RowLevelName | 'row', { id: string; en: string }> = {
  group: { id: 'kelompok belanja', en: 'spending groups' },
  program: { id: 'nomor program', en: 'program numbers' },
  kegiatan: { id: 'nomor kegiatan', en: 'kegiatan numbers' },
  subkegiatan: { id: 'nomor sub kegiatan', en: 'sub kegiatan numbers' },
  item: { id: 'nomor baris', en: 'row numbers' },
  row: { id: 'nomor baris', en: 'row numbers' },
};

/** "1 2 3 4" / "(1) (2) (3)": a row numbering the columns, not a row of the table. */
function isColumnIndexRow(r: DataRow): boolean {
  const texts = r.row.cells.map((c) => c.text.trim()).filter((s) => s !== '');
  if (texts.length < 3) return false;
  const nums = texts.map((s) => /^\(?(\d{1,2})\)?$/.exec(s)).map((m) => (m ? Number(m[1]) : NaN));
  return nums.every((n) => Number.isFinite(n)) && nums[0] === 1 && nums.every((n, i) => i === 0 || n >= nums[i - 1]);
}

/** Where the row's number is printed: its cell, with the table and row labels. */
function numberLocation(t: TableModel, r: DataRow): SourceLocation {
  const cell = r.row.cells[r.indent];
  const base = rowLocation(t, r);
  return cell && cell.loc.column !== undefined ? withLocation(cell.loc, { table: base.table, rowLabel: base.rowLabel }) : base;
}

/** A number printed in a cell of its own (not the first word of a label). */
function standaloneNumber(r: DataRow): boolean {
  const cell = r.row.cells[r.indent];
  return cell !== undefined && parseNumbering(cell.text) !== undefined;
}

/** The kind of sequence a row number belongs to, and its key among its siblings (a dotted "2.3" counts among the "2.x"). */
function family(n: Numbering, upperLetters: boolean): { kind: MarkerKind; key: string; value: number } | undefined {
  if (n.value === undefined) return undefined;
  const bare = n.text.replace(/[.)]$/, '');
  switch (n.kind) {
    case 'arabic':
      return { kind: 'arabic', key: 'arabic', value: n.value };
    case 'dotted': {
      const prefix = bare.split('.').slice(0, -1).join('.');
      return { kind: 'arabic', key: `dotted:${prefix}`, value: n.value };
    }
    case 'letter':
      return /^[A-Z]/.test(bare) ? { kind: 'letter-upper', key: 'upper', value: n.value } : { kind: 'letter-lower', key: 'lower', value: n.value };
    case 'roman':
      // "I", "V", "X" among "A", "B", "C" … are letters.
      if (upperLetters && /^[IVXL]$/.test(bare)) return { kind: 'letter-upper', key: 'upper', value: bare.charCodeAt(0) - 64 };
      return { kind: 'roman-upper', key: 'roman', value: n.value };
    case 'code':
      return undefined;
  }
}

function groupsOf(t: TableModel): Group[] {
  const rows = t.rows.filter((r) => r.kind !== 'total' && !isColumnIndexRow(r));
  const byParent = new Map<DataRow | undefined, DataRow[]>();
  for (const r of rows) {
    const list = byParent.get(r.parent);
    if (list) list.push(r);
    else byParent.set(r.parent, [r]);
  }
  const groups: Group[] = [];
  for (const [parent, siblings] of byParent) {
    const upperLetters = siblings.some((r) => r.numbering?.kind === 'letter' && /^[A-Z]/.test(r.numbering.text));
    const byKey = new Map<string, Group>();
    for (const r of siblings) {
      if (!r.numbering) continue;
      const f = family(r.numbering, upperLetters);
      if (!f) continue;
      const flat = parent === undefined && r.levelName === undefined;
      const key = `${flat ? 'flat' : 'tree'}|${f.key}`;
      let g = byKey.get(key);
      if (!g) byKey.set(key, (g = { parent, members: [], flat, siblings }));
      g.members.push({ row: r, kind: f.kind, value: f.value });
    }
    groups.push(...byKey.values());
  }
  return groups;
}

/** Can the group be read as one sequence? */
function judgeable(g: Group): boolean {
  const m = g.members;
  if (m.length < MIN_MEMBERS) return false;
  // A restart at 1 means two levels were read as one (a list table without hierarchy, or a hierarchy read wrong).
  if (m.some((x, i) => i > 0 && x.value === 1)) return false;
  if (new Set(m.map((x) => x.kind)).size > 1) return false;
  // A sequence that does not start at 1 continues one we cannot see (a table cut across pages,
  // sub kegiatan numbered through the whole table) or is not a count at all (ranks "IV, III, II").
  if (m[0].value !== 1) return false;
  if (g.flat) {
    // Without a hierarchy, only a column of numbers, all in one column, is a sequence.
    if (!m.every((x) => standaloneNumber(x.row))) return false;
    if (new Set(m.map((x) => x.row.indent)).size > 1) return false;
  }
  return true;
}

/** Rows of the same kind without a number between each member and the one before it. */
function unnumberedBefore(g: Group): number[] {
  const kind = g.members[0].row.kind;
  const pos = new Map(g.siblings.map((r, i) => [r, i]));
  return g.members.map((x, i) => {
    if (i === 0) return 0;
    const a = pos.get(g.members[i - 1].row) ?? 0;
    const b = pos.get(x.row) ?? 0;
    let n = 0;
    for (let k = a + 1; k < b; k++) if (!g.siblings[k].numbering && g.siblings[k].kind === kind) n++;
    return n;
  });
}

function levelOf(g: Group): RowLevelName | 'row' {
  const names = new Set(g.members.map((x) => x.row.levelName));
  const [only] = names;
  return names.size === 1 && only !== undefined ? only : 'row';
}

const joinNumbers = (kind: MarkerKind, values: number[]) => values.map((v) => formatMarker(kind, v)).join(', ');

function sequenceFrom(kind: MarkerKind, first: number, length: number): string {
  return joinNumbers(
    kind,
    Array.from({ length }, (_, i) => first + i),
  );
}

function missingText(kind: MarkerKind, missing: number[], lang: Lang): string {
  const parts = missing.map((v) => formatMarker(kind, v));
  if (parts.length === 1) return parts[0];
  const and = lang === 'id' ? ' dan ' : ' and ';
  return parts.slice(0, -1).join(', ') + and + parts[parts.length - 1];
}

function checkTable(ctx: RuleContext, t: TableModel): void {
  for (const g of groupsOf(t)) {
    if (!judgeable(g)) continue;
    const values = g.members.map((x) => x.value);
    const anomalies = sequenceAnomalies(values, { unnumberedBefore: unnumberedBefore(g) });
    if (anomalies.length === 0) continue;
    const kind = g.members[0].kind;
    const level = LEVEL_WORDS[levelOf(g)][ctx.lang];
    const scope = g.parent
      ? ctx.lang === 'id'
        ? ` di bawah "${rowName(g.parent)}"`
        : ` under "${rowName(g.parent)}"`
      : '';
    const uncertain = g.members.some((x) => x.row.uncertain) || g.parent?.uncertain === true;
    const related: RelatedLocation[] = g.members.map((x) => ({ location: numberLocation(t, x.row), note: x.row.numbering?.text ?? '' }));
    for (const a of anomalies) {
      const m = g.members[a.index];
      report(ctx, {
        messageId: a.kind,
        data: {
          table: tableName(t, ctx.lang),
          level,
          scope,
          row: rowName(m.row),
          first: a.first !== undefined ? rowName(g.members[a.first].row) : '',
          previous: formatMarker(kind, values[a.index - 1]),
          ...common(kind, values, a, ctx.lang),
        },
        location: numberLocation(t, m.row),
        related: related.filter((_, i) => i !== a.index),
        excerpt: rowName(m.row),
        severity: uncertain ? 'info' : undefined,
      });
    }
  }
}

function common(kind: MarkerKind, values: number[], a: SequenceAnomaly, lang: Lang) {
  return {
    actual: formatMarker(kind, a.value),
    expected: formatMarker(kind, a.expected),
    missing: missingText(kind, a.missing ?? [], lang),
    found: joinNumbers(kind, values),
    sequence: sequenceFrom(kind, values[0], values.length),
  };
}

function report(
  ctx: RuleContext,
  f: { messageId: string; data: Record<string, string>; location: SourceLocation; related: RelatedLocation[]; excerpt: string; severity?: Severity },
): void {
  ctx.report({ ...f, expected: f.data.expected, actual: f.data.actual });
}


function where(p: Paragraph, lang: Lang): string {
  const c = p.context;
  const place = c.section ? `${c.section}${c.sectionTitle ? ` ${c.sectionTitle}` : ''}` : c.chapter ?? (c.part === 'summary' ? (lang === 'id' ? 'Ringkasan Eksekutif' : 'executive summary') : '');
  if (!place) return '';
  return lang === 'id' ? ` di ${clip(place, 60)}` : ` in ${clip(place, 60)}`;
}

function checkLists(ctx: RuleContext): void {
  for (const list of paragraphLists(ctx.doc.blocks)) {
    if (!list.anchored || list.items.length < MIN_MEMBERS) continue;
    const values = list.items.map((x) => x.reading.value);
    const anomalies = sequenceAnomalies(values);
    if (anomalies.length === 0) continue;
    const kind = list.kind;
    const related: RelatedLocation[] = list.items.map((x) => ({ location: x.paragraph.loc, note: `${formatMarker(kind, x.reading.value)}. ${clip(x.paragraph.text, 50)}` }));
    for (const a of anomalies) {
      const item = list.items[a.index];
      const messageId = a.kind === 'duplicate' ? 'listDuplicate' : a.kind === 'skip' ? 'listSkip' : 'listOrder';
      report(ctx, {
        messageId,
        data: {
          where: where(item.paragraph, ctx.lang),
          item: clip(item.paragraph.text, 50),
          first: a.first !== undefined ? clip(list.items[a.first].paragraph.text, 50) : '',
          previous: formatMarker(kind, values[a.index - 1]),
          ...common(kind, values, a, ctx.lang),
        },
        location: item.paragraph.loc,
        related: related.filter((_, i) => i !== a.index),
        excerpt: clip(`${item.paragraph.marker ?? ''} ${item.paragraph.text}`.trim(), 240),
      });
    }
  }
}
