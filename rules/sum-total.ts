import type { Rule } from '../src/engine/types.js';
import { totalledRows } from '../src/rulekit/totals.js';
import { checkSum } from '../src/rulekit/arithmetic.js';
import { moneyColumns } from '../src/rulekit/columns.js';
import { cellLocation, columnName, moneyDecimals, plainDecimal, rowExcerpt, rowName, showNumber, showStated, tableName } from '../src/rulekit/describe.js';

/** "Jumlah" / "TOTAL" rows equal the sum of the rows they total. */
const rule: Rule = {
  meta: {
    id: 'sum-total',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Baris Jumlah/TOTAL harus sama dengan jumlah baris yang dijumlahkannya (program, kelompok belanja).',
      en: 'A Jumlah/TOTAL row must equal the sum of the rows it totals (programs, spending groups).',
    },
    docs: 'docs/rules/sum-total.md',
    messages: {
      mismatch: {
        id: '{table}, baris {row}, kolom {column}: tertulis {actual}, padahal jumlah {count} baris di atasnya {expected} (selisih {difference}).',
        en: '{table}, row {row}, column {column}: states {actual}, but the {count} rows above it add up to {expected} (difference {difference}).',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) {
      const money = moneyColumns(t);
      for (const r of t.rows) {
        if (r.kind !== 'total') continue;
        const rows = totalledRows(t, r);
        if (rows.length === 0) continue;
        for (const col of money) {
          const stated = r.values.get(col.index);
          if (!stated || stated.empty) continue;
          const parts = rows.map((x) => x.values.get(col.index));
          if (parts.some((p) => p === undefined)) continue;
          const result = checkSum(stated, parts.map((p) => p!), ctx.rounding);
          if (result.ok) continue;
          const d = Math.max(moneyDecimals(stated.value), moneyDecimals(result.expected));
          ctx.report({
            messageId: 'mismatch',
            data: {
              table: tableName(t, ctx.lang),
              row: `"${rowName(r)}"`,
              column: columnName(col),
              actual: showStated(stated, ctx.lang, 'money'),
              expected: showNumber(result.expected, d, ctx.lang, 'money'),
              count: rows.length,
              difference: showNumber(result.difference.abs(), d, ctx.lang, 'money'),
            },
            location: cellLocation(t, r, col),
            related: rows.map((x) => ({ location: cellLocation(t, x, col), note: x.values.get(col.index)!.raw })),
            expected: plainDecimal(result.expected),
            actual: plainDecimal(stated.value),
            excerpt: rowExcerpt(r),
          });
        }
      }
    }
  },
};

export default rule;
