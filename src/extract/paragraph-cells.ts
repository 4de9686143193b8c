/**
 * Rows printed inside one row: a converted table often holds several rows in one, each
 * cell holding one paragraph per printed row ("Program A¶Program B" beside "10¶20"). Shared
 * by the extractors that see the paragraphs of a cell (text with HTML cells, DOCX).
 */

/**
 * Split a row whose cells hold several paragraphs side by side. `parts` holds each cell's
 * paragraph texts. When two or more cells hold the same number N ≥ 2 of paragraphs (the
 * largest count), the row is N rows: those cells give one paragraph to each, and every
 * other cell is joined (with a space) into the first row. Returns undefined when the row
 * is one row.
 */
export function paragraphRows(parts: string[][]): string[][] | undefined {
  if (parts.length === 0) return undefined;
  const n = Math.max(...parts.map((p) => p.length));
  if (n < 2 || parts.filter((p) => p.length === n).length < 2) return undefined;
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) rows.push(parts.map((p) => (p.length === n ? p[i] : i === 0 ? p.join(' ') : '')));
  return rows;
}

/** The rows a row of paragraph cells stands for: split as `paragraphRows` does, else one row of joined paragraphs. */
export function expandParagraphCells(parts: string[][]): string[][] {
  return paragraphRows(parts) ?? [parts.map((p) => p.join(' '))];
}
