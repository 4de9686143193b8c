import type { FileResult, Finding } from '../engine/types.js';
import { packageInfo } from '../util/package-info.js';
import { summarize } from './summary.js';
import type { TextFormatter } from './types.js';

/** Version of the JSON output schema (docs/json-format.md); changes only with a new number. */
export const JSON_FORMAT_VERSION = '1.1';

export const formatJson: TextFormatter = (results, ctx) => {
  const { name, version } = packageInfo();
  const output = {
    version: JSON_FORMAT_VERSION,
    tool: { name, version },
    lang: ctx.lang,
    files: results.map(fileEntry),
    summary: summarize(results),
  };
  return JSON.stringify(output, null, 2);
};

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
