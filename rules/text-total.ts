import { Decimal } from 'decimal.js';
import type { Paragraph } from '../src/model/index.js';
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { ColumnInfo, DataRow, TableModel } from '../src/normalise/types.js';
import { Interval, inputInterval } from '../src/numbers/interval.js';
import { findNumbers, type FoundNumber } from '../src/numbers/parse.js';
import { moneyColumns } from '../src/rulekit/columns.js';
import { cellLocation, moneyDecimals, plainDecimal, showNumber, showStated, tableName } from '../src/rulekit/describe.js';
import { isAmount } from '../src/rulekit/text.js';

type Kind = 'anggaran' | 'realisasi';

interface TextAmount {
  found: FoundNumber;
  kind: Kind;
}

/** Amounts of a sentence, each marked as a budget or a spending figure by the word before it. */
function textAmounts(text: string): TextAmount[] {
  return findNumbers(text)
    .filter(isAmount)
    .map((found) => ({
      found,
      kind: /realisasi\w*\s*(anggaran\s*)?(sebesar\s*)?(rp\.?\s*)?$/i.test(text.slice(Math.max(0, found.start - 40), found.start)) ? 'realisasi' : 'anggaran',
    }));
}

interface Segment {
  rows: DataRow[];
  total?: DataRow;
}

/** The table's listed rows, cut at its total rows: each segment's top-level rows are what a total sums. */
function segments(t: TableModel): Segment[] {
  const out: Segment[] = [];
  let rows: DataRow[] = [];
  for (const r of t.rows) {
    if (r.kind === 'total') {
      out.push({ rows, total: r });
      rows = [];
    } else if (r.kind === 'data' && r.parent === undefined) rows.push(r);
  }
  if (rows.length) out.push({ rows });
  return out.filter((s) => s.rows.length > 0);
}

function columnSum(rows: DataRow[], col: ColumnInfo): Interval | undefined {
  let sum = Interval.exact(0);
  for (const r of rows) {
    const v = r.values.get(col.index);
    if (!v) return undefined;
    sum = sum.add(inputInterval(v));
  }
  return sum;
}

function columnFor(t: TableModel, kind: Kind): ColumnInfo | undefined {
  const money = moneyColumns(t);
  if (kind === 'realisasi') return money.find((c) => c.role === 'realisasi');
  return money.find((c) => c.role === 'pagu') ?? (money.length === 1 ? money[0] : undefined);
}

const INTRO = /(antara\s+lain|sebagai\s+berikut|berikut\s*(ini)?|tabel\s+berikut|rincian(nya)?)\s*:?\s*$/i;
const CONCLUSION = /^(total|jumlah|secara\s+keseluruhan|keseluruhan)\b|\btotal\s+anggaran\b|\bjumlah\s+anggaran\b/i;

/** A total stated in the text next to a list of amounts (a table, or list items) must be their sum. */
const rule: Rule = {
  meta: {
    id: 'text-total',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Total yang disebut dalam kalimat tepat sebelum atau sesudah daftar/tabel nilai harus sama dengan jumlah nilai-nilai itu.',
      en: 'A total stated in the sentence right before or after a list or table of amounts must equal their sum.',
    },
    docs: 'docs/rules/text-total.md',
    messages: {
      table: {
        id: 'Kalimat menyebut {kind} {actual}, padahal jumlah {count} baris pada {table} sesudah/sebelumnya {expected} (selisih {difference}).',
        en: 'The sentence states a {kind} of {actual}, but the {count} rows of {table} next to it add up to {expected} (difference {difference}).',
      },
      list: {
        id: 'Kalimat menyebut total {actual}, padahal jumlah {count} nilai yang dirinci {expected} (selisih {difference}).',
        en: 'The sentence states a total of {actual}, but the {count} amounts listed add up to {expected} (difference {difference}).',
      },
    },
  },
  check(ctx) {
    const blocks = ctx.doc.blocks;
    const models = new Map(ctx.doc.tables.map((t) => [t.table.index, t]));
    for (const t of ctx.doc.tables) {
      const before = blocks[t.table.index - 1];
      if (before?.kind === 'paragraph' && INTRO.test(before.text)) compareWithTable(ctx, before, t);
      const after = blocks[t.table.index + 1];
      if (after?.kind === 'paragraph' && CONCLUSION.test(after.text)) compareWithTable(ctx, after, t);
    }
    checkLists(ctx, models);
  },
};

