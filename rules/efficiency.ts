import { say } from '../src/i18n/index.js';
import { Decimal } from 'decimal.js';
import type { SourceLocation } from '../src/model/index.js';
import type { FindingInput, Lang, RelatedLocation, Rule, RuleContext } from '../src/engine/types.js';
import { Interval, agrees, inputInterval } from '../src/numbers/interval.js';
import type { ParsedNumber } from '../src/numbers/parse.js';
import { expectedAt } from '../src/rulekit/arithmetic.js';
import { columnName, rowName, showNumber, showStated, tableName } from '../src/rulekit/describe.js';
import {
  categoriesOf,
  categoryKey,
  categoryPolarity,
  describeSet,
  nearest,
  statedFormulas,
  thresholdSets,
  type EfficiencyFormula,
  type FormulaStatement,
  type ThresholdSet,
} from '../src/efficiency/formula.js';
import { indicatorKey } from '../src/efficiency/names.js';
import { collectSources, referenceValue, sameFigure, type IndicatorSources, type Reference, type SourceFigure } from '../src/efficiency/sources.js';
import { sentenceStatements, tableStatements, type EfficiencyStatement, type StatedFigure } from '../src/efficiency/statements.js';


/** Efficiency in ratio units from capaian and absorption (both in %), under a formula. */
function ratioOf(formula: EfficiencyFormula, c: Interval, a: Interval): Interval | undefined {
  switch (formula) {
    case 'performance-over-absorption':
      return c.div(a);
    case 'absorption-over-performance':
      return a.div(c);
    case 'unabsorbed':
      return Interval.exact(100).sub(a).times('0.01');
    case 'pmk-249':
      return undefined;
  }
}

const FORMULA_TEXT: Record<EfficiencyFormula, { id: string; en: string }> = {
  'performance-over-absorption': { id: 'capaian kinerja ÷ penyerapan anggaran', en: 'performance achievement ÷ budget absorption' },
  'absorption-over-performance': { id: 'penyerapan anggaran ÷ capaian kinerja', en: 'budget absorption ÷ performance achievement' },
  unabsorbed: { id: '100 − penyerapan anggaran', en: '100 − budget absorption' },
  'pmk-249': { id: 'PMK 249/2011', en: 'PMK 249/2011' },
};

/** "baris 246" / "line 246" / "hal. 12". */
function position(loc: SourceLocation, lang: Lang): string {
  if (loc.line !== undefined) return say(lang, `baris ${loc.line}`, `line ${loc.line}`);
  if (loc.page !== undefined) return say(lang, `hal. ${loc.page}`, `p. ${loc.page}`);
  if (loc.sheet !== undefined) return `${loc.sheet}!${loc.cell ?? ''}`;
  if (loc.paragraph !== undefined) return say(lang, `paragraf ${loc.paragraph}`, `paragraph ${loc.paragraph}`);
  return '';
}

/** A place of the report in a message: "Tabel 3.3 baris 706", "tabel di Ringkasan Eksekutif baris 207". */
function place(loc: SourceLocation, lang: Lang, chapter?: string): string {
  const name = loc.table ?? (chapter ? say(lang, `tabel di ${chapter}`, `the table in ${chapter},`) : say(lang, 'tabel', 'the table'));
  const pos = position(loc, lang);
  return pos ? `${name} ${pos}` : name;
}

function places(figs: SourceFigure[], lang: Lang, max = 3): string {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const f of figs) {
    const p = place(f.loc, lang, f.table.table.context.chapter);
    if (!seen.has(p)) seen.add(p), names.push(p);
  }
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  const list = shown.join(', ');
  return more > 0 ? say(lang, `${list} dan ${more} tempat lain`, `${list} and ${more} more`) : list;
}

type InputIssue =
  | { input: 'capaian' | 'absorption'; kind: 'minority'; trusted: boolean; matched: SourceFigure[]; ref: Reference }
  | { input: 'capaian'; kind: 'target' | 'realisasi'; matched: SourceFigure[]; ref: Reference }
  | { input: 'absorption'; kind: 'performance'; matched: SourceFigure[]; ref: Reference }
  | { input: 'capaian' | 'absorption'; kind: 'unstated'; ref: Reference };

