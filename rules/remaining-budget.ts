import type { Rule } from '../src/engine/types.js';
import { agrees, inputInterval } from '../src/numbers/interval.js';
import { difference, verdict } from '../src/rulekit/arithmetic.js';
import { nearestColumn } from '../src/rulekit/columns.js';
import { cellLocation, columnName, moneyDecimals, plainDecimal, rowExcerpt, rowName, showNumber, showStated, tableName } from '../src/rulekit/describe.js';

/** Sisa anggaran = pagu − realisasi. */
const rule: Rule = {
  meta: {
    id: 'remaining-budget',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Sisa anggaran harus sama dengan pagu dikurangi realisasi pada baris yang sama.',
      en: 'The remaining budget (sisa) must equal the budget (pagu) minus the spending (realisasi) of the same row.',
    },
    docs: 'docs/rules/remaining-budget.md',
    messages: {
      mismatch: {
        id: '{table}, baris "{row}", kolom {column}: sisa tertulis {actual}, padahal pagu {pagu} − realisasi {realisasi} = {expected} (selisih {difference}).',
        en: '{table}, row "{row}", column {column}: remaining budget states {actual}, but budget {pagu} − spending {realisasi} = {expected} (difference {difference}).',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) {
      for (const sisaCol of t.columns.filter((c) => c.role === 'sisa')) {
        const paguCol = nearestColumn(t, sisaCol, 'pagu');
        const realCol = nearestColumn(t, sisaCol, 'realisasi');
        if (!paguCol || !realCol) continue;
        for (const r of t.rows) {
          if (r.kind === 'note') continue;
          const sisa = r.values.get(sisaCol.index);
          const pagu = r.values.get(paguCol.index);
          const real = r.values.get(realCol.index);
          if (!sisa || !pagu || !real || (pagu.empty && real.empty)) continue;
          const result = verdict(sisa, difference(pagu, real), ctx.rounding);
          if (result.ok) continue;
          const d = moneyDecimals(result.expected);
          ctx.report({
            messageId: 'mismatch',
            data: {
              table: tableName(t, ctx.lang),
              row: rowName(r),
              column: columnName(sisaCol),
              actual: sisa.empty ? '-' : showStated(sisa, ctx.lang, 'money'),
              pagu: showStated(pagu, ctx.lang, 'money'),
              realisasi: showStated(real, ctx.lang, 'money'),
              expected: showNumber(result.expected, d, ctx.lang, 'money'),
              difference: showNumber(result.difference.abs(), d, ctx.lang, 'money'),
            },
            location: cellLocation(t, r, sisaCol),
            related: [
              { location: cellLocation(t, r, paguCol), note: pagu.raw },
              { location: cellLocation(t, r, realCol), note: real.raw },
            ],
            expected: plainDecimal(result.expected),
            actual: plainDecimal(sisa.value),
            excerpt: rowExcerpt(r),
            inputs: [cellLocation(t, r, paguCol), cellLocation(t, r, realCol)],
            recheck: (value) => {
              const p = value(cellLocation(t, r, paguCol)) ?? inputInterval(pagu);
              const q = value(cellLocation(t, r, realCol)) ?? inputInterval(real);
              return agrees(sisa, p.sub(q), ctx.rounding);
            },
          });
        }
      }
    }
  },
};

export default rule;