function kindWord(kind: Kind, ctx: RuleContext): string {
  if (ctx.lang === 'en') return kind === 'anggaran' ? 'budget' : 'spending';
  return kind === 'anggaran' ? 'anggaran' : 'realisasi';
}

function compareWithTable(ctx: RuleContext, p: Paragraph, t: TableModel): void {
  const amounts = textAmounts(p.text);
  for (const kind of ['anggaran', 'realisasi'] as const) {
    const stated = amounts.filter((a) => a.kind === kind);
    const col = columnFor(t, kind);
    if (stated.length === 0 || !col) continue;
    const sums = segments(t)
      .map((s) => ({ s, sum: columnSum(s.rows, col) }))
      .filter((x): x is { s: Segment; sum: Interval } => x.sum !== undefined);
    if (sums.length === 0) continue;
    const matches = stated.some((a) => sums.some((x) => x.sum.overlaps(inputInterval(a.found.number))));
    // With several amounts in the sentence (before and after the budget revision), one must match.
    if (matches || stated.length !== 1) continue;
    const a = stated[0].found.number;
    const { s, sum } = sums[0];
    const expected = sum.mid();
    const d = moneyDecimals(expected);
    ctx.report({
      messageId: 'table',
      data: {
        kind: kindWord(kind, ctx),
        actual: showStated(a, ctx.lang, 'money'),
        count: s.rows.length,
        table: tableName(t, ctx.lang),
        expected: showNumber(expected, d, ctx.lang, 'money'),
        difference: showNumber(a.value.minus(expected).abs(), d, ctx.lang, 'money'),
      },
      location: p.loc,
      related: s.total
        ? [{ location: cellLocation(t, s.total, col), note: s.total.values.get(col.index)?.raw }]
        : s.rows.map((r) => ({ location: cellLocation(t, r, col), note: r.values.get(col.index)?.raw })),
      expected: plainDecimal(expected),
      actual: plainDecimal(a.value),
      excerpt: p.text.slice(Math.max(0, stated[0].found.start - 80), stated[0].found.end + 40).trim(),
    });
  }
}

/**
 * List items, each with one amount ("- Program A sebesar Rp 100.000.000"), followed by a
 * sentence stating their total, or preceded by an introduction stating it.
 */
function checkLists(ctx: RuleContext, _models: Map<number, TableModel>): void {
  const blocks = ctx.doc.blocks;
  let i = 0;
  while (i < blocks.length) {
    const items: Array<{ p: Paragraph; amount: FoundNumber }> = [];
    let j = i;
    while (j < blocks.length) {
      const b = blocks[j];
      if (b.kind !== 'paragraph' || !b.marker) break;
      const amounts = textAmounts(b.text);
      if (amounts.length !== 1 || amounts[0].kind !== 'anggaran') break;
      items.push({ p: b, amount: amounts[0].found });
      j++;
    }
    if (items.length >= 2) {
      const candidates: Paragraph[] = [];
      const after = blocks[j];
      if (after?.kind === 'paragraph' && !after.marker && CONCLUSION.test(after.text)) candidates.push(after);
      const before = blocks[i - 1];
      if (before?.kind === 'paragraph' && INTRO.test(before.text)) candidates.push(before);
      for (const p of candidates) compareWithList(ctx, p, items);
      i = j;
    } else i++;
  }
}

function compareWithList(ctx: RuleContext, p: Paragraph, items: Array<{ p: Paragraph; amount: FoundNumber }>): void {
  const stated = textAmounts(p.text).filter((a) => a.kind === 'anggaran');
  if (stated.length !== 1) return;
  let sum = new Decimal(0);
  for (const it of items) sum = sum.plus(it.amount.number.value);
  const a = stated[0].found.number;
  if (a.value.eq(sum)) return;
  const d = moneyDecimals(sum);
  ctx.report({
    messageId: 'list',
    data: {
      actual: showStated(a, ctx.lang, 'money'),
      count: items.length,
      expected: showNumber(sum, d, ctx.lang, 'money'),
      difference: showNumber(a.value.minus(sum).abs(), d, ctx.lang, 'money'),
    },
    location: p.loc,
    related: items.map((it) => ({ location: it.p.loc, note: it.amount.number.raw })),
    expected: plainDecimal(sum),
    actual: plainDecimal(a.value),
    excerpt: p.text.slice(0, 240),
  });
}

export default rule;
