import { Decimal } from 'decimal.js';
import { sheetRef, type Cell, type Row } from '../src/model/index.js';
import type { Lang, Rule } from '../src/engine/types.js';
import type { DataRow, TableModel } from '../src/normalise/types.js';
import { columnName, plainDecimal, rowExcerpt, rowName, showNumber, tableName } from '../src/rulekit/describe.js';

/**
 * A spreadsheet cell whose saved value disagrees with its own formula: the workbook was saved
 * with calculation off after an input changed, or a value was pasted over the result.
 */
const rule: Rule = {
  meta: {
    id: 'spreadsheet-formula',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Nilai sel berumus yang tersimpan di lembar kerja harus sama dengan hasil rumusnya dari sel-sel yang dirujuknya.',
      en: 'The value a formula cell shows in the workbook must equal what its formula gives from the cells it references.',
    },
    docs: 'docs/rules/spreadsheet-formula.md',
    messages: {
      stale: {
        id: '{table}, sel {where} (baris "{row}", kolom {column}): lembar kerja menampilkan {actual}, padahal rumusnya {formula} menghasilkan {expected} dari sel yang dirujuknya (selisih {difference}); nilai belum dihitung ulang atau sudah ditimpa.',
        en: '{table}, cell {where} (row "{row}", column {column}): the workbook shows {actual}, but its formula {formula} gives {expected} from the cells it references (difference {difference}); the value was not recalculated or was typed over.',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) {
      const byRow = new Map<Row, DataRow>(t.rows.map((r) => [r.row, r]));
      for (const row of t.table.rows) {
        for (const cell of row.cells) {
          const f = cell.formula;
          if (!f || f.computed === undefined) continue;
          const cached = new Decimal(f.cached);
          const computed = new Decimal(f.computed);
          const shown = describeValues(cell, cached, computed, ctx.lang);
          const dataRow = byRow.get(row);
          const j = dataRow ? dataRow.cells.indexOf(cell) : -1;
          const column = j >= 0 ? t.columns[j] : undefined;
          const rowLabel = dataRow ? rowName(dataRow) : undefined;
          const columnLabel = column ? columnName(column) : undefined;
          ctx.report({
            messageId: 'stale',
            data: {
              table: tableName(t, ctx.lang),
              where: cellAddress(cell),
              row: rowLabel ?? (ctx.lang === 'id' ? `baris ${cell.loc.row ?? '?'}` : `row ${cell.loc.row ?? '?'}`),
              column: columnLabel ?? (ctx.lang === 'id' ? `kolom ${cell.loc.column ?? '?'}` : `column ${cell.loc.column ?? '?'}`),
              formula: f.text,
              actual: shown.actual,
              expected: shown.expected,
              difference: shown.difference,
            },
            location: location(t, cell, rowLabel, columnLabel),
            expected: plainDecimal(computed),
            actual: plainDecimal(cached),
            excerpt: dataRow ? rowExcerpt(dataRow) : undefined,
            // A difference the cell's number format hides does not show in the printed table.
            severity: shown.visible ? undefined : 'warning',
          });
        }
      }
    }
  },
};

function cellAddress(cell: Cell): string {
  const addr = cell.loc.cell ?? '?';
  return cell.loc.sheet ? sheetRef(cell.loc.sheet, addr) : addr;
}

function location(t: TableModel, cell: Cell, rowLabel?: string, columnLabel?: string) {
  return {
    ...cell.loc,
    table: t.table.loc.table,
    ...(rowLabel !== undefined ? { rowLabel } : {}),
    ...(columnLabel !== undefined ? { columnLabel } : {}),
  };
}

/**
 * The shown and computed values in the cell's own format (×100 with "%" for a percentage),
 * at its decimals; with more decimals when the format would print both the same.
 */
function describeValues(cell: Cell, cached: Decimal, computed: Decimal, lang: Lang) {
  const percent = cell.number?.percent ?? false;
  const scale = (v: Decimal) => (percent ? v.times(100) : v);
  const unit = percent ? 'percent' : undefined;
  const a = scale(cached);
  const e = scale(computed);
  const d = e.minus(a).abs();
  let decimals = cell.number?.decimals ?? Math.max(a.decimalPlaces(), e.decimalPlaces());
  const visible = !a.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(e.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
  if (!visible) {
    // Enough decimals to tell the two apart (at most 10).
    while (decimals < 10 && a.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(e.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))) decimals++;
  }
  const diffDecimals = Math.max(decimals, Math.min(10, d.isZero() ? 0 : Math.max(0, -d.e)));
  return {
    visible,
    actual: showNumber(a, decimals, lang, unit),
    expected: showNumber(e, decimals, lang, unit),
    difference: showNumber(d, visible ? decimals : diffDecimals, lang, unit),
  };
}

export default rule;
