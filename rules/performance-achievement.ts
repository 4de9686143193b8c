import type { Rule } from '../src/engine/types.js';
import { expectedAt, verdict } from '../src/rulekit/arithmetic.js';
import { achievementColumns } from '../src/rulekit/columns.js';
import { cellLocation, columnName, rowExcerpt, rowName, showNumber, showStated, tableName } from '../src/rulekit/describe.js';
import { achievement, achievementFormulas, achievementOf, formulaText, statedLowerFormula } from '../src/rulekit/polarity.js';
import { agrees, inputInterval } from '../src/numbers/interval.js';
import type { DataRow, TableModel } from '../src/normalise/types.js';

/** The indicator a row measures: its indicator column, else its label. */
function indicatorOf(t: TableModel, r: DataRow): string {
  const col = t.columns.find((c) => c.role === 'indicator');
  const text = col ? r.cells[col.index]?.text : undefined;
  return text || r.label;
}

/** Capaian kinerja = realisasi / target × 100, or the report's own lower-is-better formula. */
const rule: Rule = {
  meta: {
    id: 'performance-achievement',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Capaian kinerja harus sama dengan realisasi ÷ target × 100 (atau rumus polaritas negatif yang dinyatakan laporan untuk indikator yang makin rendah makin baik).',
      en: 'Performance achievement must equal actual ÷ target × 100 (or the report’s stated negative-polarity formula for lower-is-better indicators).',
    },
    docs: 'docs/rules/performance-achievement.md',
    messages: {
      mismatch: {
        id: '{table}, baris "{row}", kolom {column}: capaian tertulis {actual}, padahal {formula} = {expected} (realisasi {realisasi}, target {target}).',
        en: '{table}, row "{row}", column {column}: achievement states {actual}, but {formula} = {expected} (actual {realisasi}, target {target}).',
      },
    },
  },
  check(ctx) {
    const lowerFormula = statedLowerFormula(ctx.doc);
    for (const t of ctx.doc.tables) {
      for (const { capaian, realisasi, base } of achievementColumns(t, 'kinerja')) {
        for (const r of t.rows) {
          if (r.kind === 'note') continue;
          const stated = r.values.get(capaian.index);
          const real = r.values.get(realisasi.index);
          const target = r.values.get(base.index);
          if (!stated || stated.empty || !real || real.empty || !target || target.empty) continue;
          const formulas = achievementFormulas(indicatorOf(t, r), lowerFormula);
          const results = formulas.map((f) => ({ f, computed: achievement(f, real, target) })).filter((x) => x.computed);
          if (results.length === 0) continue;
          const verdicts = results.map((x) => ({ f: x.f, v: verdict(stated, x.computed!, ctx.rounding) }));
          if (verdicts.some((x) => x.v.ok)) continue;
          const { f, v } = verdicts[0];
          const d = Math.max(stated.decimals, 2);
          ctx.report({
            messageId: 'mismatch',
            data: {
              table: tableName(t, ctx.lang),
              row: rowName(r),
              column: columnName(capaian),
              actual: showStated(stated, ctx.lang),
              formula: formulaText[f][ctx.lang],
              expected: showNumber(v.expected, d, ctx.lang),
              realisasi: showStated(real, ctx.lang),
              target: showStated(target, ctx.lang),
            },
            location: cellLocation(t, r, capaian),
            related: [
              { location: cellLocation(t, r, realisasi), note: real.raw },
              { location: cellLocation(t, r, base), note: target.raw },
            ],
            expected: expectedAt(v.expected, d),
            actual: stated.value.toFixed(stated.decimals),
            excerpt: rowExcerpt(r),
            inputs: [cellLocation(t, r, realisasi), cellLocation(t, r, base)],
            recheck: (value) => {
              const q = value(cellLocation(t, r, realisasi));
              const p = value(cellLocation(t, r, base));
              return formulas.some((f) => {
                const c = achievementOf(f, q ?? inputInterval(real), p ?? inputInterval(target));
                return c !== undefined && agrees(stated, c, ctx.rounding);
              });
            },
          });
        }
      }
    }
  },
};

export default rule;
