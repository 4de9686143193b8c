import { parentPort, workerData } from 'node:worker_threads';
import { lintFile } from '../engine/linter.js';
import type { LintConfig } from '../engine/types.js';
import { sharePdfReading } from '../extract/pdf/offload.js';
import type { BatchWorkerData } from './pool.js';

sharePdfReading((workerData as BatchWorkerData | undefined)?.sharePdfReading ?? true);

/** A batch worker: lints the files it is sent, one at a time, and posts each result back. */
parentPort?.on('message', async (task: { id: number; file: string; config: LintConfig }) => {
  try {
    const result = await lintFile(task.file, task.config);
    parentPort!.postMessage({ id: task.id, result });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort!.postMessage({ id: task.id, failure: { message: e.message, stack: e.stack } });
  }
});

// Loaded: the pool starts a file's time limit only from here, not from the worker's start-up.
parentPort?.postMessage({ ready: true });
