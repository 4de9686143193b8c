import type { SourceLocation } from '../model/index.js';
import type { Finding } from './types.js';

/** Document order: page/sheet, line, table, row, column; then rule id and message for ties. */
export function compareLocations(a: SourceLocation, b: SourceLocation): number {
  return (
    cmp(a.page, b.page) ||
    cmpStr(a.sheet, b.sheet) ||
    cmp(a.paragraph, b.paragraph) ||
    cmp(a.line, b.line) ||
    cmp(a.tableIndex, b.tableIndex) ||
    cmp(a.row, b.row) ||
    cmp(a.column, b.column)
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocations(a.location, b.location) ||
    cmpStr(a.ruleId, b.ruleId) ||
    cmpStr(a.message, b.message)
  );
}

function cmp(a: number | undefined, b: number | undefined): number {
  return (a ?? -1) - (b ?? -1);
}

function cmpStr(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
