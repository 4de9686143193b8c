import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPdfjs, openPdf } from '../../src/extract/pdf/pdfjs.js';
import { pageText, readPage, type PdfPage } from '../../src/extract/pdf/page.js';
import { textItemsFromOperatorList, UnsupportedText, type FontInfoLike } from '../../src/extract/pdf/oplist-text.js';
import type { TextRun } from '../../src/extract/pdf/geometry.js';

/**
 * A page's text is replayed from its operator list (src/extract/pdf/oplist-text.ts) instead of
 * being read a second time with pdfjs's getTextContent(). The replay must give what
 * getTextContent() gives: the same runs, cut at the same places, with the same spaces, on every
 * page of every PDF fixture: LibreOffice's, and in fixtures/producers Chromium's and a tagged
 * export (text in marked content).
 */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const pdfsIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(dir, f));
const pdfs = ['fixtures/reference/lkjip-dumai-barat-2023.pdf', ...pdfsIn('fixtures/difficulties'), ...pdfsIn('fixtures/producers')];

/** Positions to a thousandth of a point: the operator list keeps text matrices as 32-bit floats. */
const key = (r: TextRun) => [r.text, r.x0, r.x1, r.y, r.top, r.bottom, r.size].map((v) => (typeof v === 'number' ? v.toFixed(3) : v)).join('|') + `|${r.font}`;

async function comparePages(file: string, copyMessages: boolean): Promise<{ pages: number; runs: number; differing: string[] }> {
  const pdfjs = await loadPdfjs();
  const doc = await openPdf(new Uint8Array(readFileSync(join(root, file))), { copyMessages });
  const differing: string[] = [];
  let runs = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const expected = (await pageText(page)).map(key);
      const replayed = (await readPage(page, pdfjs.OPS)).runs.map(key);
      runs += replayed.length;
      if (expected.join('\n') !== replayed.join('\n')) {
        const k = expected.findIndex((e, i) => e !== replayed[i]);
        differing.push(`page ${n}, run ${k}: ${expected[k]} ≠ ${replayed[k]}`);
      }
      page.cleanup();
    }
    return { pages: doc.numPages, runs, differing };
  } finally {
    await doc.destroy();
  }
}

describe('text replayed from the operator list', () => {
  it.each(pdfs.map((f) => [f]))('%s: the same runs as getTextContent()', async (file) => {
    const r = await comparePages(file, false);
    expect(r.runs).toBeGreaterThanOrEqual(r.pages);
    expect(r.differing).toEqual([]);
  }, 60_000);

  it('the same through pdfjs\'s copying port (glyphs arrive as plain objects)', async () => {
    const r = await comparePages('fixtures/producers/chromium.pdf', true);
    expect(r.runs).toBeGreaterThan(20);
    expect(r.differing).toEqual([]);
  }, 60_000);
});