/** Is the input the figure the report states for the indicator? undefined when the report states none. */
function checkInput(input: 'capaian' | 'absorption', v: ParsedNumber, name: string, sources: IndicatorSources): InputIssue | 'ok' | undefined {
  const figs = sources.figures(name, input);
  const ref = referenceValue(figs, input === 'capaian' ? 'performance' : 'budget');
  if (!ref) return undefined;
  if (sameFigure(v, ref.value)) return 'ok';
  const matched = figs.filter((f) => sameFigure(f.value, v));
  const trusted = matched.filter((f) => f.consistent === true);
  if (trusted.length) return { input, kind: 'minority', trusted: true, matched: trusted, ref };
  if (input === 'capaian') {
    const targets = sources.figures(name, 'target').filter((f) => sameFigure(f.value, v));
    if (targets.length) return { input, kind: 'target', matched: targets, ref };
    const real = sources.figures(name, 'realisasi').filter((f) => sameFigure(f.value, v));
    if (real.length) return { input, kind: 'realisasi', matched: real, ref };
  } else {
    const perf = [...sources.figures(name, 'capaian'), ...sources.figures(name, 'realisasi')].filter((f) => sameFigure(f.value, v));
    if (perf.length) return { input, kind: 'performance', matched: perf, ref };
  }
  if (matched.length) return { input, kind: 'minority', trusted: false, matched, ref };
  return { input, kind: 'unstated', ref };
}

/** "capaian kinerja 87, which is the indicator's target (…), not its capaian (95,21: …)". */
function describeIssue(issue: InputIssue, v: ParsedNumber, lang: Lang): string {
  const what = issue.input === 'capaian' ? say(lang, 'capaian kinerja', 'performance achievement') : say(lang, 'penyerapan anggaran', 'budget absorption');
  const value = showStated(v, lang);
  const rivals = issue.ref.rivals
    .filter((g) => !g.some((f) => sameFigure(f.value, v)))
    .map((g) => say(lang, `; ${places(g, lang, 2)} menyatakan ${showStated(g[0].value, lang)}`, `; ${places(g, lang, 2)} states ${showStated(g[0].value, lang)}`))
    .join('');
  const right = `${showStated(issue.ref.value, lang)}: ${places(issue.ref.support.length ? issue.ref.support : issue.ref.all, lang)}${rivals}`;
  switch (issue.kind) {
    case 'target':
      return say(lang, `${what} ${value}, yang merupakan target indikator ini (${places(issue.matched, lang, 2)}), bukan capaiannya (${right})`, `${what} ${value}, which is the indicator's target (${places(issue.matched, lang, 2)}), not its achievement (${right})`);
    case 'realisasi':
      return say(lang, `${what} ${value}, yang merupakan realisasi indikator ini (${places(issue.matched, lang)}), bukan capaiannya (${right})`, `${what} ${value}, which is the indicator's actual value (${places(issue.matched, lang)}), not its achievement (${right})`);
    case 'performance': {
      const kind = issue.matched.some((f) => f.kind === 'capaian') ? say(lang, 'capaian kinerja', 'performance achievement') : say(lang, 'realisasi kinerja', 'actual performance');
      return say(lang, `${what} ${value}, yang merupakan ${kind} indikator ini (${places(issue.matched, lang)}), bukan penyerapan anggarannya (${right})`, `${what} ${value}, which is the indicator's ${kind} (${places(issue.matched, lang)}), not its budget absorption (${right})`);
    }
    case 'minority':
      return issue.trusted
        ? say(lang, `${what} ${value} seperti ${places(issue.matched, lang)}, padahal tempat lain menyatakan ${right}`, `${what} ${value} as in ${places(issue.matched, lang)}, whereas other places state ${right}`)
        : say(lang, `${what} ${value} seperti ${places(issue.matched, lang)} (angka yang tidak sesuai dengan barisnya sendiri), padahal laporan menyatakan ${right}`, `${what} ${value} as in ${places(issue.matched, lang)} (a figure that disagrees with its own row), whereas the report states ${right}`);
    case 'unstated':
      return say(lang, `${what} ${value}, yang tidak dinyatakan untuk indikator ini di tabel mana pun (laporan menyatakan ${right})`, `${what} ${value}, which no table states for this indicator (the report states ${right})`);
  }
}

/** The categories a value falls in, under the scale printed nearest, or the usual ≥ 1 Efisien. */
interface CategoryVerdict {
  ok: boolean;
  expected?: string;
  scaleText: string;
  set?: ThresholdSet;
}

