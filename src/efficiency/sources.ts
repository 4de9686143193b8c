import { Decimal } from 'decimal.js';
import type { SourceLocation } from '../model/index.js';
import type { ColumnInfo, DataRow, NormalisedReport, TableModel } from '../normalise/types.js';
import { agrees } from '../numbers/interval.js';
import type { ParsedNumber } from '../numbers/parse.js';
import { percentOf } from '../rulekit/arithmetic.js';
import { achievementColumns } from '../rulekit/columns.js';
import { cellLocation } from '../rulekit/describe.js';
import { achievement, achievementFormulas, statedLowerFormula, type AchievementFormula } from '../rulekit/polarity.js';
import type { RoundingPolicy } from '../numbers/interval.js';
import { NameIndex } from './names.js';

/**
 * What the report states about each indicator elsewhere than in its efficiency statements:
 * the capaian kinerja of the performance tables (Tabel 3.3-like: Target / Realisasi / Capaian),
 * the budget absorption of the performance-and-budget table (Tabel 3.9-like: ANGGARAN …
 * CAPAIAN), and the targets and realisasi, to tell what a wrong input is.
 */
export type FigureKind = 'capaian' | 'absorption' | 'target' | 'realisasi';

export interface SourceFigure {
  kind: FigureKind;
  value: ParsedNumber;
  loc: SourceLocation;
  table: TableModel;
  /**
   * The figure agrees with its own row (capaian = realisasi ÷ target × 100, absorption =
   * realisasi ÷ pagu × 100); undefined when the row cannot tell. Computed when first asked.
   */
  readonly consistent?: boolean;
  /** The table also has budget columns (a performance-and-budget table). */
  withBudget: boolean;
}

/** A table that states efficiencies: its figures are checked, not used as sources. */
export function efficiencyColumn(t: TableModel): ColumnInfo | undefined {
  return t.columns.find((c) => c.role === 'efisiensi' && !/\(\s*rp|rupiah/i.test(c.header));
}

/** The indicator a row measures: the text of its indicator column, else its label. */
export function indicatorName(t: TableModel, r: DataRow): string | undefined {
  for (const c of t.columns) {
    if (c.role !== 'indicator') continue;
    const text = r.cells[c.index]?.text ?? '';
    if (/\p{L}{3}/u.test(text)) return text.replace(/^(?:\d{1,2}|[a-z])[.)]\s+/i, '').trim();
  }
  if (t.columns.some((c) => c.role === 'indicator')) return undefined;
  return r.label || undefined;
}

const NOT_A_FIGURE = /predikat|kategori|kriteria|keterangan|fisik|efisiensi/i;

/** The columns of the reporting year: no year in the header, or that year (else the latest year the table shows). */
function periodFilter(t: TableModel, year: number | undefined): (c: ColumnInfo) => boolean {
  const periods = t.columns.map((c) => c.period).filter((p): p is number => p !== undefined);
  const wanted = year !== undefined && periods.includes(year) ? year : periods.length ? Math.max(...periods) : undefined;
  return (c) => c.period === undefined || c.period === wanted;
}

export class IndicatorSources {
  private readonly index = new NameIndex<SourceFigure>();

  add(name: string, fig: SourceFigure): void {
    this.index.add(name, fig);
  }

  figures(name: string, kind: FigureKind): SourceFigure[] {
    return this.index.get(name).filter((f) => f.kind === kind);
  }

  has(name: string): boolean {
    return this.index.get(name).length > 0;
  }
}

