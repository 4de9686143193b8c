import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Ruling } from './geometry.js';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (pages: Ruling[][] | undefined) => void>();

function startWorker(): Worker | undefined {
  const path = fileURLToPath(new URL('./rulings-worker.js', import.meta.url));
  // Run from TypeScript sources (tests) there is no compiled worker: the caller reads in-thread.
  if (!existsSync(path)) return undefined;
  const w = new Worker(path);
  w.unref();
  w.on('message', (msg: { id: number; pages?: Ruling[][] }) => {
    pending.get(msg.id)?.(msg.pages);
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
 * The ruling lines of every page, read by a worker thread; undefined when no worker can run
 * (the caller then reads them itself). The PDF's bytes are copied to the worker.
 */
export function rulingsInWorker(data: Buffer): Promise<Ruling[][] | undefined> | undefined {
  if (process.env.LKJIP_PDF_WORKER === '0') return undefined;
  worker ??= startWorker();
  if (!worker) return undefined;
  const id = nextId++;
  const copy = new Uint8Array(data);
  const result = new Promise<Ruling[][] | undefined>((resolve) => pending.set(id, resolve));
  worker.ref();
  worker.postMessage({ id, data: copy }, [copy.buffer]);
  return result.finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}
