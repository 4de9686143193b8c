import type { Rule } from '../src/engine/types.js';
import { checkSum } from '../src/rulekit/arithmetic.js';
import { moneyColumns } from '../src/rulekit/columns.js';
import { cellLocation, columnName, moneyDecimals, plainDecimal, rowExcerpt, rowName, showNumber, showStated, tableName } from '../src/rulekit/describe.js';

/** A parent row (program, kegiatan, group) equals the sum of its child rows, in every money column. */
const rule: Rule = {
  meta: {
    id: 'sum-children',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Nilai baris induk (program, kegiatan, kelompok belanja) harus sama dengan jumlah baris rinciannya.',
      en: 'A parent row (program, kegiatan, spending group) must equal the sum of its child rows.',
    },
    docs: 'docs/rules/sum-children.md',
    messages: {
      mismatch: {
        id: '{table}, baris "{row}", kolom {column}: tertulis {actual}, padahal jumlah {count} rincian di bawahnya {expected} (selisih {difference}).',
        en: '{table}, row "{row}", column {column}: states {actual}, but its {count} child rows add up to {expected} (difference {difference}).',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) {
      const money = moneyColumns(t);
      for (const r of t.rows) {
        if (r.kind !== 'data' || r.children.length === 0) continue;
        const children = r.children.filter((c) => c.kind === 'data');
        for (const col of money) {
          const stated = r.values.get(col.index);
          if (!stated || stated.empty) continue;
          const parts = children.map((c) => c.values.get(col.index));
          if (parts.some((p) => p === undefined)) continue;
          const result = checkSum(stated, parts.map((p) => p!), ctx.rounding);
          if (result.ok) continue;
          const d = Math.max(moneyDecimals(stated.value), moneyDecimals(result.expected));
          ctx.report({
            messageId: 'mismatch',
            data: {
              table: tableName(t, ctx.lang),
              row: rowName(r),
              column: columnName(col),
              actual: showStated(stated, ctx.lang, 'money'),
              expected: showNumber(result.expected, d, ctx.lang, 'money'),
              count: children.length,
              difference: showNumber(result.difference.abs(), d, ctx.lang, 'money'),
            },
            location: cellLocation(t, r, col),
            related: children.map((c) => ({ location: cellLocation(t, c, col), note: c.values.get(col.index)!.raw })),
            expected: plainDecimal(result.expected),
            actual: plainDecimal(stated.value),
            excerpt: rowExcerpt(r),
            severity: t.hierarchyUncertain ? 'warning' : undefined,
          });
        }
      }
    }
  },
};

export default rule;
