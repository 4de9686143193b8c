import type { Paragraph } from '../src/model/index.js';
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { ColumnInfo, DataRow, TableModel } from '../src/normalise/types.js';
import { Interval, inputInterval, statedInterval } from '../src/numbers/interval.js';
import type { FoundNumber } from '../src/numbers/parse.js';
import { checkSum } from '../src/rulekit/arithmetic.js';
import { moneyColumns } from '../src/rulekit/columns.js';
import { cellLocation, moneyDecimals, plainDecimal, showNumber, showStated, tableName } from '../src/rulekit/describe.js';
import { textAmounts, type AmountKind } from '../src/rulekit/text.js';
import { segments, type Segment } from '../src/rulekit/totals.js';

function columnSum(rows: DataRow[], col: ColumnInfo): Interval | undefined {
  let sum = Interval.exact(0);
  for (const r of rows) {
    const v = r.values.get(col.index);
    if (!v) return undefined;
    sum = sum.add(inputInterval(v));
  }
  return sum;
}

function columnFor(t: TableModel, kind: AmountKind): ColumnInfo | undefined {
  const money = moneyColumns(t);
  if (kind === 'realisasi') return money.find((c) => c.role === 'realisasi');
  if (kind === 'sisa') return money.find((c) => c.role === 'sisa');
  return money.find((c) => c.role === 'pagu') ?? (money.length === 1 ? money[0] : undefined);
}

const INTRO = /(antara\s+lain|sebagai\s+berikut|berikut\s*(ini)?|tabel\s+berikut|rincian(nya)?)\s*:?\s*$/i;
const CONCLUSION = /^(total|jumlah|secara\s+keseluruhan|keseluruhan)\b|\btotal\s+anggaran\b|\bjumlah\s+anggaran\b/i;

const KIND_WORDS: Record<AmountKind, { id: string; en: string }> = {
  anggaran: { id: 'anggaran', en: 'budget' },
  realisasi: { id: 'realisasi', en: 'spending' },
  sisa: { id: 'sisa anggaran', en: 'remaining budget' },
};

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
    for (const t of ctx.doc.tables) {
      const before = blocks[t.table.index - 1];
      if (before?.kind === 'paragraph' && INTRO.test(before.text)) compareWithTable(ctx, before, t);
      const after = blocks[t.table.index + 1];
      if (after?.kind === 'paragraph' && CONCLUSION.test(after.text)) compareWithTable(ctx, after, t);
    }
    checkLists(ctx);
  },
};

function compareWithTable(ctx: RuleContext, p: Paragraph, t: TableModel): void {
  const amounts = textAmounts(p.text);
  for (const kind of ['anggaran', 'realisasi', 'sisa'] as const) {
    const stated = amounts.filter((a) => a.kind === kind);
    const col = columnFor(t, kind);
    if (stated.length === 0 || !col) continue;
    const sums = segments(t)
      .map((s) => ({ s, sum: columnSum(s.rows, col) }))
      .filter((x): x is { s: Segment; sum: Interval } => x.sum !== undefined);
    if (sums.length === 0) continue;
    const matches = stated.some((a) => sums.some((x) => x.sum.overlaps(statedInterval(a.found.number, ctx.rounding))));
    // With several amounts of a kind in the sentence (before and after the budget revision,
    // this year and last), one must match and no single one can be called wrong.
    if (matches || stated.length !== 1) continue;
    const a = stated[0].found.number;
    const { s, sum } = sums[0];
    const expected = sum.mid();
    const d = moneyDecimals(expected);
    ctx.report({
      messageId: 'table',
      data: {
        kind: KIND_WORDS[kind][ctx.lang],
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
function checkLists(ctx: RuleContext): void {
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
      const after = blocks[j];
      if (after?.kind === 'paragraph' && !after.marker && CONCLUSION.test(after.text)) compareWithList(ctx, after, items);
      const before = blocks[i - 1];
      if (before?.kind === 'paragraph' && INTRO.test(before.text)) compareWithList(ctx, before, items);
      i = j;
    } else i++;
  }
}

function compareWithList(ctx: RuleContext, p: Paragraph, items: Array<{ p: Paragraph; amount: FoundNumber }>): void {
  const stated = textAmounts(p.text).filter((a) => a.kind === 'anggaran');
  if (stated.length !== 1) return;
  const a = stated[0].found.number;
  const result = checkSum(a, items.map((it) => it.amount.number), ctx.rounding);
  if (result.ok) return;
  const d = moneyDecimals(result.expected);
  ctx.report({
    messageId: 'list',
    data: {
      actual: showStated(a, ctx.lang, 'money'),
      count: items.length,
      expected: showNumber(result.expected, d, ctx.lang, 'money'),
      difference: showNumber(result.difference.abs(), d, ctx.lang, 'money'),
    },
    location: p.loc,
    related: items.map((it) => ({ location: it.p.loc, note: it.amount.number.raw })),
    expected: plainDecimal(result.expected),
    actual: plainDecimal(a.value),
    excerpt: p.text.slice(0, 240),
  });
}

export default rule;
