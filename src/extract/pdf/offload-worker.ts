import { parentPort } from 'node:worker_threads';
import type { Ruling } from './geometry.js';
import { pageRulings, pageText } from './page.js';
import { loadPdfjs, openPdf } from './pdfjs.js';
import type { PageTextRead, OffloadTask } from './offload.js';

/**
 * A worker thread that shares the reading of a PDF with the main thread: it reads the ruling
 * lines of every page, and the text of the last pages, while the main thread reads the text of
 * the others. The two halves cost about the same, so a second core halves the wait.
 */
parentPort?.on('message', async (msg: OffloadTask) => {
  try {
    const pdfjs = await loadPdfjs();
    const doc = await openPdf(msg.data);
    const rulings: Ruling[][] = [];
    const texts: PageTextRead[] = [];
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        if (n >= msg.textFrom) texts.push({ height: page.getViewport({ scale: 1 }).height, runs: await pageText(page) });
        rulings.push(await pageRulings(page, pdfjs.OPS));
        page.cleanup();
      }
    } finally {
      await doc.destroy();
    }
    parentPort!.postMessage({ id: msg.id, result: { rulings, texts } });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: String((err as Error)?.message ?? err) });
  }
});