/** Operator lists written by hand, with pdfjs's operator numbers. */
describe('textItemsFromOperatorList', () => {
  let OPS: Record<string, number>;
  beforeAll(async () => {
    OPS = (await loadPdfjs()).OPS;
  });
  const font: FontInfoLike = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
  const glyphs = (s: string, width = 500) => [...s].map((c) => ({ unicode: c, width, originalCharCode: c.charCodeAt(0) }));
  const view = [0, 0, 600, 800];
  const run = (ops: Array<[string, unknown[]]>, fonts: Record<string, FontInfoLike> = { F1: font }) =>
    textItemsFromOperatorList({ fnArray: ops.map(([name]) => OPS[name]), argsArray: ops.map(([, a]) => a) }, OPS, (n) => fonts[n], view);
  const line = (y: number, ...show: unknown[][]): Array<[string, unknown[]]> => [
    ['beginText', []],
    ['setFont', ['F1', 10]],
    ['setTextMatrix', [new Float32Array([1, 0, 0, 1, 50, y])]],
    ...show.map((s): [string, unknown[]] => ['showText', [s]]),
    ['endText', []],
  ];

  it('keeps a word whole and places it by the text matrix and the font size', () => {
    const items = run(line(700, glyphs('Kinerja')));
    expect(items.map((i) => i.str)).toEqual(['Kinerja']);
    expect(items[0].transform).toEqual([10, 0, 0, 10, 50, 700]);
    expect(items[0].width).toBeCloseTo(35); // 7 glyphs × 500/1000 × 10
  });

  it('reads a TJ gap of a third of an em as a space, and a wide one as a new item', () => {
    expect(run(line(700, [...glyphs('Rp'), -333, ...glyphs('100')])).map((i) => i.str)).toEqual(['Rp 100']);
    expect(run(line(700, [...glyphs('No'), -3000, ...glyphs('Uraian')])).map((i) => i.str)).toEqual(['No', 'Uraian']);
  });

  it('ends an item at a new line, and at marked content', () => {
    expect(run([...line(700, glyphs('atas')), ...line(680, glyphs('bawah'))]).map((i) => i.str)).toEqual(['atas', 'bawah']);
    const marked = run([['beginText', []], ['setFont', ['F1', 10]], ['showText', [glyphs('a')]], ['beginMarkedContent', ['Span']], ['showText', [glyphs('b')]], ['endMarkedContent', []], ['endText', []]]);
    expect(marked.map((i) => i.str)).toEqual(['a', 'b']);
  });

  it('moves the text by the current transformation, saved and restored', () => {
    const items = run([['save', []], ['transform', [1, 0, 0, 1, 100, 0]], ...line(700, glyphs('geser')), ['restore', []], ...line(600, glyphs('tetap'))]);
    expect(items.map((i) => [i.str, i.transform[4]])).toEqual([
      ['geser', 150],
      ['tetap', 50],
    ]);
  });

  it("leaves out annotations' appearances (form fields, comments), as getTextContent() does", () => {
    const annotated = run([...line(700, glyphs('isi')), ['beginAnnotation', ['a1', [0, 0, 100, 20], [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0], false]], ...line(650, glyphs('komentar')), ['endAnnotation', []]]);
    expect(annotated.map((i) => i.str)).toEqual(['isi']);
  });

  it('drops glyphs outside the page, and decomposes ligatures as pdfjs does', () => {
    expect(run(line(900, glyphs('luar'))).map((i) => i.str)).toEqual([]);
    expect(run(line(700, glyphs('\ufb01nal'))).map((i) => i.str)).toEqual(['final']);
  });

  it('leaves vertical text, Type 3 fonts and right-to-left scripts to getTextContent()', () => {
    expect(() => run(line(700, glyphs('a')), { F1: { ...font, vertical: true } })).toThrow(UnsupportedText);
    expect(() => run(line(700, glyphs('a')), { F1: { ...font, isType3Font: true } })).toThrow(UnsupportedText);
    expect(() => run(line(700, glyphs('\u0627\u0644')))).toThrow(UnsupportedText);
  });
});

describe('operator lists', () => {
  it('leave images out: pdfjs would decode every photo for text and lines that never come from one', async () => {
    const { OPS } = await loadPdfjs();
    const doc = await openPdf(new Uint8Array(readFileSync(join(root, 'fixtures/producers/photos.pdf'))));
    try {
      const page = await doc.getPage(1);
      const list = await page.getOperatorList();
      const images = [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintJpegXObject];
      expect(list.fnArray.filter((f) => images.includes(f))).toEqual([]);
      expect((await readPage(page, OPS)).runs.map((r) => r.text).join(' ')).toContain('Dokumentasi kegiatan');
    } finally {
      await doc.destroy();
    }
  });
});

describe('readPage', () => {
  it('reads a page whose text cannot be replayed with getTextContent()', async () => {
    const { OPS } = await loadPdfjs();
    let contentCalls = 0;
    const page: PdfPage = {
      view: [0, 0, 600, 800],
      getViewport: () => ({ width: 600, height: 800, transform: [1, 0, 0, -1, 0, 800] }),
      getOperatorList: async () => ({
        fnArray: [OPS.beginText, OPS.setFont, OPS.showText, OPS.endText],
        argsArray: [[], ['F1', 10], [[{ unicode: 'a', width: 500, originalCharCode: 97 }]], []],
      }),
      getTextContent: async () => {
        contentCalls++;
        return { items: [{ str: 'tegak', transform: [10, 0, 0, 10, 50, 700], width: 25, fontName: 'F1' }] };
      },
      commonObjs: { has: () => true, get: () => ({ vertical: true }) },
      cleanup: () => undefined,
    };
    const read = await readPage(page, OPS);
    expect(contentCalls).toBe(1);
    expect(read.runs.map((r) => r.text)).toEqual(['tegak']);
  });
});
