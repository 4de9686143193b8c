import type { Paragraph, Report } from '../model/index.js';
import { buildTableModel } from './table.js';
import type { NormalisedReport } from './types.js';

export type * from './types.js';

/** Normalise an extracted report: every table understood, paragraphs listed. */
export function normaliseReport(report: Report): NormalisedReport {
  const tables = [];
  const paragraphs: Paragraph[] = [];
  for (const b of report.blocks) {
    if (b.kind === 'table') tables.push(buildTableModel(b));
    else if (b.kind === 'paragraph') paragraphs.push(b);
  }
  return { report, tables, paragraphs, blocks: report.blocks };
}
