import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfPage } from './page.js';

export interface PdfJs {
  getDocument(p: object): { promise: Promise<PdfDocument> };
  OPS: Record<string, number>;
  PDFWorker: new (p: { port: MessagePortLike; verbosity?: number }) => object;
}

/** What pdfjs's message handlers need of a port. */
interface MessagePortLike {
  postMessage(message: unknown, transfer?: unknown): void;
  addEventListener(name: string, listener: (event: { data: unknown }) => void, options?: { signal?: AbortSignal }): void;
  removeEventListener(name: string, listener: (event: { data: unknown }) => void): void;
  terminate(): void;
}

interface PdfjsWorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: MessagePortLike): void };
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

let pdfjsModule: Promise<PdfJs> | undefined;
const require = createRequire(import.meta.url);

export const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/**
 * pdfjs-dist, legacy build (the modern one needs DOMMatrix, absent from Node 20). Its bundled
 * core-js replaces some built-ins that Node already has, e.g. Array.prototype.push, with slow
 * spec-checking versions for the whole process: those built-ins are put back after loading.
 */
export function loadPdfjs(): Promise<PdfJs> {
  pdfjsModule ??= (async () => {
    const owners = [Array.prototype, Array, Object, String.prototype, Promise, Map.prototype, Set.prototype, Uint8Array.prototype];
    const saved = owners.map((o) => new Map(Object.entries(Object.getOwnPropertyDescriptors(o))));
    const mod = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    // pdfjs's own worker code runs in this thread (pdfjs starts no worker in Node); loading it
    // now lets the built-ins be restored after it too.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    owners.forEach((o, i) => {
      for (const [name, descriptor] of saved[i]) {
        const now = Object.getOwnPropertyDescriptor(o, name);
        if (now && now.value !== descriptor.value && typeof descriptor.value === 'function') Object.defineProperty(o, name, descriptor);
      }
    });
    return mod;
  })();
  return pdfjsModule;
}

/**
 * pdfjs in Node runs its "worker" on the calling thread, through a port that deep-copies every
 * message (structuredClone) as a real worker's port must, a large part of the cost of reading
 * a page's text. This port hands each message over as it is, on the same deferred turn. pdfjs
 * changes two kinds of object after sending them, which are copied (shallowly) here: a stream's
 * chunk (the text content object gets a new items array) and an operator list's arrays (emptied
 * in place for the next chunk). tests/extract/pdfjs-port.test.ts reads the fixtures through both
 * ports and compares what comes out.
 */
export class DirectPort implements MessagePortLike {
  #listeners = new Set<(event: { data: unknown }) => void>();
  #deferred = Promise.resolve();

  postMessage(message: unknown): void {
    const event = { data: detachChunk(message) };
    void this.#deferred.then(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  /** pdfjs removes a document's handlers by aborting the signal they were added with. */
  addEventListener(_name: string, listener: (event: { data: unknown }) => void, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_name: string, listener: (event: { data: unknown }) => void): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

function detachChunk(message: unknown): unknown {
  const chunk = (message as { chunk?: unknown } | null)?.chunk;
  if (!chunk || typeof chunk !== 'object') return message;
  const c = chunk as { fnArray?: unknown[]; argsArray?: unknown[] };
  const copy = Array.isArray(c.fnArray) && Array.isArray(c.argsArray) ? { ...c, fnArray: c.fnArray.slice(), argsArray: c.argsArray.slice() } : { ...c };
  return { ...(message as object), chunk: copy };
}

let directWorker: object | undefined;

/** One pdfjs worker per thread on a DirectPort, shared by the documents it opens. */
function sharedWorker(pdfjs: PdfJs): object {
  if (!directWorker) {
    const port = new DirectPort();
    (globalThis as { pdfjsWorker?: PdfjsWorkerModule }).pdfjsWorker!.WorkerMessageHandler.initializeFromPort(port);
    directWorker = new pdfjs.PDFWorker({ port, verbosity: 0 });
  }
  return directWorker;
}

/**
 * Open a PDF. `copyMessages` uses pdfjs's own copying port instead of the direct one (the
 * comparison test; LKJIP_PDF_DIRECT_PORT=0 does the same for a whole run).
 *
 * Images are left out of operator lists (maxImageSize 0): pdfjs would decode every photo and
 * scan, in JavaScript, for text and lines that never come from an image.
 */
export async function openPdf(data: Uint8Array, options: { copyMessages?: boolean } = {}): Promise<PdfDocument> {
  const pdfjs = await loadPdfjs();
  const copy = options.copyMessages ?? process.env.LKJIP_PDF_DIRECT_PORT === '0';
  const worker = copy ? undefined : sharedWorker(pdfjs);
  return pdfjs.getDocument({ data, standardFontDataUrl, verbosity: 0, isEvalSupported: false, useSystemFonts: false, maxImageSize: 0, worker }).promise;
}
