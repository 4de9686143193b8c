import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { lintFile } from '../../src/engine/linter.js';
import { extractText } from '../../src/extract/text.js';
import { normaliseReport } from '../../src/normalise/index.js';
import type { Finding, LintConfig } from '../../src/engine/types.js';
import { rules } from '../../rules/index.js';

/**
 * The reference report: a real LKjIP full of real inconsistencies. These tests pin the
 * arithmetic errors a reviewer finds in it by hand, and the statements DOMAIN.md lists as
 * correct, which must stay unflagged.
 */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const sample = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt');
const config: LintConfig = {
  rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: {} }])),
  rounding: 'round-or-truncate',
  lang: 'id',
};

let findings: Finding[];
beforeAll(async () => {
  const result = await lintFile(sample, config);
  expect(result.error).toBeUndefined();
  findings = result.findings;
});

const at = (line: number) => findings.filter((f) => f.location.line === line);
const has = (ruleId: string, line: number, expected: string, actual: string) =>
  findings.some((f) => f.ruleId === ruleId && f.location.line === line && f.expected === expected && f.actual === actual);

describe('reference report: executive summary', () => {
  it('detects the unit and the year', async () => {
    const r = await lintFile(sample, config);
    expect(r.unit).toBe('Kecamatan Dumai Barat');
    expect(r.year).toBe(2023);
  });

  it('flags the program budget total of Rp 1.357.900.000 (the programs add up to 1.357.900.300)', () => {
    expect(has('sum-total', 192, '1357900300', '1357900000')).toBe(true);
    expect(has('text-total', 184, '1357900300', '1357900000')).toBe(true);
  });

  it('flags the capaian that repeats the realisasi (82,48 for target 87)', () => {
    expect(has('performance-achievement', 207, '94.80', '82.48')).toBe(true);
  });

  it('flags the wrong percentages of the performance-and-budget summary table', () => {
    expect(has('performance-achievement', 228, '95.22', '82.84')).toBe(true);
    expect(has('budget-absorption', 229, '99.17', '99.01')).toBe(true);
    expect(has('budget-absorption', 233, '82.84', '82.48')).toBe(true);
  });

  it('leaves the spending-group table alone (it adds up)', () => {
    for (let line = 215; line <= 220; line++) expect(at(line)).toEqual([]);
  });
});

describe('reference report: Tabel 3.7 and its copy in the appendix', () => {
  const copyOffset = (line: number) => findings.filter((f) => f.location.line === line).map((f) => `${f.ruleId} ${f.location.columnLabel} ${f.expected} ${f.actual}`).sort();

  it('finds the same errors in the broken copy of Bab III and the clean copy of the appendix', () => {
    const pairs: Array<[number, number]> = [
      [855, 1313], [857, 1315], [866, 1323], [870, 1327], [881, 1339], [888, 1346],
      [911, 1359], [933, 1373], [934, 1374], [936, 1375], [1141, 1395],
    ];
    for (const [bab3, appendix] of pairs) {
      expect(copyOffset(bab3).length).toBeGreaterThan(0);
      expect(copyOffset(bab3)).toEqual(copyOffset(appendix));
    }
    const bab3 = findings.filter((f) => f.location.line! >= 849 && f.location.line! <= 1141).length;
    const appendix = findings.filter((f) => f.location.line! >= 1307 && f.location.line! <= 1395).length;
    expect(bab3).toBe(appendix);
  });

  it('flags the program whose realisasi is 300 short of its kegiatan (180.500.000)', () => {
    expect(has('sum-children', 911, '180500300', '180500000')).toBe(true);
    expect(has('sum-total', 1141, '10156508799', '10156509099')).toBe(true);
  });

  it('flags remaining budgets that are not pagu − realisasi', () => {
    expect(has('remaining-budget', 855, '310697401', '339001324')).toBe(true);
    expect(has('remaining-budget', 857, '371700', '2710000')).toBe(true);
    expect(has('remaining-budget', 933, '7546600', '7564600')).toBe(true);
  });

  it('flags absorption percentages that do not follow from the figures', () => {
    expect(has('budget-absorption', 934, '100.00', '98.43')).toBe(true);
    expect(has('budget-absorption', 1033, '81.78', '96.82')).toBe(true);
  });

  it('reports a wrong sisa of a sub kegiatan once, not again as the kegiatan total it throws off', () => {
    expect(has('remaining-budget', 933, '7546600', '7564600')).toBe(true);
    // Kegiatan Pemberdayaan Kelurahan: its own sisa is right; only the sum of its rows, thrown
    // off by the row above, disagrees.
    expect(at(928).filter((f) => f.location.columnLabel?.startsWith('SISA'))).toEqual([]);
    expect(at(1369).filter((f) => f.location.columnLabel?.startsWith('SISA'))).toEqual([]);
  });

  it('flags the kegiatan whose two listed sub kegiatan do not make up its budget', () => {
    expect(has('sum-children', 870, '36440200', '49718000')).toBe(true);
  });
});

