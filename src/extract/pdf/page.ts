import { multiplyMatrices as multiply, type Matrix, type Ruling, type TextRun } from './geometry.js';
import { textItemsFromOperatorList, UnsupportedText, type FontInfoLike, type OperatorList, type TextItem } from './oplist-text.js';

/** The parts of pdfjs used here (legacy build, loaded lazily). */
export interface PdfPage {
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: Array<Partial<TextItem>> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  cleanup(): void;
  /** The page's visible area (crop box), in user space. */
  view: number[];
  /** The fonts pdfjs loaded, by the name the operator list gives them. */
  commonObjs: { has(id: string): boolean; get(id: string, callback?: (data: unknown) => void): unknown };
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Text runs of a page in display coordinates, read with pdfjs's getTextContent(). */
export async function pageText(page: PdfPage): Promise<TextRun[]> {
  const vp = page.getViewport({ scale: 1 }).transform as Matrix;
  return runsOf((await page.getTextContent()).items, vp);
}

export interface PageRead {
  runs: TextRun[];
  rulings: Ruling[];
}

/**
 * A page's text runs and ruling lines from one operator list: the text is replayed from the
 * glyphs drawn (oplist-text.ts), so the content stream is parsed once, not once for the lines
 * and again for the text. Pages whose text cannot be replayed are read with getTextContent();
 * so is every page with LKJIP_PDF_TEXT=content.
 */
export async function readPage(page: PdfPage, ops: { [name: string]: number }, options: { fontWaitMs?: number } = {}): Promise<PageRead> {
  const vp = page.getViewport({ scale: 1 }).transform as Matrix;
  const list = await page.getOperatorList();
  const rulings = rulingsOf(list, vp, ops);
  if (process.env.LKJIP_PDF_TEXT === 'content') return { runs: await pageText(page), rulings };
  try {
    const fonts = await fontsOf(page, list, ops, options.fontWaitMs ?? FONT_WAIT_MS);
    return { runs: runsOf(textItemsFromOperatorList(list, ops, (name) => fonts.get(name), page.view), vp), rulings };
  } catch (err) {
    if (!(err instanceof UnsupportedText)) throw err;
    return { runs: await pageText(page), rulings };
  }
}

/** A page of a document read whole: its height (points), text runs and ruling lines. */
export interface DocumentPage extends PageRead {
  height: number;
}

/** Page `n` of a document, read with readPage and let go of (pdfjs keeps no cache of it). */
export async function readDocumentPage(doc: { getPage(n: number): Promise<PdfPage> }, n: number, ops: { [name: string]: number }): Promise<DocumentPage> {
  const page = await doc.getPage(n);
  try {
    return { height: page.getViewport({ scale: 1 }).height, ...(await readPage(page, ops)) };
  } finally {
    page.cleanup();
  }
}

/** How long a font may take to arrive before the page is read with getTextContent() instead. */
const FONT_WAIT_MS = 10_000;

/**
 * The fonts the operator list sets, once pdfjs has them: it sends them apart from the list, and
 * often after it. A font that does not come in time makes the page unsupported, not a hang.
 */
async function fontsOf(page: PdfPage, list: OperatorList, ops: { [name: string]: number }, waitMs: number): Promise<Map<string, FontInfoLike | undefined>> {
  const fonts = new Map<string, FontInfoLike | undefined>();
  for (let k = 0; k < list.fnArray.length; k++) {
    if (list.fnArray[k] !== ops.setFont) continue;
    const name = (list.argsArray[k] as [string])[0];
    if (fonts.has(name)) continue;
    const data = page.commonObjs.has(name) ? page.commonObjs.get(name) : await fontArrival(page, name, waitMs);
    // A font pdfjs could not load arrives as its error message.
    fonts.set(name, typeof data === 'object' && data ? (data as FontInfoLike) : undefined);
  }
  return fonts;
}

function fontArrival(page: PdfPage, name: string, waitMs: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnsupportedText(`font ${name} did not arrive`)), waitMs);
  });
  return Promise.race([new Promise((resolve) => page.commonObjs.get(name, resolve)), late]).finally(() => clearTimeout(timer));
}

function runsOf(items: Array<Partial<TextItem>>, vp: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!item.str || !item.transform || item.str.trim() === '') continue;
    const t = item.transform as Matrix;
    const m = multiply(vp, t);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    const scaleX = Math.hypot(t[0], t[1]) || 1;
    const [ox, oy] = apply(vp, t[4], t[5]);
    // The run's far end, along its own direction in user space, then into display space.
    const w = item.width ?? 0;
    const [ex, ey] = apply(vp, t[4] + (t[0] / scaleX) * w, t[5] + (t[1] / scaleX) * w);
    if (Math.abs(ey - oy) > Math.abs(ex - ox) + 1) continue; // vertical text: not part of a report's tables or prose
    runs.push({
      text: item.str,
      x0: Math.min(ox, ex),
      x1: Math.max(ox, ex),
      y: oy,
      top: oy - size * 0.8,
      bottom: oy + size * 0.2,
      size,
      font: item.fontName ?? '',
    });
  }
  return runs;
}

/** Ruling lines: stroked straight segments, and thin filled rectangles (how Word draws borders). */
function rulingsOf(list: OperatorList, vp: Matrix, ops: { [name: string]: number }): Ruling[] {
  const out: Ruling[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const push = (x0: number, y0: number, x1: number, y1: number) => {
    const [ax, ay] = apply(vp, ...apply(ctm, x0, y0));
    const [bx, by] = apply(vp, ...apply(ctm, x1, y1));
    const dx = Math.abs(bx - ax);
    const dy = Math.abs(by - ay);
    if (dy < 1.5 && dx > 3) out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: (ay + by) / 2, y1: (ay + by) / 2, horizontal: true });
    else if (dx < 1.5 && dy > 3) out.push({ x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by), horizontal: false });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.constructPath) {
      const paint = args[0] as number;
      if (paint === ops.endPath) continue; // a clip, not a visible line
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      readPath(data, paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke, push);
    }
  }
  return out;
}

/** Walk a pdfjs path (0 moveTo, 1 lineTo, 2 curveTo, 3 closePath); thin filled boxes are lines. */
function readPath(data: ArrayLike<number>, filled: boolean, push: (x0: number, y0: number, x1: number, y1: number) => void): void {
  const points: Array<[number, number]> = [];
  let start: [number, number] | undefined;
  let cur: [number, number] | undefined;
  for (let k = 0; k < data.length; ) {
    const op = data[k];
    if (op === 0) {
      cur = start = [data[k + 1], data[k + 2]];
      points.push(cur);
      k += 3;
    } else if (op === 1) {
      const next: [number, number] = [data[k + 1], data[k + 2]];
      if (cur && !filled) push(cur[0], cur[1], next[0], next[1]);
      cur = next;
      points.push(next);
      k += 3;
    } else if (op === 2) {
      cur = [data[k + 5], data[k + 6]];
      points.push(cur);
      k += 7;
    } else {
      if (cur && start && !filled) push(cur[0], cur[1], start[0], start[1]);
      cur = start;
      k += 1;
    }
  }
  if (filled && points.length >= 3) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (y1 - y0 < 2.5 && x1 - x0 > 3) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
    else if (x1 - x0 < 2.5 && y1 - y0 > 3) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
  }
}
