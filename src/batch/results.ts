import { resolve } from 'node:path';
import { cliMessages as m } from '../cli/messages.js';
import type { FileResult, Lang } from '../engine/types.js';
import { translate } from '../i18n/index.js';
import { WORKER_DIED, type Outcome, type WorkerFailure } from './pool.js';

/** The time limit per file, and the option that sets it, as the user gave it (`--timeout`, or the library's `timeoutSeconds`). */
export interface TimeLimit {
  seconds: number;
  option: string;
}

/** A file's outcome as a result: its findings, or the reason it was not checked. */
export function resultOf(file: string, outcome: Outcome, lang: Lang, limit: TimeLimit): FileResult {
  if ('result' in outcome) return outcome.result;
  if ('timedOut' in outcome) return { file, findings: [], error: translate(m.timedOut, lang, { seconds: limit.seconds, option: limit.option }) };
  if ('outOfMemory' in outcome) return { file, findings: [], error: translate(m.outOfMemory, lang) };
  return { file, findings: [], error: translate(m.unexpected, lang, { message: failureMessage(outcome.failure, lang) }) };
}

/** What went wrong in a worker, in the user's language where it is ours to word. */
export function failureMessage(failure: WorkerFailure, lang: Lang): string {
  return failure.message === WORKER_DIED ? translate(m.workerStopped, lang) : failure.message;
}

/** Arguments that matched no file, each as a result that was not checked. */
export function unmatchedResults(patterns: readonly string[], cwd: string, lang: Lang): FileResult[] {
  return patterns.map((pattern) => ({ file: resolve(cwd, pattern), findings: [], error: translate(m.noMatch, lang, { pattern }) }));
}
