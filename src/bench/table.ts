import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintConfig } from '../engine/types.js';

/** What the bench and diagnosis scripts share: the sample report, its lint settings, a median, and a table printed with its columns aligned. */

/** The package's root folder (this file is dist/src/bench/table.js once built). */
export const packageRoot = join(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The bundled reference report, in the rendering with this extension (txt, pdf, docx, xlsx). */
export function sampleReport(extension: string): string {
  return join(packageRoot, `fixtures/reference/lkjip-dumai-barat-2023.${extension}`);
}

/** The lint settings the scripts use: every rule at its default, messages in Indonesian. */
export const sampleConfig: LintConfig = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The first column left-aligned, the others right-aligned, two spaces apart. */
export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  for (const r of rows) console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
}