function judgeCategory(printed: string, ratio: Decimal, set: ThresholdSet | undefined, lang: Lang, formula: EfficiencyFormula): CategoryVerdict {
  if (!set) {
    // The usual scale belongs to the usual formula.
    if (formula !== 'performance-over-absorption') return { ok: true, scaleText: '' };
    const pol = categoryPolarity(printed);
    const scaleText = say(lang, 'ketentuan yang lazim (≥ 1 Efisien, < 1 Kurang Efisien; laporan tidak mencantumkan ketentuannya)', 'the usual scale (≥ 1 efficient, < 1 less efficient; the report prints none)');
    if (pol === 'good' && ratio.lt(1)) return { ok: false, expected: 'Kurang Efisien', scaleText };
    if (pol === 'bad' && ratio.gt(1)) return { ok: false, expected: 'Efisien', scaleText };
    return { ok: true, scaleText };
  }
  const scaleText = say(lang, `ketentuan laporan (${describeSet(set, lang)}; ${position(set.loc, lang)})`, `the report's scale (${describeSet(set, lang)}; ${position(set.loc, lang)})`);
  const v = ratio.times(set.scale);
  const allowed = categoriesOf(set, v);
  if (allowed.length === 0) return { ok: true, scaleText, set };
  const key = categoryKey(printed);
  if (allowed.some((b) => categoryKey(b.label) === key)) return { ok: true, scaleText, set };
  const known = set.bands.some((b) => categoryKey(b.label) === key);
  if (!known && allowed.some((b) => categoryPolarity(b.label) === categoryPolarity(printed))) return { ok: true, scaleText, set };
  return { ok: false, expected: allowed.map((b) => b.label).join(' / '), scaleText, set };
}

interface Pending {
  finding: FindingInput;
  statement: EfficiencyStatement;
  /** Sentences that restate the statement's figures. */
  restatedAt: string[];
}

const statementKey = (s: EfficiencyStatement) =>
  [indicatorKey(s.indicator ?? ''), s.efficiency.value.value.toFixed(), s.capaian?.value.value.toFixed(), s.absorption?.value.value.toFixed(), categoryKey(s.category?.text ?? '')].join('|');

/**
 * Efficiency (efisiensi) = capaian kinerja ÷ penyerapan anggaran, or the formula the report
 * states; its category agrees with the printed thresholds; its inputs are the indicator's
 * capaian and budget absorption as the report states them elsewhere.
 */