describe('reference report: Tabel 3.9', () => {
  it('flags 98,57 for 8.755.701.599 of 9.066.399.000 (96,57) and 99,01 for a fully spent budget', () => {
    expect(has('budget-absorption', 1173, '96.57', '98.57')).toBe(true);
    expect(has('budget-absorption', 1171, '100.00', '99.01')).toBe(true);
  });
});

describe('reference report: statements that are correct', () => {
  it('does not flag Tabel 3.8 and its totals (1.457.900.300; 1.400.807.500; 96,08)', () => {
    for (let line = 1147; line <= 1157; line++) expect(at(line).filter((f) => f.family === 'arithmetic')).toEqual([]);
  });

  it('does not flag the Perjanjian Kinerja appendices, whose amounts add up', () => {
    for (let line = 1401; line <= 1524; line++) expect(at(line).filter((f) => f.family === 'arithmetic')).toEqual([]);
    // ... and they were read: four programs, each with its kegiatan, under a JUMLAH row.
    const report = extractText(sample, readFileSync(sample, 'utf8'));
    const pk = normaliseReport(report).tables.find((t) => t.table.loc.line === 1442)!;
    const programs = pk.rows.filter((r) => r.levelName === 'program');
    expect(programs.map((r) => r.children.length)).toEqual([3, 2, 1, 1]);
    expect(pk.rows.filter((r) => r.kind === 'total')).toHaveLength(1);
  });

  it('accepts the truncated 96,14% of 1.400.807.500 / 1.456.900.300 by default, not under --strict', async () => {
    expect(at(1524).filter((f) => f.family === 'arithmetic')).toEqual([]);
    const strict = await lintFile(sample, { ...config, rounding: 'round' });
    expect(strict.findings.some((f) => f.location.line === 1524 && f.ruleId === 'budget-absorption' && f.expected === '96.15')).toBe(true);
  });

  it('does not flag the comparisons with 2022 (Tabel 3.3, 3.4) as arithmetic or year errors', () => {
    for (let line = 701; line <= 795; line++) expect(at(line).filter((f) => f.family === 'arithmetic' || f.family === 'years')).toEqual([]);
  });

  it('reports every finding once per figure and in document order', () => {
    const keys = findings.map((f) => `${f.location.line}|${f.location.column}|${f.ruleId}|${f.expected}`);
    expect(new Set(keys).size).toBe(keys.length);
    const lines = findings.map((f) => f.location.line!);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });
});

describe('reference report: the command line', () => {
  const bin = join(root, 'dist/src/cli/main.js');

  it('prints valid JSON with line locations and exits 1', () => {
    const out = spawnSync(process.execPath, [bin, '--format', 'json', sample], { encoding: 'utf8' });
    expect(out.status).toBe(1);
    const doc = JSON.parse(out.stdout);
    expect(doc.version).toBe('1.1');
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].error).toBeNull();
    expect(doc.files[0].findings.length).toBe(findings.length);
    for (const f of doc.files[0].findings) expect(typeof f.location.line).toBe('number');
  });

  it('gives the same output on every run', () => {
    const run = () => execFileSync(process.execPath, [bin, '--format', 'json', '--lang', 'en', sample], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    let a = '';
    let b = '';
    try {
      a = run();
    } catch (e) {
      a = (e as { stdout: string }).stdout;
    }
    try {
      b = run();
    } catch (e) {
      b = (e as { stdout: string }).stdout;
    }
    expect(a.length).toBeGreaterThan(100);
    expect(a).toBe(b);
  });
});
