import { clusterValues, unionBox, type Box, type Ruling, type TextRun } from './geometry.js';
import { joinRuns, type TextLine } from './lines.js';

export interface PdfCell extends Box {
  text: string;
}

export interface PdfTable extends Box {
  /** Rows of cells on the table grid; a spanned position holds an empty cell. */
  rows: PdfCell[][];
  /** Left edges of the columns (for joining a table continued on the next page). */
  columns: number[];
  ruled: boolean;
}

const TOL = 2;

/** Groups of ruling lines that touch each other: each group with 2+ rows and columns is a grid. */
function rulingGroups(rulings: Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touches = (a: Ruling, b: Ruling) =>
    a.x0 - TOL <= b.x1 && b.x0 - TOL <= a.x1 && a.y0 - TOL <= b.y1 && b.y0 - TOL <= a.y1;
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      if (rulings[i].horizontal !== rulings[j].horizontal && touches(rulings[i], rulings[j])) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const k = find(i);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  });
  return [...groups.values()];
}

const covers = (rulings: Ruling[], horizontal: boolean, at: number, mid: number) =>
  rulings.some((r) =>
    r.horizontal === horizontal &&
    (horizontal ? Math.abs(r.y0 - at) <= TOL && r.x0 - TOL <= mid && mid <= r.x1 + TOL : Math.abs(r.x0 - at) <= TOL && r.y0 - TOL <= mid && mid <= r.y1 + TOL),
  );

/**
 * Two tables drawn one right under the other share a border line and so one group of rulings.
 * They are cut apart where no vertical line crosses a row border and the columns above and
 * below it differ.
 */
function splitStackedTables(group: Ruling[]): Ruling[][] {
  const hs = group.filter((r) => r.horizontal);
  const vs = group.filter((r) => !r.horizontal);
  const ys = clusterValues(hs.map((r) => r.y0), 1.5);
  if (ys.length < 3) return [group];
  const columnsAt = (y: number) =>
    clusterValues(vs.filter((v) => v.y0 - TOL <= y && y <= v.y1 + TOL).map((v) => v.x0), 1.5)
      .map((x) => Math.round(x))
      .join(',');
  const left = Math.min(...vs.map((v) => v.x0));
  const right = Math.max(...vs.map((v) => v.x0));
  // The frame's outer sides may run down both tables: only inner lines tell.
  const inner = vs.filter((v) => v.x0 > left + TOL && v.x0 < right - TOL);
  const cuts: number[] = [];
  for (let k = 1; k < ys.length - 1; k++) {
    const y = ys[k];
    const crossed = inner.some((v) => v.y0 < y - TOL && v.y1 > y + TOL);
    if (!crossed && columnsAt((ys[k - 1] + y) / 2) !== columnsAt((y + ys[k + 1]) / 2)) cuts.push(y);
  }
  if (cuts.length === 0) return [group];
  const bounds = [-Infinity, ...cuts, Infinity];
  return bounds.slice(1).map((hi, k) => {
    const lo = bounds[k];
    const part: Ruling[] = hs.filter((r) => r.y0 >= lo - TOL && r.y0 <= hi + TOL);
    // Vertical lines are cut to the part (the frame's sides run through both).
    for (const v of vs) if (v.y1 > lo + TOL && v.y0 < hi - TOL) part.push({ ...v, y0: Math.max(v.y0, lo), y1: Math.min(v.y1, hi) });
    return part;
  });
}

/**
 * Tables drawn with borders: rows and columns from the ruling lines, merged cells where an
 * inner border is missing, each text run placed in the cell that holds its middle. Several
 * lines of text in one cell make one cell text.
 */
export function ruledTables(runs: TextRun[], rulings: Ruling[]): { tables: PdfTable[]; used: Set<TextRun> } {
  const tables: PdfTable[] = [];
  const used = new Set<TextRun>();
  for (const group of rulingGroups(rulings).flatMap(splitStackedTables)) {
    const hs = group.filter((r) => r.horizontal);
    const vs = group.filter((r) => !r.horizontal);
    const ys = clusterValues(hs.map((r) => r.y0), 1.5);
    const xs = clusterValues(vs.map((r) => r.x0), 1.5);
    if (ys.length < 2 || xs.length < 2) continue;
    const nr = ys.length - 1;
    const nc = xs.length - 1;
    if (nr * nc < 2) continue; // a framed box, not a table
    const owner: Array<Array<[number, number]>> = Array.from({ length: nr }, () => Array(nc));
    for (let i = 0; i < nr; i++) {
      for (let j = 0; j < nc; j++) {
        if (owner[i][j]) continue;
        let right = j;
        while (right + 1 < nc && !covers(group, false, xs[right + 1], (ys[i] + ys[i + 1]) / 2)) right++;
        let down = i;
        while (down + 1 < nr && !covers(group, true, ys[down + 1], (xs[j] + xs[j + 1]) / 2)) down++;
        for (let a = i; a <= down; a++) for (let b = j; b <= right; b++) owner[a][b] = [i, j];
      }
    }
    const texts: TextRun[][][] = Array.from({ length: nr }, () => Array.from({ length: nc }, () => [] as TextRun[]));
    for (const r of runs) {
      const cx = (r.x0 + r.x1) / 2;
      const cy = (r.top + r.bottom) / 2;
      if (cx < xs[0] || cx > xs[nc] || cy < ys[0] || cy > ys[nr]) continue;
      const i = ys.findIndex((y, k) => k < nr && cy >= y && cy <= ys[k + 1]);
      const j = xs.findIndex((x, k) => k < nc && cx >= x && cx <= xs[k + 1]);
      if (i < 0 || j < 0) continue;
      const [oi, oj] = owner[i][j];
      texts[oi][oj].push(r);
      used.add(r);
    }
    if (!texts.some((row) => row.some((c) => c.length))) continue;
    const rows: PdfCell[][] = texts
      .map((row, i) => row.map((cellRuns, j) => ({ x0: xs[j], x1: xs[j + 1], top: ys[i], bottom: ys[i + 1], text: cellText(cellRuns) })))
      // A band without text: the sliver of a row that the page break cut off.
      .filter((row) => row.some((c) => c.text !== ''));
    tables.push({ x0: xs[0], x1: xs[nc], top: ys[0], bottom: ys[nr], rows, columns: xs.slice(0, nc), ruled: true });
  }
  return { tables, used };
}