const rule: Rule = {
  meta: {
    id: 'efficiency',
    family: 'efficiency',
    defaultSeverity: 'error',
    description: {
      id: 'Tingkat efisiensi harus sama dengan capaian kinerja ÷ penyerapan anggaran (atau rumus yang dinyatakan laporan), dihitung dari capaian dan penyerapan anggaran indikator yang sama sebagaimana dinyatakan di tabel kinerja dan tabel anggaran, dengan kategori sesuai ketentuan yang dicantumkan.',
      en: 'The efficiency must equal performance achievement ÷ budget absorption (or the formula the report states), computed from the indicator’s achievement and budget absorption as the performance and budget tables state them, with the category its printed thresholds give.',
    },
    docs: 'docs/rules/efficiency.md',
    messages: {
      ratio: {
        id: '{where}: tingkat efisiensi tertulis {actual}, padahal menurut {formulaSource}, {formula} = {computation} = {computed}, jadi {expected}.{categoryNote}{restated}',
        en: '{where}: the efficiency states {actual}, but by {formulaSource}, {formula} = {computation} = {computed}, hence {expected}.{categoryNote}{restated}',
      },
      inputs: {
        id: '{where}: tingkat efisiensi {actual} dihitung dari {problems}. Dengan angka yang dinyatakan laporan untuk indikator ini, menurut {formulaSource}, {formula} = {computation} = {computed}, jadi {expected}.{categoryNote}{restated}',
        en: '{where}: the efficiency {actual} is computed from {problems}. With the figures the report states for this indicator, by {formulaSource}, {formula} = {computation} = {computed}, hence {expected}.{categoryNote}{restated}',
      },
      input: {
        id: '{where}: {problem}. Dengan capaian kinerja {capaian} dan penyerapan anggaran {absorption} yang dinyatakan laporan untuk indikator ini, tingkat efisiensi {efficiency} tetap benar.{restated}',
        en: '{where}: {problem}. With the performance achievement {capaian} and the budget absorption {absorption} the report states for this indicator, the efficiency {efficiency} still holds.{restated}',
      },
      category: {
        id: '{where}: kategori tertulis "{actual}", padahal tingkat efisiensi {value} menurut {scale} termasuk "{expected}".{restated}',
        en: '{where}: the category states "{actual}", but an efficiency of {value} is "{expected}" by {scale}.{restated}',
      },
    },
  },
  check(ctx) {
    const tables = tableStatements(ctx.doc);
    const sentences = sentenceStatements(ctx.doc);
    if (tables.length === 0 && sentences.length === 0) return;
    const formulas = statedFormulas(ctx.doc);
    const sets = thresholdSets(ctx.doc);
    const sources = collectSources(ctx.doc, ctx.rounding);
    const pending: Pending[] = [];
    const ofStatement = new Map<EfficiencyStatement, Pending[]>();
    const byKey = new Map<string, EfficiencyStatement[]>();
    const run = (s: EfficiencyStatement) => {
      const mine = checkStatement(ctx, s, formulas, sets, sources).map((finding) => ({ finding, statement: s, restatedAt: [] }));
      pending.push(...mine);
      ofStatement.set(s, mine);
    };
    for (const s of tables) {
      run(s);
      const k = statementKey(s);
      const list = byKey.get(k);
      if (list) list.push(s);
      else byKey.set(k, [s]);
    }
    for (const s of sentences) {
      // A sentence that restates a row of an efficiency table with the same figures is that
      // row's error, not another one: the row's finding names it.
      const twins = s.indicator ? byKey.get(statementKey(s)) : undefined;
      const twin = twins && nearest(twins, s.blockIndex);
      if (!twin) {
        run(s);
        continue;
      }
      for (const p of ofStatement.get(twin) ?? []) {
        p.finding.related = [...(p.finding.related ?? []), { location: s.efficiency.loc, note: s.excerpt }];
        p.restatedAt.push(position(s.efficiency.loc, ctx.lang));
      }
    }
    for (const p of pending) {
      if (p.restatedAt.length) {
        const at = p.restatedAt.join(', ');
        p.finding.data = { ...p.finding.data, restated: say(ctx.lang, ` Angka yang sama dinyatakan dalam kalimat (${at}).`, ` The same figures are stated in a sentence (${at}).`) };
      }
      ctx.report(p.finding);
    }
  },
};

function where(s: EfficiencyStatement, column: string | undefined, lang: Lang): string {
  if (s.kind === 'table' && s.table && s.row) {
    const row = s.indicator ?? rowName(s.row);
    return say(lang, `${tableName(s.table, lang)}, baris "${row}", kolom ${column}`, `${tableName(s.table, lang)}, row "${row}", column ${column}`);
  }
  return s.indicator
    ? say(lang, `Kalimat tentang efisiensi indikator "${s.indicator}"`, `The sentence on the efficiency of indicator "${s.indicator}"`)
    : say(lang, 'Kalimat tentang tingkat efisiensi', 'The sentence on the efficiency');
}

function formulaFor(s: EfficiencyStatement, formulas: FormulaStatement[], lang: Lang): { formula: EfficiencyFormula; source: string; assumed?: boolean } {
  if (s.formula) return { formula: s.formula, source: say(lang, 'rumus yang dinyatakan kalimat itu', 'the formula the sentence states') };
  // A definition ("Efisiensi diperoleh dengan membandingkan …") before a sentence that applies it.
  const definitions = formulas.filter((f) => f.definition);
  const stated = nearest(definitions.length ? definitions : formulas, s.blockIndex);
  if (stated) return { formula: stated.formula, source: say(lang, `rumus laporan (${position(stated.loc, lang)})`, `the report's formula (${position(stated.loc, lang)})`) };
  return { formula: 'performance-over-absorption', source: say(lang, 'rumus yang lazim (laporan tidak menyatakan rumusnya)', 'the usual formula (the report states none)'), assumed: true };
}

