import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirectPort, openPdf, type PdfDocument } from '../../src/extract/pdf/pdfjs.js';

/**
 * pdfjs's messages go through a port that passes them over without copying (src/extract/pdf/pdfjs.ts).
 * What pdfjs hands back through it must be what its own copying port hands back: the text of
 * every page and its operator list (the drawn lines are read from it), for every PDF fixture.
 */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const pdfs = [
  join(root, 'fixtures/reference/lkjip-dumai-barat-2023.pdf'),
  ...readdirSync(join(root, 'fixtures/difficulties'))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(root, 'fixtures/difficulties', f)),
];

/**
 * Each page as JSON, typed arrays as plain arrays. pdfjs names fonts after the document
 * ("g_d3_f1"): the number of the document is left out.
 */
async function readAll(file: string, copyMessages: boolean): Promise<string[]> {
  const doc: PdfDocument = await openPdf(new Uint8Array(readFileSync(file)), { copyMessages });
  const pages: string[] = [];
  const json = (v: unknown) =>
    JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>) : x)).replace(/\bg_d\d+_/g, 'g_d_');
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const text = await page.getTextContent();
      const ops = await page.getOperatorList();
      // Not empty: a chunk pdfjs changes after sending would arrive empty through a port that did not copy it.
      expect(text.items.length > 0 && ops.fnArray.length > 0).toBe(true);
      pages.push(json({ items: text.items, fnArray: ops.fnArray, argsArray: ops.argsArray }));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

describe('pdfjs read through the direct port', () => {
  it.each(pdfs.map((f) => [f.slice(root.length + 1), f]))('%s: the same text and operator lists as through the copying port', async (_name, file) => {
    const direct = await readAll(file, false);
    const copied = await readAll(file, true);
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.length).toBe(copied.length);
    // Page by page, so that a difference names its page without a diff of the whole document.
    expect(direct.map((p, i) => (p === copied[i] ? 'same' : `page ${i + 1} differs`)).filter((s) => s !== 'same')).toEqual([]);
  }, 60_000);

  it('reads documents one after another and side by side on the one shared port', async () => {
    const [a, b] = [pdfs[1], pdfs[2]];
    const alone = await Promise.all([readAll(a, true), readAll(b, true)]);
    const together = await Promise.all([readAll(a, false), readAll(b, false), readAll(a, false)]);
    expect(together).toEqual([alone[0], alone[1], alone[0]]);
  }, 60_000);

  it('a PDF pdfjs rejects leaves the port working for the next one', async () => {
    await expect(openPdf(new Uint8Array(readFileSync(join(root, 'fixtures/bad/encrypted.pdf'))))).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(openPdf(new Uint8Array(readFileSync(join(root, 'fixtures/bad/truncated.pdf'))))).rejects.toBeDefined();
    expect(await readAll(pdfs[1], false)).toEqual(await readAll(pdfs[1], true));
  }, 60_000);
});

describe('DirectPort', () => {
  const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('delivers a message later, to every listener, as the same object', async () => {
    const port = new DirectPort();
    const seen: unknown[] = [];
    port.addEventListener('message', (e) => seen.push(e.data));
    port.addEventListener('message', (e) => seen.push(e.data));
    const plain = { action: 'GetPage', data: { pageIndex: 0 } };
    port.postMessage(plain);
    expect(seen).toEqual([]);
    await delivered();
    expect(seen).toEqual([plain, plain]);
    expect(seen[0]).toBe(plain);
  });

  it('copies what pdfjs reuses after sending: the chunk, and an operator list emptied in place', async () => {
    const port = new DirectPort();
    const seen: Array<{ chunk: { items?: string[]; fnArray?: number[]; argsArray?: unknown[] } }> = [];
    port.addEventListener('message', (e) => seen.push(e.data as (typeof seen)[number]));
    const text = { items: ['a', 'b'] };
    const ops = { fnArray: [1, 2], argsArray: [[0], [1]], length: 2 };
    port.postMessage({ stream: 4, chunk: text });
    port.postMessage({ stream: 4, chunk: ops });
    text.items = [];
    ops.fnArray.length = 0;
    ops.argsArray.length = 0;
    await delivered();
    expect(seen.map((m) => m.chunk)).toEqual([{ items: ['a', 'b'] }, { fnArray: [1, 2], argsArray: [[0], [1]], length: 2 }]);
  });

  it('drops a listener whose signal is aborted (how pdfjs lets go of a closed document)', async () => {
    const port = new DirectPort();
    const calls: string[] = [];
    const closed = new AbortController();
    port.addEventListener('message', () => calls.push('closed'), { signal: closed.signal });
    port.addEventListener('message', () => calls.push('open'));
    closed.abort();
    const already = new AbortController();
    already.abort();
    port.addEventListener('message', () => calls.push('never'), { signal: already.signal });
    port.postMessage({});
    await delivered();
    expect(calls).toEqual(['open']);
  });
});
