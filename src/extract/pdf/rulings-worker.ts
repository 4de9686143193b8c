import { parentPort } from 'node:worker_threads';
import type { Ruling } from './geometry.js';
import { pageRulings } from './page.js';
import { loadPdfjs, openPdf } from './pdfjs.js';

/**
 * A worker thread that reads the ruling lines of a PDF's pages while the main thread reads
 * their text: the operator list costs about as much as the text, and a second core does it
 * at the same time.
 */
parentPort?.on('message', async (msg: { id: number; data: Uint8Array }) => {
  try {
    const pdfjs = await loadPdfjs();
    const doc = await openPdf(msg.data);
    const pages: Ruling[][] = [];
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        pages.push(await pageRulings(page, pdfjs.OPS));
        page.cleanup();
      }
    } finally {
      await doc.destroy();
    }
    parentPort!.postMessage({ id: msg.id, pages });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: String((err as Error)?.message ?? err) });
  }
});
