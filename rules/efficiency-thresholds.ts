import { say } from '../src/i18n/index.js';
import { Decimal } from 'decimal.js';
import type { Lang, Rule } from '../src/engine/types.js';
import { formatNumber } from '../src/numbers/format.js';
import { analyseSet, describeBand, describeSpan, thresholdSets, type Band, type Span } from '../src/efficiency/formula.js';


/** How a band was read, when the printed notation is not the reading ("1 ≥ Efisien" read as ≥ 1). */
function reading(b: Band, lang: Lang): string {
  if (!b.reversed) return '';
  return say(lang, ` (dibaca ${describeBand(b, lang)})`, ` (read as ${describeBand(b, lang)})`);
}

/** A value inside the span, to show what falls into two categories or none. */
function example(s: Span, decimals: number, lang: Lang): string {
  const d = Math.max(decimals, 2);
  const unit = new Decimal(10).pow(-d);
  let v: Decimal;
  if (s.lo !== undefined && s.hi !== undefined && s.lo.eq(s.hi)) v = s.lo;
  else if (s.lo !== undefined && s.loIncl) v = s.lo;
  else if (s.hi !== undefined && s.hiIncl) v = s.hi;
  else if (s.lo !== undefined && s.hi !== undefined) {
    v = s.lo.plus(s.hi).div(2);
    return formatNumber(v, Math.max(d, v.decimalPlaces()), lang);
  } else if (s.lo !== undefined) v = s.lo.plus(unit);
  else v = s.hi!.minus(unit);
  return formatNumber(v, d, lang);
}

/** The printed efficiency categories must not overlap or leave values without a category. */
const rule: Rule = {
  meta: {
    id: 'efficiency-thresholds',
    family: 'efficiency',
    defaultSeverity: 'warning',
    description: {
      id: 'Ketentuan kategori efisiensi (mis. "≥ 1 Efisien", "< 1 Kurang Efisien") tidak boleh tumpang tindih atau menyisakan nilai tanpa kategori.',
      en: 'The printed efficiency categories (e.g. "≥ 1 Efisien", "< 1 Kurang Efisien") must neither overlap nor leave values without a category.',
    },
    docs: 'docs/rules/efficiency-thresholds.md',
    messages: {
      overlap: {
        id: 'Ketentuan kategori efisiensi tumpang tindih: "{a}"{readingA} dan "{b}"{readingB} sama-sama mencakup nilai {span}, sehingga tingkat efisiensi {example} masuk ke dua kategori ({labelA} dan {labelB}).',
        en: 'The efficiency categories overlap: "{a}"{readingA} and "{b}"{readingB} both include {span}, so an efficiency of {example} falls in two categories ({labelA} and {labelB}).',
      },
      gap: {
        id: 'Ketentuan kategori efisiensi tidak mencakup nilai {span}: tingkat efisiensi {example} tidak masuk kategori mana pun{between}.',
        en: 'The efficiency categories leave out {span}: an efficiency of {example} falls in no category{between}.',
      },
    },
  },
  check(ctx) {
    const lang = ctx.lang;
    for (const set of thresholdSets(ctx.doc)) {
      const { overlaps, gaps } = analyseSet(set);
      const decimals = Math.max(...set.bands.map((b) => b.decimals));
      for (const o of overlaps) {
        ctx.report({
          messageId: 'overlap',
          data: {
            a: o.a.text,
            b: o.b.text,
            readingA: reading(o.a, lang),
            readingB: reading(o.b, lang),
            span: describeSpan(o.span, lang),
            example: example(o.span, decimals, lang),
            labelA: o.a.label,
            labelB: o.b.label,
          },
          location: o.b.loc,
          related: [{ location: o.a.loc, note: o.a.text }],
          actual: o.b.text,
          excerpt: `${o.a.text}; ${o.b.text}`,
        });
      }
      for (const g of gaps) {
        const next = g.above ?? g.below!;
        const between =
          g.below && g.above
            ? say(lang, ` (di antara "${g.below.text}" dan "${g.above.text}")`, ` (between "${g.below.text}" and "${g.above.text}")`)
            : g.above
              ? say(lang, ` (di bawah "${g.above.text}")`, ` (below "${g.above.text}")`)
              : say(lang, ` (di atas "${g.below!.text}")`, ` (above "${g.below!.text}")`);
        ctx.report({
          messageId: 'gap',
          data: { span: describeSpan(g.span, lang), example: example(g.span, decimals, lang), between },
          location: next.loc,
          related: [g.below, g.above].filter((b): b is Band => !!b && b !== next).map((b) => ({ location: b.loc, note: b.text })),
          actual: set.bands.map((b) => b.text).join('; '),
          excerpt: set.bands.map((b) => b.text).join('; '),
        });
      }
    }
  },
};

export default rule;
