import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConfigError } from '../engine/errors.js';
import type { FileResult, Finding } from '../engine/types.js';
import { fillIn } from '../i18n/index.js';
import { fileProblem } from '../util/file-errors.js';
import { packageInfo } from '../util/package-info.js';

/**
 * Accepted findings (`--write-baseline`, `--baseline`): for a unit that re-submits after a
 * reviu, only what is new is reported. A finding is matched by its rule, its figures and where
 * it is in the report's structure (unit, section, table, row and column labels), never by line
 * or page, so that editing other parts of the report does not break the match.
 */
const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  /** The reporting unit ("Kecamatan Dumai Barat"), or the file name when none was detected. */
  unit: string;
  section?: string;
  table?: string;
  row?: string;
  column?: string;
  actual?: string;
  expected?: string;
  /** For people reading the file; not matched. */
  message: string;
}

export interface Baseline {
  version: number;
  tool: string;
  findings: BaselineEntry[];
}

function entryOf(result: FileResult, f: Finding): BaselineEntry {
  const l = f.location;
  return {
    ruleId: f.ruleId,
    unit: result.unit ?? basename(result.file),
    section: l.section,
    table: l.table,
    row: l.rowLabel,
    column: l.columnLabel,
    actual: f.actual,
    expected: f.expected,
    message: f.message,
  };
}

const keyOf = (e: BaselineEntry) => JSON.stringify([e.ruleId, e.unit, e.section, e.table, e.row, e.column, e.actual, e.expected]);

function baselineOf(results: readonly FileResult[]): Baseline {
  const findings = results.flatMap((r) => r.findings.map((f) => entryOf(r, f)));
  findings.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return { version: BASELINE_VERSION, tool: packageInfo().name, findings };
}

/** The results without the findings the baseline accepts; each accepted entry covers one finding. */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline): { results: FileResult[]; suppressed: number } {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(keyOf(e), (remaining.get(keyOf(e)) ?? 0) + 1);
  let suppressed = 0;
  const out = results.map((r) => ({
    ...r,
    findings: r.findings.filter((f) => {
      const key = keyOf(entryOf(r, f));
      const n = remaining.get(key) ?? 0;
      if (n === 0) return true;
      remaining.set(key, n - 1);
      suppressed++;
      return false;
    }),
  }));
  return { results: out, suppressed };
}

export async function writeBaseline(path: string, results: readonly FileResult[]): Promise<void> {
  await writeFile(path, `${JSON.stringify(baselineOf(results), null, 2)}\n`);
}

export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError('--baseline', fillIn({ id: 'berkas baseline {path} tidak dapat dibaca: {problem}', en: 'cannot read the baseline file {path}: {problem}' }, 'problem', fileProblem(err)), { path });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError('--baseline', { id: 'berkas baseline {path} bukan JSON yang sah: {detail}', en: 'the baseline file {path} is not valid JSON: {detail}' }, { path, detail: (err as Error).message });
  }
  const b = data as Partial<Baseline>;
  if (typeof b !== 'object' || b === null || b.version !== BASELINE_VERSION || !Array.isArray(b.findings) || !b.findings.every((e) => typeof e?.ruleId === 'string' && typeof e?.unit === 'string')) {
    throw new ConfigError('--baseline', { id: 'berkas baseline {path} bukan baseline lkjip-lint versi {version}', en: 'the baseline file {path} is not an lkjip-lint baseline of version {version}' }, { path, version: BASELINE_VERSION });
  }
  return b as Baseline;
}
