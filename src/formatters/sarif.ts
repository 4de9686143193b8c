import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Artifact,
  ArtifactLocation,
  Location,
  Log,
  LogicalLocation,
  Notification,
  PhysicalLocation,
  ReportingDescriptor,
  Result,
  Run,
} from 'sarif';
import { rules } from '../../rules/index.js';
import type { FileResult, Finding, Lang, RuleMeta, Severity } from '../engine/types.js';
import type { SourceLocation } from '../model/index.js';
import { packageInfo, type PackageInfo } from '../util/package-info.js';
import { tableText } from './fields.js';
import type { TextFormatter } from './types.js';

/** Where SARIF consumers (editors, code-scanning services) find the schema of the log. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0' as const;
/** The base id of every relative artifact URI: the directory the tool was run from. */
export const SRCROOT = '%SRCROOT%';
/** Key of the finding identity in `result.partialFingerprints`; bump the version if the recipe changes. */
export const FINGERPRINT_KEY = 'lkjipFinding/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const MIME_TYPE: Record<string, string> = {
  text: 'text/plain',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const WORDS = {
  id: { docs: 'Dokumentasi' },
  en: { docs: 'Documentation' },
} satisfies Record<Lang, unknown>;

/**
 * One SARIF 2.1.0 log with one run, for code-scanning services and SARIF viewers.
 *
 * SARIF locates results by text lines (or bytes); a PDF page, an XLSX cell or a DOCX paragraph
 * has no such place, so those go into the property bag of `physicalLocation` (the region is
 * left out rather than invented), and table coordinates become a logical location
 * ("Tabel 3.7 > Administrasi Keuangan > REALISASI"). The output holds no time stamps: the same
 * input gives the same log.
 */
export const formatSarif: TextFormatter = (results, ctx) => {
  const info: PackageInfo & { homepage?: string } = packageInfo();
  const artifacts = new Artifacts(ctx.cwd);
  const descriptors = rules.map((rule) => ruleDescriptor(rule.meta, ctx.lang));
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));

  // Every input file is an artifact, in command-line order, even one that could not be read.
  for (const result of results) artifacts.add(result.file, result.format, true, result);

  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];
  for (const result of results) {
    if (result.error !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: result.error },
        locations: [{ physicalLocation: { artifactLocation: artifacts.locationOf(result.file) } }],
      });
    }
    const occurrences = new Map<string, number>();
    for (const finding of result.findings) {
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        // A finding from a rule outside rules/index.ts (a plugin, a test): describe it minimally.
        index = descriptors.push({ id: finding.ruleId, properties: { family: finding.family } }) - 1;
        ruleIndex.set(finding.ruleId, index);
      }
      const base = fingerprint(finding);
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      sarifResults.push(resultOf(finding, index, `${base}:${n}`, artifacts, ctx.lang));
    }
  }

  const run: Run = {
    tool: {
      driver: {
        name: info.name,
        version: info.version,
        semanticVersion: info.version,
        ...(info.homepage ? { informationUri: info.homepage } : {}),
        language: ctx.lang,
        rules: descriptors,
      },
    },
    invocations: [
      {
        executionSuccessful: notifications.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
    language: ctx.lang,
    artifacts: artifacts.list,
    results: sarifResults,
  };
  const log: Log = { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] };
  return JSON.stringify(log, null, 2);
};

function ruleDescriptor(meta: RuleMeta, lang: Lang): ReportingDescriptor {
  const description = meta.description[lang];
  const docsLabel = WORDS[lang].docs;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    // The docs page is a path inside the package (docs/rules/<id>.md), not an absolute URI,
    // so it goes into the help text rather than `helpUri` (which must be absolute).
    help: {
      text: `${description} ${docsLabel}: ${meta.docs}`,
      markdown: `${description}\n\n${docsLabel}: [${meta.docs}](${meta.docs})`,
    },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { family: meta.family, docs: meta.docs, tags: [meta.family] },
  };
}

