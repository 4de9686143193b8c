import { unionBox, type Box, type TextRun } from './geometry.js';

/** Runs of one line that belong together: a phrase, or the content of one table cell. */
export interface Chunk extends Box {
  text: string;
  runs: TextRun[];
}

export interface TextLine extends Box {
  runs: TextRun[];
  /** Computed on first use: only lines outside ruled tables need them. */
  readonly chunks: Chunk[];
  y: number;
  size: number;
  font: string;
  text: string;
}

/** Group runs into lines by baseline, left to right. */
export function groupLines(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: TextRun[][] = [];
  let line: TextRun[] | undefined;
  for (const r of sorted) {
    if (line && Math.abs(line[0].y - r.y) < Math.max(line[0].size, r.size) * 0.45) line.push(r);
    else lines.push((line = [r]));
  }
  return lines.map((l) => makeLine(l.sort((a, b) => a.x0 - b.x0))).sort((a, b) => a.y - b.y);
}

/** Join runs into text: no space across a tiny gap (letters drawn one by one), one space otherwise. */
export function joinRuns(runs: TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const r of runs) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      if (gap > prev.size * 0.12 && !out.endsWith(' ') && !r.text.startsWith(' ')) out += ' ';
    }
    out += r.text;
    prev = r;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A class, not an object literal with a getter: lines are sorted and read many times. */
class Line implements TextLine {
  x0: number;
  top: number;
  x1: number;
  bottom: number;
  y: number;
  size = 0;
  font: string;
  text: string;
  private chunkList: Chunk[] | undefined;

  constructor(readonly runs: TextRun[]) {
    const box = unionBox(runs);
    this.x0 = box.x0;
    this.top = box.top;
    this.x1 = box.x1;
    this.bottom = box.bottom;
    for (const r of runs) if (r.size > this.size) this.size = r.size;
    this.y = runs[0].y;
    this.font = runs[0].font;
    this.text = joinRuns(runs);
  }

  get chunks(): Chunk[] {
    return (this.chunkList ??= chunkRuns(this.runs));
  }
}

function makeLine(runs: TextRun[]): TextLine {
  return new Line(runs);
}

function chunkRuns(runs: TextRun[]): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: TextRun[] = [];
  for (const r of runs) {
    const prev = cur[cur.length - 1];
    // A gap wider than about two thirds of an em (about twice a word space) separates table
    // columns (or tab stops).
    if (prev && r.x0 - prev.x1 > Math.max(prev.size, r.size) * 0.7) {
      chunks.push(makeChunk(cur));
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length) chunks.push(makeChunk(cur));
  return chunks;
}

function makeChunk(runs: TextRun[]): Chunk {
  return { ...unionBox(runs), runs, text: joinRuns(runs) };
}
