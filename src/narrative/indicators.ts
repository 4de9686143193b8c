import type { Paragraph } from '../model/index.js';
import type { TableModel } from '../normalise/types.js';

/**
 * Names of the performance indicators of a report, read from the indicator columns of its
 * tables, and the indicators a text names. Lookup goes through an index of each name's first
 * two words, so finding the names in a text costs its length, not names × text.
 */

/** Lower case, words only: "Persentase Pelaksanaan Tugas ... (%)" → "persentase pelaksanaan tugas". */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/^\s*(\d{1,2}|[a-z])[.)]\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class IndicatorIndex {
  /** Normalised name → name as printed (the first printing seen). */
  private readonly names = new Map<string, string>();
  /** First two words → normalised names starting with them. */
  private readonly byStart = new Map<string, string[]>();

  add(printed: string): void {
    const norm = normaliseName(printed);
    const words = norm.split(' ');
    if (words.length < 2 || norm.length < 8 || this.names.has(norm)) return;
    this.names.set(norm, printed.trim().replace(/^\s*(\d{1,2}|[a-z])[.)]\s+/i, ''));
    const key = `${words[0]} ${words[1]}`;
    const list = this.byStart.get(key);
    if (list) list.push(norm);
    else this.byStart.set(key, [norm]);
  }

  get size(): number {
    return this.names.size;
  }

  /** The indicators named in a text (longest match at each place; a name inside a longer one found there is not counted). */
  mentions(text: string): string[] {
    const norm = ` ${normaliseName(text)} `;
    const words = norm.trim().split(' ');
    const found = new Set<string>();
    let offset = 1;
    let coveredTo = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      const candidates = offset >= coveredTo ? this.byStart.get(`${words[i]} ${words[i + 1]}`) : undefined;
      if (candidates) {
        let best: string | undefined;
        for (const c of candidates) {
          if (norm.startsWith(`${c} `, offset) && (!best || c.length > best.length)) best = c;
        }
        if (best) {
          found.add(best);
          coveredTo = offset + best.length;
        }
      }
      offset += words[i].length + 1;
    }
    return [...found].map((n) => this.names.get(n) ?? n);
  }
}

/** "1. Indikator Indeks Kepuasan Masyarakat": a heading item naming an indicator. */
const INDICATOR_ITEM = /^indikator\s+(?:kinerja\s+)?(?:utama\s+)?([^.:;!?]{8,150})$/iu;

/** Every indicator named in an indicator column of the report's tables, or as the title of an item ("1. Indikator …"). */
export function indicatorIndex(tables: readonly TableModel[], paragraphs: readonly Paragraph[] = []): IndicatorIndex {
  const index = new IndicatorIndex();
  for (const p of paragraphs) {
    const m = INDICATOR_ITEM.exec(p.text.trim());
    if (m && m[1].trim().split(/\s+/).length <= 15) index.add(m[1]);
  }
  for (const t of tables) {
    for (const col of t.columns) {
      if (col.role !== 'indicator') continue;
      for (const r of t.rows) {
        const text = r.cells[col.index]?.text ?? '';
        if (/\p{L}/u.test(text) && text.length <= 200) index.add(text);
      }
    }
  }
  return index;
}
