import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult, LintConfig } from '../engine/types.js';
import { tuneV8ForBatch } from '../engine/v8-tuning.js';
import { moduleWorker } from '../util/module-worker.js';

/** The time limit per file of a batch when none is given (seconds). */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/** An unexpected failure inside a worker, with its stack for --debug. */
export class WorkerFailure extends Error {
  constructor(
    message: string,
    readonly workerStack?: string,
  ) {
    super(message);
  }
}

export interface BatchOptions {
  /** Files linted at the same time (worker threads); default: the number of cores. */
  concurrency?: number;
  /** A file that takes longer is stopped and reported as not checked. */
  timeoutMs?: number;
  /**
   * The time limit was asked for: a single file, too, runs on a worker thread, where it can be
   * stopped (it costs the worker's start-up, a fraction of a second).
   */
  limitSingleFile?: boolean;
  /** Called as each file is done (in completion order). */
  onDone?: (file: string, outcome: Outcome) => void;
  /** The single-file linter, used in-process when no worker can run (sources run by jest). */
  lintInProcess: (file: string, config: LintConfig) => Promise<FileResult>;
  /** On two workers or more, tune V8 for workers that share the cores (src/engine/v8-tuning.ts): the CLI does, the library does not. */
  tuneV8?: boolean;
}

export type Outcome = { result: FileResult } | { failure: WorkerFailure } | { timedOut: true } | { outOfMemory: true };

function defaultConcurrency(): number {
  return availableParallelism();
}

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/** What a batch worker is told at its start. */
export interface BatchWorkerData {
  /** Share each PDF's reading with a thread of its own (src/extract/pdf/offload.ts). */
  sharePdfReading: boolean;
}

/**
 * A PDF's reader takes a second thread when there is a core for it: when the batch's workers
 * leave half the cores free. A batch on every core reads each PDF on its worker alone.
 */
export function workerDataFor(concurrency: number, cores: number = availableParallelism()): BatchWorkerData {
  return { sharePdfReading: concurrency * 2 <= cores };
}

/**
 * Lint files on worker threads, `concurrency` at a time; outcomes come back in the order of
 * `files`. A worker that exceeds the time limit is terminated and replaced. A single file, unless
 * a concurrency or a time limit for it is asked for (and every file when run from the TypeScript
 * sources, where there is no compiled worker), is checked in this process, without a time limit.
 */
export async function lintBatch(files: readonly string[], config: LintConfig, options: BatchOptions): Promise<Outcome[]> {
  const concurrency = Math.max(1, Math.min(options.concurrency ?? defaultConcurrency(), files.length));
  const outcomes: Outcome[] = new Array(files.length);
  // One file with no concurrency or time limit asked for is checked in this process: a worker
  // would only add its start-up.
  const single = files.length === 1 && options.concurrency === undefined && !options.limitSingleFile;
  if (single || !existsSync(WORKER)) {
    for (let i = 0; i < files.length; i++) {
      outcomes[i] = await inProcess(files[i], config, options);
      options.onDone?.(files[i], outcomes[i]);
    }
    return outcomes;
  }
  if (options.tuneV8 && concurrency >= 2) tuneV8ForBatch();
  const workerData = workerDataFor(concurrency);
  let next = 0;
  const lane = async () => {
    let worker: Worker | Error | undefined;
    try {
      while (next < files.length) {
        const i = next++;
        worker ??= await startWorker(workerData);
        if (worker instanceof Error) {
          // The worker could not load the linter: this file fails, the next one tries a fresh worker.
          outcomes[i] = { failure: new WorkerFailure(worker.message, worker.stack) };
          options.onDone?.(files[i], outcomes[i]);
          worker = undefined;
          continue;
        }
        const outcome = await runOne(worker, i, files[i], config, options.timeoutMs);
        if ('timedOut' in outcome || 'outOfMemory' in outcome || ('failure' in outcome && outcome.failure.message === WORKER_DIED)) {
          await worker.terminate();
          worker = undefined;
        }
        outcomes[i] = outcome;
        options.onDone?.(files[i], outcome);
      }
    } finally {
      if (worker instanceof Worker) await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return outcomes;
}

/** The failure of a worker that stopped without saying why (results.ts words it for the user). */
export const WORKER_DIED = 'worker stopped';

/** A worker that has loaded the linter, or the error that stopped it loading. */
export function startWorker(workerData: BatchWorkerData): Promise<Worker | Error> {
  const worker = moduleWorker(WORKER, { workerData });
  return new Promise((resolve) => {
    const settle = (value: Worker | Error) => {
      worker.off('message', ready);
      worker.off('error', failed);
      worker.off('exit', exited);
      resolve(value);
    };
    const ready = (msg: { ready?: boolean }) => {
      if (msg.ready) settle(worker);
    };
    const failed = (err: Error) => settle(err);
    const exited = () => settle(new Error(WORKER_DIED));
    worker.on('message', ready);
    worker.on('error', failed);
    worker.on('exit', exited);
  });
}

/** Lint one file on a started worker (`id` tells its answer from others'). */
export function runOne(worker: Worker, id: number, file: string, config: LintConfig, timeoutMs?: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (outcome: Outcome) => {
      if (timer) clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (msg: { id: number; result?: FileResult; failure?: { message: string; stack?: string } }) => {
      if (msg.id !== id) return;
      done(msg.result ? { result: msg.result } : { failure: new WorkerFailure(msg.failure?.message ?? WORKER_DIED, msg.failure?.stack) });
    };
    const onError = (err: Error) =>
      done((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? { outOfMemory: true } : { failure: new WorkerFailure(WORKER_DIED, err.stack) });
    const onExit = () => done({ failure: new WorkerFailure(WORKER_DIED) });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    if (timeoutMs !== undefined && timeoutMs > 0) timer = setTimeout(() => done({ timedOut: true }), timeoutMs);
    worker.postMessage({ id, file, config });
  });
}

async function inProcess(file: string, config: LintConfig, options: BatchOptions): Promise<Outcome> {
  try {
    return { result: await options.lintInProcess(file, config) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { failure: new WorkerFailure(e.message, e.stack) };
  }
}
