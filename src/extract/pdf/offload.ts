import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../../util/module-worker.js';
import type { DocumentPage } from './page.js';

/** What the main thread asks of the worker: the PDF, and the first page the worker reads. */
export interface OffloadTask {
  id: number;
  data: Uint8Array;
  from: number;
}

/** The pages `from`… in order. */
export interface OffloadResult {
  pages: DocumentPage[];
}

let worker: Worker | undefined;
let shareWithWorker = true;
let nextId = 1;
const pending = new Map<number, (result: OffloadResult | undefined) => void>();

/**
 * Whether a PDF's reading is shared with a worker thread (default yes). A batch that already
 * keeps every core busy with its own workers turns it off: a second thread per file would only
 * compete with the other files for the cores.
 */
export function sharePdfReading(share: boolean): void {
  shareWithWorker = share;
}

function startWorker(): Worker | undefined {
  const path = fileURLToPath(new URL('./offload-worker.js', import.meta.url));
  // Run from TypeScript sources (tests) there is no compiled worker: the caller reads in-thread.
  if (!existsSync(path)) return undefined;
  const w = moduleWorker(path);
  w.unref();
  w.on('message', (msg: { id: number; result?: OffloadResult }) => {
    pending.get(msg.id)?.(msg.result);
    pending.delete(msg.id);
  });
  const fail = () => {
    for (const resolve of pending.values()) resolve(undefined);
    pending.clear();
    worker = undefined;
  };
  w.on('error', fail);
  w.on('exit', fail);
  return w;
}

/**
 * The first page the worker reads: the second half, since a page costs about the same to read
 * on either thread. The main thread takes the first half, which it can start at once while the
 * worker receives the PDF and opens it.
 */
export function workerPagesFrom(pages: number): number {
  return pages - Math.floor(pages / 2) + 1;
}

/**
 * Read pages `from`… (text and ruling lines) on a worker thread;
 * undefined when no worker can run, and a promise of undefined when the worker failed (the
 * caller then reads everything itself). The PDF's bytes are copied to the worker.
 */
export function readInWorker(data: Buffer, from: number): Promise<OffloadResult | undefined> | undefined {
  if (!shareWithWorker || process.env.LKJIP_PDF_WORKER === '0') return undefined;
  worker ??= startWorker();
  if (!worker) return undefined;
  const id = nextId++;
  const copy = new Uint8Array(data);
  const result = new Promise<OffloadResult | undefined>((resolve) => pending.set(id, resolve));
  worker.ref();
  const task: OffloadTask = { id, data: copy, from };
  worker.postMessage(task, [copy.buffer]);
  return result.finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}