function checkStatement(ctx: RuleContext, statement: EfficiencyStatement, formulas: FormulaStatement[], sets: ThresholdSet[], sources: IndicatorSources): FindingInput[] {
  const lang = ctx.lang;
  const out: FindingInput[] = [];
  const { formula, source, assumed } = formulaFor(statement, formulas, lang);
  let s = statement;
  if (s.equation) {
    // "a / b = c": a and b are the formula's numerator and denominator.
    if (formula === 'absorption-over-performance') s = { ...s, capaian: s.absorption, absorption: s.capaian };
    else if (formula !== 'performance-over-absorption') return out;
  }
  const E = s.efficiency.value;
  const effColumn = s.efficiencyColumn ? columnName(s.efficiencyColumn) : undefined;
  const set = nearest(sets, s.blockIndex);
  const C = s.capaian?.value;
  const A = s.absorption?.value;
  const needsCapaian = formula === 'performance-over-absorption' || formula === 'absorption-over-performance';
  const R = A && (C || !needsCapaian) ? ratioOf(formula, C ? inputInterval(C) : Interval.exact(0), inputInterval(A)) : undefined;
  // The efficiency is printed as a ratio (1,14) or as a percentage (114,93).
  let scale: 1 | 100 = E.percent || E.value.gt(10) ? 100 : 1;
  if (R && agrees(E, R, ctx.rounding)) scale = 1;
  else if (R && agrees(E, R.times(100), ctx.rounding)) scale = 100;
  const decimals = Math.max(E.decimals, scale === 1 ? 2 : 0);
  const showE = (v: Decimal) => showNumber(v.times(scale), decimals, lang);
  const restated = '';
  const related = (...figs: Array<StatedFigure | undefined>): RelatedLocation[] =>
    figs.filter((f): f is StatedFigure => !!f && f.loc !== s.efficiency.loc).map((f) => ({ location: f.loc, note: f.value.raw }));
  const categoryNote = (value: Decimal) => {
    if (!s.category) return '';
    const v = judgeCategory(s.category.text, value, set, lang, formula);
    return v.ok ? '' : say(lang, ` Dengan nilai itu kategorinya "${v.expected}", bukan "${s.category.text}".`, ` With that value the category is "${v.expected}", not "${s.category.text}".`);
  };
  const computation = (c: ParsedNumber | undefined, a: ParsedNumber) => {
    const cs = c ? showStated(c, lang) : '';
    const as = showStated(a, lang);
    const times = scale === 100 ? ' × 100' : '';
    switch (formula) {
      case 'performance-over-absorption':
        return `${cs} ÷ ${as}${times}`;
      case 'absorption-over-performance':
        return `${as} ÷ ${cs}${times}`;
      default:
        return `100 − ${as}`;
    }
  };

  let efficiencyReported = false;
  if (R && A) {
    // (c) The inputs: the capaian and absorption the report states for this indicator.
    const issues: Array<{ issue: InputIssue; fig: StatedFigure }> = [];
    if (s.indicator) {
      for (const [input, fig] of [
        ['capaian', s.capaian],
        ['absorption', s.absorption],
      ] as const) {
        if (!fig || (input === 'capaian' && !needsCapaian)) continue;
        const r = checkInput(input, fig.value, s.indicator, sources);
        if (r && r !== 'ok') issues.push({ issue: r, fig });
      }
    }
    const warningOnly = issues.every((x) => x.issue.kind === 'minority' && x.issue.trusted);
    if (issues.length) {
      const rightC = issues.find((x) => x.issue.input === 'capaian')?.issue.ref.value ?? C;
      const rightA = issues.find((x) => x.issue.input === 'absorption')?.issue.ref.value ?? A;
      const R2 = ratioOf(formula, rightC ? inputInterval(rightC) : Interval.exact(0), inputInterval(rightA));
      if (R2 && !agrees(E, R2.times(scale), ctx.rounding)) {
        const mid = R2.mid();
        out.push({
          messageId: 'inputs',
          data: {
            where: where(s, effColumn, lang),
            actual: showStated(E, lang),
            problems: issues.map((x) => describeIssue(x.issue, x.fig.value, lang)).join(say(lang, ' dan ', ' and ')),
            formulaSource: source,
            formula: FORMULA_TEXT[formula][lang],
            computation: computation(rightC, rightA),
            computed: showNumber(mid.times(scale), decimals + 2, lang),
            expected: showE(mid),
            categoryNote: categoryNote(mid),
            restated,
          },
          location: s.efficiency.loc,
          related: [...related(s.capaian, s.absorption), ...issues.flatMap((x) => x.issue.ref.support.slice(0, 3).map((f) => ({ location: f.loc, note: f.value.raw })))],
          expected: expectedAt(mid.times(scale), decimals),
          actual: E.value.toFixed(E.decimals),
          excerpt: s.excerpt,
          severity: warningOnly ? 'warning' : undefined,
        });
        efficiencyReported = true;
      } else {
        // In a sentence every figure has the sentence's location: one finding for all of them.
        const groups = s.kind === 'sentence' ? [issues] : issues.map((x) => [x]);
        for (const group of groups) {
          const { issue, fig } = group[0];
          out.push({
            messageId: 'input',
            data: {
              where: where(s, fig.loc.columnLabel, lang),
              problem: capitalise(group.map((x) => describeIssue(x.issue, x.fig.value, lang)).join(say(lang, ' dan ', ' and '))),
              efficiency: showStated(E, lang),
              capaian: rightC ? showStated(rightC, lang) : '-',
              absorption: showStated(rightA, lang),
              restated,
            },
            location: fig.loc,
            related: [{ location: s.efficiency.loc, note: E.raw }, ...issue.ref.support.slice(0, 3).map((f) => ({ location: f.loc, note: f.value.raw }))],
            expected: issue.ref.value.value.toFixed(issue.ref.value.decimals),
            actual: fig.value.value.toFixed(fig.value.decimals),
            excerpt: s.excerpt,
            severity: group.every((x) => x.issue.kind === 'minority' && x.issue.trusted) ? 'warning' : undefined,
          });
        }
      }
    }
    // (a) The efficiency from its own inputs. Without a stated formula, a figure that another
    // known formula gives (penyerapan ÷ capaian, 100 − penyerapan) is not called wrong, unless
    // the statement writes out its own division ("a / b = c").
    const otherFormula =
      assumed &&
      !s.equation &&
      (['absorption-over-performance', 'unabsorbed'] as const).some((f) => {
        const r = ratioOf(f, C ? inputInterval(C) : Interval.exact(0), inputInterval(A));
        return r !== undefined && (agrees(E, r, ctx.rounding) || agrees(E, r.times(100), ctx.rounding));
      });
    if (!efficiencyReported && !otherFormula && !agrees(E, R.times(scale), ctx.rounding)) {
      const mid = R.mid();
      efficiencyReported = true;
      const inputs = [s.capaian, s.absorption].filter((f): f is StatedFigure => !!f && s.kind === 'table').map((f) => f.loc);
      out.push({
        messageId: 'ratio',
        data: {
          where: where(s, effColumn, lang),
          actual: showStated(E, lang),
          formulaSource: source,
          formula: FORMULA_TEXT[formula][lang],
          computation: computation(C, A),
          computed: showNumber(mid.times(scale), decimals + 2, lang),
          expected: showE(mid),
          categoryNote: categoryNote(mid),
          restated,
        },
        location: s.efficiency.loc,
        related: related(s.capaian, s.absorption),
        expected: expectedAt(mid.times(scale), decimals),
        actual: E.value.toFixed(E.decimals),
        excerpt: s.excerpt,
        ...(inputs.length === 2 && C
          ? {
              inputs,
              recheck: (value: (l: SourceLocation) => Interval | undefined) => {
                const r = ratioOf(formula, value(inputs[0]) ?? inputInterval(C), value(inputs[1]) ?? inputInterval(A));
                return r !== undefined && agrees(E, r.times(scale), ctx.rounding);
              },
            }
          : {}),
      });
    }
  }
  // (b) The category of the efficiency as printed. When the efficiency itself is reported, its
  // finding says which category the right value has: one error, one finding.
  if (s.category && !efficiencyReported) {
    const ratio = E.value.div(scale);
    const v = judgeCategory(s.category.text, ratio, set, lang, formula);
    if (!v.ok) {
      out.push({
        messageId: 'category',
        data: {
          where: where(s, s.category.loc.columnLabel || (lang === 'id' ? 'kategori' : 'category'), lang),
          actual: s.category.text,
          value: showStated(E, lang),
          scale: v.scaleText,
          expected: v.expected ?? '',
          restated,
        },
        location: s.category.loc,
        related: [{ location: s.efficiency.loc, note: E.raw }, ...(v.set ? v.set.bands.map((b) => ({ location: b.loc, note: b.text })) : [])],
        expected: v.expected,
        actual: s.category.text,
        excerpt: s.excerpt,
      });
    }
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export default rule;