/** The text of a cell: its lines top to bottom, each left to right. */
function cellText(runs: TextRun[]): string {
  const lines: TextRun[][] = [];
  for (const r of [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const line = lines.find((l) => Math.abs(l[0].y - r.y) < r.size * 0.45);
    if (line) line.push(r);
    else lines.push([r]);
  }
  // Lines are kept apart with "\n": a narrow column may break a word without a hyphen, which
  // only the vocabulary can tell (see resolveLineBreaks).
  return lines.map((l) => joinRuns(l.sort((a, b) => a.x0 - b.x0))).join('\n').trim();
}

/**
 * Tables without borders: consecutive lines of several chunks whose chunks fall into the same
 * columns. Columns are the x-ranges covered by chunks across the lines (right-aligned figures
 * overlap at their right edge); a one-chunk line right after a row continues that row's cell.
 */
export function unruledTables(lines: TextLine[]): { tables: PdfTable[]; used: Set<TextLine> } {
  const tables: PdfTable[] = [];
  const used = new Set<TextLine>();
  let i = 0;
  while (i < lines.length) {
    if (lines[i].chunks.length < 2) {
      i++;
      continue;
    }
    let j = i;
    const run: TextLine[] = [];
    while (j < lines.length) {
      const l = lines[j];
      const prev = run[run.length - 1];
      if (prev && l.top - prev.bottom > l.size * 1.6) break;
      if (l.chunks.length >= 2 || (prev && run.length && l.chunks.length === 1 && l.x0 > run[0].x0 + l.size)) run.push(l);
      else break;
      j++;
    }
    const multi = run.filter((l) => l.chunks.length >= 2);
    // Columns come from the fullest rows: a total row's label may straddle two columns.
    const most = Math.max(0, ...multi.map((l) => l.chunks.length));
    const columns = columnRanges(multi.filter((l) => l.chunks.length === most));
    if (multi.length >= 2 && columns.length >= 2) {
      tables.push(buildUnruled(run, columns));
      run.forEach((l) => used.add(l));
      i = j;
    } else i++;
  }
  return { tables, used };
}

function columnRanges(lines: TextLine[]): Array<[number, number]> {
  const ranges = lines.flatMap((l) => l.chunks.map((c) => [c.x0, c.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

function nearestColumn(columns: Array<[number, number]>, x: number): number {
  let best = 0;
  columns.forEach(([x0, x1], k) => {
    const d = Math.min(Math.abs(x - x0), Math.abs(x - x1));
    const b = Math.min(Math.abs(x - columns[best][0]), Math.abs(x - columns[best][1]));
    if (d < b) best = k;
  });
  return best;
}

function buildUnruled(lines: TextLine[], columns: Array<[number, number]>): PdfTable {
  const rows: PdfCell[][] = [];
  for (const l of lines) {
    const cells: PdfCell[] = columns.map(([x0, x1]) => ({ x0, x1, top: l.top, bottom: l.bottom, text: '' }));
    for (const c of l.chunks) {
      // Text is placed by its left edge, figures (right-aligned) by their right edge.
      const edge = /^[\d.,%()\s-]+$/.test(c.text) ? c.x1 : c.x0;
      let k = columns.findIndex(([x0, x1]) => edge >= x0 - 2 && edge <= x1 + 2);
      if (k < 0) k = nearestColumn(columns, edge);
      cells[k].text = cells[k].text ? `${cells[k].text} ${c.text}` : c.text;
    }
    const filled = cells.filter((c) => c.text);
    const prev = rows[rows.length - 1];
    if (prev && filled.length === 1 && l.chunks.length === 1) {
      const k = cells.indexOf(filled[0]);
      prev[k].text = `${prev[k].text}\n${filled[0].text}`.trim();
      prev.forEach((c) => (c.bottom = l.bottom));
      continue;
    }
    rows.push(cells);
  }
  const box = unionBox(lines);
  return { ...box, rows, columns: columns.map((c) => c[0]), ruled: false };
}
