import type { Paragraph } from '../src/model/index.js';
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { ParsedNumber } from '../src/numbers/parse.js';
import { agrees, inputInterval } from '../src/numbers/interval.js';
import { expectedAt, percentOf, verdict } from '../src/rulekit/arithmetic.js';
import { achievementColumns } from '../src/rulekit/columns.js';
import { cellLocation, columnName, rowExcerpt, rowName, showNumber, showStated, tableName } from '../src/rulekit/describe.js';
import { labelledValue, ratioSentences } from '../src/rulekit/text.js';

/** Capaian keuangan / penyerapan anggaran = realisasi / pagu × 100, in tables and in sentences. */
const rule: Rule = {
  meta: {
    id: 'budget-absorption',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Persentase capaian keuangan (penyerapan anggaran) harus sama dengan realisasi ÷ pagu × 100.',
      en: 'The budget absorption percentage must equal spending (realisasi) ÷ budget (pagu) × 100.',
    },
    docs: 'docs/rules/budget-absorption.md',
    messages: {
      table: {
        id: '{table}, baris "{row}", kolom {column}: tertulis {actual}, padahal realisasi {realisasi} ÷ pagu {pagu} × 100 = {expected}.',
        en: '{table}, row "{row}", column {column}: states {actual}, but spending {realisasi} ÷ budget {pagu} × 100 = {expected}.',
      },
      text: {
        id: 'Persentase realisasi tertulis {actual}, padahal {realisasi} ÷ {pagu} × 100 = {expected}.',
        en: 'The spending percentage states {actual}, but {realisasi} ÷ {pagu} × 100 = {expected}.',
      },
    },
  },
  check(ctx) {
    checkTables(ctx);
    checkSentences(ctx);
    checkLabelledLines(ctx);
  },
};

function checkTables(ctx: RuleContext): void {
  for (const t of ctx.doc.tables) {
    for (const { capaian, realisasi, base } of achievementColumns(t, 'anggaran')) {
      for (const r of t.rows) {
        if (r.kind === 'note') continue;
        const stated = r.values.get(capaian.index);
        const real = r.values.get(realisasi.index);
        const pagu = r.values.get(base.index);
        if (!stated || stated.empty || !real || !pagu) continue;
        const computed = percentOf(real, pagu);
        if (!computed) continue;
        const result = verdict(stated, computed, ctx.rounding);
        if (result.ok) continue;
        ctx.report({
          messageId: 'table',
          data: {
            table: tableName(t, ctx.lang),
            row: rowName(r),
            column: columnName(capaian),
            actual: showStated(stated, ctx.lang, 'percent'),
            realisasi: showStated(real, ctx.lang, 'money'),
            pagu: showStated(pagu, ctx.lang, 'money'),
            expected: showNumber(result.expected, Math.max(stated.decimals, 2), ctx.lang, 'percent'),
          },
          location: cellLocation(t, r, capaian),
          related: [
            { location: cellLocation(t, r, realisasi), note: real.raw },
            { location: cellLocation(t, r, base), note: pagu.raw },
          ],
          expected: expectedAt(result.expected, Math.max(stated.decimals, 2)),
          actual: stated.value.toFixed(stated.decimals),
          excerpt: rowExcerpt(r),
          inputs: [cellLocation(t, r, realisasi), cellLocation(t, r, base)],
          recheck: (value) => {
            const q = value(cellLocation(t, r, realisasi)) ?? inputInterval(real);
            const p = value(cellLocation(t, r, base)) ?? inputInterval(pagu);
            const c = q.div(p)?.times(100);
            return c !== undefined && agrees(stated, c, ctx.rounding);
          },
        });
      }
    }
  }
}

function reportText(ctx: RuleContext, p: Paragraph, stated: ParsedNumber, real: ParsedNumber, pagu: ParsedNumber, excerpt: string): void {
  const computed = percentOf(real, pagu);
  if (!computed) return;
  const result = verdict(stated, computed, ctx.rounding);
  if (result.ok) return;
  const d = Math.max(stated.decimals, 2);
  ctx.report({
    messageId: 'text',
    data: {
      actual: showStated(stated, ctx.lang, 'percent'),
      realisasi: showStated(real, ctx.lang, 'money'),
      pagu: showStated(pagu, ctx.lang, 'money'),
      expected: showNumber(result.expected, d, ctx.lang, 'percent'),
    },
    location: p.loc,
    expected: expectedAt(result.expected, d),
    actual: stated.value.toFixed(stated.decimals),
    excerpt,
  });
}

function checkSentences(ctx: RuleContext): void {
  for (const p of ctx.doc.paragraphs) {
    for (const s of ratioSentences(p)) {
      // When the sentence names several budgets, a percentage that fits any of them stands.
      const fitsAnother = s.bases.slice(1).some((b) => {
        const c = percentOf(s.part.number, b.number);
        return c !== undefined && verdict(s.percent.number, c, ctx.rounding).ok;
      });
      if (fitsAnother) continue;
      const base = s.bases[0];
      const excerpt = p.text.slice(Math.max(0, base.start - 60), s.percent.end + 1).trim();
      reportText(ctx, p, s.percent.number, s.part.number, base.number, excerpt);
    }
  }
}

/** Three consecutive "label : figure" lines: pagu, realisasi and the percentage. */
function checkLabelledLines(ctx: RuleContext): void {
  const paras = ctx.doc.paragraphs;
  for (let i = 0; i + 2 < paras.length; i++) {
    const [a, b, c] = [labelledValue(paras[i]), labelledValue(paras[i + 1]), labelledValue(paras[i + 2])];
    if (!a || !b || !c) continue;
    if (!/pagu|anggaran|alokasi/i.test(a.label) || /realisasi/i.test(a.label)) continue;
    if (!/realisasi/i.test(b.label)) continue;
    if (!/persentase|capaian|penyerapan|%/i.test(c.label) && !c.value.number.percent) continue;
    const excerpt = [a, b, c].map((x) => x.paragraph.text).join(' / ');
    reportText(ctx, c.paragraph, c.value.number, b.value.number, a.value.number, excerpt);
  }
}

export default rule;
