import type { ColumnGroup, ColumnInfo, ColumnRole, TableModel } from '../normalise/types.js';

/** Is the table a budget table (it has a pagu / anggaran column)? */
export function isBudgetTable(t: TableModel): boolean {
  return t.columns.some((c) => c.role === 'pagu');
}

const FIGURE_ROLES = new Set(['pagu', 'target', 'realisasi', 'sisa', 'capaian']);

/**
 * The group of a column: from its header; else money columns are budget and target columns
 * performance; else the group of the nearest figure column to its left ("Target | Realisasi |
 * Capaian (%) | Anggaran (Rp) | Realisasi (Rp) | %": the last "%" follows the budget).
 */
function groupOf(t: TableModel, c: ColumnInfo): ColumnGroup | undefined {
  if (c.group) return c.group;
  if (c.role === 'pagu' || c.role === 'sisa' || c.unit === 'money') return 'anggaran';
  if (c.role === 'target') return 'kinerja';
  for (let j = c.index - 1; j >= 0; j--) {
    const left = t.columns[j];
    if (FIGURE_ROLES.has(left.role)) return groupOf(t, left);
  }
  return isBudgetTable(t) && !t.columns.some((x) => x.role === 'target') ? 'anggaran' : 'kinerja';
}

function compatible(t: TableModel, a: ColumnInfo, b: ColumnInfo): boolean {
  const periodOk = a.period === undefined || b.period === undefined || a.period === b.period;
  return periodOk && groupOf(t, a) === groupOf(t, b);
}

/** The nearest column left of `of` with the role, in the same group and period. */
export function nearestColumn(t: TableModel, of: ColumnInfo, role: ColumnRole): ColumnInfo | undefined {
  // A percentage column is never the spending or the budget of a money computation.
  const moneyOnly = groupOf(t, of) === 'anggaran' && (role === 'realisasi' || role === 'pagu');
  const candidates = t.columns.filter(
    (c) => c.role === role && c.index !== of.index && compatible(t, c, of) && !(moneyOnly && c.unit === 'percent'),
  );
  const left = candidates.filter((c) => c.index < of.index).sort((a, b) => b.index - a.index);
  if (left.length) return left[0];
  return candidates.sort((a, b) => a.index - b.index)[0];
}

/** Capaian columns with the realisasi and base (target or pagu) columns they are computed from. */
export function achievementColumns(t: TableModel, group: ColumnGroup): Array<{ capaian: ColumnInfo; realisasi: ColumnInfo; base: ColumnInfo }> {
  const out = [];
  for (const c of t.columns) {
    if (c.role !== 'capaian' || groupOf(t, c) !== group) continue;
    const realisasi = nearestColumn(t, c, 'realisasi');
    const base = nearestColumn(t, c, group === 'anggaran' ? 'pagu' : 'target');
    if (realisasi && base) out.push({ capaian: c, realisasi, base });
  }
  return out;
}

export function moneyColumns(t: TableModel): ColumnInfo[] {
  return t.columns.filter((c) => c.unit === 'money');
}
