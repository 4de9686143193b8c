import type { DataRow, TableModel } from '../normalise/types.js';

/** "Sub Total", "Jumlah Sub ...", "Jumlah Program": a total of part of the table. */
const SUBTOTAL = /^(sub\s*-?\s*total|jumlah\s+(sub|program|kegiatan|per)\b)/i;

export function isSubtotal(r: DataRow): boolean {
  return r.kind === 'total' && SUBTOTAL.test(r.label || r.cells.map((c) => c.text).find((t) => t) || '');
}

/**
 * The rows a total row adds up: the top-level rows since the previous total (for a grand
 * total, since the previous grand total, across sub totals); a grand total with only sub
 * totals above it adds up the sub totals.
 */
export function totalledRows(t: TableModel, total: DataRow): DataRow[] {
  const i = t.rows.indexOf(total);
  const sub = isSubtotal(total);
  const rows: DataRow[] = [];
  const subtotals: DataRow[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const r = t.rows[j];
    if (r.kind === 'total') {
      if (sub || !isSubtotal(r)) break;
      subtotals.unshift(r);
      continue;
    }
    if (r.kind === 'data' && r.parent === undefined) rows.unshift(r);
  }
  return rows.length > 0 ? rows : subtotals;
}

export interface Segment {
  rows: DataRow[];
  total?: DataRow;
}

/** The table cut at its (grand) totals: what each total adds up, plus the rows after the last. */
export function segments(t: TableModel): Segment[] {
  const out: Segment[] = [];
  let last = -1;
  t.rows.forEach((r, i) => {
    if (r.kind !== 'total' || isSubtotal(r)) return;
    out.push({ rows: totalledRows(t, r), total: r });
    last = i;
  });
  const rest = t.rows.slice(last + 1).filter((r) => r.kind === 'data' && r.parent === undefined);
  if (rest.length) out.push({ rows: rest });
  return out.filter((s) => s.rows.length > 0);
}
