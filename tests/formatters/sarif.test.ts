import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log, Result, Run } from 'sarif';
import { rules } from '../../rules/index.js';
import { lintFile } from '../../src/engine/linter.js';
import type { FileResult, Finding, LintConfig } from '../../src/engine/types.js';
import { FINGERPRINT_KEY, formatSarif } from '../../src/formatters/sarif.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import { packageInfo } from '../../src/util/package-info.js';
import { finding as baseFinding } from '../cli/fixtures.js';

const ROOT = process.cwd();
const REFERENCE = resolve(ROOT, 'fixtures/reference/lkjip-dumai-barat-2023.txt');
const CONFIG: LintConfig = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
const CTX: FormatterContext = { lang: 'id', color: false, cwd: ROOT };

/*
 * The SARIF 2.1.0 JSON schema, verbatim from an npm tarball (see fixtures/README.md). It is a
 * draft-04 schema, hence ajv-draft-04; ajv-formats checks "uri", "uri-reference", "date-time".
 * (The CJS packages are reached through `.default`, which both the types and the runtime have.)
 * unicodeRegExp: false because this schema's `language` pattern has a stray "]" that is legal
 * only in a non-Unicode regular expression, as JSON Schema draft-04 (ECMA 262 regex) reads it.
 */
const schema = JSON.parse(readFileSync(resolve(ROOT, 'tests/formatters/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** Format, parse, and fail with ajv's errors when the log does not match the schema. */
function sarif(results: FileResult[], ctx: FormatterContext = CTX): Log {
  const log = JSON.parse(formatSarif(results, ctx)) as Log;
  if (!validate(log)) {
    throw new Error(`SARIF log does not match the schema:\n${JSON.stringify(validate.errors, null, 2)}`);
  }
  return log;
}

function onlyRun(log: Log): Run {
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

const fingerprints = (run: Run) => (run.results ?? []).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);

function finding(over: Partial<Finding> & Pick<Finding, 'location'>): Finding {
  return baseFinding(over);
}

let reference: FileResult;

beforeAll(async () => {
  reference = await lintFile(REFERENCE, CONFIG);
  expect(reference.error).toBeUndefined();
  expect(reference.findings.length).toBeGreaterThan(5);
});

describe('sarif formatter on the reference report', () => {
  it('is a valid SARIF 2.1.0 log with one run', () => {
    const log = sarif([reference]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const run = onlyRun(log);
    expect(run.tool.driver.name).toBe('lkjip-lint');
    expect(run.tool.driver.version).toBe(packageInfo().version);
    expect(run.language).toBe('id');
    expect(run.invocations?.[0]?.executionSuccessful).toBe(true);
    expect(run.invocations?.[0]?.toolExecutionNotifications).toBeUndefined();
  });

  it('describes every rule, with its level, family and docs page', () => {
    const run = onlyRun(sarif([reference]));
    const descriptors = run.tool.driver.rules ?? [];
    expect(descriptors.map((d) => d.id)).toEqual(rules.map((r) => r.meta.id));
    const level = { error: 'error', warning: 'warning', info: 'note' };
    rules.forEach((rule, i) => {
      const d = descriptors[i]!;
      expect(d.fullDescription?.text).toBe(rule.meta.description.id);
      expect(d.shortDescription?.text).toBe(rule.meta.description.id);
      expect(d.defaultConfiguration?.level).toBe(level[rule.meta.defaultSeverity]);
      expect(d.properties?.family).toBe(rule.meta.family);
      expect(d.help?.text).toContain(rule.meta.docs);
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    });
    expect(descriptors.find((d) => d.id === 'sum-children')?.help?.text).toContain('docs/rules/sum-children.md');
  });

  it('has one result per finding, pointing at its rule, with the level mapped', () => {
    const run = onlyRun(sarif([reference]));
    const results = run.results ?? [];
    const descriptors = run.tool.driver.rules ?? [];
    expect(results).toHaveLength(reference.findings.length);
    const level = { error: 'error', warning: 'warning', info: 'note' };
    results.forEach((r, i) => {
      const f = reference.findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(descriptors.map((d) => d.id)).toContain(r.ruleId);
      expect(descriptors[r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(r.level).toBe(level[f.severity]);
      expect(r.message.text).toBe(f.message);
      expect(r.properties?.family).toBe(f.family);
      expect(r.properties?.expected).toBe(f.expected);
      expect(r.properties?.actual).toBe(f.actual);
      expect(r.properties?.section).toBe(f.location.section);
    });
  });

  it('locates text findings by line, relative to the working directory, with table coordinates', () => {
    const run = onlyRun(sarif([reference]));
    const results = run.results ?? [];
    expect(run.artifacts).toHaveLength(1);
    expect(run.artifacts![0]).toMatchObject({
      location: { uri: 'fixtures/reference/lkjip-dumai-barat-2023.txt', uriBaseId: '%SRCROOT%' },
      mimeType: 'text/plain',
      roles: ['analysisTarget'],
    });
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toMatch(/^file:\/\/.*\/$/);

    const withLine = reference.findings.findIndex((f) => f.location.line !== undefined);
    expect(withLine).toBeGreaterThanOrEqual(0);
    results.forEach((r, i) => {
      const loc = reference.findings[i]!.location;
      const physical = r.locations![0]!.physicalLocation!;
      expect(physical.artifactLocation).toEqual({ uri: 'fixtures/reference/lkjip-dumai-barat-2023.txt', uriBaseId: '%SRCROOT%', index: 0 });
      expect(physical.region?.startLine).toBe(loc.line);
      expect(physical.region?.endLine).toBe(loc.endLine !== undefined && loc.endLine >= loc.line! ? loc.endLine : undefined);
    });

    const inTable = reference.findings.findIndex((f) => f.location.table && f.location.rowLabel && f.location.columnLabel);
    expect(inTable).toBeGreaterThanOrEqual(0);
    const loc = reference.findings[inTable]!.location;
    expect(results[inTable]!.locations![0]!.logicalLocations).toEqual([
      expect.objectContaining({
        name: loc.columnLabel,
        fullyQualifiedName: `${loc.table} > ${loc.rowLabel} > ${loc.columnLabel}`,
        kind: 'element',
      }),
    ]);
  });

  it('turns related places into related locations with their notes', () => {
    const run = onlyRun(sarif([reference]));
    const results = run.results ?? [];
    expect(reference.findings.some((f) => f.related.length > 0)).toBe(true);
    results.forEach((r, i) => {
      const f = reference.findings[i]!;
      expect(r.relatedLocations?.length ?? 0).toBe(f.related.length);
      f.related.forEach((rel, j) => {
        const sr = r.relatedLocations![j]!;
        expect(sr.message?.text).toBe(rel.note);
        expect(sr.physicalLocation?.region?.startLine).toBe(rel.location.line);
      });
    });
  });

  it('is deterministic, and its fingerprints survive line shifts but not a changed figure', () => {
    const first = formatSarif([reference], CTX);
    expect(formatSarif([reference], CTX)).toBe(first);
    const run = onlyRun(JSON.parse(first) as Log);
    const prints = fingerprints(run);
    expect(prints.every((p) => typeof p === 'string' && /^[0-9a-f]{32}:\d+$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);

    // The same report with 17 lines inserted at the top: every finding moves, none changes identity.
    const shift = <T extends { location: Finding['location'] }>(x: T): T => ({
      ...x,
      location: { ...x.location, line: x.location.line === undefined ? undefined : x.location.line + 17, endLine: x.location.endLine === undefined ? undefined : x.location.endLine + 17, row: x.location.row === undefined ? undefined : x.location.row + 1 },
    });
    const shifted: FileResult = { ...reference, findings: reference.findings.map((f) => ({ ...shift(f), related: f.related.map(shift) })) };
    const shiftedRun = onlyRun(sarif([shifted]));
    expect(shiftedRun.results![0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(reference.findings[0]!.location.line! + 17);
    expect(fingerprints(shiftedRun)).toEqual(prints);

    // A different stated figure is a different finding.
    const changed: FileResult = { ...reference, findings: reference.findings.map((f, i) => (i === 0 ? { ...f, actual: `${f.actual ?? ''}9` } : f)) };
    const changedPrints = fingerprints(onlyRun(sarif([changed])));
    expect(changedPrints[0]).not.toBe(prints[0]);
    expect(changedPrints.slice(1)).toEqual(prints.slice(1));
  });

  it('speaks English with lang en', () => {
    const en = lintFile(REFERENCE, { ...CONFIG, lang: 'en' });
    return en.then((result) => {
      const run = onlyRun(sarif([result], { ...CTX, lang: 'en' }));
      expect(run.language).toBe('en');
      expect(run.tool.driver.language).toBe('en');
      const descriptors = run.tool.driver.rules ?? [];
      rules.forEach((rule, i) => expect(descriptors[i]!.fullDescription?.text).toBe(rule.meta.description.en));
      expect(descriptors[0]!.help?.text).toContain('Documentation:');
      expect(run.results!.map((r) => r.message.text)).toEqual(result.findings.map((f) => f.message));
      // The identity of a finding does not depend on the language (ties in the order may differ).
      expect(fingerprints(run).sort()).toEqual(fingerprints(onlyRun(sarif([reference]))).sort());
    });
  });
});

describe('sarif formatter on other inputs', () => {
  const pdf: FileResult = {
    file: resolve(ROOT, 'laporan/LKjIP 2023 (final).pdf'),
    format: 'pdf',
    findings: [
      finding({
        location: {
          file: resolve(ROOT, 'laporan/LKjIP 2023 (final).pdf'),
          page: 12,
          box: { x: 72.5, y: 401.25, width: 88, height: 11.5 },
          tableIndex: 4,
          row: 9,
          column: 4,
          rowLabel: 'Jumlah',
          columnLabel: 'REALISASI',
          section: 'BAB III > 3.7 Akuntabilitas Keuangan',
        },
        related: [{ location: { file: resolve(ROOT, 'laporan/LKjIP 2023 (final).pdf'), page: 3 }, note: 'Rp 1.357.900.300' }],
        expected: '1357900300',
        actual: '1357000300',
      }),
      finding({ ruleId: 'fiscal-year', family: 'years', severity: 'info', location: { file: resolve(ROOT, 'laporan/LKjIP 2023 (final).pdf'), page: 1 } }),
    ],
  };
  const xlsx: FileResult = {
    file: '/elsewhere/lampiran.xlsx',
    format: 'xlsx',
    findings: [finding({ ruleId: 'spreadsheet-formula', location: { file: '/elsewhere/lampiran.xlsx', sheet: 'Lampiran 1', cell: 'C12', table: 'Tabel 3.4' } })],
  };

  it('keeps page and box of a PDF finding as properties, with no invented region', () => {
    const run = onlyRun(sarif([pdf]));
    const [r, info] = run.results as [Result, Result];
    const physical = r.locations![0]!.physicalLocation!;
    expect(physical.region).toBeUndefined();
    expect(physical.artifactLocation).toEqual({ uri: 'laporan/LKjIP%202023%20(final).pdf', uriBaseId: '%SRCROOT%', index: 0 });
    expect(physical.properties).toEqual({ page: 12, box: { x: 72.5, y: 401.25, width: 88, height: 11.5 } });
    // An unnamed table is named by its ordinal.
    expect(r.locations![0]!.logicalLocations![0]).toMatchObject({ fullyQualifiedName: 'tabel ke-4 > Jumlah > REALISASI', kind: 'element' });
    expect(r.relatedLocations).toEqual([expect.objectContaining({ message: { text: 'Rp 1.357.900.300' }, physicalLocation: expect.objectContaining({ properties: { page: 3 } }) })]);
    expect(r.properties).toMatchObject({ section: 'BAB III > 3.7 Akuntabilitas Keuangan', expected: '1357900300', actual: '1357000300' });
    expect(info.level).toBe('note');
    expect(run.artifacts![0]!.mimeType).toBe('application/pdf');
  });

  it('keeps sheet and cell of an XLSX finding, and uses a file URI outside the working directory', () => {
    const run = onlyRun(sarif([xlsx]));
    const physical = run.results![0]!.locations![0]!.physicalLocation!;
    expect(physical.artifactLocation).toEqual({ uri: 'file:///elsewhere/lampiran.xlsx', index: 0 });
    expect(physical.properties).toEqual({ sheet: 'Lampiran 1', cell: 'C12' });
    expect(run.artifacts![0]!.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('reports an unreadable file as a tool execution notification', async () => {
    const missing = await lintFile(resolve(ROOT, 'no-such-report.docx'), CONFIG);
    expect(missing.error).toBeTruthy();
    const run = onlyRun(sarif([xlsx, missing, pdf]));
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: missing.error },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'no-such-report.docx', uriBaseId: '%SRCROOT%', index: 1 } } }],
      },
    ]);
    expect(run.artifacts!.map((a) => a.location!.uri)).toEqual(['file:///elsewhere/lampiran.xlsx', 'no-such-report.docx', 'laporan/LKjIP%202023%20(final).pdf']);
    expect(run.artifacts![1]!.mimeType).toBeUndefined();
    expect(run.results).toHaveLength(3);
    // Results of the later file point at its artifact.
    expect(run.results![1]!.locations![0]!.physicalLocation!.artifactLocation!.index).toBe(2);
  });

  it('the schema check itself rejects a broken log', () => {
    const log = JSON.parse(formatSarif([pdf], CTX)) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    expect(validate(log)).toBe(true);
    log.runs[0]!.results[1]!.level = 'info'; // SARIF says "note"
    expect(validate(log)).toBe(false);
    const noDriver = JSON.parse(formatSarif([pdf], CTX)) as { runs: Array<{ tool: Record<string, unknown> }> };
    delete noDriver.runs[0]!.tool.driver;
    expect(validate(noDriver)).toBe(false);
    const relativeHelp = JSON.parse(formatSarif([pdf], CTX)) as { runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown>> } } }> };
    relativeHelp.runs[0]!.tool.driver.rules[0]!.helpUri = 'docs/rules/sum-total.md'; // not an absolute URI
    expect(validate(relativeHelp)).toBe(false);
  });

  it('an empty run is still valid', () => {
    const run = onlyRun(sarif([]));
    expect(run.results).toEqual([]);
    expect(run.artifacts).toEqual([]);
    expect(run.invocations![0]!.executionSuccessful).toBe(true);
  });
});