/** Index every capaian, absorption, target and realisasi of every indicator row, by indicator name. */
export function collectSources(doc: NormalisedReport, policy: RoundingPolicy): IndicatorSources {
  const out = new IndicatorSources();
  const year = doc.report.metadata.year;
  let lower: { f?: AchievementFormula } | undefined;
  const lowerFormula = () => (lower ??= { f: statedLowerFormula(doc) }).f;
  for (const t of doc.tables) {
    if (efficiencyColumn(t)) continue;
    const ok = periodFilter(t, year);
    const withBudget = t.columns.some((c) => c.role === 'pagu');
    const seen = new Set<string>();
    const add = (kind: FigureKind, r: DataRow, c: ColumnInfo, consistent?: () => boolean | undefined) => {
      const value = r.values.get(c.index);
      if (!value || value.empty) return;
      const name = indicatorName(t, r);
      if (!name) return;
      const key = `${kind}|${r.index}|${c.index}`;
      if (seen.has(key)) return;
      seen.add(key);
      let known = false;
      let answer: boolean | undefined;
      const fig: SourceFigure = {
        kind,
        value,
        table: t,
        withBudget,
        get loc() {
          return cellLocation(t, r, c);
        },
        get consistent() {
          if (!known) [known, answer] = [true, consistent?.()];
          return answer;
        },
      };
      out.add(name, fig);
    };
    for (const { capaian, realisasi, base } of achievementColumns(t, 'kinerja')) {
      if (NOT_A_FIGURE.test(capaian.header) || !ok(capaian)) continue;
      for (const r of t.rows) {
        if (r.kind !== 'data') continue;
        const consistent = () => {
          const stated = r.values.get(capaian.index);
          const real = r.values.get(realisasi.index);
          const target = r.values.get(base.index);
          if (!stated || !real || !target || real.empty || target.empty) return undefined;
          const name = indicatorName(t, r) ?? '';
          const formulas = achievementFormulas(name, lowerFormula());
          return formulas.some((f) => {
            const c = achievement(f, real, target);
            return c !== undefined && agrees(stated, c, policy);
          });
        };
        add('capaian', r, capaian, consistent);
        add('realisasi', r, realisasi);
        add('target', r, base);
      }
    }
    for (const c of t.columns) {
      if (c.role === 'target' && c.group !== 'anggaran' && c.unit !== 'money' && ok(c)) for (const r of t.rows) if (r.kind === 'data') add('target', r, c);
    }
    for (const { capaian, realisasi, base } of achievementColumns(t, 'anggaran')) {
      if (NOT_A_FIGURE.test(capaian.header)) continue;
      for (const r of t.rows) {
        if (r.kind !== 'data') continue;
        const consistent = () => {
          const stated = r.values.get(capaian.index);
          const real = r.values.get(realisasi.index);
          const pagu = r.values.get(base.index);
          if (!stated || !real || !pagu || pagu.empty) return undefined;
          const computed = percentOf(real, pagu);
          return computed !== undefined && agrees(stated, computed, policy);
        };
        add('absorption', r, capaian, consistent);
      }
    }
  }
  return out;
}

/** Do two printed figures state the same number (95.21 and 95,21; 100 and 100,00)? */
export function sameFigure(a: ParsedNumber, b: ParsedNumber): boolean {
  const half = (n: ParsedNumber) => new Decimal(10).pow(-n.decimals).div(2);
  return a.value.minus(b.value).abs().lte(Decimal.max(half(a), half(b)));
}

/** The value the report states for an indicator, and the places that state it. */
export interface Reference {
  value: ParsedNumber;
  /** Places stating this value (those that agree with their own row, when some do). */
  support: SourceFigure[];
  /** Every place stating this value. */
  all: SourceFigure[];
  /** Other values stated by places as trustworthy as the support. */
  rivals: SourceFigure[][];
}

/**
 * The value to expect when the places disagree: figures that agree with their own row
 * (capaian = realisasi ÷ target) come before those that do not; then the value most places
 * state; then the one of the kind of table that owns the figure (the performance tables for a
 * capaian, the performance-and-budget table for an absorption); then the one in the body of
 * the report before the executive summary and the appendices; then the first.
 */
export function referenceValue(figs: SourceFigure[], owner: 'performance' | 'budget'): Reference | undefined {
  if (figs.length === 0) return undefined;
  const groups: SourceFigure[][] = [];
  for (const f of figs) {
    const g = groups.find((x) => sameFigure(x[0].value, f.value));
    if (g) g.push(f);
    else groups.push([f]);
  }
  const trusted = figs.some((f) => f.consistent === true);
  const pool = (g: SourceFigure[]) => (trusted ? g.filter((f) => f.consistent === true) : g);
  const owns = (f: SourceFigure) => f.withBudget === (owner === 'budget');
  const score = (g: SourceFigure[]) => {
    const p = pool(g);
    return [p.length, p.some(owns) ? 1 : 0, p.some((f) => f.table.table.context.part === 'body') ? 1 : 0];
  };
  const ranked = groups
    .map((g, i) => ({ g, i, s: score(g) }))
    .sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1] || b.s[2] - a.s[2] || a.i - b.i);
  const best = ranked[0];
  if (best.s[0] === 0) return undefined;
  return {
    value: best.g[0].value,
    support: pool(best.g),
    all: best.g,
    rivals: ranked.slice(1).map((x) => pool(x.g)).filter((g) => g.length > 0),
  };
}
