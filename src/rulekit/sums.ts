import type { RuleContext, Severity } from '../engine/types.js';
import type { DataRow, TableModel } from '../normalise/types.js';
import { Interval, agrees, inputInterval } from '../numbers/interval.js';
import { checkSum } from './arithmetic.js';
import { moneyColumns } from './columns.js';
import { cellLocation, columnName, moneyDecimals, plainDecimal, rowExcerpt, rowName, showNumber, showStated, tableName } from './describe.js';

/**
 * Report each money column where `row` does not equal the sum of `parts`. The message gets
 * `table`, `row`, `column`, `actual`, `expected`, `count` and `difference`.
 */
export function reportSumMismatches(ctx: RuleContext, t: TableModel, row: DataRow, parts: DataRow[], messageId: string, severity?: Severity): void {
  for (const col of moneyColumns(t)) {
    const stated = row.values.get(col.index);
    if (!stated || stated.empty) continue;
    const values = parts.map((x) => x.values.get(col.index));
    if (values.some((v) => v === undefined)) continue;
    const result = checkSum(stated, values.map((v) => v!), ctx.rounding);
    if (result.ok) continue;
    const d = Math.max(moneyDecimals(stated.value), moneyDecimals(result.expected));
    ctx.report({
      messageId,
      data: {
        table: tableName(t, ctx.lang),
        row: rowName(row),
        column: columnName(col),
        actual: showStated(stated, ctx.lang, 'money'),
        expected: showNumber(result.expected, d, ctx.lang, 'money'),
        count: parts.length,
        difference: showNumber(result.difference.abs(), d, ctx.lang, 'money'),
      },
      location: cellLocation(t, row, col),
      related: parts.map((x) => ({ location: cellLocation(t, x, col), note: x.values.get(col.index)!.raw })),
      expected: plainDecimal(result.expected),
      actual: plainDecimal(stated.value),
      excerpt: rowExcerpt(row),
      severity,
      inputs: parts.map((x) => cellLocation(t, x, col)),
      recheck: (value) => {
        let sum = Interval.exact(0);
        parts.forEach((x, k) => (sum = sum.add(value(cellLocation(t, x, col)) ?? inputInterval(values[k]!))));
        return agrees(stated, sum, ctx.rounding);
      },
    });
  }
}
