import { setFlagsFromString } from 'node:v8';

let tuned = false;

/**
 * Turn off inlining in V8's optimising compiler, for this process and the worker threads it
 * starts. A lint runs a large body of code (some hundreds of functions) a few times per report,
 * and V8 compiles its optimised code on helper threads. One worker leaves those threads a free
 * core, but workers that fill the cores compete with them: there, compiling without inlining
 * (cheaper, and cheaper again when a callee's input changes shape and the code is thrown away)
 * gains more than the inlined code would. `npm run bench:tuning` measures both settings.
 *
 * The CLI does this for batches on two workers or more; the library does not, since a host
 * process keeps its own settings. LKJIP_V8_TUNING=0 leaves V8 as it is.
 */
export function tuneV8(): void {
  if (tuned || process.env.LKJIP_V8_TUNING === '0') return;
  setFlagsFromString('--no-turbo-inlining');
  tuned = true;
}
