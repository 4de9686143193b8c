import type { FileResult } from '../engine/types.js';

export interface ResultSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be linted at all (`error` set). */
  fatal: number;
}

export function summarize(results: readonly FileResult[]): ResultSummary {
  const summary: ResultSummary = { files: results.length, errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const result of results) {
    if (result.error !== undefined) summary.fatal++;
    for (const finding of result.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
