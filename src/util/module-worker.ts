import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the ES module at `path`, started from a line of code that imports it
 * rather than from the path: a worker inherits its host's Node options, and one started from a
 * file refuses `--input-type` (a host run as `node --input-type=module -e …`), which only fits
 * code given as text. The host's other options, V8's included, are inherited as usual; a module
 * that fails to load is the worker's 'error' event, as before.
 */
export function moduleWorker(path: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  return new Worker(`import(${JSON.stringify(pathToFileURL(path).href)});`, { ...options, eval: true });
}
