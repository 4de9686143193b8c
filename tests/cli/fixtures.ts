import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FileResult, Finding, Rule } from '../../src/engine/types.js';

const text = (s: string) => ({ id: s, en: s });

export const fakeRules: Rule[] = [
  {
    meta: {
      id: 'sum-total',
      family: 'arithmetic',
      defaultSeverity: 'error',
      description: text('sum'),
      docs: 'docs/rules/sum-total.md',
      messages: {},
      options: {
        tolerance: { type: 'number', default: 0, description: text('tolerance') },
        checkSubtotals: { type: 'boolean', default: true, description: text('subtotals') },
        label: { type: 'string', default: 'Jumlah', description: text('label') },
      },
    },
    check() {},
  },
  {
    meta: {
      id: 'year-consistency',
      family: 'years',
      defaultSeverity: 'warning',
      description: text('years'),
      docs: 'docs/rules/year-consistency.md',
      messages: {},
    },
    check() {},
  },
];

const createdDirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
  createdDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of createdDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Write files (path relative to dir -> content; objects are JSON-encoded). */
export function writeFiles(dir: string, files: Record<string, unknown>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  }
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'sum-total',
    family: 'arithmetic',
    severity: 'error',
    message: 'Jumlah seharusnya 1.357.900.300, tertulis 1.357.000.300',
    location: { file: '/w/laporan.txt', line: 855 },
    related: [],
    ...overrides,
  };
}

export function fileResult(file: string, findings: Finding[], extra: Partial<FileResult> = {}): FileResult {
  return { file, format: 'text', findings, ...extra };
}
