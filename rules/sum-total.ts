import type { Rule } from '../src/engine/types.js';
import { totalledRows } from '../src/rulekit/totals.js';
import { reportSumMismatches } from '../src/rulekit/sums.js';

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
        id: '{table}, baris "{row}", kolom {column}: tertulis {actual}, padahal jumlah {count} baris di atasnya {expected} (selisih {difference}).',
        en: '{table}, row "{row}", column {column}: states {actual}, but the {count} rows above it add up to {expected} (difference {difference}).',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) {
      for (const r of t.rows) {
        if (r.kind !== 'total') continue;
        const rows = totalledRows(t, r);
        if (rows.length > 0) reportSumMismatches(ctx, t, r, rows, 'mismatch');
      }
    }
  },
};

export default rule;
