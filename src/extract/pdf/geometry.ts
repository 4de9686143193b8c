/** A text run on a page, in display coordinates (points, origin top-left, y downwards). */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Baseline y. */
  y: number;
  size: number;
  font: string;
}

/** A ruling line (a table border), horizontal or vertical, in display coordinates. */
export interface Ruling {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  horizontal: boolean;
}

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

/** The product m × n of two transformation matrices (n applied first, then m). */
export const multiplyMatrices = (m: ArrayLike<number>, n: ArrayLike<number>): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

export interface Box {
  x0: number;
  top: number;
  x1: number;
  bottom: number;
}

export function unionBox(boxes: Box[]): Box {
  let x0 = Infinity;
  let top = Infinity;
  let x1 = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    if (b.x0 < x0) x0 = b.x0;
    if (b.top < top) top = b.top;
    if (b.x1 > x1) x1 = b.x1;
    if (b.bottom > bottom) bottom = b.bottom;
  }
  return { x0, top, x1, bottom };
}

/** Cluster sorted values that lie within `tolerance` of their neighbour; returns cluster means. */
export function clusterValues(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}
