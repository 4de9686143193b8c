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
    // A zero in a TJ array is no break: the glyphs on both sides are one string.
    expect(run(line(700, [...glyphs('Ren'), 0, ...glyphs('stra'), -333, ...glyphs('2021')])).map((i) => i.str)).toEqual(['Renstra 2021']);
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

    // A font that never arrives: the page is read with getTextContent(), it does not hang.
    page.commonObjs = { has: () => false, get: () => undefined };
    expect((await readPage(page, OPS, { fontWaitMs: 50 })).runs.map((r) => r.text)).toEqual(['tegak']);
    expect(contentCalls).toBe(2);
  });
});

/**
 * A page written operator by operator, to cover the text state getTextContent() keeps: spacing
 * (Tc, Tw, Tz), leading and line moves (TL, T*, ', ", TD), rise (Ts), TJ kerning, two fonts, a
 * transformation saved and restored, marked content, a form XObject with its own matrix, a
 * rotated line, and text outside the page.
 */
function pdfOf(content: string, form: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> /XObject << /X1 7 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Form /BBox [0 0 400 200] /Matrix [1 0 0 1 120 60] /Resources << /Font << /F1 4 0 R >> >> /Length ${Buffer.byteLength(form, 'latin1')} >>\nstream\n${form}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

describe('text state operators', () => {
  it('give the same runs as getTextContent()', async () => {
    const content = [
      'BT /F1 11 Tf 14 TL 50 780 Td (Laporan Kinerja) Tj T* (Instansi Pemerintah) Tj ET',
      'BT /F1 10 Tf 2 Tc 50 740 Td (Renggang huruf) Tj 0 Tc 6 Tw 0 -14 Td (Renggang kata di sini) Tj 0 Tw ET',
      'BT /F2 10 Tf 150 Tz 50 700 Td (Skala horizontal) Tj 100 Tz ET',
      'BT /F1 10 Tf 50 680 Td [(Capaian) -250 (95,21) -2000 (persen) 120 (.)] TJ ET',
      'BT /F1 10 Tf 2 Tc 300 680 Td [(Ren) 0 (stra) -400 0 (2021) -3000] TJ 0 Tc ET',
      'BT /F1 10 Tf 12 TL 50 650 Td (baris satu) Tj (baris dua) \' 3 1 (baris tiga) " ET',
      'BT /F1 10 Tf 50 610 Td (Angka) Tj 4 Ts (2) Tj 0 Ts ( naik) Tj ET',
      'BT /F1 10 Tf 50 590 Td 0 -12 TD (dengan TD) Tj T* (sesudah TD) Tj ET',
      'q 1 0 0 1 200 0 cm BT /F2 12 Tf 50 540 Td (Digeser cm) Tj ET Q BT /F2 12 Tf 50 520 Td (Tidak digeser) Tj ET',
      '/Span << /MCID 0 >> BDC BT /F1 10 Tf 50 500 Td (Dalam) Tj ET EMC /Span << /MCID 1 >> BDC BT /F1 10 Tf 80 500 Td (konten bertanda) Tj ET EMC',
      '/X1 Do',
      'BT /F1 10 Tf 0.7071 0.7071 -0.7071 0.7071 300 300 Tm (Miring 45 derajat) Tj ET',
      'BT /F1 10 Tf 700 300 Td (Di luar halaman) Tj ET',
      'BT /F1 9 Tf 50 200 Td (Tabel) Tj 150 0 Td (Target) Tj 80 0 Td (Realisasi) Tj ET',
    ].join('\n');
    const form = 'BT /F1 10 Tf 0 0 Td (Di dalam formulir XObject) Tj 0 -12 Td (baris kedua formulir) Tj ET';
    const { OPS } = await loadPdfjs();
    const doc = await openPdf(pdfOf(content, form));
    try {
      const page = await doc.getPage(1);
      const expected = (await pageText(page)).map(key);
      const replayed = (await readPage(page, OPS)).runs.map(key);
      expect(expected.length).toBeGreaterThan(15);
      expect(replayed).toEqual(expected);
    } finally {
      await doc.destroy();
    }
  });
});
