import { parentPort } from 'node:worker_threads';
import { readDocumentPage, type DocumentPage } from './page.js';
import { loadPdfjs, openPdf } from './pdfjs.js';
import type { OffloadTask } from './offload.js';

/**
 * A worker thread that shares the reading of a PDF with the main thread: it reads the text and
 * the ruling lines of the pages from `from` on, while the main thread reads the others.
 */
parentPort?.on('message', async (msg: OffloadTask) => {
  try {
    const pdfjs = await loadPdfjs();
    const doc = await openPdf(msg.data);
    const pages: DocumentPage[] = [];
    try {
      for (let n = msg.from; n <= doc.numPages; n++) pages.push(await readDocumentPage(doc, n, pdfjs.OPS));
    } finally {
      await doc.destroy();
    }
    parentPort!.postMessage({ id: msg.id, result: { pages } });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: String((err as Error)?.message ?? err) });
  }
});
