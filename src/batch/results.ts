import { resolve } from 'node:path';
import { cliMessages as m } from '../cli/messages.js';
import type { FileResult, Lang } from '../engine/types.js';
import { translate } from '../i18n/index.js';
import type { Outcome } from './pool.js';

/** A file's outcome as a result: its findings, or the reason it was not checked. */
export function resultOf(file: string, outcome: Outcome, lang: Lang, timeoutSeconds: number): FileResult {
  if ('result' in outcome) return outcome.result;
  if ('timedOut' in outcome) return { file, findings: [], error: translate(m.timedOut, lang, { seconds: timeoutSeconds }) };
  return { file, findings: [], error: translate(m.unexpected, lang, { message: outcome.failure.message }) };
}

/** Arguments that matched no file, each as a result that was not checked. */
export function unmatchedResults(patterns: readonly string[], cwd: string, lang: Lang): FileResult[] {
  return patterns.map((pattern) => ({ file: resolve(cwd, pattern), findings: [], error: translate(m.noMatch, lang, { pattern }) }));
}
