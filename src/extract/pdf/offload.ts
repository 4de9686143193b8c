import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Ruling, TextRun } from './geometry.js';

/** What the main thread asks of the worker: the PDF, and the first page whose text it reads. */
export interface OffloadTask {
  id: number;
  data: Uint8Array;
  textFrom: number;
}

export interface PageTextRead {
  height: number;
  runs: TextRun[];
}

/** The ruling lines of every page, and the text of pages `textFrom`… in order. */
export interface OffloadResult {
  rulings: Ruling[][];
  texts: PageTextRead[];
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (result: OffloadResult | undefined) => void>();

function startWorker(): Worker | undefined {
  const path = fileURLToPath(new URL('./offload-worker.js', import.meta.url));
  // Run from TypeScript sources (tests) there is no compiled worker: the caller reads in-thread.
  if (!existsSync(path)) return undefined;
  const w = new Worker(path);
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
 * The first page whose text the worker reads. Per page, the drawn lines cost about two thirds
 * of the text, so the worker, which reads the drawn lines of every page, takes the text of
 * about the last sixth.
 */
export function workerTextFrom(pages: number): number {
  return pages - Math.floor(pages / 6) + 1;
}

/**
 * Read the drawn lines of every page and the text of pages `textFrom`… on a worker thread;
 * undefined when no worker can run, and a promise of undefined when the worker failed (the
 * caller then reads everything itself). The PDF's bytes are copied to the worker.
 */
export function readInWorker(data: Buffer, textFrom: number): Promise<OffloadResult | undefined> | undefined {
  if (process.env.LKJIP_PDF_WORKER === '0') return undefined;
  worker ??= startWorker();
  if (!worker) return undefined;
  const id = nextId++;
  const copy = new Uint8Array(data);
  const result = new Promise<OffloadResult | undefined>((resolve) => pending.set(id, resolve));
  worker.ref();
  const task: OffloadTask = { id, data: copy, textFrom };
  worker.postMessage(task, [copy.buffer]);
  return result.finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}