/** "sum-children" → "SumChildren": SARIF wants a readable name distinct from the opaque id. */
function pascalCase(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function resultOf(finding: Finding, ruleIndex: number, fingerprintValue: string, artifacts: Artifacts, lang: Lang): Result {
  const result: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [locationOf(finding.location, artifacts, lang)],
  };
  if (finding.related.length > 0) {
    result.relatedLocations = finding.related.map((r, i) => ({
      id: i + 1,
      ...locationOf(r.location, artifacts, lang),
      ...(r.note !== undefined ? { message: { text: r.note } } : {}),
    }));
  }
  result.partialFingerprints = { [FINGERPRINT_KEY]: fingerprintValue };
  result.properties = definedOnly({
    family: finding.family,
    expected: finding.expected,
    actual: finding.actual,
    excerpt: finding.excerpt,
    section: finding.location.section,
  });
  return result;
}

function locationOf(loc: SourceLocation, artifacts: Artifacts, lang: Lang): Location {
  const physicalLocation: PhysicalLocation = { artifactLocation: artifacts.locationOf(loc.file) };
  if (loc.line !== undefined && loc.line >= 1) {
    physicalLocation.region = {
      startLine: loc.line,
      ...(loc.endLine !== undefined && loc.endLine >= loc.line ? { endLine: loc.endLine } : {}),
    };
  }
  // No SARIF region can express a page, a box, a sheet cell or a paragraph: keep them as properties.
  const where = definedOnly({ page: loc.page, box: loc.box, sheet: loc.sheet, cell: loc.cell, paragraph: loc.paragraph });
  if (Object.keys(where).length > 0) physicalLocation.properties = where;

  const location: Location = { physicalLocation };
  const logical = logicalLocationOf(loc, lang);
  if (logical) location.logicalLocations = [logical];
  return location;
}

/** The place inside a table, e.g. "Tabel 3.7 > Administrasi Keuangan > REALISASI" (kind "element"). */
function logicalLocationOf(loc: SourceLocation, lang: Lang): LogicalLocation | undefined {
  const parts = [tableText(loc, lang), loc.rowLabel, loc.columnLabel].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return undefined;
  const logical: LogicalLocation = {
    name: parts[parts.length - 1],
    fullyQualifiedName: parts.join(' > '),
    kind: 'element',
  };
  const coordinates = definedOnly({ table: loc.table, tableIndex: loc.tableIndex, row: loc.row, column: loc.column, rowLabel: loc.rowLabel, columnLabel: loc.columnLabel });
  if (Object.keys(coordinates).length > 0) logical.properties = coordinates;
  return logical;
}

/**
 * The identity of a finding across edits of the report: what it is about (rule, figures,
 * section, table, row and column labels), never where it is (line, page, row number). Equal
 * identities within one file get an occurrence number (":1", ":2", ...) in document order.
 */
export function fingerprint(finding: Finding): string {
  const loc = finding.location;
  const table = loc.table ?? (loc.tableIndex !== undefined ? `#${loc.tableIndex}` : '');
  const parts = [finding.ruleId, finding.expected ?? '', finding.actual ?? '', loc.section ?? '', table, loc.rowLabel ?? '', loc.columnLabel ?? ''];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

function definedOnly<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** run.artifacts, and the artifact location (URI, base id, index) of each file. */
class Artifacts {
  readonly list: Artifact[] = [];
  private readonly indexByPath = new Map<string, number>();

  constructor(private readonly cwd: string) {}

  add(file: string, format: string | undefined, target: boolean, result?: FileResult): number {
    const path = resolve(this.cwd, file);
    const known = this.indexByPath.get(path);
    if (known !== undefined) return known;
    const artifact: Artifact = { location: this.uriOf(path) };
    if (target) artifact.roles = ['analysisTarget'];
    const mimeType = format !== undefined ? MIME_TYPE[format] : undefined;
    if (mimeType) artifact.mimeType = mimeType;
    if (format === 'text') artifact.sourceLanguage = 'plaintext';
    const props = definedOnly({ format, unit: result?.unit, year: result?.year });
    if (Object.keys(props).length > 0) artifact.properties = props;
    this.list.push(artifact);
    const index = this.list.length - 1;
    this.indexByPath.set(path, index);
    return index;
  }

  locationOf(file: string): ArtifactLocation {
    const index = this.add(file, undefined, false);
    return { ...this.list[index]!.location, index };
  }

  /** Relative to the working directory (as %SRCROOT%) when inside it; an absolute file: URI otherwise. */
  private uriOf(path: string): ArtifactLocation {
    const rel = relative(this.cwd, path);
    if (rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) {
      return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
    }
    return { uri: pathToFileURL(path).href };
  }
}
