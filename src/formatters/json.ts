import type { FileResult, Finding, Lang } from '../engine/types.js';
import { packageInfo } from '../util/package-info.js';
import { summarize } from './summary.js';
import type { TextFormatter } from './types.js';

/** Version of the JSON output schema (docs/json-format.md); changes only with a new number. */
export const JSON_FORMAT_VERSION = '1.1';

export const formatJson: TextFormatter = (results, ctx) => JSON.stringify(jsonReport(results, ctx.lang), null, 2);

/** The JSON output as an object: what the library API returns. */
export function jsonReport(results: readonly FileResult[], lang: Lang) {
  const { name, version } = packageInfo();
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name, version },
    lang,
    files: results.map(fileEntry),
    summary: summarize(results),
  };
}

export type JsonReport = ReturnType<typeof jsonReport>;

function fileEntry(result: FileResult) {
  return {
    file: result.file,
    format: result.format,
    unit: result.unit,
    year: result.year,
    findings: result.findings.map(findingEntry),
    error: result.error ?? null,
  };
}

/** Only the documented keys, in a fixed order; undefined ones disappear in JSON.stringify. */
function findingEntry(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    family: finding.family,
    severity: finding.severity,
    message: finding.message,
    location: finding.location,
    related: finding.related,
    expected: finding.expected,
    actual: finding.actual,
    excerpt: finding.excerpt,
  };
}
